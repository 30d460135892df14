import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Article, Question, Quiz } from '../model/types.js';
import { contentLang, inLang, type ContentLang } from '../shared/content-lang.js';
import { emit } from '../shared/emit.js';
import { enQuiz } from '../localize/en.js';
import { GlossaWidget } from '../shared/glossa-widget.js';
import { heading, headingLevel, subheadingLevel } from '../shared/heading.js';
import { isAnswered, isCorrect, type QuizAnswer } from './answers.js';
import {
  answer,
  check,
  finish,
  go,
  passPercentOf,
  resultOf,
  retryWrong,
  scoreOf,
  shownAnswer,
  startOver,
  unchecked,
  type Progress,
} from './progress.js';
import { renderChoices } from './question-views/choice-view.js';
import { lazyViews, loadLazyViews } from './question-views/lazy-views.js';
import { renderRightAnswer } from './question-views/right-answer-view.js';
import type { ViewContext } from './question-views/view-context.js';
import { QuizMarkupController } from './quiz-markup-controller.js';
import { QuizSessionController, type Session } from './quiz-session-controller.js';
import { quizStyles } from './quiz.styles.js';
import type { QuizScore } from './score.js';
import type { ProgressRecord } from './progress-record.js';
import { BLANK } from '../model/primitives.js';
import { evidenceIndex, evidenceTarget } from '../model/evidence-target.js';
import { CHECK, CROSS, DASH } from './question-views/marks.js';
import { property } from '../shared/reactive.js';
import type { XapiAuth } from '../xapi/lrs-sender.js';
import type { XapiActor } from '../xapi/statement-types.js';
import { gradeAnswers, openedBy } from './sealed-verdicts.js';
import { PrintedKey } from './printed-key.js';

export type { AnswerByType, QuizAnswer } from './answers.js';
export type { QuestionResult, QuizScore } from './score.js';
export type { ProgressRecord } from './progress-record.js';
export type { GlossaAnswerDetail, GlossaAnswerEvent } from '../shared/events/glossa-answer.js';
export type { GlossaCompleteDetail, GlossaCompleteEvent } from '../shared/events/glossa-complete.js';
export type { GlossaResetDetail, GlossaResetEvent } from '../shared/events/glossa-reset.js';

/**
 * @summary The comprehension quiz: single choice, multiple select, true/false, fill-in-the-blank,
 * ordering and matching questions, one at a time or all at once, with feedback, explanations, the
 * article's own words as evidence, a score against a pass mark, and progress kept across reloads.
 *
 * Every action works from the keyboard: radio buttons, checkboxes and lists are native; ordering
 * questions have "Move up"/"Move down" buttons beside the drag handle; Enter in a fill-in-the-blank
 * field checks it. Focus moves to the question shown, to the feedback after a check, and to the
 * results; a polite live region announces verdicts and moves.
 *
 * The quiz comes from the article's `quiz`, or from HTML a teacher writes inside the element
 * (`<glossa-question type="single"><p>…</p><glossa-choice correct>…</glossa-choice>…`, see the README):
 * such a quiz needs no article, and with one its evidence is checked and shown. Light-DOM children are
 * never shown by the element: they are fallback content for readers without JavaScript.
 *
 * Progress is stored in `localStorage` under `glossa-quiz:<article id>:<hash>`, where the hash covers
 * the attributes that change what is asked. Each answer is kept with the question it answers, so an
 * edited question drops only its own answer, and two tabs of one quiz keep each other's answers. When
 * storage is unavailable or full the quiz works, says once that progress cannot be kept, and forgets
 * on reload.
 *
 * @tag glossa-quiz
 *
 * @fires glossa-answer - An answer is settled: when the reader checks a question, or, for questions not checked by then (every question with `feedback="end"`), when the reader finishes. `detail`: `{ questionId, answer, correct }`, and with `xapi-endpoint` `statements`: its xAPI `answered` statement.
 * @fires glossa-complete - The reader finished and the results are shown. `detail`: `{ score, total, percent, passed, results: [{ questionId, correct, answer }] }`, and with `xapi-endpoint` `statements`: the xAPI `completed` statement, then `passed` or `failed` when there is a pass mark.
 * @attr xapi-activity-base - With `xapi-endpoint`: the IRI the statements' activity ids start with (`<base>/<article id>/quiz/<question id>`); by default `<page origin>/glossa`, or for a quiz written in HTML without an article the page's address.
 *
 * @fires glossa-reset - The reader pressed "Start over" or "Retry wrong answers". `detail.questionIds`: the questions asked again. `reset()` fires nothing.
 *
 * @csspart base - The quiz.
 * @csspart title - The quiz's title.
 * @csspart message - Why there is nothing to ask: no quiz in the article, or none of the questions asked for.
 * @csspart note - Names the question ids in `questions` that the quiz does not have.
 * @csspart storage-note - Says that the reader's progress cannot be kept on this device.
 * @csspart progress - The stepper's position: "Question 3 of 12" and the bar.
 * @csspart step - "Question 3 of 12".
 * @csspart progress-bar - The `<progress>` bar.
 * @csspart question - One question.
 * @csspart fieldset - The question's `<fieldset>`.
 * @csspart prompt - The question, the `<legend>` of its fieldset.
 * @csspart number - The question's number.
 * @csspart blank - The visible blank of a fill-in-the-blank prompt.
 * @csspart choices - The options of a single choice, multiple select or true/false question.
 * @csspart choice - One option: its label.
 * @csspart choice-input - Its radio button or checkbox.
 * @csspart choice-text - Its text.
 * @csspart choice-feedback - What the model says about a chosen option, after checking.
 * @csspart mark - "right answer" or "wrong" beside an option or a match, after checking; also `mark-right`, `mark-wrong`.
 * @csspart blank-input - The text field of a fill-in-the-blank question.
 * @csspart order-list - The items of an ordering question.
 * @csspart order-item - One item.
 * @csspart drag-handle - The handle to drag an item with a mouse, pen or finger.
 * @csspart order-text - The item's text.
 * @csspart move-buttons - The item's two move buttons.
 * @csspart move-up - The "Move up" button.
 * @csspart move-down - The "Move down" button.
 * @csspart match-pairs - The rows of a matching question.
 * @csspart match-pair - One row: a left-hand item and its list (its answer, once checked).
 * @csspart match-left - The left-hand item, the label of the list.
 * @csspart match-select - The list of right-hand options.
 * @csspart match-answer - The answer chosen in a row, as text once the question is checked.
 * @csspart match-options - The right-hand options, lettered, shown only on a printed worksheet.
 * @csspart check-button - "Check answer".
 * @csspart answer-first - "Answer the question first.", beside "Check answer" pressed with nothing given.
 * @csspart feedback - The verdict, the right answer, the explanation and the evidence of a checked question; also `feedback-correct`, `feedback-incorrect`.
 * @csspart verdict - "Correct" or "Incorrect", with an icon.
 * @csspart right-answer - "The right answer:" and the list of it.
 * @csspart right-answer-list - The list of the right answer.
 * @csspart explanation - Why the answer is right.
 * @csspart evidence-details - The "Show in the article" disclosure.
 * @csspart evidence-summary - Its "Show in the article" toggle.
 * @csspart quote - The article's words that support the answer.
 * @csspart nav - The buttons under the questions.
 * @csspart previous-button - "Previous".
 * @csspart next-button - "Next".
 * @csspart finish-button - "See results".
 * @csspart results - The results: score, verdict and each question's result.
 * @csspart results-heading - "Your results".
 * @csspart score - "9 of 12 questions right (75%)".
 * @csspart pass-verdict - Whether the score passes; also `passed`, `not-passed`.
 * @csspart result-list - Each question's result.
 * @csspart result - One question's result; also `result-correct`, `result-incorrect` or `result-skipped` (not answered).
 * @csspart review-button - Moves focus to the question, to review it.
 * @csspart retry-wrong-button - "Retry the wrong answers": a part of its own, as the article's "Try again" after a network problem is `retry-button`.
 * @csspart start-over-button - "Start over".
 * @csspart answer-key - The answer key, printed on a page of its own with `print-key`; never shown on screen.
 *
 * @cssprop [--glossa-quiz-background=var(--glossa-color-surface)] - The quiz's background.
 * @cssprop [--glossa-quiz-border-color=var(--glossa-color-border)] - The quiz's border and the questions' rules.
 * @cssprop [--glossa-quiz-padding=var(--glossa-space-l)] - Space inside the quiz.
 * @cssprop [--glossa-quiz-correct-color=var(--glossa-color-correct)] - Marks and borders of right answers, always with an icon and a word.
 * @cssprop [--glossa-quiz-incorrect-color=var(--glossa-color-incorrect)] - Marks and borders of wrong answers, always with an icon and a word.
 */
export class GlossaQuiz extends GlossaWidget {
  static override styles = [GlossaWidget.styles, quizStyles];
  protected static override english = enQuiz;

  /** `stepper` asks one question at a time, with a progress bar; `list` shows every question at once. */
  @property()
  layout: 'stepper' | 'list' = 'stepper';

  /** `immediate` checks each answer with "Check answer"; `end` keeps every verdict for the results. */
  @property()
  feedback: 'immediate' | 'end' = 'immediate';

  /** The pass mark in percent; overrides the quiz's `passPercent` (70 when neither gives one). */
  @property({ type: Number })
  pass: number | undefined;

  /** Shuffle the questions and their choices. Without `seed`, each reader gets an order of their own, kept across reloads. */
  @property({ type: Boolean })
  shuffle = false;

  /** Fixes the shuffled order: everyone with the same seed, e.g. a class, gets the same order. */
  @property()
  seed: string | undefined;

  /** Ask only these questions, by id, separated by commas or spaces: `questions="q1,q4"`. */
  @property()
  questions: string | undefined;

  /** Print an answer key on a page of its own after the worksheet. */
  @property({ attribute: 'print-key', type: Boolean })
  printKey = false;

  /**
   * Sends an xAPI statement for every settled answer and every completion to the learning record store
   * at this address (its xAPI root: statements go to `<endpoint>/statements`), and adds them to the
   * events' `detail.statements`. Needs `xapiActor`; the sending code loads only for such a quiz.
   */
  @property({ attribute: 'xapi-endpoint' })
  xapiEndpoint: string | undefined;

  /** With `xapi-endpoint`: the learner, as the page knows them (`{ mbox: 'mailto:…', name }` or `{ account: { homePage, name } }`). Never taken from the article. */
  xapiActor: XapiActor | undefined;

  /** With `xapi-endpoint`: the `Authorization` header for the LRS (`'Basic …'`), or a function giving it, asked before each request. A property only, so it never appears in the page's HTML. */
  xapiAuth: XapiAuth | undefined;

  /**
   * The key file of a sealed quiz (its JSON, or the parsed object), as `glossa seal --key` writes it: a
   * sealed quiz prints its answer key (`print-key`) only with it.
   */
  @property({ attribute: false })
  answerKey: unknown;

  readonly #markup = new QuizMarkupController(this, () => this.articleController.invalidate());
  readonly #sessions = new QuizSessionController(this);
  readonly #printedKey = new PrintedKey();
  /** Sealed answers being graded (hashed, by a lazily loaded module): the quiz is complete once they are. */
  #grading: Promise<unknown> | undefined;
  /** The question whose answer is being graded: its button says so meanwhile. */
  #checking: string | undefined;
  /** The question checked with nothing given: it says so beside its button until the reader answers. */
  #answerFirst: string | undefined;
  /** Stored answers are being graded: the quiz shows as loading until they are. */
  #restoring = false;

  /** A quiz written in HTML needs no article; with one, its evidence is checked against it and shown. */
  get articleOptional(): boolean {
    return this.#markup.result !== undefined || this.#markup.pending;
  }

  /** Settles once the answer views this quiz asked for (see lazy-views.ts) have loaded, or failed to. */
  #viewsLoaded: Promise<unknown> | undefined;

  /**
   * A quiz is complete once what it waits for has loaded (the reader of a quiz written in HTML, the
   * answer views of its fill-in-the-blank, ordering and matching questions, xAPI) and it has rendered.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#markup.loaded;
    await this.#viewsLoaded;
    await Promise.all([this.#xapi, this.#grading]);
    return super.getUpdateComplete();
  }
  #announcement = '';

  /** Loads xAPI once the quiz is asked for it; a failed load is tried again at the next update. */
  #xapi: Promise<void> | undefined;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.xapiEndpoint) return;
    this.#xapi ??= import('../xapi/quiz-xapi.js').then(
      (xapi) => xapi.attachXapi(this, () => this.#sessions.session),
      () => (this.#xapi = undefined),
    );
  }

  /**
   * Clears the reader's answers and stored progress and starts at the first question, without firing
   * `glossa-reset`: for pages that reset quizzes themselves.
   */
  reset(): void {
    this.#sessions.clear();
    this.#announcement = '';
    // What had focus (a results button, a checked question's feedback) may be gone.
    if (this.shadowRoot?.activeElement) this.#focusQuestion(this.#sessions.session?.progress.round[0]);
  }

  /**
   * The reader's progress (answers, checked questions, place, shuffled order) as JSON-safe data, to keep
   * where the page's storage does not reach, such as a learning platform's `cmi.suspend_data`, and give
   * back to `restoreProgress`; undefined until the quiz is shown.
   */
  get progressRecord(): ProgressRecord | undefined {
    return this.#sessions.record;
  }

  /**
   * Puts the reader back where a `progressRecord` left them, in place of the progress stored on this
   * device, and stores it there; anything else, `null` included, starts the quiz afresh. Given before
   * the quiz has loaded, it applies once it has. Fires no event, as `reset()` fires none.
   */
  restoreProgress(record: unknown): void {
    this.#announcement = '';
    this.#sessions.restore(record);
  }

  /** The quiz comes from the HTML inside the element when there is some, else from the article. */
  protected override render(): TemplateResult {
    if (this.#markup.pending) return this.renderLoading();
    const markup = this.#markup.result;
    if (!markup) return super.render();
    if (!markup.ok) return this.renderError({ kind: 'invalid', issues: markup.issues });
    const state = this.articleController.articleState;
    if (state.status === 'none') return this.#renderQuiz(markup.quiz, undefined, this.id || 'html');
    if (state.status !== 'ready') return super.render();
    const issues = this.#markup.evidenceIssues(markup.quiz, state.article);
    if (issues.length) return this.renderError({ kind: 'invalid', issues });
    return this.#renderQuiz(markup.quiz, state.article, state.article.id);
  }

  protected renderArticle(article: Article): TemplateResult {
    const quiz = article.quiz;
    if (!quiz) return html`<p part="message" class="message">${this.localize.term('quizMissing')}</p>`;
    return this.#renderQuiz(quiz, article, article.id);
  }

  /** The quiz itself. Without an article there is no evidence to show; `storageId` names its progress. */
  #renderQuiz(quiz: Quiz, article: Article | undefined, storageId: string): TemplateResult {
    const settings = { questions: this.questions, shuffle: this.shuffle, seed: this.seed };
    const session = this.#sessions.sessionFor(quiz, article, storageId, settings, this.hydrating);
    if (this.#gradeShown(session)) return this.renderLoading();
    const { asked, progress, unknown } = session;
    const level = headingLevel(this.headingLevel);
    // A quiz written in HTML is in the page's language, whatever the article's.
    const lang = quiz === article?.quiz ? contentLang(article.lang, this.localize) : nothing;
    const title = quiz.title
      ? heading(level, 'title', quiz.title, 'title', lang)
      : heading(level, 'title', this.localize.term('quizHeading'), 'title');
    const note = unknown.length
      ? html`<p part="note" class="note">${this.localize.term('quizUnknownQuestions', unknown.length, unknown.join(', '))}</p>`
      : nothing;
    if (!asked.length) {
      return html`<section part="base" class="base" aria-labelledby="title">
        ${title}${note}<p part="message" class="message">${this.localize.term('quizNoQuestions')}</p>
      </section>`;
    }
    const { finished, round, step } = progress;
    const stepper = this.layout !== 'list';
    const current = round[step];
    const shown = (question: Question) => finished || (stepper ? question.id === current : round.includes(question.id));
    return html`<section part="base" class="base" aria-labelledby="title">
      ${title}${note}${this.#renderStorageNote()}
      ${finished ? this.#renderResults(session, subheadingLevel(level)) : stepper ? this.#renderProgress(progress) : nothing}
      ${asked.map((question, index) => this.#renderQuestion(session, question, index, shown(question), lang))}
      ${finished ? nothing : this.#renderNav(session, stepper)}
      <div class="visually-hidden" role="status">${this.#announcement}</div>
      ${
        this.printKey
          ? this.#renderAnswerKey(
              this.#printedKey.questions(quiz, asked, this.answerKey, () => this.requestUpdate()),
              lang,
            )
          : nothing
      }
    </section>`;
  }

  /**
   * Verdicts shown (of checked questions, or all once finished) that a sealed quiz has not graded yet, as
   * with answers stored or given in another tab: the quiz shows as loading until they are graded.
   */
  #gradeShown({ quiz, asked, progress }: Session): boolean {
    if (this.#grading) return this.#restoring;
    const shown = asked.filter((question) => progress.finished || progress.checked.includes(question.id));
    const grading = gradeAnswers(
      quiz.seal,
      shown.map((question) => [question, shownAnswer(progress, question)] as const),
    );
    this.#restoring = grading !== undefined;
    if (grading) this.#afterGrading(grading, () => this.requestUpdate());
    return this.#restoring;
  }

  /** Runs `then` once `grading` has settled; a failed load lets the reader try again. One grading at a time. */
  #afterGrading(grading: Promise<void>, then: () => void, checking?: string): void {
    this.#checking = checking;
    this.#grading = grading
      .finally(() => {
        this.#grading = this.#checking = undefined;
        this.#restoring = false;
      })
      .then(then, () => this.requestUpdate());
    this.requestUpdate();
  }

  /** Once storage refuses the reader's progress, a quiet note says so. */
  #renderStorageNote() {
    return this.#sessions.storageRefused
      ? html`<p part="storage-note">${this.localize.term('progressNotKept')}</p>`
      : nothing;
  }

  /** Takes the reader's step; the first time storage refuses it, the live region says so too. */
  #take(step: (progress: Progress, asked: readonly Question[]) => Progress): Session {
    const refused = this.#sessions.storageRefused;
    const session = this.#sessions.apply(step);
    if (!refused && this.#sessions.storageRefused) this.#announce(this.localize.term('progressNotKept'));
    return session;
  }

  #announce(text: string): void {
    this.#announcement = text;
    this.requestUpdate();
  }

  #focusAfterUpdate(...selectors: string[]): void {
    void this.updateComplete.then(() => {
      for (const selector of selectors) {
        const target = this.renderRoot.querySelector<HTMLElement & { disabled?: boolean }>(selector);
        if (target && !target.disabled) return target.focus();
      }
    });
  }

  #focusQuestion(id: string | undefined): void {
    if (id) this.#focusAfterUpdate(`#q-${id}-prompt`);
  }

  #renderProgress({ round, step }: Progress) {
    const { localize } = this;
    return html`<div part="progress" class="progress">
      <span part="step" id="step">${localize.term('questionOf', localize.number(step + 1), localize.number(round.length))}</span>
      <progress part="progress-bar" class="progress-bar" aria-labelledby="step" max=${round.length} .value=${step + 1}></progress>
    </div>`;
  }

  #renderQuestion(session: Session, question: Question, index: number, shown: boolean, lang: ContentLang) {
    const { progress } = session;
    const id = `q-${question.id}`;
    const locked = progress.finished || progress.checked.includes(question.id);
    const immediate = this.feedback !== 'end';
    const given = shownAnswer(progress, question);
    const context: ViewContext<Question['type']> = {
      question: locked ? openedBy(question, given) : question,
      answer: given,
      locked,
      id,
      seed: progress.seed,
      shuffle: this.shuffle,
      localize: this.localize,
      lang,
      change: (given: QuizAnswer) => {
        this.#answerFirst = undefined;
        this.#take((current) => answer(current, question.id, given));
      },
      announce: (text) => this.#announce(text),
      focus: (...selectors) => this.#focusAfterUpdate(...selectors),
    };
    return html`<div part="question" class="question" id=${id} ?hidden=${!shown}>
      <fieldset part="fieldset" class="fieldset" ?disabled=${locked}
        @keydown=${immediate && !locked ? (event: KeyboardEvent) => this.#checkOnEnter(event, question, index) : nothing}>
        <legend part="prompt" class="prompt" id=${`${id}-prompt`} tabindex="-1">
          <span part="number">${this.localize.number(index + 1)}. </span>${this.#renderPrompt(question, lang)}
        </legend>
        ${this.#renderAnswerInput(context)}
      </fieldset>
      ${
        immediate && !locked
          ? html`<button part="check-button" class="check-button" type="button"
              aria-describedby=${this.#answerFirst === question.id ? `${id}-answer-first` : nothing}
              @click=${() => this.#check(question, index)}>
            ${this.localize.term(this.#checking === question.id ? 'checking' : 'checkAnswer')}
          </button>`
          : nothing
      }
      ${
        this.#answerFirst === question.id && !locked
          ? html`<p part="answer-first" class="answer-first" id=${`${id}-answer-first`}>${this.localize.term('answerFirst')}</p>`
          : nothing
      }
      ${locked ? this.#renderFeedback(session, question, lang) : nothing}
    </div>`;
  }

  /** The prompt in the quiz's language; the blank's name is the element's. */
  #renderPrompt(question: Question, lang: ContentLang) {
    if (question.type !== 'fill-blank') return inLang(question.prompt, lang);
    const blank = html`<span part="blank" class="blank" role="img" aria-label=${this.localize.term('blank')}></span>`;
    return question.prompt.split(BLANK).map((text, index) => [index ? blank : nothing, inLang(text, lang)]);
  }

  #renderAnswerInput(context: ViewContext<Question['type']>) {
    switch (context.question.type) {
      case 'single':
      case 'multiple':
      case 'true-false':
        return renderChoices(context as ViewContext<'single' | 'multiple' | 'true-false'>);
    }
    const views = lazyViews;
    if (!views) return this.#awaitViews();
    switch (context.question.type) {
      case 'fill-blank':
        return views.renderFillBlank(context as ViewContext<'fill-blank'>);
      case 'order':
        return views.renderOrder(context as ViewContext<'order'>, context.answer as string[]);
      case 'match':
        return views.renderMatch(context as ViewContext<'match'>);
    }
  }

  /** The answer area of a question whose view is still loading: busy, and rendered again once it has. */
  #awaitViews() {
    this.#viewsLoaded = loadLazyViews().then(
      () => this.requestUpdate(),
      () => undefined,
    );
    return html`<div aria-busy="true"></div>`;
  }

  #renderFeedback({ article, progress }: Session, question: Question, lang: ContentLang) {
    const given = shownAnswer(progress, question);
    const correct = isCorrect(question, given);
    const opened = openedBy(question, given);
    const evidence = article && !this.hideEvidence ? (opened.evidence ?? []) : [];
    // A quote given with the question is in the quiz's language; a whole paragraph in the article's.
    const paragraphLang = contentLang(article?.lang, this.localize);
    return html`<div
      part="feedback ${correct ? 'feedback-correct' : 'feedback-incorrect'}"
      class="feedback ${correct ? 'feedback-correct' : 'feedback-incorrect'}"
      id=${`q-${question.id}-feedback`}
      tabindex="-1"
    >
      <p part="verdict" class="verdict">${correct ? CHECK : CROSS} ${this.localize.term(correct ? 'correct' : 'incorrect')}</p>
      ${
        correct
          ? nothing
          : html`<div part="right-answer">
            <p>${this.localize.term('rightAnswer')}</p>
            ${renderRightAnswer(opened, this.localize, lang)}
          </div>`
      }
      ${opened.explanation ? html`<p part="explanation" lang=${lang}>${opened.explanation}</p>` : nothing}
      ${
        evidence.length && article
          ? html`<details part="evidence-details">
            <summary part="evidence-summary" class="evidence-summary">${this.localize.term('showInArticle')}</summary>
            ${evidence.map((item) => {
              const target = evidenceTarget(evidenceIndex(article), item);
              // A quote of the article (`said`) is in the article's words, not the quiz's.
              const quoteLang = target?.quote !== undefined && !target.said ? lang : paragraphLang;
              return html`<blockquote part="quote" class="quote" lang=${quoteLang}>${target?.quote ?? target?.text}</blockquote>`;
            })}
            ${this.renderEvidence(article, evidence)}
          </details>`
          : nothing
      }
    </div>`;
  }

  #renderNav(session: Session, stepper: boolean) {
    const { round, step, checked } = session.progress;
    // One primary action at a time: while a question in view waits for "Check answer", moving on is secondary.
    const waiting =
      this.feedback !== 'end' && (stepper ? round.slice(step, step + 1) : round).some((id) => !checked.includes(id));
    const primary = waiting ? '' : 'primary';
    const finish = html`<button part="finish-button" class="finish-button ${primary}" type="button" @click=${() => this.#finish()}>
      ${this.localize.term('seeResults')}
    </button>`;
    if (!stepper) return html`<div part="nav" class="nav">${finish}</div>`;
    return html`<div part="nav" class="nav">
      <button part="previous-button" type="button" ?disabled=${step === 0} @click=${() => this.#go(step - 1)}>
        ${this.localize.term('previous')}
      </button>
      ${
        step < round.length - 1
          ? html`<button part="next-button" class="next-button ${primary}" type="button" @click=${() => this.#go(step + 1)}>
            ${this.localize.term('next')}
          </button>`
          : finish
      }
    </div>`;
  }

  #renderResults(session: Session, level: ReturnType<typeof subheadingLevel>) {
    const { score, total, passed, results } = this.#score(session);
    const { localize } = this;
    const pass = localize.number(this.#passPercent(session) / 100, { style: 'percent' });
    const wrong = total - score;
    return html`<section part="results" class="results" id="results" role="group" aria-labelledby="results-heading" tabindex="-1">
      ${heading(level, 'results-heading', localize.term('resultsHeading'), 'results-heading')}
      <p part="score" class="score">${this.#scoreLine(session)}</p>
      <p part="pass-verdict ${passed ? 'passed' : 'not-passed'}" class="pass-verdict ${passed ? 'passed' : 'not-passed'}">
        ${passed ? CHECK : CROSS} ${localize.term(passed ? 'passedLine' : 'notPassedLine', pass)}
      </p>
      <div part="nav" class="nav">
        ${
          wrong
            ? html`<button part="retry-wrong-button" class="retry-wrong-button" type="button" @click=${() => this.#restart(retryWrong)}>
              ${localize.term('retryWrong', wrong)}
            </button>`
            : nothing
        }
        <button part="start-over-button" type="button" @click=${() => this.#restart(startOver)}>
          ${localize.term('startOver')}
        </button>
      </div>
      <ol part="result-list" class="result-list">
        ${results.map((result, index) => {
          const outcome = result.answer === null ? 'skipped' : result.correct ? 'correct' : 'incorrect';
          const verdict = outcome === 'skipped' ? 'notAnswered' : outcome;
          return html`<li part="result result-${outcome}" class="result result-${outcome}">
            <button part="review-button" class="review-button" type="button" @click=${() => this.#focusQuestion(result.questionId)}>
              ${localize.term('reviewQuestion', localize.number(index + 1))}
            </button>
            ${{ correct: CHECK, incorrect: CROSS, skipped: DASH }[outcome]} ${localize.term(verdict)}
          </li>`;
        })}
      </ol>
    </section>`;
  }

  #renderAnswerKey(asked: readonly Question[], lang: ContentLang) {
    const level = subheadingLevel(headingLevel(this.headingLevel));
    return html`<section part="answer-key" class="answer-key" role="group" aria-labelledby="key-heading">
      ${heading(level, 'answer-key-heading', this.localize.term('answerKeyHeading'), 'key-heading')}
      <ol>
        ${asked.map((question) => html`<li>${this.#renderPrompt(question, lang)} ${renderRightAnswer(question, this.localize, lang)}</li>`)}
      </ol>
    </section>`;
  }

  /** "You got 3 of 5 right (60%)": shown in the results and announced when the quiz is finished. */
  #scoreLine(session: Session): string {
    const { score, total, percent } = this.#score(session);
    const { localize } = this;
    const percentShown = localize.number(percent / 100, { style: 'percent' });
    return localize.term('scoreLine', localize.number(score), localize.number(total), total, percentShown);
  }

  #passPercent({ quiz }: Session): number {
    return passPercentOf(this.pass, quiz.passPercent);
  }

  #score(session: Session): QuizScore {
    return scoreOf(session.progress, session.asked, this.#passPercent(session));
  }

  /** Enter in a field of the answer checks it, as Enter submits a form; a button keeps its own Enter. */
  #checkOnEnter(event: KeyboardEvent, question: Question, index: number): void {
    if (event.key !== 'Enter' || (event.target as Element).localName === 'button') return;
    event.preventDefault();
    this.#check(question, index);
  }

  #check(question: Question, index: number): void {
    if (this.#grading) return;
    const given = shownAnswer(this.#sessions.current.progress, question);
    if (!isAnswered(given)) {
      this.#answerFirst = question.id;
      return this.#announce(this.localize.term('answerFirst'));
    }
    const grading = gradeAnswers(this.#sessions.current.quiz.seal, [[question, given]]);
    if (grading) return this.#afterGrading(grading, () => this.#checked(question, index, given), question.id);
    this.#checked(question, index, given);
  }

  #checked(question: Question, index: number, given: QuizAnswer): void {
    const { progress } = this.#take((current) => check(current, question.id, given));
    const { correct } = resultOf(progress, question);
    emit(this, 'glossa-answer', { questionId: question.id, answer: given, correct });
    const verdict = this.localize.term(correct ? 'correct' : 'incorrect');
    this.#announce(this.localize.term('questionChecked', this.localize.number(index + 1), verdict));
    this.#focusAfterUpdate(`#q-${question.id}-feedback`);
  }

  /**
   * Next and Previous put focus on the question's answer, its chosen option first, which a screen
   * reader announces with the question (the fieldset's legend); on its prompt once it is checked.
   */
  #go(step: number): void {
    const { progress } = this.#take((current) => go(current, step));
    const id = `#q-${progress.round[progress.step]}`;
    const open = `${id} fieldset:enabled`;
    this.#focusAfterUpdate(`${open} input:checked`, `${open} :is(input, select, button:enabled)`, `${id}-prompt`);
  }

  #finish(): void {
    if (this.#grading) return;
    const { quiz, progress, asked } = this.#sessions.current;
    const grading = gradeAnswers(
      quiz.seal,
      asked.map((question) => [question, progress.answers[question.id]] as const),
    );
    if (grading) return this.#afterGrading(grading, () => this.#finished());
    this.#finished();
  }

  #finished(): void {
    const { progress, asked } = this.#sessions.current;
    for (const question of unchecked(progress, asked)) emit(this, 'glossa-answer', resultOf(progress, question));
    const finished = this.#take(finish);
    emit(this, 'glossa-complete', this.#score(finished));
    this.#announce(this.#scoreLine(finished));
    this.#focusAfterUpdate('#results');
  }

  /** "Retry wrong answers" and "Start over": a new round, announced to the page. */
  #restart(step: (progress: Progress, asked: readonly Question[]) => Progress): void {
    this.#announcement = '';
    const { round } = this.#take(step).progress;
    emit(this, 'glossa-reset', { questionIds: [...round] });
    this.#focusQuestion(round[0]);
  }
}
