import { BLANK } from '../../model/primitives.js';
import { letterId } from '../../shared/letter-id.js';
import type { QuestionInput } from '../types.js';
import type { GiftAnswer, GiftAnswers } from './answers-syntax.js';
import type { GiftChar } from './lexer.js';
import { GiftFault, type GiftQuestionSyntax } from './question-syntax.js';
import { giftText } from './text.js';

/** A question read from GIFT, or none (an essay, a range), and what was not kept. */
export interface ReadQuestion {
  readonly question?: QuestionInput;
  readonly warnings: readonly string[];
}

const startsWithSpace = (chars: readonly GiftChar[]) => chars.length > 0 && /\s/.test(chars[0]!.text);
const endsWithSpace = (chars: readonly GiftChar[]) => chars.length > 0 && /\s/.test(chars[chars.length - 1]!.text);
const isFullCredit = (answer: GiftAnswer) => answer.weight === undefined || answer.weight >= 100;

/** Builds one question from its parts; `id` is the one it gets in Glossa. */
export function toQuestion(syntax: GiftQuestionSyntax, answers: GiftAnswers, id: string): ReadQuestion {
  const warnings: string[] = [];
  const text = (chars: readonly GiftChar[]) =>
    giftText(chars, syntax.format, () =>
      warnings.push('a "<" that would read as a tag got a space after it: Glossa keeps texts as plain text'),
    );
  const before = text(syntax.before);
  const after = text(syntax.after);
  const spaced = (gap: boolean) => (gap ? ' ' : '');
  /** The prompt with the gap the answers filled in the file: GIFT's "missing word". */
  const withBlank =
    after === ''
      ? `${before}${before === '' ? '' : ' '}${BLANK}`
      : `${before}${spaced(before !== '' && endsWithSpace(syntax.before))}${BLANK}${spaced(startsWithSpace(syntax.after))}${after}`;
  const prompt = after === '' ? before : withBlank;
  if (prompt === '' && answers.kind !== 'choices') {
    throw new GiftFault('expected the question\'s text before or after its "{…}"', syntax.answersOffset);
  }
  const explanationText = answers.general === undefined ? '' : text(answers.general);
  const common = { id, ...(explanationText === '' ? {} : { explanation: explanationText }) };
  const skipped = (why: string): ReadQuestion => ({ warnings: [...warnings, why] });

  switch (answers.kind) {
    case 'essay':
      return skipped('an essay question is not imported: Glossa grades every answer itself');
    case 'true-false':
      if (answers.feedback.some((part) => text(part) !== '')) {
        warnings.push(
          'the feedback of its true and false answers is left out: Glossa gives a true/false question one explanation',
        );
      }
      return { question: { ...common, type: 'true-false', prompt, answer: answers.value }, warnings };
    case 'matching':
      return {
        question: {
          ...common,
          type: 'match',
          prompt,
          pairs: answers.pairs.map((pair) => ({ left: text(pair.left), right: text(pair.right) })),
        },
        warnings,
      };
    case 'numeric': {
      const accept: string[] = [];
      for (const answer of answers.answers.filter(isFullCredit)) {
        const value = text(answer.text);
        const tolerance = /^(-?\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)$/.exec(value);
        if (/^-?\d+(?:\.\d+)?$/.test(value)) accept.push(value);
        else if (tolerance) {
          accept.push(tolerance[1]!);
          if (Number(tolerance[2]) !== 0)
            warnings.push(`its tolerance (±${tolerance[2]}) is left out: only ${tolerance[1]} is accepted`);
        } else
          warnings.push(`its numeric answer "${value}" is left out: Glossa accepts numbers as written, not ranges`);
      }
      if (accept.length === 0) return skipped('a numeric question with no single number to accept is not imported');
      return { question: { ...common, type: 'fill-blank', prompt: withBlank, accept }, warnings };
    }
    case 'choices':
      return choiceQuestion(answers.answers, {
        common,
        prompt,
        withBlank,
        text,
        warnings,
        offset: syntax.answersOffset,
      });
  }
}

interface ChoiceContext {
  readonly common: { readonly id: string; readonly explanation?: string };
  readonly prompt: string;
  readonly withBlank: string;
  readonly text: (chars: readonly GiftChar[]) => string;
  readonly warnings: string[];
  readonly offset: number;
}

function choiceQuestion(answers: readonly GiftAnswer[], context: ChoiceContext): ReadQuestion {
  const { common, text, warnings } = context;
  const texts = answers.map((answer) => {
    const value = text(answer.text);
    if (value === '') throw new GiftFault('expected the text of this answer', answer.offset);
    return value;
  });
  if (answers.every((answer) => answer.mark === '=')) {
    if (answers.some((answer) => !isFullCredit(answer)))
      warnings.push('partial credit is left out: every answer written with "=" is accepted as right');
    if (answers.some((answer) => answer.feedback !== undefined))
      warnings.push('the feedback of its answers is left out: Glossa has none for a fill-in answer');
    return { question: { ...common, type: 'fill-blank', prompt: context.withBlank, accept: texts }, warnings };
  }
  if (context.prompt === '')
    throw new GiftFault('expected the question\'s text before or after its "{…}"', context.offset);
  if (answers.length < 2) throw new GiftFault('a multiple-choice question needs at least two answers', context.offset);
  const choices = answers.map((answer, index) => {
    const feedback = answer.feedback === undefined ? '' : text(answer.feedback);
    return { id: letterId(index), text: texts[index]!, ...(feedback === '' ? {} : { feedback }) };
  });
  const equals = answers.flatMap((answer, index) => (answer.mark === '=' ? [choices[index]!.id] : []));
  const weighted = answers.flatMap((answer, index) =>
    answer.mark === '~' && (answer.weight ?? 0) > 0 ? [choices[index]!.id] : [],
  );
  const base = { ...common, prompt: context.prompt, choices };
  if (equals.length === 1) {
    if (weighted.length > 0) warnings.push(`partial credit is left out: only the answer written with "=" is right`);
    return { question: { ...base, type: 'single', answer: equals[0]! }, warnings };
  }
  if (equals.length > 1) {
    warnings.push('several answers are written with "=": imported as a question where all of them are to be chosen');
    return { question: { ...base, type: 'multiple', answers: equals }, warnings };
  }
  if (weighted.length === 0)
    throw new GiftFault(
      'expected a right answer: write it with "=", or give right answers a positive %weight%',
      context.offset,
    );
  return { question: { ...base, type: 'multiple', answers: weighted }, warnings };
}
