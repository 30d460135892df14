/**
 * Build-time minification of Lit's tagged templates in the code `tsc` emitted: `css` templates lose
 * comments and the whitespace CSS ignores; `html` templates have each run of whitespace that holds a
 * line break (indentation) collapsed to one space, which renders the same. Text in quotes is left as
 * written, and nothing is ever added or reordered, so a template's text content is unchanged.
 */

const STRINGS = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/;

/** Applies `squeeze` to the parts of `text` outside quoted strings. */
const outsideStrings = (text, squeeze) =>
  text
    .split(STRINGS)
    .map((part, index) => (index % 2 === 1 ? part : squeeze(part)))
    .join('');

/**
 * Comments and strings found in one left-to-right scan, so an apostrophe inside a comment is not taken
 * for the start of a string, and a comment opener inside a string is not taken for a comment.
 */
const COMMENTS_OR_STRINGS = /(\/\*[\s\S]*?\*\/|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/;

const withoutComments = (text) =>
  text
    .split(COMMENTS_OR_STRINGS)
    .map((part, index) => (index % 2 === 1 && part.startsWith('/*') ? '' : part))
    .join('');

/**
 * An attribute selector whose value is quoted, or a string, found in one scan as above, so a bracket
 * inside a string is left alone.
 */
const ATTRIBUTE_SELECTORS_OR_STRINGS = /(\[[\w-]+[~|^$*]?=(?:"[^"]*"|'[^']*')\]|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/;
const QUOTED_IDENTIFIER = /^(\[[\w-]+[~|^$*]?=)(["'])(-?[A-Za-z_][\w-]*)\2\]$/;

/** `[part~='title']` as `[part~=title]`: a value that is an identifier needs no quotes. */
const withoutSelectorQuotes = (text) =>
  text
    .split(ATTRIBUTE_SELECTORS_OR_STRINGS)
    .map((part, index) => (index % 2 === 1 ? part.replace(QUOTED_IDENTIFIER, '$1$3]') : part))
    .join('');

/** One piece of a `css` template (between expressions), minified. */
export function minifyCss(text) {
  return outsideStrings(withoutSelectorQuotes(withoutComments(text)), (part) =>
    part
      .replace(/\s+/g, ' ')
      // A space before `:` can be a descendant combinator (`a :focus`), so only the space after it goes.
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/\s+!important/g, '!important')
      // `0.5rem` is `.5rem`; a digit, letter or sign before the 0 makes it part of something else.
      .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2')
      .replace(/;}/g, '}'),
  );
}

/** One piece of an `html` template, with its indentation collapsed. */
export function collapseHtml(text) {
  return outsideStrings(text, (part) => part.replace(/[ \t]*\n\s*/g, ' '));
}

const MINIFIERS = { css: minifyCss, html: collapseHtml };

/** Calls `visit` on every node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/**
 * The edits that minify every template tagged `css` or `html` in `code`, parsed by `parse` (an ESTree
 * parser such as rollup's `parseAst`): `{ start, end, text }`, in order, each replacing one template
 * piece's text, which is all they touch.
 */
export function templateEdits(code, parse) {
  if (!/\b(css|html) ?`/.test(code)) return [];
  const edits = [];
  walk(parse(code), (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const minify = MINIFIERS[node.tag.name];
    if (!minify) return;
    const { quasis } = node.quasi;
    quasis.forEach((quasi, index) => {
      let text = minify(quasi.value.raw);
      if (node.tag.name === 'css' && index === 0) text = text.trimStart();
      if (node.tag.name === 'css' && index === quasis.length - 1) text = text.trimEnd();
      if (text !== quasi.value.raw) edits.push({ start: quasi.start, end: quasi.end, text });
    });
  });
  return edits.sort((a, b) => a.start - b.start);
}
