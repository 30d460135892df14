import { BLANK } from '../../model/primitives.js';
import { letterId } from '../../shared/letter-id.js';
import type { QuestionInput } from '../types.js';
import { withoutTagOpenings } from '../plain-text.js';
import { QuestionIds } from '../question-ids.js';
import { FormatSyntaxError, type FormatWarning, type QuizImport } from '../types.js';
import { withoutFormulaGuard } from './formula-guard.js';
import { columnLetter, layoutOf, type CsvField } from './layout.js';
import { csvRows, type CsvCell } from './lexer.js';

/** The type names a row may give, folded to lower case with `-` between words. */
const TYPES: Readonly<Record<string, QuestionInput['type']>> = {
  single: 'single',
  multiple: 'multiple',
  'true-false': 'true-false',
  truefalse: 'true-false',
  tf: 'true-false',
  'fill-blank': 'fill-blank',
  'fill-in': 'fill-blank',
  'short-answer': 'fill-blank',
  order: 'order',
  match: 'match',
};

/** How spreadsheets write a truth value: as typed, and as Excel and LibreOffice write booleans per language. */
const TRUTH = new Map<string, boolean>([
  ...['true', 't', 'yes', '1', 'wahr', 'vrai', 'verdadero', 'vero', 'waar', 'истина'].map(
    (word) => [word, true] as const,
  ),
  ...['false', 'f', 'no', '0', 'falsch', 'faux', 'falso', 'onwaar', 'ложь'].map((word) => [word, false] as const),
]);

interface Row {
  /** The cell of a field, or undefined when the row leaves it empty. */
  cell(field: CsvField): CsvCell | undefined;
  numbered(kind: 'choice' | 'feedback'): { readonly number: number; readonly cell: CsvCell }[];
  fault(field: CsvField, message: string, cell?: CsvCell): FormatSyntaxError;
}

/**
 * Reads a quiz from a CSV file in Glossa's layout (docs/csv-layout.md): a header row, then one
 * question per row. Throws `FormatSyntaxError` naming the row's line and the column.
 */
export function readCsv(text: string): QuizImport {
  const [header, ...records] = csvRows(text).map((cells) =>
    cells.map((cell) => ({ ...cell, value: withoutFormulaGuard(cell.value) })),
  );
  if (header === undefined) throw new FormatSyntaxError('expected a header row, then one question per row', 1, 1);
  const layout = layoutOf(header);
  const warnings: FormatWarning[] = [];
  if (layout.ignored.length > 0)
    warnings.push({ message: `columns not in the layout are ignored: ${layout.ignored.join(', ')}` });
  const ids = new QuestionIds();
  const questions = records.map((cells, index) => {
    const row = rowOf(cells, layout.fields, header);
    const label = `row ${index + 2} (line ${cells[0]!.line})`;
    const warn = (message: string) => warnings.push({ question: label, message });
    return questionOf(row, ids.next(row.cell('id')?.value, index + 1), warn);
  });
  return { quiz: { questions }, warnings };
}

function rowOf(cells: readonly CsvCell[], fields: readonly (CsvField | undefined)[], header: readonly CsvCell[]): Row {
  const byField = new Map<CsvField, CsvCell>();
  cells.forEach((cell, index) => {
    const field = fields[index];
    if (field !== undefined && cell.value.trim() !== '') byField.set(field, cell);
  });
  const last = cells[cells.length - 1]!;
  return {
    cell: (field) => byField.get(field),
    numbered: (kind) =>
      [...byField.entries()]
        .filter(([field]) => field.startsWith(`${kind} `))
        .map(([field, cell]) => ({ number: Number(field.slice(kind.length + 1)), cell }))
        .sort((a, b) => a.number - b.number),
    fault(field, message, cell = byField.get(field)) {
      const index = fields.indexOf(field);
      const where = index < 0 ? `"${field}"` : `"${header[index]!.value.trim()}" (column ${columnLetter(index)})`;
      return new FormatSyntaxError(`${where}: ${message}`, cell?.line ?? last.line, cell?.column ?? last.column);
    },
  };
}

function questionOf(row: Row, id: string, warn: (message: string) => void): QuestionInput {
  const plain = (cell: CsvCell) => {
    const safe = withoutTagOpenings(cell.value.trim());
    if (safe.changed) warn('a "<" that would read as a tag got a space after it: Glossa keeps texts as plain text');
    return safe.text;
  };
  const typeCell = row.cell('type');
  if (typeCell === undefined)
    throw row.fault('type', `expected a question type: ${Object.keys(TYPES).slice(0, 6).join(', ')}`);
  const type =
    TYPES[
      typeCell.value
        .trim()
        .toLowerCase()
        .replace(/[\s_/]+/g, '-')
    ];
  if (type === undefined)
    throw row.fault(
      'type',
      `expected single, multiple, true-false, fill-blank, order or match, found "${typeCell.value.trim()}"`,
    );
  const promptCell = row.cell('prompt');
  if (promptCell === undefined) throw row.fault('prompt', "expected the question's text");
  const prompt = plain(promptCell);
  const explanationCell = row.cell('explanation');
  const common = { id, ...(explanationCell ? { explanation: plain(explanationCell) } : {}) };
  const choices = row.numbered('choice');
  const feedback = row.numbered('feedback');
  const answer = row.cell('answer');
  if (type !== 'single' && type !== 'multiple' && feedback.length > 0)
    warn(`the feedback columns are left out: a ${type} question has no feedback per choice`);
  const atLeastTwo = (what: string) => {
    if (choices.length < 2) throw row.fault('choice 1', `expected at least two ${what} in the choice columns`);
  };

  switch (type) {
    case 'single':
    case 'multiple': {
      atLeastTwo('choices');
      for (const { number, cell } of feedback) {
        if (!choices.some((choice) => choice.number === number))
          throw row.fault(`feedback ${number}`, `gives feedback for choice ${number}, which is empty`, cell);
      }
      const built = choices.map(({ number, cell }, index) => {
        const text = feedback.find((item) => item.number === number)?.cell;
        return { id: letterId(index), text: plain(cell), ...(text ? { feedback: plain(text) } : {}) };
      });
      if (answer === undefined)
        throw row.fault('answer', `expected the number of the right choice${type === 'multiple' ? 's' : ''}`);
      const answers = rightChoices(answer, choices, built, type, row);
      return type === 'single'
        ? { ...common, type, prompt, choices: built, answer: answers[0]! }
        : { ...common, type, prompt, choices: built, answers };
    }
    case 'true-false': {
      const truth = answer === undefined ? undefined : TRUTH.get(answer.value.trim().toLowerCase());
      if (truth === undefined)
        throw row.fault('answer', `expected true or false${answer ? `, found "${answer.value.trim()}"` : ''}`);
      return { ...common, type, prompt, answer: truth };
    }
    case 'fill-blank': {
      const accept = [...choices.map(({ cell }) => plain(cell)), ...(answer ? [plain(answer)] : [])];
      if (accept.length === 0) throw row.fault('choice 1', 'expected an accepted answer in the choice columns');
      if (!prompt.includes(BLANK)) warn(`its prompt has no "${BLANK}": the blank is put at its end`);
      return {
        ...common,
        type,
        prompt: prompt.includes(BLANK) ? prompt : `${prompt} ${BLANK}`,
        accept: [...new Set(accept)],
      };
    }
    case 'order':
      atLeastTwo('items');
      return {
        ...common,
        type,
        prompt,
        items: choices.map(({ cell }, index) => ({ id: letterId(index), text: plain(cell) })),
      };
    case 'match':
      atLeastTwo('pairs');
      return {
        ...common,
        type,
        prompt,
        pairs: choices.map(({ number, cell }) => {
          const arrow = cell.value.indexOf('->');
          if (arrow < 0)
            throw row.fault(
              `choice ${number}`,
              `expected a pair written "left -> right", found "${cell.value.trim()}"`,
              cell,
            );
          return {
            left: plain({ ...cell, value: cell.value.slice(0, arrow) }),
            right: plain({ ...cell, value: cell.value.slice(arrow + 2) }),
          };
        }),
      };
  }
}

/**
 * The ids of the right choices an answer cell names: choice numbers ("2", "1, 3"), or the text of a
 * choice (texts joined by "|" for several).
 */
function rightChoices(
  answer: CsvCell,
  choices: readonly { readonly number: number; readonly cell: CsvCell }[],
  built: readonly { readonly id: string; readonly text: string }[],
  type: 'single' | 'multiple',
  row: Row,
): string[] {
  const value = answer.value.trim();
  const names = /^\d+(\s*[,;\s|]\s*\d+)*$/.test(value)
    ? value.split(/[\s,;|]+/).map((number) => {
        const position = choices.findIndex((choice) => choice.number === Number(number));
        if (position < 0) throw row.fault('answer', `names choice ${number}, which is empty`);
        return built[position]!.id;
      })
    : value.split('|').map((text) => {
        const found = built.find((choice) => choice.text === text.trim());
        if (found === undefined)
          throw row.fault('answer', `expected the number of a choice, or its text, found "${text.trim()}"`);
        return found.id;
      });
  if (type === 'single' && names.length > 1) throw row.fault('answer', 'a single-choice question has one right choice');
  return [...new Set(names)];
}
