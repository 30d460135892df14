import { BLANK } from '../../model/primitives.js';
import type { Entity, KeyFact } from '../../model/types.js';
import type { Candidate } from './candidate.js';
import { findName } from './names.js';
import { sentenceEvidence, sentenceHolding, sentenceKey, type SourceSentence } from './sentence-source.js';

/** The digits of an amount as written, group and decimal separators included: "10,000", "1 600", "2.5". */
export const WRITTEN_DIGITS = /\d(?:[\d.,\u00A0\u202F ]*\d)?/u;

/** A sentence too long to read as one question. */
const MOST_WORDS = 45;

const wordCount = (text: string) => text.split(/\s+/u).length;
const unique = (texts: readonly string[]) => [...new Set(texts)];

/** The number of a key fact, where it is written in the sentence its evidence quotes. */
export interface WrittenNumber {
  readonly fact: KeyFact;
  readonly sentence: SourceSentence;
  readonly start: number;
  readonly written: string;
}

/** Key facts whose number is written in digits in a sentence of their evidence, in the order of the facts. */
export function writtenNumbers(keyFacts: readonly KeyFact[], sentences: readonly SourceSentence[]): WrittenNumber[] {
  return keyFacts.flatMap((fact) => {
    if (fact.number === undefined) return [];
    for (const evidence of fact.evidence ?? []) {
      if (!('paragraph' in evidence) || evidence.quote === undefined) continue;
      const digits = WRITTEN_DIGITS.exec(evidence.quote);
      const held = sentenceHolding(sentences, evidence.paragraph, evidence.quote);
      if (!digits || !held || wordCount(held.sentence.text) > MOST_WORDS) continue;
      return [{ fact, sentence: held.sentence, start: held.at + digits.index, written: digits[0] }];
    }
    return [];
  });
}

const blanked = (text: string, start: number, end: number) => `${text.slice(0, start)}${BLANK}${text.slice(end)}`;

/**
 * "Officials arrested nearly ___ people": the sentence with the number blanked, accepting it as written
 * and, for a whole number written with group separators, in digits alone ("10,000", "10000").
 */
export function numberBlanks(numbers: readonly WrittenNumber[]): Candidate[] {
  return numbers.map(({ fact, sentence, start, written }) => {
    const digitsOnly = written.replace(/\D/gu, '');
    const accept = unique([written, ...(digitsOnly === String(fact.number) ? [digitsOnly] : [])]);
    return {
      question: {
        type: 'fill-blank',
        prompt: blanked(sentence.text, start, start + written.length),
        accept,
        evidence: [sentenceEvidence(sentence)],
      },
      asks: [sentenceKey(sentence)],
    };
  });
}

/**
 * "___ said the withdrawal would begin": for each person, organization and place, the first sentence that
 * names it once, with the name blanked, accepting the name as written there, its full name and aliases.
 */
export function nameBlanks(entities: readonly Entity[], sentences: readonly SourceSentence[]): Candidate[] {
  return entities.flatMap((entity) => {
    if (!['person', 'organization', 'place'].includes(entity.kind)) return [];
    for (const sentence of sentences) {
      if (wordCount(sentence.text) > MOST_WORDS) continue;
      const mention = findName(sentence.text, entity);
      if (!mention) continue;
      const prompt = blanked(sentence.text, mention.start, mention.end);
      if (findName(prompt, entity)) continue;
      const accept = unique([mention.written, entity.name, ...(entity.aliases ?? [])]);
      return [
        {
          question: { type: 'fill-blank', prompt, accept, evidence: [sentenceEvidence(sentence)] },
          asks: [sentenceKey(sentence)],
        },
      ];
    }
    return [];
  });
}
