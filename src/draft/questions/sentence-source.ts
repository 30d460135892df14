import type { Evidence, Paragraph } from '../../model/types.js';
import { splitSentences } from '../sentences.js';

/** A sentence of a paragraph: what most drafted questions ask about and quote as their evidence. */
export interface SourceSentence {
  readonly paragraph: string;
  readonly text: string;
  /** Where it starts in its paragraph; with `paragraph`, what tells two sentences apart. */
  readonly start: number;
}

export const sentenceKey = (sentence: SourceSentence) => `${sentence.paragraph}@${sentence.start}`;

export const sentenceEvidence = (sentence: SourceSentence): Evidence => ({
  paragraph: sentence.paragraph,
  quote: sentence.text,
});

/** Every sentence of the paragraphs, in the order of the text. */
export function sentencesOf(paragraphs: readonly Paragraph[], lang: string): SourceSentence[] {
  return paragraphs.flatMap((paragraph) =>
    splitSentences(paragraph.text, lang).map((sentence) => ({
      paragraph: paragraph.id,
      text: sentence.text,
      start: sentence.start,
    })),
  );
}

/** The sentence of `paragraph` that holds `quote`, and where the quote starts in it. */
export function sentenceHolding(
  sentences: readonly SourceSentence[],
  paragraph: string,
  quote: string,
): { sentence: SourceSentence; at: number } | undefined {
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) continue;
    const at = sentence.text.indexOf(quote);
    if (at >= 0) return { sentence, at };
  }
  return undefined;
}
