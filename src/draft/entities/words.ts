import type { LanguageProfile } from './profiles.js';

/** A word of a text, as a name would be read from it. */
export interface Word {
  /** The word as written, without a possessive ending ("Tokayev’s" → "Tokayev"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** What stands between the previous word and this one: a space, or punctuation too. */
  readonly gapBefore: string;
  /** Its capital says nothing: it starts a sentence, a quotation or the text after a dateline. */
  readonly initial: boolean;
  /** It ended in a possessive ("Russia’s") or a lower-case hyphenated part ("Moscow-led"): a name ends here. */
  readonly endsName: boolean;
  /** Which sentence of the text it is in. */
  readonly sentence: number;
}

/** A sentence as written, and where it starts in its text. */
export interface Sentence {
  readonly start: number;
  readonly text: string;
}

/** A text's words and its sentences. */
export interface ReadText {
  readonly words: readonly Word[];
  readonly sentences: readonly Sentence[];
}

/** An abbreviation such as "U.S.", or a word, hyphens and apostrophes inside it. */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /[’']s$/i;
const SENTENCE_END = /[.!?…]["”’»)\]]*\s|\n/;
const OPENING_QUOTE = /[“„«‘‚]|(?:^|\s)["']/;
const DATELINE_DASH = /\s[–—-]\s/;
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

/** The part of a hyphenated word that can be a name: "Moscow" of "Moscow-led", "NATO" of "anti-NATO". */
function namePart(raw: string): { text: string; offset: number; cut: boolean } {
  const parts = raw.split(/[-‐‑]/);
  if (parts.length === 1) return { text: raw, offset: 0, cut: false };
  if (UPPER.test(parts[0]!)) {
    const lowerAt = parts.findIndex((part) => LOWER.test(part));
    if (lowerAt === -1) return { text: raw, offset: 0, cut: false };
    return { text: parts.slice(0, lowerAt).join('-'), offset: 0, cut: true };
  }
  const upperAt = parts.findIndex((part) => UPPER.test(part));
  if (upperAt === -1) return { text: raw, offset: 0, cut: false };
  const offset = parts.slice(0, upperAt).join('-').length + 1;
  return { text: raw.slice(offset), offset, cut: false };
}

/** Where a sentence starts inside the gap that ends the one before: after its last space. */
function sentenceStartIn(gap: string, gapStart: number): number {
  const lastSpace = Math.max(gap.lastIndexOf(' '), gap.lastIndexOf('\n'), gap.lastIndexOf('\t'));
  return gapStart + lastSpace + 1;
}

/**
 * Splits a text into words and sentences. A period after an initial ("John F. Kennedy") or a title
 * the language abbreviates ("Dr.", "M.") stays with the word and ends no sentence. Sentences are split
 * here, on their own, for the names' needs only (which capital is a sentence's, which sentence first
 * mentions a name).
 */
export function readText(text: string, profile: LanguageProfile): ReadText {
  const words: Word[] = [];
  const sentenceStarts: number[] = [0];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const { text: raw, offset, cut } = namePart(match[0]);
    const start = match.index + offset;
    let end = start + raw.length;
    let wordText = raw;
    if (text[end] === '.' && (/^\p{Lu}$/u.test(raw) || profile.titles.has(`${raw.toLowerCase()}.`))) {
      end += 1;
      wordText = `${raw}.`;
    }
    let possessive = POSSESSIVE.test(wordText) && wordText.length > 2;
    if (possessive) wordText = wordText.slice(0, -2);
    else if (/s$/.test(wordText) && /^[’']/.test(text.slice(end)) && !/^[’'][\p{L}]/u.test(text.slice(end))) {
      possessive = true;
    }
    const gapBefore = text.slice(previousEnd, start);
    const newSentence = words.length > 0 && SENTENCE_END.test(gapBefore);
    if (newSentence) sentenceStarts.push(sentenceStartIn(gapBefore, previousEnd));
    const afterDateline =
      DATELINE_DASH.test(gapBefore) && words.length <= 3 && words.every((word) => UPPER.test(word.text));
    words.push({
      text: wordText,
      start,
      end: start + wordText.length,
      gapBefore,
      initial: words.length === 0 || newSentence || OPENING_QUOTE.test(gapBefore) || afterDateline,
      endsName: possessive || cut,
      sentence: sentenceStarts.length - 1,
    });
    previousEnd = Math.max(match.index + match[0].length, end);
  }
  const sentences = sentenceStarts.map((start, index) => ({
    start,
    text: text.slice(start, sentenceStarts[index + 1]).trim(),
  }));
  return { words, sentences };
}

/** The sentence of `read` that `offset` is in. */
export function sentenceAt(read: ReadText, offset: number): string {
  let found = read.sentences[0]!;
  for (const sentence of read.sentences) if (sentence.start <= offset) found = sentence;
  return found.text;
}
