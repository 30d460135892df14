/**
 * The xAPI 1.0.3 rules that Learning Locker's validator (run by the fake LRS and test-node/xapi) leaves
 * out, written from the specification's text (xAPI-Data.md) rather than from Glossa's code: the response
 * patterns of each interaction type (2.4.4.1, "Response Patterns" and "Correct Responses Pattern"),
 * distinct component ids without whitespace (2.4.4.1.s16), UUIDs (4.4), timestamps with milliseconds
 * and a time zone (4.5), durations to the hundredth of a second (4.6) and scores (2.4.5.1).
 */
import type { XapiStatement } from '../../src/xapi/statement-types.js';

interface Definition {
  interactionType?: string;
  correctResponsesPattern?: string[];
  choices?: { id: string }[];
  source?: { id: string }[];
  target?: { id: string }[];
}

/** The items of a response: "If the response contains only one item, the delimiter MUST not be used." */
const items = (pattern: string) => pattern.split('[,]');

/** Problems of one response string (a learner's or a correct one) for the interaction `definition`. */
export function responseProblems(response: string, definition: Definition): string[] {
  const ids = (list: { id: string }[] | undefined) => new Set((list ?? []).map(({ id }) => id));
  switch (definition.interactionType) {
    case 'true-false':
      return response === 'true' || response === 'false' ? [] : [`true-false response "${response}"`];
    case 'choice': {
      const known = ids(definition.choices);
      return items(response)
        .filter((id) => !known.has(id))
        .map((id) => `choice response names "${id}", not a choice`);
    }
    case 'sequencing': {
      const known = ids(definition.choices);
      const given = items(response);
      const problems = given.filter((id) => !known.has(id)).map((id) => `sequencing response names "${id}"`);
      if (new Set(given).size !== given.length) problems.push('sequencing response repeats an item');
      return problems;
    }
    case 'matching': {
      const sources = ids(definition.source);
      const targets = ids(definition.target);
      return items(response).flatMap((pair) => {
        const sides = pair.split('[.]');
        if (sides.length !== 2) return [`matching pair "${pair}" is not source[.]target`];
        return sources.has(sides[0]!) && targets.has(sides[1]!) ? [] : [`matching pair "${pair}" names unknown items`];
      });
    }
    case 'fill-in':
      return response.includes('[,]') ? [`a one-blank fill-in response holds the delimiter: "${response}"`] : [];
    default:
      return [`interaction type ${definition.interactionType}`];
  }
}

/**
 * Whether `response` is right by the correct responses pattern: "A learner's response will be
 * considered correct if it matches any of the response patterns", a delimited one only if all its
 * items match. Choices are a set; a sequence is ordered; matching pairs are a set of pairs; a fill-in
 * ignores case by default (`case_matters` is false).
 */
export function matchesPattern(response: string, definition: Definition): boolean {
  const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((item) => b.includes(item));
  return (definition.correctResponsesPattern ?? []).some((pattern) => {
    switch (definition.interactionType) {
      case 'choice':
      case 'matching':
        return sameSet(items(response), items(pattern));
      case 'fill-in':
        return response.toLowerCase() === pattern.toLowerCase();
      default:
        return response === pattern;
    }
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(Z|[+-]\d{2}:\d{2})$/;
const DURATION = /^PT\d+(\.\d{1,2})?S$/;

/** Every problem the rules above find in `statement`; none for a good one. */
export function specProblems(statement: XapiStatement): string[] {
  const problems: string[] = [];
  if (!UUID.test(statement.id)) problems.push(`id ${statement.id} is not a UUID`);
  if (!TIMESTAMP.test(statement.timestamp)) problems.push(`timestamp ${statement.timestamp}`);
  const definition = (statement.object.definition ?? {}) as Definition;
  if (definition.interactionType) {
    for (const list of [definition.choices, definition.source, definition.target]) {
      const ids = (list ?? []).map(({ id }) => id);
      if (new Set(ids).size !== ids.length) problems.push('component ids repeat');
      if (ids.some((id) => /\s/.test(id))) problems.push('a component id has whitespace');
    }
    for (const pattern of definition.correctResponsesPattern ?? [])
      problems.push(...responseProblems(pattern, definition));
    const response = statement.result?.response;
    if (response !== undefined) problems.push(...responseProblems(response, definition));
  }
  const { score, duration } = statement.result ?? {};
  if (duration !== undefined && !DURATION.test(duration)) problems.push(`duration ${duration}`);
  if (score && !(score.min <= score.raw && score.raw <= score.max && score.scaled >= -1 && score.scaled <= 1)) {
    problems.push(`score ${JSON.stringify(score)}`);
  }
  return problems;
}
