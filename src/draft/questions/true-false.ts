import type { Entity } from '../../model/types.js';
import { numberFormat } from '../../localize/number-format.js';
import type { Candidate } from './candidate.js';
import type { WrittenNumber } from './fill-blank.js';
import { findName } from './names.js';
import { sentenceEvidence, sentenceKey, type SourceSentence } from './sentence-source.js';
import type { QuestionWording } from './wording.js';

/** What the article says, quoted; in a language without wording, the quote alone. */
function explanation(template: string | undefined, sentence: SourceSentence): string {
  return template === undefined ? `“${sentence.text}”` : template.replace('{quote}', sentence.text);
}

/**
 * A number the article does not give for this fact: another fact's in the same unit, else twice this one
 * (a share of more than half: what is left of the whole), written the way the language writes numbers.
 */
function otherNumber(number: WrittenNumber, all: readonly WrittenNumber[], lang: string): string {
  const { fact } = number;
  const value = fact.number!;
  const sameUnit = all.find((other) => other.fact.unit === fact.unit && other.fact.number !== value);
  const swapped = sameUnit?.fact.number ?? (fact.unit === 'percent' && value > 50 ? 100 - value : value * 2);
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(swapped);
}

/**
 * True/false on the article's numbers, in turn: the sentence as written (true), then one with another
 * number in place of its own (false), each explained by the sentence.
 */
export function numberStatements(
  numbers: readonly WrittenNumber[],
  lang: string,
  wording: QuestionWording | undefined,
): Candidate[] {
  return numbers.flatMap((number, index) => {
    const { sentence, start, written } = number;
    const answer = index % 2 === 0;
    const other = otherNumber(number, numbers, lang);
    if (!answer && other === written) return [];
    const prompt = answer
      ? sentence.text
      : `${sentence.text.slice(0, start)}${other}${sentence.text.slice(start + written.length)}`;
    const template = answer ? wording?.saysTrue : wording?.saysFalse;
    return [
      {
        question: {
          type: 'true-false',
          prompt,
          answer,
          explanation: explanation(template, sentence),
          evidence: [sentenceEvidence(sentence)],
        },
        asks: [sentenceKey(sentence)],
      },
    ];
  });
}

/** The name of `entity` to put where another's stood: its full name for a full name, else its shortest. */
function standIn(entity: Entity, replaced: Entity, written: string): string {
  if (written === replaced.name || !entity.aliases?.length) return entity.name;
  return [...entity.aliases].sort((a, b) => a.length - b.length)[0]!;
}

/**
 * False statements made by naming the wrong one of a kind: a sentence that names one person (or
 * organization) once and none other of its kind, with the next of that kind in the article named instead.
 */
export function entitySwaps(
  entities: readonly Entity[],
  sentences: readonly SourceSentence[],
  wording: QuestionWording | undefined,
): Candidate[] {
  return entities.flatMap((entity) => {
    if (entity.kind !== 'person' && entity.kind !== 'organization') return [];
    const kin = entities.filter((other) => other.kind === entity.kind && other.id !== entity.id);
    const stand = kin.find((other) => entities.indexOf(other) > entities.indexOf(entity)) ?? kin[0];
    if (!stand) return [];
    for (const sentence of sentences) {
      const mention = findName(sentence.text, entity);
      if (!mention || kin.some((other) => findName(sentence.text, other))) continue;
      const name = standIn(stand, entity, mention.written);
      const prompt = `${sentence.text.slice(0, mention.start)}${name}${sentence.text.slice(mention.end)}`;
      if (findName(prompt, entity)) continue;
      return [
        {
          question: {
            type: 'true-false',
            prompt,
            answer: false,
            explanation: explanation(wording?.saysFalse, sentence),
            evidence: [sentenceEvidence(sentence)],
          },
          asks: [sentenceKey(sentence)],
        },
      ];
    }
    return [];
  });
}
