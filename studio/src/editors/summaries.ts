import { isObj, objects, textOf, texts, type Obj } from './paths.js';

const LONGEST = 90;

/** One line of a text for an item's summary, cut at a word with an ellipsis. */
export function oneLine(text: string, longest = LONGEST): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= longest) return line;
  const cut = line.slice(0, longest);
  const space = cut.lastIndexOf(' ');
  return `${(space > longest / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export const QUESTION_TYPE_NAMES: Record<string, string> = {
  single: 'Single choice',
  multiple: 'Multiple choice',
  'true-false': 'True or false',
  'fill-blank': 'Fill in the blank',
  order: 'Put in order',
  match: 'Match',
};

function or(text: string, empty: string): string {
  return text.trim() === '' ? empty : text;
}

export function entitySummary(entity: Obj): string {
  const kind = textOf(entity.kind);
  const role = textOf(entity.role);
  return oneLine([or(textOf(entity.name), '(no name)'), kind, role].filter(Boolean).join(' · '));
}

export function questionSummary(question: Obj): string {
  const type = QUESTION_TYPE_NAMES[textOf(question.type)] ?? 'Unknown type';
  return oneLine(`${type}: ${or(textOf(question.prompt), '(no prompt)')}`);
}

export function eventSummary(event: Obj): string {
  const when = textOf(event.when) || 'undated';
  const until = textOf(event.until);
  return oneLine(`${until ? `${when} – ${until}` : when} · ${or(textOf(event.label), '(no label)')}`);
}

export function keyFactSummary(fact: Obj): string {
  const value =
    textOf(fact.value) ||
    (typeof fact.number === 'number'
      ? `${fact.about === true ? '≈ ' : ''}${fact.number}${fact.unit ? ` ${textOf(fact.unit)}` : ''}`
      : '');
  return oneLine(`${or(value, '(no value)')} · ${or(textOf(fact.label), '(no label)')}`);
}

export function paragraphSummary(paragraph: Obj): string {
  return oneLine(`${textOf(paragraph.id)}: ${or(textOf(paragraph.text), '(empty)')}`);
}

/** A caption may be written as a list of paragraphs; the forms edit it as one text, paragraphs split by a blank line. */
export function captionText(caption: unknown): string {
  return Array.isArray(caption) ? texts(caption).join('\n\n') : textOf(caption);
}

export function figureSummary(figure: Obj): string {
  return oneLine(`${textOf(figure.id)}: ${or(captionText(figure.caption), '(no caption)')}`);
}

export function quoteSummary(quote: Obj, speakerName: string): string {
  return oneLine(`${or(speakerName, '(no speaker)')}: “${textOf(quote.words)}”`);
}

export function sectionSummary(section: Obj): string {
  return oneLine(or(textOf(section.heading), '(no heading)'));
}

export function choiceSummary(choice: Obj): string {
  return oneLine(or(textOf(choice.text), '(no text)'), 60);
}

export function pairSummary(pair: Obj): string {
  return oneLine(`${or(textOf(pair.left), '…')} → ${or(textOf(pair.right), '…')}`, 60);
}

export function relationSummary(relation: Obj, name: (id: string) => string): string {
  return oneLine(`${or(textOf(relation.relation), '(no relation)')} ${name(textOf(relation.id))}`, 60);
}

/** What a piece of evidence points at, in words: "Paragraph p3: “the words”". */
export function evidenceSummary(evidence: unknown): string {
  if (typeof evidence === 'string') return `Paragraph ${evidence}`;
  if (!isObj(evidence)) return 'Evidence that cannot be read';
  const quote = typeof evidence.quote === 'string' ? `: “${oneLine(evidence.quote, 60)}”` : '';
  if (typeof evidence.said === 'string') return `Quote ${evidence.said}`;
  if (typeof evidence.figure === 'string') return `Figure ${evidence.figure}${quote}`;
  return `Paragraph ${textOf(evidence.paragraph)}${quote}`;
}

/** Every piece of evidence anywhere in the article, as written. */
function allEvidence(value: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((item) => allEvidence(item, found));
  else if (isObj(value)) {
    for (const [name, inner] of Object.entries(value)) {
      if (name === 'evidence' && Array.isArray(inner)) found.push(...(inner as unknown[]));
      else allEvidence(inner, found);
    }
  }
  return found;
}

/** How many pieces of evidence and quotes point into each paragraph: what an edit of its text may break. */
export function paragraphReferences(article: Obj): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (id: unknown) => {
    if (typeof id === 'string') counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  for (const evidence of allEvidence(article)) count(isObj(evidence) ? evidence.paragraph : evidence);
  for (const quote of objects(article.quotes)) count(quote.paragraph);
  return counts;
}
