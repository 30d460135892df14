/** Words as a reader counts them: runs between spaces with a letter or a digit, so a lone « or – is none. */
export function wordCount(text) {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/**
 * A long article's text, for timing the draft: real paragraphs of the demo articles under a title line,
 * dealt in turn from each article, each round starting one paragraph further on so that neighbours
 * change, until the text has at least `words` words. The same paragraphs always give the same text.
 */
export function longArticleText(paragraphLists, { words, title = 'A very long article' }) {
  const lists = paragraphLists
    .map((list) => list.filter((paragraph) => wordCount(paragraph) > 0))
    .filter((list) => list.length > 0);
  if (lists.length === 0) throw new Error('longArticleText needs at least one paragraph with words');
  const longest = Math.max(...lists.map((list) => list.length));
  const blocks = [title];
  let count = 0;
  for (let round = 0; count < words; round += 1) {
    for (let index = 0; index < longest && count < words; index += 1) {
      for (const list of lists) {
        if (count >= words) break;
        if (index >= list.length) continue;
        const paragraph = list[(index + round) % list.length];
        blocks.push(paragraph);
        count += wordCount(paragraph);
      }
    }
  }
  return blocks.join('\n\n');
}
