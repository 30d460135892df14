import type { DefaultTreeAdapterTypes } from 'parse5';
import type { Block, ParagraphRole, SourceMeta, SourceReading } from './blocks.js';
import type { Notes } from './notes.js';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

/** Elements whose content is never the article's text, and is never kept: code, embeds, forms, furniture. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'svg',
  'canvas',
  'nav',
  'aside',
  'dialog',
  'footer',
  'menu',
  'audio',
  'map',
  'head',
  'link',
]);
const EXECUTABLE = new Set(['script', 'iframe', 'object', 'embed', 'form']);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'hr',
  'dl',
  'dt',
  'dd',
  'address',
  'body',
  'html',
]);

/** Class and id words of furniture: share bars, related stories, newsletters, author boxes, advertising. */
const FURNITURE =
  /(?:^|[\s_-])(?:share|sharing|social|related|newsletter|subscribe|subscription|promo|advert\w*|ads?|sponsor\w*|comments?|author-?box|about-?author|author-?bio|bio|breadcrumbs?|tags|sidebar|widget|menu|cookie\w*|popup|modal|paywall|recommend\w*|more-?stories|check-?also|read-?more|teaser)(?:$|[\s_-])/iu;
const CREDIT_CLASS = /(?:^|[\s_-])(?:credit|copyright|photographer|source)(?:$|[\s_-])/iu;
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|wp-caption-text)(?:$|[\s_-])/iu;
const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|author|author-name)(?:$|[\s_-])/iu;

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function children(node: Node): readonly Node[] {
  if (isElement(node) && node.tagName === 'template') return [];
  return 'childNodes' in node ? node.childNodes : [];
}

function* elements(node: Node): Generator<Element> {
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (isElement(next)) yield next;
    stack.push(...[...children(next)].reverse());
  }
}

/** An element's text as a reader sees it: whitespace folded, `<br>` a space, dropped elements left out. */
function textOf(node: Node): string {
  let text = '';
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.nodeName === '#text') text += (next as DefaultTreeAdapterTypes.TextNode).value;
    else if (isElement(next)) {
      if (DROPPED.has(next.tagName)) continue;
      if (next.tagName === 'br') text += ' ';
      stack.push(...[...children(next)].reverse());
    }
  }
  return text.replace(/\s+/gu, ' ').trim();
}

function marks(element: Element): string {
  return `${attribute(element, 'class') ?? ''} ${attribute(element, 'id') ?? ''}`;
}

/** A list whose items are links and little else: navigation, or other stories. */
function isLinkList(element: Element): boolean {
  const items = element.childNodes.filter((node): node is Element => isElement(node) && node.tagName === 'li');
  if (items.length === 0) return false;
  return items.every((item) => {
    const linked = [...elements(item)]
      .filter((node) => node.tagName === 'a')
      .map(textOf)
      .join(' ');
    const all = textOf(item);
    return all !== '' && linked.length >= all.length * 0.8;
  });
}

/** What the page states in `<head>`: its language, title, date and author, from `<meta>` and JSON-LD. */
function readMeta(document: Node): SourceMeta {
  let lang: string | undefined;
  let title: string | undefined;
  let published: string | undefined;
  let byline: string | undefined;
  for (const element of elements(document)) {
    const name = (attribute(element, 'property') ?? attribute(element, 'name') ?? '').toLowerCase();
    const content = attribute(element, 'content');
    if (element.tagName === 'html') lang ??= attribute(element, 'lang');
    else if (element.tagName === 'meta' && content) {
      if (name === 'article:published_time' || name === 'date' || name === 'dc.date') published ??= content;
      else if (name === 'author') byline ??= content;
      else if (name === 'og:title') title ??= content;
    } else if (element.tagName === 'script' && attribute(element, 'type') === 'application/ld+json') {
      const data = readJsonLd(textOf({ ...element, tagName: 'div', nodeName: 'div' }));
      published ??= data.published;
      byline ??= data.byline;
    } else if (element.tagName === 'time' && attribute(element, 'datetime')) {
      published ??= attribute(element, 'datetime');
    }
  }
  return {
    ...(lang ? { lang } : {}),
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(byline ? { byline } : {}),
  };
}

/** JSON-LD's `datePublished` and `author.name`, read as data: it is parsed, never run. */
function readJsonLd(json: string): { published?: string; byline?: string } {
  try {
    const data: unknown = JSON.parse(json);
    const items = (Array.isArray(data) ? data : [data]) as Record<string, unknown>[];
    const graph = (entry: Record<string, unknown>): unknown[] =>
      Array.isArray(entry['@graph']) ? (entry['@graph'] as unknown[]) : [entry];
    for (const item of items.flatMap(graph)) {
      const record = item as Record<string, unknown>;
      const author = (Array.isArray(record['author']) ? record['author'][0] : record['author']) as
        { name?: unknown } | string | undefined;
      const name = typeof author === 'string' ? author : author?.name;
      if (typeof record['datePublished'] === 'string') {
        return { published: record['datePublished'], ...(typeof name === 'string' ? { byline: name } : {}) };
      }
    }
  } catch {
    // A page's broken JSON-LD says nothing; the page's text is read all the same.
  }
  return {};
}

/** The part of the page that is the article: its `<article>` with the most text, else `<main>`, else `<body>`. */
function articleRoot(document: Node): Node {
  const all = [...elements(document)];
  const articles = all.filter((element) => element.tagName === 'article');
  if (articles.length > 0) {
    return articles.reduce((best, next) => (paragraphText(next) > paragraphText(best) ? next : best));
  }
  return (
    all.find((element) => element.tagName === 'main' || attribute(element, 'role') === 'main') ??
    all.find((element) => element.tagName === 'body') ??
    document
  );
}

function paragraphText(element: Element): number {
  return [...elements(element)].filter((node) => node.tagName === 'p').reduce((sum, p) => sum + textOf(p).length, 0);
}

/** What a page holds that was left out, counted for the notes. */
interface Dropped {
  executable: number;
  furniture: number;
  tables: number;
}

function figureOf(element: Element): Block {
  const image = [...elements(element)].find((node) => node.tagName === 'img');
  const captionElement = [...elements(element)].find(
    (node) => node.tagName === 'figcaption' || CAPTION_CLASS.test(marks(node)),
  );
  let credit: string | undefined;
  let caption: string | undefined;
  if (captionElement) {
    const creditElement = [...elements(captionElement)].find(
      (node) =>
        node !== captionElement &&
        (node.tagName === 'small' || node.tagName === 'cite' || CREDIT_CLASS.test(marks(node))),
    );
    credit = creditElement
      ? textOf(creditElement)
          .replace(/^\(?\s*(?:photo|foto|credit|image|bild)\s*:?\s*/iu, '')
          .replace(/\)$/u, '')
      : undefined;
    const whole = textOf(captionElement);
    const creditText = creditElement ? textOf(creditElement) : '';
    caption = creditText !== '' && whole.endsWith(creditText) ? whole.slice(0, -creditText.length).trim() : whole;
  } else {
    const outside = [...elements(element)].find((node) => CREDIT_CLASS.test(marks(node)));
    if (outside) credit = textOf(outside);
  }
  return {
    kind: 'figure',
    ...(caption ? { caption } : {}),
    ...(credit ? { credit } : {}),
    ...(image ? { src: attribute(image, 'src') ?? '', alt: attribute(image, 'alt') ?? '' } : {}),
  };
}

function roleOf(element: Element): ParagraphRole | undefined {
  const words = marks(element);
  if (CAPTION_CLASS.test(words) || element.tagName === 'figcaption') return 'caption';
  if (/(?:^|[\s_-])(?:dek|standfirst|subtitle|subheadline|lede|summary|excerpt)(?:$|[\s_-])/iu.test(words))
    return 'dek';
  if (BYLINE_CLASS.test(words) || attribute(element, 'rel') === 'author') return 'byline';
  return undefined;
}

/** Walks the article's elements into blocks: headings, paragraphs, list items and figures; furniture dropped. */
function walk(root: Node, dropped: Dropped): Block[] {
  const blocks: Block[] = [];
  let inline = '';
  let inlineRole: ParagraphRole | undefined;
  const flush = () => {
    for (const part of inline.split(/\n{2,}/u)) {
      const text = part.replace(/\s+/gu, ' ').trim();
      if (text !== '') blocks.push({ kind: 'paragraph', text, ...(inlineRole ? { role: inlineRole } : {}) });
    }
    inline = '';
  };
  const visit = (node: Node, role: ParagraphRole | undefined) => {
    if (node.nodeName === '#text') {
      inline += (node as DefaultTreeAdapterTypes.TextNode).value.replace(/\s+/gu, ' ');
      inlineRole = role;
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName;
    if (DROPPED.has(tag)) {
      if (EXECUTABLE.has(tag)) dropped.executable += 1;
      else if (tag !== 'head' && tag !== 'link' && tag !== 'style') dropped.furniture += 1;
      return;
    }
    if (tag === 'br') {
      inline += '\n';
      return;
    }
    if (tag === 'img') {
      flush();
      blocks.push({ kind: 'figure', src: attribute(node, 'src') ?? '', alt: attribute(node, 'alt') ?? '' });
      return;
    }
    const ownRole = roleOf(node) ?? role;
    const isBlock = BLOCKS.has(tag);
    if (
      isBlock &&
      tag !== 'html' &&
      tag !== 'body' &&
      tag !== 'article' &&
      tag !== 'main' &&
      FURNITURE.test(marks(node)) &&
      ownRole !== 'byline'
    ) {
      dropped.furniture += 1;
      return;
    }
    if (!isBlock) {
      node.childNodes.forEach((child) => visit(child, ownRole));
      return;
    }
    flush();
    if (/^h[1-6]$/u.test(tag)) {
      const text = textOf(node);
      if (text !== '') blocks.push({ kind: 'heading', level: Number(tag[1]), text });
    } else if (tag === 'figure' || (tag === 'div' && /wp-caption/u.test(marks(node)))) {
      blocks.push(figureOf(node));
    } else if ((tag === 'ul' || tag === 'ol') && isLinkList(node)) {
      dropped.furniture += 1;
    } else if (tag === 'li') {
      const text = textOf(node);
      if (text !== '') blocks.push({ kind: 'item', text });
    } else if (tag === 'table' || tag === 'pre') {
      dropped.tables += 1;
    } else {
      node.childNodes.forEach((child) => visit(child, ownRole));
      inlineRole = ownRole;
      flush();
    }
  };
  visit(root, undefined);
  flush();
  return blocks;
}

/**
 * HTML, from a page, a file or the clipboard, parsed by parse5 (the same parser in Node and the browser,
 * and one that runs nothing): the article's element, its headings, paragraphs, lists and figures, with
 * scripts, styles, embeds, forms, comments and page furniture left out and never kept.
 */
export async function readHtml(html: string, notes: Notes): Promise<SourceReading> {
  const { parse } = await import('parse5');
  const document = parse(html);
  const meta = readMeta(document);
  const dropped: Dropped = { executable: 0, furniture: 0, tables: 0 };
  const blocks = walk(articleRoot(document), dropped);
  if (dropped.executable > 0) {
    notes.say(
      `Left out ${dropped.executable === 1 ? 'a script, embed or form' : `${dropped.executable} scripts, embeds and forms`}: nothing of them was run or kept.`,
    );
  }
  if (dropped.furniture > 0) {
    notes.say(
      `Left out ${dropped.furniture === 1 ? 'a part' : `${dropped.furniture} parts`} of the page around the article (navigation, share bars, related stories, author boxes).`,
    );
  }
  if (dropped.tables > 0)
    notes.say(
      `Left out ${dropped.tables === 1 ? 'a table or code block' : `${dropped.tables} tables and code blocks`}; the model has none.`,
    );
  return { blocks, meta };
}
