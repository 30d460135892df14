import type { ExportedFile, FormatWarning, QuizExport, OpenQuizInput } from '../types.js';
import { serializeXml } from '../../shared/xml/serialize-xml.js';
import { element, type XmlElement } from '../../shared/xml/xml-node.js';
import { writeItem } from './write-item.js';
import type { OpenQuestionInput } from '../types.js';
import {
  CONTENT_PACKAGE_NAMESPACE,
  ITEM_RESOURCE,
  MAX_SCORE,
  PASS,
  PASS_PERCENT,
  QTI_NAMESPACE,
  QTI_SCHEMA_LOCATION,
  SCORE,
  TEST_RESOURCE,
  XSI_NAMESPACE,
} from './qti-vocabulary.js';

export const MANIFEST_PATH = 'imsmanifest.xml';
export const TEST_PATH = 'assessment-test.xml';

/** Numbered, so the files list in the quiz's order, and two ids that differ only in case stay two files. */
function itemPath(index: number, count: number, id: string): string {
  return `items/${String(index + 1).padStart(String(count).length, '0')}-${id}.xml`;
}

const variable = (identifier: string) => element('qti-variable', { identifier });

function outcome(identifier: string, baseType: string, value?: string): XmlElement {
  const defaultValue =
    value === undefined ? [] : [element('qti-default-value', {}, [element('qti-value', {}, [value])])];
  return element('qti-outcome-declaration', { identifier, cardinality: 'single', 'base-type': baseType }, defaultValue);
}

/** SCORE is the items' scores added up; PASS, where the quiz has a pass mark, whether it reaches it. */
function outcomeProcessing(passPercent: number | undefined): XmlElement {
  const score = element('qti-set-outcome-value', { identifier: SCORE }, [
    element('qti-sum', {}, [element('qti-test-variables', { 'variable-identifier': SCORE })]),
  ]);
  if (passPercent === undefined) return element('qti-outcome-processing', {}, [score]);
  const percent = element('qti-product', {}, [
    element('qti-divide', {}, [variable(SCORE), variable(MAX_SCORE)]),
    element('qti-base-value', { 'base-type': 'float' }, ['100']),
  ]);
  const pass = element('qti-set-outcome-value', { identifier: PASS }, [
    element('qti-gte', {}, [percent, variable(PASS_PERCENT)]),
  ]);
  return element('qti-outcome-processing', {}, [score, pass]);
}

/** A question and the file its item is written to. */
interface ItemEntry {
  readonly question: OpenQuestionInput;
  readonly path: string;
}

function assessmentTest(quiz: OpenQuizInput, articleId: string, entries: readonly ItemEntry[]): XmlElement {
  const passOutcomes =
    quiz.passPercent === undefined
      ? []
      : [outcome(PASS_PERCENT, 'integer', String(quiz.passPercent)), outcome(PASS, 'boolean')];
  const refs = entries.map(({ question, path }) =>
    element('qti-assessment-item-ref', { identifier: question.id, href: path }),
  );
  return element(
    'qti-assessment-test',
    {
      xmlns: QTI_NAMESPACE,
      'xmlns:xsi': XSI_NAMESPACE,
      'xsi:schemaLocation': QTI_SCHEMA_LOCATION,
      identifier: articleId,
      title: quiz.title ?? articleId,
    },
    [
      outcome(SCORE, 'float', '0'),
      outcome(MAX_SCORE, 'float', String(quiz.questions.length)),
      ...passOutcomes,
      element(
        'qti-test-part',
        { identifier: 'part-1', 'navigation-mode': 'nonlinear', 'submission-mode': 'individual' },
        [
          element(
            'qti-assessment-section',
            { identifier: 'section-1', title: quiz.title ?? articleId, visible: 'true' },
            refs,
          ),
        ],
      ),
      outcomeProcessing(quiz.passPercent),
    ],
  );
}

function resource(identifier: string, type: string, href: string, dependencies: readonly string[] = []): XmlElement {
  return element('resource', { identifier, type, href }, [
    element('file', { href }),
    ...dependencies.map((identifierref) => element('dependency', { identifierref })),
  ]);
}

/** The content package's manifest: the test, and each item as a resource the test depends on. */
function manifest(articleId: string, entries: readonly ItemEntry[]): XmlElement {
  const itemId = (entry: ItemEntry) => `item-${entry.question.id}`;
  return element(
    'manifest',
    {
      xmlns: CONTENT_PACKAGE_NAMESPACE,
      'xmlns:xsi': XSI_NAMESPACE,
      'xsi:schemaLocation': `${CONTENT_PACKAGE_NAMESPACE} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd`,
      identifier: `${articleId}-package`,
    },
    [
      element('metadata', {}, [element('schema', {}, ['QTI Package']), element('schemaversion', {}, ['3.0.0'])]),
      element('organizations'),
      element('resources', {}, [
        resource(`test-${articleId}`, TEST_RESOURCE, TEST_PATH, entries.map(itemId)),
        ...entries.map((entry) => resource(itemId(entry), ITEM_RESOURCE, entry.path)),
      ]),
    ],
  );
}

/** A QTI 3 content package: the manifest, one assessment test, and one item per question. */
export function writeQtiPackage(
  quiz: OpenQuizInput,
  options: { readonly articleId: string; readonly lang: string },
): QuizExport {
  const count = quiz.questions.length;
  const entries = quiz.questions.map((question, index) => ({ question, path: itemPath(index, count, question.id) }));
  const warnings: FormatWarning[] = [];
  const items: ExportedFile[] = entries.map(({ question, path }) => {
    const written = writeItem(question, options.lang);
    warnings.push(...written.warnings);
    return { path, content: serializeXml(written.item) };
  });
  return {
    files: [
      { path: MANIFEST_PATH, content: serializeXml(manifest(options.articleId, entries)) },
      { path: TEST_PATH, content: serializeXml(assessmentTest(quiz, options.articleId, entries)) },
      ...items,
    ],
    warnings,
  };
}
