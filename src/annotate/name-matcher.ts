/** One mention found in a text: `text.slice(start, end)` names `entity`. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly entity: string;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  entity?: string;
}

/**
 * What a word is made of. An apostrophe is not, so a name ends before a possessive ending, in English
 * ("Tokayev’s", "Tokayev's", "Reuters’") as in every language: the mark is the name alone, the ending
 * stays text after it. A term's text is its trigger's accessible name, which should say the name the
 * hovercard is about, not the sentence's grammar; and a link to a name conventionally stops there too
 * ("[[Tokayev]]’s" on Wikipedia). A plural ending is inside the word, so it is part of the mark.
 */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}_]/u;

/** Whether the character starting at `index` (a whole code point) is part of a word. */
function isWordAt(text: string, index: number): boolean {
  const codePoint = text.codePointAt(index);
  return codePoint !== undefined && WORD_CHARACTER.test(String.fromCodePoint(codePoint));
}

/** Whether the character ending just before `index` is part of a word. */
function isWordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return isWordAt(text, start);
}

/**
 * Finds names in text: a trie over every name, walked once from each word start, so the cost grows
 * with the length of the text (times the longest name at most), not with the number of names. Matching
 * is case-sensitive and whole-word (Unicode letters, digits and marks), and the longest name wins.
 */
export class NameMatcher {
  readonly #root: TrieNode = { next: new Map() };

  /** `names` pairs each name with its entity; when two entities share a name, the first keeps it. */
  constructor(names: Iterable<readonly [name: string, entity: string]>) {
    for (const [name, entity] of names) {
      if (name.length === 0) continue;
      let node = this.#root;
      for (let index = 0; index < name.length; index += 1) {
        const unit = name[index]!;
        let child = node.next.get(unit);
        if (!child) {
          child = { next: new Map() };
          node.next.set(unit, child);
        }
        node = child;
      }
      node.entity ??= entity;
    }
  }

  /**
   * The mentions in `text`, left to right, none overlapping. `before` and `after` are the characters
   * around the text in the page (empty at a block's edge), so a name is not taken from inside a word
   * that an inline element splits.
   */
  find(text: string, before = '', after = ''): Mention[] {
    const mentions: Mention[] = [];
    let previousIsWord = isWordBefore(before, before.length);
    let index = 0;
    while (index < text.length) {
      if (!previousIsWord) {
        const end = this.#longestAt(text, index, after);
        if (end) {
          mentions.push({ start: index, end: end.index, entity: end.entity });
          index = end.index;
          previousIsWord = isWordBefore(text, index);
          continue;
        }
      }
      const step = (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
      previousIsWord = isWordAt(text, index);
      index += step;
    }
    return mentions;
  }

  #longestAt(text: string, start: number, after: string): { index: number; entity: string } | undefined {
    let node: TrieNode | undefined = this.#root;
    let found: { index: number; entity: string } | undefined;
    for (let index = start; index < text.length;) {
      node = node.next.get(text[index]!);
      if (!node) break;
      index += 1;
      if (node.entity !== undefined) {
        const endsWord = index < text.length ? !isWordAt(text, index) : !isWordAt(after, 0);
        if (endsWord) found = { index, entity: node.entity };
      }
    }
    return found;
  }
}
