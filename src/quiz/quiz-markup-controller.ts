import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ArticleIssue } from '../model/issues.js';
import type { QuizParseResult } from '../model/parse-quiz.js';
import type { Article, Quiz } from '../model/types.js';
import { emit } from '../shared/emit.js';
import { MARKUP_ATTRIBUTES } from './markup/markup-attributes.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Most quizzes are JSON: the markup reader loads only for a quiz that holds a `<glossa-question>`. */
const loadReader = () => import('./markup/parse-quiz-markup.js');
const QUESTION = 'glossa-question';

/**
 * The quiz a teacher wrote as HTML inside the element, read when the element connects and again when
 * that markup changes (a framework may render it later). Announces invalid markup with `glossa-error`,
 * as an invalid article would be.
 */
export class QuizMarkupController implements ReactiveController {
  /** The validated quiz, its issues, or `undefined` when the element holds no `<glossa-question>`. */
  result: QuizParseResult | undefined;
  /** True while the markup reader loads: the quiz shows its loading state and needs no article. */
  pending = false;
  /** Settles once the reader has loaded, for a quiz that needed it; the quiz's `updateComplete` waits for it. */
  loaded: Promise<void> = Promise.resolve();
  #reader: Awaited<ReturnType<typeof loadReader>> | undefined;
  #observer: MutationObserver | undefined;
  #announced: QuizParseResult | undefined;

  readonly #host: Host;
  readonly #changed: () => void;

  constructor(host: Host, changed: () => void) {
    this.#host = host;
    this.#changed = changed;
    host.addController(this);
  }

  hostConnected(): void {
    this.#read();
    this.#observer ??= new MutationObserver(() => this.#read());
    this.#observer.observe(this.#host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: MARKUP_ATTRIBUTES,
    });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  hostUpdated(): void {
    const result = this.result;
    if (!result || result.ok || result === this.#announced) return;
    this.#announced = result;
    emit(this.#host, 'glossa-error', { error: { kind: 'invalid', issues: result.issues } });
  }

  /** Keeps the same result object while the quiz reads the same, so the reader's session goes on. */
  #read(): void {
    if (this.#reader) return this.#settle(this.#reader.parseQuizMarkup(this.#host));
    if (!this.#host.querySelector(QUESTION)) return this.#settle(undefined);
    if (this.pending) return;
    this.pending = true;
    this.loaded = loadReader().then(
      (reader) => {
        this.#reader = reader;
        this.pending = false;
        this.#read();
      },
      (error: Error) => {
        this.pending = false;
        this.#settle({
          ok: false,
          issues: [{ path: '', message: `could not load the quiz markup reader: ${error.message}` }],
        });
      },
    );
    this.#changed();
  }

  /** The evidence rules for a quiz this controller read, against `article`: they load with the reader. */
  evidenceIssues(quiz: Quiz, article: Article): ArticleIssue[] {
    return this.#reader!.checkQuizEvidence(quiz, article);
  }

  #settle(result: QuizParseResult | undefined): void {
    if (JSON.stringify(result) === JSON.stringify(this.result)) return;
    this.result = result;
    this.#changed();
  }
}
