/**
 * The themes as plain CSS files, for publishers who set the tokens page-wide: each sets the global
 * `--glossa-*` tokens on `:root`. Made from the palettes the widgets use, so the two cannot drift; the
 * palettes are read from `dist/`, so this runs after `tsc`.
 */
function declarations({ colorScheme, colors, shadow }, indent) {
  return [
    ...Object.entries(colors).map(([token, value]) => `--glossa-${token}: ${value};`),
    `--glossa-shadow: ${shadow};`,
    `--glossa-color-scheme: ${colorScheme};`,
  ]
    .map((line) => `${indent}${line}`)
    .join('\n');
}

const header = (name) =>
  `/* Glossa's ${name} theme as page-wide tokens. Generated from src/styles/palettes.ts by npm run build. */\n`;

export async function themeFiles() {
  const { PALETTES } = await import('../dist/styles/palettes.js');
  const files = Object.fromEntries(
    Object.entries(PALETTES).map(([name, palette]) => [
      `themes/${name}.css`,
      `${header(name)}:root {\n${declarations(palette, '  ')}\n}\n`,
    ]),
  );
  files['themes/auto.css'] =
    `${header('auto (light or dark, as the reader prefers)')}:root {\n${declarations(PALETTES.light, '  ')}\n}\n\n` +
    `@media (prefers-color-scheme: dark) {\n  :root {\n${declarations(PALETTES.dark, '    ')}\n  }\n}\n`;
  return files;
}
