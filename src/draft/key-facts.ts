import type { KeyFact, Paragraph } from '../model/types.js';
import { findNumbers, type NumberMention } from './numbers.js';
import { clauseBefore, phraseAfter, wordBefore } from './phrases.js';
import { primaryLanguage, splitSentences } from './sentences.js';
import type { DraftContext } from './types.js';

/** An explainer shows a handful of facts: past this many, the ones that say most are kept. */
const MOST_FACTS = 15;
const LABEL_WORDS = 8;

/** A key fact before its id, with where it was found and how much it says. */
interface Candidate {
  readonly fact: Omit<KeyFact, 'id'>;
  readonly score: number;
}

/** "people arrested": an English past participle before the amount names what happened to what it counts. */
function participleBefore(text: string, mention: NumberMention, language: string): string | undefined {
  if (language !== 'en') return undefined;
  const word = wordBefore(text, mention.start);
  return word !== undefined && /^\p{Ll}{3,}ed$/u.test(word) ? word : undefined;
}

/** The label: what the amount counts, read between the end of the amount before (`previous`) and the start of the next. */
function labelOf(text: string, mention: NumberMention, previous: number, next: number, language: string): string {
  const after = phraseAfter(text, mention.end, LABEL_WORDS, next);
  const counted = mention.unit === undefined && mention.value === undefined;
  let label = after;
  if (counted) {
    const participle = participleBefore(text, mention, language);
    const [noun, ...rest] = after.split(' ');
    if (participle && noun && !/^(?:were|was|are|is|of|had|have|has)$/u.test(rest[0] ?? ''))
      label = [noun, participle, ...rest].join(' ');
  }
  if (label === '' || (!counted && after.split(' ').length < 2))
    label = clauseBefore(text, mention.start, LABEL_WORDS, previous) || after;
  if (label === '') return '';
  return mention.bound && mention.value === undefined ? `${label} (${mention.bound.toLowerCase()})` : label;
}

/** Words between an amount and what it counts: "hundreds of people", "dozens were likely killed". */
const LINKING_WORDS = /^[\s\u00A0\u202F]+(?:of|were|was|are|is|had|have|has|likely|the|de|d’|d')?/iu;
const COUNTED_WORD = /^[\s\u00A0\u202F]*[\p{L}\p{N}’'-]+/u;

/** The exact words quoted as evidence: the amount, as written, and the word it counts when it has no unit. */
function quoteOf(text: string, mention: NumberMention): string {
  if (mention.unit !== undefined || /^\P{L}/u.test(mention.value ?? 'a')) return text.slice(mention.start, mention.end);
  let end = mention.end;
  for (let words = 0; words < 3; words++) {
    const linking = LINKING_WORDS.exec(text.slice(end))?.[0] ?? '';
    if (linking.trim() === '') break;
    end += linking.length;
  }
  end += COUNTED_WORD.exec(text.slice(end))?.[0].length ?? 0;
  return text.slice(mention.start, end).trim();
}

/** Digits say more than number words, a unit or an approximate total more than a bare count. */
function scoreOf(mention: NumberMention, written: string): number {
  return (
    (/\d/.test(written) ? 2 : 0) +
    (mention.unit !== undefined || mention.value !== undefined ? 1 : 0) +
    (mention.about ? 1 : 0) +
    ((mention.number ?? 0) >= 100 ? 1 : 0)
  );
}

function candidatesIn(paragraph: Paragraph, language: string): Candidate[] {
  return splitSentences(paragraph.text, language).flatMap((sentence) => {
    const mentions = findNumbers(sentence.text, language);
    return mentions.flatMap((mention, index) => {
      const next = mentions[index + 1]?.start ?? sentence.text.length;
      const previous = mentions[index - 1]?.end ?? 0;
      const label = labelOf(sentence.text, mention, previous, next, language);
      if (label === '') return [];
      const written = sentence.text.slice(mention.start, mention.end);
      const amount =
        mention.value !== undefined
          ? { value: mention.value }
          : {
              number: mention.number!,
              ...(mention.unit === undefined ? {} : { unit: mention.unit }),
              ...(mention.about ? { about: true } : {}),
            };
      const evidence = [{ paragraph: paragraph.id, quote: quoteOf(sentence.text, mention) }];
      return [{ fact: { ...amount, label, evidence }, score: scoreOf(mention, written) }];
    });
  });
}

const sameFact = (a: Omit<KeyFact, 'id'>, b: Omit<KeyFact, 'id'>) =>
  a.number === b.number && a.value === b.value && a.unit === b.unit && a.label === b.label;

/**
 * Numbers the text gives with what they count ("nearly 10,000 people arrested"), each with the words it
 * was read from as evidence. Years and dates are the timeline's; ordinals and numbers in names are left
 * out. At most MOST_FACTS, those that say most, in the order of the text.
 */
export function draftKeyFacts(paragraphs: readonly Paragraph[], context: DraftContext): KeyFact[] {
  const language = primaryLanguage(context.lang);
  const candidates = paragraphs
    .flatMap((paragraph) => candidatesIn(paragraph, language))
    .filter((candidate, index, all) => all.findIndex((other) => sameFact(other.fact, candidate.fact)) === index);
  const kept = new Set(
    [...candidates]
      .sort((a, b) => b.score - a.score)
      .slice(0, MOST_FACTS)
      .map((candidate) => candidate.fact),
  );
  return candidates
    .filter((candidate) => kept.has(candidate.fact))
    .map((candidate, index) => ({ id: `fact-${index + 1}`, ...candidate.fact }));
}
