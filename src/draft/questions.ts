import type { Entity, KeyFact, Paragraph, Question, TimelineEvent } from '../model/types.js';
import type { Candidate } from './questions/candidate.js';
import { eventOrder } from './questions/event-order.js';
import { roleChoices, roleMatch } from './questions/entity-choice.js';
import { nameBlanks, numberBlanks, writtenNumbers } from './questions/fill-blank.js';
import { sentencesOf } from './questions/sentence-source.js';
import { entitySwaps, numberStatements } from './questions/true-false.js';
import { questionWording } from './questions/wording.js';
import { primaryLanguage } from './sentences.js';
import type { DraftContext } from './types.js';

/** What the quiz can be drafted from. */
export interface QuestionSources {
  readonly paragraphs: readonly Paragraph[];
  readonly entities: readonly Entity[];
  readonly keyFacts: readonly KeyFact[];
  readonly timeline: readonly TimelineEvent[];
}

/** A quiz longer than this tires more than it teaches. */
const MOST_QUESTIONS = 15;

/**
 * Takes one question of each kind in turn, so the quiz mixes them, skipping any that asks about a
 * sentence another question already asks about (its answer would be given away).
 */
function interleave(kinds: readonly (readonly Candidate[])[]): Candidate[] {
  const taken: Candidate[] = [];
  const asked = new Set<string>();
  const queues = kinds.map((kind) => [...kind]);
  while (taken.length < MOST_QUESTIONS && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (!next || next.asks.some((key) => asked.has(key))) continue;
      next.asks.forEach((key) => asked.add(key));
      taken.push(next);
      if (taken.length === MOST_QUESTIONS) break;
    }
  }
  return taken;
}

/**
 * Quiz candidates, each valid and each with evidence whose quote is in its paragraph: numbers and names
 * to fill in, true and false statements (a number or a name changed), an entity to pick by its role,
 * people to match to their roles, events to put in order. Questions that need words of their own
 * (choice, match, order) are drafted only in the languages `questionWording` has.
 */
export function draftQuestions(sources: QuestionSources, context: DraftContext): Question[] {
  const language = primaryLanguage(context.lang);
  const wording = questionWording(language);
  const sentences = sentencesOf(sources.paragraphs, language);
  const numbers = writtenNumbers(sources.keyFacts, sentences);
  const kinds = [
    numberBlanks(numbers.filter((_, index) => index % 2 === 0)),
    wording ? roleChoices(sources.entities, sentences, context.lang, wording) : [],
    numberStatements(
      numbers.filter((_, index) => index % 2 === 1),
      context.lang,
      wording,
    ),
    nameBlanks(sources.entities, sentences),
    entitySwaps(sources.entities, sentences, wording),
    wording ? roleMatch(sources.entities, sentences, wording) : [],
    wording ? eventOrder(sources.timeline, wording) : [],
  ];
  return interleave(kinds).map((candidate, index) => ({ id: `q${index + 1}`, ...candidate.question }));
}
