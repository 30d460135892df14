import type { Draft, DraftProgress, DraftSource } from '../../../src/draft/index.js';

/** What the page asks of the draft worker: one draft, after which the worker is ended. */
export interface DraftRequest {
  readonly source: DraftSource;
}

/**
 * What the draft worker tells the page. `ready` comes once its modules have loaded, so that an error
 * before it means the worker could not start (and the page drafts itself), an error after it a failed draft.
 */
export type DraftReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'progress'; readonly progress: DraftProgress }
  | { readonly kind: 'drafted'; readonly draft: Draft }
  // An Error's own name does not survive the copy between threads (a DraftInputError would arrive as an Error).
  | { readonly kind: 'failed'; readonly name: string; readonly message: string };
