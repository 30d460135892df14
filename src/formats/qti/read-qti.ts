import { FormatSyntaxError, type ExportedFile, type FormatWarning, type QuizImport, type QuizInput } from '../types.js';
import { withGlossaIds } from './glossa-ids.js';
import { faultAt } from './located-error.js';
import { readItem } from './read-item.js';
import { ITEM_RESOURCE, PASS_PERCENT, QTI_NAMESPACE, TEST_RESOURCE } from './qti-vocabulary.js';
import { MANIFEST_PATH } from './write-package.js';
import { parseXml } from './xml/parse-xml.js';
import { childElements, rawText, type XmlElement } from '../../shared/xml/xml-node.js';

/** A package's files by path; undefined when one file is read alone. */
type Files = ReadonlyMap<string, string> | undefined;

/** An element of a file, with the file's path in the package (undefined for a file read alone). */
interface Placed {
  readonly element: XmlElement;
  readonly file: string | undefined;
}

/** `href` from the folder of the file `from`, as a path in the package: `../` steps up, `./` stays. */
function resolvePath(from: string | undefined, href: string): string {
  const folder = from?.includes('/') ? from.slice(0, from.lastIndexOf('/')).split('/') : [];
  for (const part of decodeURI(href).split('/')) {
    if (part === '..') folder.pop();
    else if (part !== '.' && part !== '') folder.push(part);
  }
  return folder.join('/');
}

/** The root element of the file `href` points at from `from`, read from the package. */
function referenced(files: Files, from: Placed, href: string | undefined): Placed {
  if (href === undefined) throw faultAt(from.file, from.element, `${from.element.name} has no href`);
  if (!files)
    throw faultAt(
      from.file,
      from.element,
      `refers to the file "${href}": read the whole content package (readQtiPackage) for the items in its files`,
    );
  const path = resolvePath(from.file, href);
  const text = files.get(path);
  if (text === undefined) throw faultAt(from.file, from.element, `refers to "${path}", which is not in the package`);
  return { element: parseXml(text, path), file: path };
}

/** QTI 2 names its elements in camelCase in its own namespaces; say so rather than "no item here". */
function checkQti3(root: Placed): void {
  const { element, file } = root;
  if (element.namespace?.includes('imsqti_v2') || /^assessment(Item|Test)$/.test(element.name))
    throw faultAt(file, element, `this is QTI 2 (${element.name}); Glossa reads QTI 3.0 (${QTI_NAMESPACE})`);
}

/** The items of a test in their order: inline, or by reference to files, sections nested as they are. */
function testItems(test: Placed, files: Files): Placed[] {
  const walk = (parent: XmlElement): Placed[] =>
    childElements(parent).flatMap((child) => {
      if (child.name === 'qti-assessment-item') return [{ element: child, file: test.file }];
      if (child.name === 'qti-assessment-item-ref')
        return [referenced(files, { element: child, file: test.file }, child.attributes['href'])];
      return child.name === 'qti-test-part' || child.name === 'qti-assessment-section' ? walk(child) : [];
    });
  return walk(test.element);
}

/** The pass mark a Glossa test declares (PASS_PERCENT's default value), when it is one. */
function passPercentOf(test: XmlElement): { passPercent?: number } {
  const declaration = childElements(test, 'qti-outcome-declaration').find(
    (outcome) => outcome.attributes['identifier'] === PASS_PERCENT,
  );
  const value = declaration ? Number(rawText(declaration).trim()) : Number.NaN;
  return Number.isInteger(value) ? { passPercent: value } : {};
}

function quizOf(items: readonly Placed[], lang: string | undefined, head: Omit<QuizInput, 'questions'>): QuizImport {
  const ids = withGlossaIds(items, (placed) => placed.element.attributes['identifier'] ?? '', 'q');
  const warnings: FormatWarning[] = [];
  const questions = ids.map(({ element, file, id }) => {
    const read = readItem(element, { file, id, lang });
    warnings.push(...read.warnings);
    return read.question;
  });
  return { quiz: { ...head, questions }, warnings };
}

function readTest(test: Placed, files: Files): QuizImport {
  // A test must have a title: one that is only its identifier stands in for a quiz without one.
  const title = test.element.attributes['title']?.trim();
  const named = title !== undefined && title !== '' && title !== test.element.attributes['identifier'];
  const head = { ...(named ? { title } : {}), ...passPercentOf(test.element) };
  return quizOf(testItems(test, files), test.element.attributes['xml:lang'], head);
}

/** The test a manifest lists, or else the items it lists, in its order. */
function readManifest(manifest: Placed, files: Files): QuizImport {
  const resources = childElements(manifest.element, 'resources').flatMap((list) => childElements(list, 'resource'));
  const test = resources.find((resource) => resource.attributes['type'] === TEST_RESOURCE);
  if (test) return readTest(referenced(files, { element: test, file: manifest.file }, test.attributes['href']), files);
  const items = resources.filter((resource) => resource.attributes['type'] === ITEM_RESOURCE);
  if (items.length === 0)
    throw faultAt(
      manifest.file,
      manifest.element,
      `the manifest lists no resource of type ${TEST_RESOURCE} or ${ITEM_RESOURCE}`,
    );
  return quizOf(
    items.map((item) => referenced(files, { element: item, file: manifest.file }, item.attributes['href'])),
    undefined,
    {},
  );
}

function readRoot(root: Placed, files: Files): QuizImport {
  checkQti3(root);
  switch (root.element.name) {
    case 'qti-assessment-item':
      return quizOf([root], undefined, {});
    case 'qti-assessment-test':
      return readTest(root, files);
    case 'manifest':
      return readManifest(root, files);
    default:
      throw faultAt(
        root.file,
        root.element,
        `expected a qti-assessment-item or qti-assessment-test, found ${root.element.name}`,
      );
  }
}

/**
 * A quiz from one QTI 3.0 file: an assessment item, or an assessment test whose items are inline.
 * A test that refers to item files needs its package: `readQtiPackage`.
 */
export function readQti(text: string): QuizImport {
  return readRoot({ element: parseXml(text), file: undefined }, undefined);
}

/**
 * A quiz from a QTI 3.0 content package, given as its files (the paths and texts `write` gives, or a
 * folder's or a zip's, unpacked): the test its `imsmanifest.xml` lists, with the items it refers to.
 * The manifest may sit in a folder of the package (as in a zip of a folder); paths are read from it.
 */
export function readQtiPackage(files: readonly ExportedFile[]): QuizImport {
  const manifests = files
    .map((file) => file.path)
    .filter((path) => path === MANIFEST_PATH || path.endsWith(`/${MANIFEST_PATH}`))
    .sort((a, b) => a.length - b.length);
  const [manifestPath] = manifests;
  if (manifestPath === undefined) throw new FormatSyntaxError(`the package has no ${MANIFEST_PATH}`, 1, 1);
  const byPath = new Map(files.map((file) => [file.path, file.content]));
  return readRoot({ element: parseXml(byPath.get(manifestPath) ?? '', manifestPath), file: manifestPath }, byPath);
}
