/** The build's manifest of the CDN bundle's files, a `ChunkManifest` (rollup.config.mjs writes it into glossa.js). */
declare module 'glossa:chunks' {
  const manifest: unknown;
  export default manifest;
}
