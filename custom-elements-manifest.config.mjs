/** `value` with the keys of every object in alphabetical order; arrays keep theirs. */
function withSortedKeys(value) {
  if (Array.isArray(value)) return value.map(withSortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, withSortedKeys(value[key])]),
  );
}

/**
 * The analyzer's output depends on the order its file search returns modules, which varies from run to
 * run and machine to machine: the order of the modules, and the order of keys in members it copies from a
 * superclass. Both are made canonical, so the committed file and the checked one compare byte for byte.
 */
const canonicalOrder = {
  name: 'glossa-canonical-order',
  packageLinkPhase({ customElementsManifest }) {
    const modules = [...customElementsManifest.modules].sort((a, b) => a.path.localeCompare(b.path));
    customElementsManifest.modules = modules.map(withSortedKeys);
  },
};

export default {
  globs: ['src/**/*.ts'],
  // The draft and formats modules have no elements: they serve the Studio and the CLI; xapi the quiz.
  exclude: ['src/**/*.styles.ts', 'src/draft/**', 'src/formats/**', 'src/xapi/**'],
  outdir: '.',
  litelement: true,
  // The check in scripts/check-generated.mjs writes elsewhere; package.json must keep naming the top-level file.
  packagejson: false,
  plugins: [canonicalOrder],
};
