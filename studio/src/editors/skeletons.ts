import { BLANK } from '../../../src/model/primitives.js';
import { suggestId } from './ids.js';
import type { Obj } from './paths.js';

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'fill-blank', 'order', 'match'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * A new question of `type`, its shape valid from the start (two choices, the first the answer; two
 * pairs…) so that only its texts are left to write; the empty texts are what the problems point at.
 */
export function newQuestion(type: QuestionType, id: string): Obj {
  const base = { id, type, prompt: type === 'fill-blank' ? `${BLANK}` : '' };
  const two = [
    { id: 'a', text: '' },
    { id: 'b', text: '' },
  ];
  switch (type) {
    case 'single':
      return { ...base, choices: two, answer: 'a' };
    case 'multiple':
      return { ...base, choices: two, answers: ['a'] };
    case 'true-false':
      return { ...base, answer: true };
    case 'fill-blank':
      return { ...base, accept: [''] };
    case 'order':
      return { ...base, items: two };
    case 'match':
      return {
        ...base,
        pairs: [
          { left: '', right: '' },
          { left: '', right: '' },
        ],
      };
  }
}

export function newEntity(id: string): Obj {
  return { id, kind: 'person', name: '', summary: '' };
}

export function newEvent(id: string): Obj {
  return { id, label: '' };
}

export function newKeyFact(id: string): Obj {
  return { id, value: '', label: '' };
}

export function newSection(id: string): Obj {
  return { id, heading: '', body: '' };
}

export function newParagraph(id: string): Obj {
  return { id, text: '' };
}

export function newFigure(id: string): Obj {
  return { id, caption: '' };
}

export function newQuote(id: string, speaker: string, paragraph: string): Obj {
  return { id, speaker, words: '', paragraph };
}

/** A new choice or order item: its id the next letter not taken ("c" after "a" and "b"). */
export function newChoice(taken: readonly string[]): Obj {
  const letter = [...'abcdefghijklmnopqrstuvwxyz'].find((candidate) => !taken.includes(candidate));
  return { id: letter ?? suggestId('choice', taken), text: '' };
}

export function newPair(): Obj {
  return { left: '', right: '' };
}

/**
 * `question` as a question of `type`: its id, prompt, explanation and evidence kept, and its choices
 * when both types have them (a single choice's answer becoming a multiple choice's one right answer,
 * and back); the rest is the new type's skeleton.
 */
export function retypedQuestion(question: Obj, type: QuestionType): Obj {
  const kept = Object.fromEntries(
    ['prompt', 'explanation', 'evidence']
      .filter((key) => question[key] !== undefined)
      .map((key) => [key, question[key]]),
  );
  const retyped: Obj = { ...newQuestion(type, typeof question.id === 'string' ? question.id : 'question'), ...kept };
  const choices = Array.isArray(question.choices) ? question.choices : undefined;
  if (choices && (type === 'single' || type === 'multiple')) {
    const right = type === 'single' ? question.answers : question.answer;
    retyped.choices = choices;
    if (type === 'single')
      retyped.answer = Array.isArray(right) && typeof right[0] === 'string' ? right[0] : retyped.answer;
    else retyped.answers = typeof right === 'string' ? [right] : retyped.answers;
  }
  return retyped;
}
