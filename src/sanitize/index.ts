/**
 * `glossa/sanitize`: what a CMS's HTML sanitizer must let through for Glossa's custom-element form (the
 * `<glossa-*>` tags, a quiz written in HTML) and its `data-glossa` form, as settings for DOMPurify,
 * sanitize-html and rehype-sanitize (README, "In a CMS"). It imports none of them: each function takes
 * the library's own defaults, or the site's settings, and returns them with Glossa's additions.
 * `test-node/sanitizers.test.mjs` runs each library with these settings on the README's snippets.
 */
import { MARKUP_ATTRIBUTES } from '../quiz/markup/markup-attributes.js';
import { MARKUP_TAGS } from '../quiz/markup/markup-tags.js';

/** Every tag Glossa reads: the widgets and the vocabulary of a quiz written in HTML. */
export const GLOSSA_TAGS: readonly string[] = [
  ...new Set([
    'glossa-article',
    'glossa-explainer',
    'glossa-whos-who',
    'glossa-term',
    'glossa-annotate',
    'glossa-timeline',
    ...MARKUP_TAGS,
  ]),
];

/** The widgets' attributes, as custom-elements.json documents them. */
const WIDGET_ATTRIBUTES = [
  'src',
  'for',
  'theme',
  'variant',
  'timeline-limit',
  'evidence-href',
  'hide-evidence',
  'heading-level',
  'limit',
  'kinds',
  'layout',
  'highlight',
  'ref',
  'mode',
  'feedback',
  'pass',
  'shuffle',
  'seed',
  'questions',
  'print-key',
  'xapi-endpoint',
  'xapi-activity-base',
];

/** Every attribute of a `<glossa-*>` tag that Glossa reads: the widgets' and the quiz markup's. */
export const GLOSSA_ATTRIBUTES: readonly string[] = [...new Set([...WIDGET_ATTRIBUTES, ...MARKUP_ATTRIBUTES])];

/** The attributes of the `data-glossa` form: the marker, each widget attribute, and the inline article. */
export const GLOSSA_DATA_ATTRIBUTES: readonly string[] = [
  'data-glossa',
  'data-glossa-article',
  ...WIDGET_ATTRIBUTES.map((name) => `data-glossa-${name}`),
];

/** The tags the `data-glossa` form is written with in the README. */
const MARKER_TAGS = ['div', 'span', 'a'];

/**
 * DOMPurify's setting for the custom-element form, to pass with the site's own:
 * `DOMPurify.sanitize(html, { ...GLOSSA_DOMPURIFY })`. Its default already keeps the `data-glossa` form.
 * It still removes `<script>`, so a widget's inline article takes the `data-glossa-article` form.
 */
export const GLOSSA_DOMPURIFY = {
  CUSTOM_ELEMENT_HANDLING: {
    tagNameCheck: (tag: string): boolean => GLOSSA_TAGS.includes(tag),
    attributeNameCheck: (name: string): boolean => GLOSSA_ATTRIBUTES.includes(name),
    allowCustomizedBuiltInElements: false,
  },
};

/** The part of sanitize-html's options this extends; `false` lets every tag or attribute through already. */
export interface SanitizeHtmlLists {
  allowedTags?: string[] | false;
  allowedAttributes?: Record<string, unknown[]> | false;
}

/** sanitize-html's options with Glossa's tags and attributes: `sanitizeHtml(html, withGlossaTags(sanitizeHtml.defaults))`. */
export function withGlossaTags<Options extends SanitizeHtmlLists>(options: Options): Options {
  const { allowedTags = [], allowedAttributes = {} } = options;
  const attributes = allowedAttributes && { ...allowedAttributes };
  if (attributes) {
    for (const tag of GLOSSA_TAGS) attributes[tag] = [...(attributes[tag] ?? []), ...GLOSSA_ATTRIBUTES];
    for (const tag of MARKER_TAGS) attributes[tag] = [...(attributes[tag] ?? []), ...GLOSSA_DATA_ATTRIBUTES];
  }
  return {
    ...options,
    allowedTags: allowedTags && [...allowedTags, ...GLOSSA_TAGS],
    allowedAttributes: attributes,
  };
}

/** The part of a rehype-sanitize (hast-util-sanitize) schema this extends. */
export interface RehypeSchemaLists {
  tagNames?: string[] | null;
  attributes?: Record<string, unknown[]> | null;
}

/** An attribute's name as hast writes it (`data-glossa-heading-level` is `dataGlossaHeadingLevel`, `for` is `htmlFor`). */
const hastName = (name: string): string =>
  name === 'for'
    ? 'htmlFor'
    : name.startsWith('data-')
      ? name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
      : name;

/** A rehype-sanitize schema with Glossa's tags and attributes: `rehypeSanitize(withGlossaSchema(defaultSchema))`. */
export function withGlossaSchema<Schema extends RehypeSchemaLists>(schema: Schema): Schema {
  const attributes = { ...schema.attributes };
  for (const tag of GLOSSA_TAGS) attributes[tag] = [...(attributes[tag] ?? []), ...GLOSSA_ATTRIBUTES.map(hastName)];
  for (const tag of MARKER_TAGS)
    attributes[tag] = [...(attributes[tag] ?? []), ...GLOSSA_DATA_ATTRIBUTES.map(hastName)];
  return { ...schema, tagNames: [...(schema.tagNames ?? []), ...GLOSSA_TAGS], attributes };
}
