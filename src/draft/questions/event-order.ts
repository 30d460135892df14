import type { TimelineEvent } from '../../model/types.js';
import type { Candidate } from './candidate.js';
import type { QuestionWording } from './wording.js';

const ITEM_IDS = ['a', 'b', 'c', 'd', 'e'];
const FEWEST_EVENTS = 3;

/**
 * `a` ends before `b` starts: "2021-12" before "2022-01-11", but neither "2022-01" and "2022-01-11",
 * since the one holds the other, nor the same date twice.
 */
function endsBefore(a: TimelineEvent, b: TimelineEvent): boolean {
  return endOf(a) < b.when!;
}

/** A key after every date the event's last date holds: "2022-01~" comes after "2022-01-31". */
const endOf = (event: TimelineEvent) => `${event.until ?? event.when!}~`;

/**
 * Put in order the past events of the timeline whose order the dates settle: each one after the end of
 * the one before, with a label of its own, at most five. Taking the one that ends first each time gets
 * the most events.
 */
export function eventOrder(timeline: readonly TimelineEvent[], wording: QuestionWording): Candidate[] {
  const chosen: TimelineEvent[] = [];
  const dated = timeline
    .filter((event) => event.when !== undefined && !event.planned && (event.evidence?.length ?? 0) > 0)
    .sort((a, b) => (endOf(a) < endOf(b) ? -1 : endOf(a) > endOf(b) ? 1 : 0));
  for (const event of dated) {
    const last = chosen.at(-1);
    if (last && !endsBefore(last, event)) continue;
    if (chosen.some((other) => other.label === event.label)) continue;
    chosen.push(event);
    if (chosen.length === ITEM_IDS.length) break;
  }
  if (chosen.length < FEWEST_EVENTS) return [];
  return [
    {
      question: {
        type: 'order',
        prompt: wording.orderEvents,
        items: chosen.map((event, index) => ({ id: ITEM_IDS[index]!, text: event.label })),
        evidence: chosen.flatMap((event) => event.evidence ?? []),
      },
      asks: [],
    },
  ];
}
