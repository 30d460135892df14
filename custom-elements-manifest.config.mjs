/** The analyzer lists modules in the order its file search returns them, which varies from run to run. */
const sortModules = {
  name: 'glossa-sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // The check in scripts/check-generated.mjs writes elsewhere; package.json must keep naming the top-level file.
  packagejson: false,
  plugins: [sortModules],
};
