import { performance } from 'node:perf_hooks';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * A valid article of about `megabytes` MB of JSON: paragraphs of ~500 characters, entities with
 * evidence, and a quiz whose evidence quotes the paragraphs, so every rule of `parseArticle` has work.
 */
export function bigArticleJson(megabytes = 5) {
  const sentence =
    'Officials said on Tuesday that talks with the protesters would continue while the council met again.';
  const paragraphCount = Math.round((megabytes * 1000 * 1000) / 560);
  const paragraphs = Array.from({ length: paragraphCount }, (_, index) => ({
    id: `p${index + 1}`,
    text: `${index + 1}. ${sentence} ${sentence} ${sentence} ${sentence} ${sentence}`,
  }));
  const entities = Array.from({ length: 2000 }, (_, index) => ({
    id: `e${index}`,
    kind: ['person', 'organization', 'place', 'term'][index % 4],
    name: `Entity ${index}`,
    summary: `Summary of entity ${index}.`,
    evidence: [`p${(index % paragraphCount) + 1}`],
  }));
  const questions = Array.from({ length: 500 }, (_, index) => ({
    id: `q${index}`,
    type: 'single',
    prompt: `Question ${index}?`,
    choices: [
      { id: 'a', text: 'Talks would continue' },
      { id: 'b', text: 'Talks had ended' },
    ],
    answer: 'a',
    evidence: [{ paragraph: `p${(index % paragraphCount) + 1}`, quote: 'talks with the protesters would continue' }],
  }));
  return JSON.stringify({
    schemaVersion: 1,
    id: 'bench-big',
    lang: 'en',
    title: 'A very long article',
    paragraphs,
    entities,
    explainer: { summary: 'A synthetic article for the bench.', sections: [] },
    quiz: { title: 'Quiz', questions },
  });
}

/** `parseArticle` (the built dist/model) on the JSON text of a ~5 MB article, median of `runs` after one warm-up. */
export async function measureParseArticle({ runs, megabytes = 5 }) {
  const { parseArticle } = await import('../../dist/model/index.js');
  const text = bigArticleJson(megabytes);
  const samples = [];
  let result;
  for (let run = 0; run <= runs; run += 1) {
    const start = performance.now();
    result = parseArticle(text);
    if (run > 0) samples.push(performance.now() - start);
  }
  if (!result.ok) throw new Error(`the bench article is invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return { bytes: Buffer.byteLength(text), runs, parseMs: median(samples) };
}
