import type { Entity } from '../../model/types.js';
import { foldText } from '../../shared/fold-text.js';
import type { Candidate } from './candidate.js';
import { findName } from './names.js';
import { sentenceEvidence, sentenceKey, type SourceSentence } from './sentence-source.js';
import type { QuestionWording } from './wording.js';

const CHOICE_IDS = ['a', 'b', 'c', 'd'];
const DISTRACTORS = 3;
const MOST_PAIRS = 5;
const FEWEST_PAIRS = 3;

const sameText = (a: string, b: string) => foldText(a) === foldText(b);

const firstSentenceNaming = (entity: Entity, sentences: readonly SourceSentence[]) =>
  sentences.find((sentence) => findName(sentence.text, entity) !== undefined);

/**
 * "Which of these does the article describe as “President of Russia”?": for each entity with a role, its
 * name among the next three of its kind whose roles differ from it (so only one choice fits), the
 * choices in alphabetical order, the evidence the first sentence that names it.
 */
export function roleChoices(
  entities: readonly Entity[],
  sentences: readonly SourceSentence[],
  lang: string,
  wording: QuestionWording,
): Candidate[] {
  return entities.flatMap((entity, position) => {
    const { role } = entity;
    const sentence = firstSentenceNaming(entity, sentences);
    if (role === undefined || !sentence) return [];
    const after = [...entities.slice(position + 1), ...entities.slice(0, position)];
    const distractors = after
      .filter((other) => other.kind === entity.kind && !sameText(other.name, entity.name))
      .filter((other) => other.role === undefined || !sameText(other.role, role))
      .slice(0, DISTRACTORS);
    const named = [entity, ...distractors];
    if (distractors.length < DISTRACTORS || named.some((one) => foldText(role).includes(foldText(one.name)))) return [];
    const choices = named
      .map((one) => one.name)
      .sort((a, b) => a.localeCompare(b, lang))
      .map((text, index) => ({ id: CHOICE_IDS[index]!, text }));
    return [
      {
        question: {
          type: 'single',
          prompt: wording.describedAs.replace('{role}', role),
          choices,
          answer: choices.find((choice) => choice.text === entity.name)!.id,
          explanation: entity.summary,
          evidence: [sentenceEvidence(sentence)],
        },
        asks: [sentenceKey(sentence)],
      },
    ];
  });
}

/** Person → role for the first people with a role of their own that the text names, when there are enough. */
export function roleMatch(
  entities: readonly Entity[],
  sentences: readonly SourceSentence[],
  wording: QuestionWording,
): Candidate[] {
  const people: { entity: Entity; role: string; sentence: SourceSentence }[] = [];
  for (const entity of entities) {
    const sentence = firstSentenceNaming(entity, sentences);
    const { role } = entity;
    if (entity.kind !== 'person' || role === undefined || !sentence) continue;
    if (people.some((person) => sameText(person.role, role) || sameText(person.entity.name, entity.name))) continue;
    people.push({ entity, role, sentence });
    if (people.length === MOST_PAIRS) break;
  }
  if (people.length < FEWEST_PAIRS) return [];
  const evidence = [...new Map(people.map(({ sentence }) => [sentenceKey(sentence), sentenceEvidence(sentence)]))];
  return [
    {
      question: {
        type: 'match',
        prompt: wording.matchPeople,
        pairs: people.map(({ entity, role }) => ({ left: entity.name, right: role })),
        evidence: evidence.map(([, item]) => item),
      },
      asks: [],
    },
  ];
}
