/** Where an element starts in the file it was read from: 1-based, as an editor shows it. */
export interface XmlPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * One XML element, as read (local name, namespace, position) or as built to be written (the name as
 * written, `xml:lang` included among the attributes). Text children are strings.
 */
export interface XmlElement {
  readonly name: string;
  readonly namespace?: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  readonly at?: XmlPosition;
}

export type XmlNode = XmlElement | string;

/** An element to write; attributes whose value is `undefined` are left out. */
export function element(
  name: string,
  attributes: Readonly<Record<string, string | undefined>> = {},
  children: readonly XmlNode[] = [],
): XmlElement {
  const written = Object.fromEntries(
    Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return { name, attributes: written, children };
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

/** The element children of `parent`, named `name` when given. */
export function childElements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter(
    (child): child is XmlElement => isElement(child) && (name === undefined || child.name === name),
  );
}

/** Every element below `parent` (depth first, in document order) named `name`. */
export function descendants(parent: XmlElement, name: string): XmlElement[] {
  return childElements(parent).flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...descendants(child, name),
  ]);
}

/** The text of `element` and everything in it, as the file has it. */
export function rawText(parent: XmlElement): string {
  return parent.children.map((child) => (isElement(child) ? rawText(child) : child)).join('');
}
