import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article, Question, Quiz } from '../model/types.js';
import { chosenQuestions } from './chosen-questions.js';
import { freshProgress, type Progress } from './progress.js';
import {
  asRecord,
  fromRecord,
  mergeRecords,
  toRecord,
  untouchedRecord,
  withAnswersOf,
  type ProgressRecord,
} from './progress-record.js';
import { clearProgress, loadProgress, saveProgress, watchProgress } from './progress-store.js';
import { fnv1a } from './fnv1a.js';
import { randomSeed, seededOrder } from './seeded-order.js';

/** One quiz as an element asks it: the questions chosen and ordered, and the reader's progress. */
export interface Session {
  readonly key: string;
  readonly quiz: Quiz;
  readonly article: Article | undefined;
  /** Every question asked, in the order asked; numbering and results follow it. */
  readonly asked: readonly Question[];
  /** Ids named in `questions` that the quiz does not have. */
  readonly unknown: readonly string[];
  readonly progress: Progress;
}

/** The element's attributes that change what is asked. */
export interface SessionSettings {
  readonly questions: string | undefined;
  readonly shuffle: boolean;
  readonly seed: string | undefined;
}

/**
 * Keeps a quiz's session: makes it for the quiz and settings given, applies each step of the reader's
 * (the pure functions of `progress.ts`), stores the result after each, and shows what another tab of
 * the same quiz answers. Storage is keyed by where the quiz comes from and the settings, not by the
 * quiz's text, so editing one question drops only that question's answer.
 */
export class QuizSessionController implements ReactiveController {
  /** Storage refused the reader's progress: it lasts only as long as the page. */
  storageRefused = false;
  #session: Session | undefined;
  /** What this element last stored or read, to tell which entries it changed since. */
  #record: ProgressRecord | undefined;
  /** The session was made for hydration, without the stored progress, which the next update brings. */
  #deferred = false;
  #connected = false;
  /** A record given by `restore`, waiting for the next session made (`record` undefined: a fresh start). */
  #restoring: { readonly record: ProgressRecord | undefined } | undefined;
  #unwatch: (() => void) | undefined;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get session(): Session | undefined {
    return this.#session;
  }

  /** The reader's progress as it is stored, once there is a session. */
  get record(): ProgressRecord | undefined {
    return this.#session && this.#record;
  }

  /**
   * Replaces the stored progress with `value` (a fresh start when it is not a record), in the session
   * made at the next update: the seed a record carries orders a shuffled quiz's questions.
   */
  restore(value: unknown): void {
    this.#restoring = { record: asRecord(value) };
    this.#session = undefined;
    this.#host.requestUpdate();
  }

  /**
   * The session as it is now, for the reader's actions: they come from a rendered quiz, so there is
   * one, and it may be newer than the render that drew the button (a click lands before the re-render).
   */
  get current(): Session {
    if (!this.#session) throw new Error('<glossa-quiz>: no quiz yet');
    return this.#session;
  }

  /**
   * The session for this quiz and these settings, made anew when either changes. A server-rendered
   * quiz hydrates (`hydrating`) with a fresh session, as the server rendered it; the stored progress
   * follows in the next update.
   */
  sessionFor(
    quiz: Quiz,
    article: Article | undefined,
    storageId: string,
    settings: SessionSettings,
    hydrating: boolean,
  ): Session {
    const { questions, shuffle, seed } = settings;
    const key = `glossa-quiz:${storageId}:${fnv1a(JSON.stringify([questions, shuffle, seed])).toString(36)}`;
    const current = this.#session;
    if (current?.key === key && current.quiz === quiz && current.article === article) return current;

    const { chosen, unknown } = chosenQuestions(quiz, questions);
    if (unknown.length) console.warn('<glossa-quiz> has no question', unknown.join(', '));
    this.#deferred = hydrating;
    const restoring = hydrating ? undefined : this.#restoring;
    if (restoring) {
      this.#restoring = undefined;
      if (restoring.record) saveProgress(key, restoring.record);
      else clearProgress(key);
    }
    const record = hydrating ? undefined : asRecord(loadProgress(key));
    const order = seed ?? record?.seed ?? (shuffle ? randomSeed() : '');
    const asked = shuffle ? seededOrder(chosen, order) : chosen;
    const progress = record ? fromRecord(record, asked) : freshProgress(order, asked);
    this.#record = record ?? untouchedRecord(progress, asked);
    this.#session = { key, quiz, article, asked, unknown, progress: { ...progress, seed: order } };
    this.#watch();
    return this.#session;
  }

  /** Takes the reader's step, e.g. `apply((progress) => go(progress, 2))`, stores it, re-renders and returns the session. */
  apply(step: (progress: Progress, asked: readonly Question[]) => Progress): Session {
    const session = this.current;
    const next = step(session.progress, session.asked);
    const ours = toRecord(next, session.asked, this.#record, Date.now());
    const merged = mergeRecords(ours, asRecord(loadProgress(session.key)));
    if (!saveProgress(session.key, merged)) this.storageRefused = true;
    this.#record = merged;
    return this.#set(session, withAnswersOf(next, merged, session.asked));
  }

  /** Forgets the reader's progress, stored and shown. */
  clear(): void {
    const session = this.#session;
    if (!session) return;
    clearProgress(session.key);
    this.#restart(session);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#watch();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unwatch?.();
    this.#unwatch = undefined;
  }

  hostUpdated(): void {
    if (!this.#deferred) return;
    this.#deferred = false;
    const session = this.#session;
    if (session && (this.#restoring || loadProgress(session.key) !== undefined)) {
      this.#session = undefined;
      this.#host.requestUpdate();
    }
  }

  #watch(): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
    const session = this.#session;
    if (!this.#connected || !session) return;
    this.#unwatch = watchProgress(session.key, (value) => this.#follow(value));
  }

  /** Another tab stored progress for this quiz: its answers show here; this reader's place stays. */
  #follow(value: unknown): void {
    const session = this.#session;
    if (!session || this.#deferred) return;
    const theirs = asRecord(value);
    if (!theirs) return this.#restart(session);
    this.#record = mergeRecords(this.#record!, theirs);
    this.#set(session, withAnswersOf(session.progress, this.#record, session.asked));
  }

  /** Back to a fresh start, as if nothing had been stored. */
  #restart(session: Session): void {
    const progress = freshProgress(session.progress.seed, session.asked);
    this.#record = untouchedRecord(progress, session.asked);
    this.#set(session, progress);
  }

  #set(session: Session, progress: Progress): Session {
    this.#session = { ...session, progress };
    this.#host.requestUpdate();
    return this.#session;
  }
}
