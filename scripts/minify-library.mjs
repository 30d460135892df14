import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'rollup/parseAst';
import { templateEdits } from './minify-templates.mjs';
import { decodeMappings, encodeMappings } from './source-map-mappings.mjs';

/**
 * The templates of the library that `tsc` emitted, minified in place in dist/, before anything bundles
 * it. Lit's hydration checks that the client renders the very template text the server rendered (it
 * compares a digest of it), and the server (`glossa render`), a bundler user's build and the CDN bundles
 * all start from dist/: minified once here, they all hold one text.
 */

/** The offset where each line of `text` starts. */
function lineStarts(text) {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** The line of an offset: the last line that starts at or before it. */
function lineOf(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Where an offset of the code before `edits` (sorted, apart) lands after them: moved by every edit
 * before it; inside an edited piece, kept at most as far in as the new text reaches.
 */
function offsetMover(edits) {
  const shifts = [0];
  for (const { start, end, text } of edits) shifts.push(shifts.at(-1) + text.length - (end - start));
  return (offset) => {
    let low = 0;
    let high = edits.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (edits[middle].end <= offset) low = middle + 1;
      else high = middle;
    }
    const edit = edits[low];
    if (edit && edit.start < offset) return edit.start + shifts[low] + Math.min(offset - edit.start, edit.text.length);
    return offset + shifts[low];
  };
}

/** `code` with `edits` applied, and `map` (a source map of `code`) moved with it to the new positions. */
export function applyEdits(code, map, edits) {
  let edited = '';
  let from = 0;
  for (const { start, end, text } of edits) {
    edited += code.slice(from, start) + text;
    from = end;
  }
  edited += code.slice(from);

  const before = lineStarts(code);
  const after = lineStarts(edited);
  const move = offsetMover(edits);
  const lines = after.map(() => []);
  decodeMappings(map.mappings).forEach((segments, line) => {
    for (const [column, ...source] of segments) {
      const offset = move(before[line] + column);
      const movedLine = lineOf(after, offset);
      lines[movedLine].push([offset - after[movedLine], ...source]);
    }
  });
  return { code: edited, map: { ...map, mappings: encodeMappings(lines) } };
}

/** Every `.js` module under `dir` with its templates minified, and its `.js.map` beside it moved to match. */
export function minifyLibrary(dir) {
  const modules = readdirSync(dir, { recursive: true }).filter((file) => file.endsWith('.js'));
  for (const module of modules) {
    const file = join(dir, module);
    const code = readFileSync(file, 'utf8');
    const edits = templateEdits(code, parseAst);
    if (edits.length === 0) continue;
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    const minified = applyEdits(code, map, edits);
    writeFileSync(file, minified.code);
    writeFileSync(`${file}.map`, JSON.stringify(minified.map));
  }
}
