import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import { applyEdits } from './minify-library.mjs';
import { templateEdits } from './minify-templates.mjs';
import { decodeMappings, encodeMappings } from './source-map-mappings.mjs';

/** The position of the first `word` in `code`, 0-based. */
function positionOf(code, word) {
  const lines = code.slice(0, code.indexOf(word)).split('\n');
  return { line: lines.length - 1, column: lines.at(-1).length };
}

describe('source map mappings', () => {
  it('reads relative base64 VLQ values as absolute positions, and writes them back', () => {
    // `gB` is 16 in two digits, `D` is -1; the generated column alone restarts on each line.
    const mappings = 'AAAA,OAAO;AACA,gBAAgB;;CADD';
    const lines = [
      [
        [0, 0, 0, 0],
        [7, 0, 0, 7],
      ],
      [
        [0, 0, 1, 7],
        [16, 0, 1, 23],
      ],
      [],
      [[1, 0, 0, 22]],
    ];
    assert.deepEqual(decodeMappings(mappings), lines);
    assert.equal(encodeMappings(lines), mappings);
  });
});

describe('applyEdits, over a module as tsc emits it', () => {
  const code = [
    'const view = html`<p>',
    '    <b>${name}</b>',
    '  </p>`;',
    'export const styles = css`',
    '  a {',
    '    color: red;',
    '  }',
    '`;',
    'export function after() {}',
  ].join('\n');
  // What tsc maps: `name` inside the template, and `after` below both templates, each to itself.
  const mapped = ['name', 'after'].map((word) => positionOf(code, word));
  const map = {
    version: 3,
    sources: ['module.ts'],
    names: [],
    mappings: encodeMappings(
      code
        .split('\n')
        .map((_, line) => mapped.filter((at) => at.line === line).map((at) => [at.column, 0, at.line, at.column])),
    ),
  };

  it('minifies the templates and keeps every mapped position pointing at the same source', () => {
    const minified = applyEdits(code, map, templateEdits(code, parseAst));
    assert.equal(
      minified.code,
      'const view = html`<p> <b>${name}</b> </p>`;\nexport const styles = css`a{color:red}`;\nexport function after() {}',
    );
    const segments = decodeMappings(minified.map.mappings).flatMap((line, index) =>
      line.map(([column, , sourceLine, sourceColumn]) => ({
        at: { line: index, column },
        source: { line: sourceLine, column: sourceColumn },
      })),
    );
    assert.deepEqual(segments, [
      { at: positionOf(minified.code, 'name'), source: mapped[0] },
      { at: positionOf(minified.code, 'after'), source: mapped[1] },
    ]);
  });
});
