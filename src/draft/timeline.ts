import type { Evidence, Figure, Paragraph, TimelineEvent } from '../model/types.js';
import { chronoFor } from './chrono-locale.js';
import { findDates } from './dates.js';
import { eventLabel } from './event-label.js';
import { primaryLanguage, splitSentences } from './sentences.js';
import type { DraftContext } from './types.js';

/** A text of the article that can date an event: a paragraph, or a figure's caption. */
interface Source {
  readonly text: string;
  readonly evidence: (quote: string) => Evidence;
}

/** Dated and undated events by date, undated last, each group in the order of the text. */
function byDate(a: Omit<TimelineEvent, 'id'>, b: Omit<TimelineEvent, 'id'>): number {
  if (a.when === undefined || b.when === undefined) return Number(a.when === undefined) - Number(b.when === undefined);
  return a.when < b.when ? -1 : a.when > b.when ? 1 : 0;
}

/**
 * Dated and relatively dated events, from the paragraphs and the figures' captions, resolved against the
 * article's date when there is one: one event per sentence and date, labelled with the sentence's words,
 * detailed by the sentence, which is also its evidence. Dates chrono-node reads for the language
 * (lazily loaded: one locale); in a language it has none for, none but ISO-like bare years are read.
 */
export async function draftTimeline(
  paragraphs: readonly Paragraph[],
  figures: readonly Figure[],
  context: DraftContext,
): Promise<TimelineEvent[]> {
  const language = primaryLanguage(context.lang);
  const chrono = await chronoFor(context.lang);
  const sources: Source[] = [
    ...paragraphs.map((paragraph) => ({
      text: paragraph.text,
      evidence: (quote: string) => ({ paragraph: paragraph.id, quote }),
    })),
    ...figures.map((figure) => ({ text: figure.caption, evidence: (quote: string) => ({ figure: figure.id, quote }) })),
  ];
  const events = sources.flatMap((source) =>
    splitSentences(source.text, language).flatMap((sentence) => {
      const labels = new Set<string>();
      return findDates(sentence.text, chrono, language, context.published).flatMap((date) => {
        const label = eventLabel(sentence.text, date.start, date.end);
        if (label === '' || labels.has(label)) return [];
        labels.add(label);
        return [
          {
            ...(date.when === undefined ? {} : { when: date.when }),
            ...(date.until === undefined ? {} : { until: date.until }),
            ...(date.planned ? { planned: true } : {}),
            label,
            detail: sentence.text,
            evidence: [source.evidence(sentence.text)],
          },
        ];
      });
    }),
  );
  return events.sort(byDate).map((event, index) => ({ id: `event-${index + 1}`, ...event }));
}
