import type { LanguageProfile } from './profiles.js';

/** One word of a text, where it stands in it. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** It opens a sentence, where every word is capitalised. */
  readonly initial: boolean;
  /** It ends in a possessive ’s, left out of `text`. */
  readonly possessive: boolean;
  /** A compound such as "Moscow-led": `text` is the name before the hyphen. */
  readonly compound: boolean;
}

/** Capitalised words in a row, as a name is written ("US Secretary of State Antony Blinken"). */
export interface NameRun {
  readonly words: readonly Word[];
  /** Index of the run's first word among the text's words. */
  readonly at: number;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{M}]/gu;
const POSSESSIVE = /['’]s$/u;
const COMPOUND = /^(\p{Lu}[\p{L}\p{M}]+)-(?:led|based|backed|born|run|owned|made|style)$/u;
const SENTENCE_END = /[.!?…–—“"‘]\s*$/u;
// French and Italian write an article or preposition onto the name: “l’Agence”, “d’Arianespace”.
const ELISION = /^(?:[lLdDjJnNsScCmMtT]|[qQ]u)['’](?=\p{L})/u;

export const isCapitalised = (text: string) => /^\p{Lu}/u.test(text);

/** The words of a text, each with where it stands and whether a sentence opens with it. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    let raw = match[0];
    let start = match.index;
    const elided = ELISION.exec(raw);
    if (elided) {
      raw = raw.slice(elided[0].length);
      start += elided[0].length;
    }
    const before = text.slice(Math.max(0, match.index - 3), match.index);
    const possessive = POSSESSIVE.test(raw);
    if (possessive) raw = raw.replace(POSSESSIVE, '');
    const compound = COMPOUND.exec(raw);
    if (compound) raw = compound[1]!;
    raw = raw.replace(/\.$/u, (dot) => (/^(?:\p{Lu}\.)+$/u.test(raw) ? dot : ''));
    words.push({
      text: raw,
      start,
      end: start + raw.length,
      initial: SENTENCE_END.test(before) || /^\s*$/u.test(text.slice(0, match.index)),
      possessive,
      compound: compound !== null,
    });
  }
  return words;
}

/**
 * Every run of capitalised words: a name, perhaps with a title before it. Small words that join names
 * ("of", "de", "von") stay inside a run when a capitalised word follows them; a possessive or a
 * compound ("Moscow-led") ends it; so does punctuation between two words.
 */
export function nameRuns(text: string, words: readonly Word[], profile: LanguageProfile): NameRun[] {
  const runs: NameRun[] = [];
  let index = 0;
  while (index < words.length) {
    if (!isCapitalised(words[index]!.text)) {
      index++;
      continue;
    }
    const run: Word[] = [words[index]!];
    let next = index + 1;
    while (next < words.length && !run.at(-1)!.possessive && !run.at(-1)!.compound) {
      const gap = text.slice(run.at(-1)!.end, words[next]!.start);
      if (!/^\s+$/u.test(gap)) break;
      const word = words[next]!;
      if (isCapitalised(word.text) && !word.initial) {
        run.push(word);
        next++;
        continue;
      }
      const after = words[next + 1];
      const joins =
        profile.connectors.has(word.text.toLowerCase()) &&
        after !== undefined &&
        isCapitalised(after.text) &&
        /^\s+$/u.test(text.slice(word.end, after.start));
      if (!joins) break;
      run.push(word, after);
      next += 2;
    }
    runs.push({ words: run, at: index });
    index = next;
  }
  return runs;
}
