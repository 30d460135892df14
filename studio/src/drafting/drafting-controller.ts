import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Draft, DraftProgress, DraftSource } from '../../../src/draft/index.js';
import { draftOffMainThread } from './draft-off-main-thread.js';

/** A draft underway: what it drafts from, and how far it has come. */
export interface Drafting {
  readonly name: string;
  readonly progress: DraftProgress | undefined;
}

/**
 * The one draft underway, if any: starts it off the main thread, follows its progress, and cancels it.
 * Starting another draft cancels the one underway; a cancelled draft resolves to undefined.
 */
export class DraftingController implements ReactiveController {
  drafting: Drafting | undefined;

  readonly #host: ReactiveControllerHost;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  async draft(source: DraftSource, name: string): Promise<Draft | undefined> {
    this.cancel();
    const abort = new AbortController();
    this.#abort = abort;
    this.#set({ name, progress: undefined });
    try {
      return await draftOffMainThread(source, {
        signal: abort.signal,
        onProgress: (progress) => {
          if (!abort.signal.aborted) this.#set({ name, progress });
        },
      });
    } catch (error) {
      if (abort.signal.aborted) return undefined;
      throw error;
    } finally {
      if (this.#abort === abort) {
        this.#abort = undefined;
        this.#set(undefined);
      }
    }
  }

  /** Ends the draft underway, if any, at once. */
  cancel(): void {
    if (!this.#abort) return;
    this.#abort.abort();
    this.#abort = undefined;
    this.#set(undefined);
  }

  #set(drafting: Drafting | undefined): void {
    this.drafting = drafting;
    this.#host.requestUpdate();
  }
}
