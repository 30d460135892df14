import type { LocalizeController } from '../../localize/localize-controller.js';
import type { ContentLang } from '../../shared/content-lang.js';
import type { Question } from '../../model/types.js';
import type { AnswerByType } from '../answers.js';

/** What a question view gets from the quiz: the question, the reader's answer, and ways to report back. */
export interface ViewContext<T extends Question['type']> {
  readonly question: Extract<Question, { type: T }>;
  readonly answer: AnswerByType[T] | undefined;
  /** Checked or finished: the answer is final, and the view shows which parts of it were right. */
  readonly locked: boolean;
  /** Unique per question in the shadow root; the base of every id the view makes. */
  readonly id: string;
  /** Seeds the view's own deterministic orders (choices, options). */
  readonly seed: string;
  /** Whether choices are shuffled too. */
  readonly shuffle: boolean;
  readonly localize: LocalizeController;
  /** The `lang` of the quiz's own texts, where it is not the element's. */
  readonly lang: ContentLang;
  change(answer: AnswerByType[T]): void;
  /** Says something through the quiz's polite live region. */
  announce(text: string): void;
  /** After the next render, focuses the first of these that exists and is enabled. */
  focus(...selectors: string[]): void;
}
