import type * as AnswerViews from './answer-views.js';

export type LazyViews = typeof AnswerViews;

/** The fill-in-the-blank, ordering and matching views, once loaded or provided. */
export let lazyViews: LazyViews | undefined;

let loading: Promise<LazyViews> | undefined;

/**
 * Loads the fill-in-the-blank, ordering and matching views, once: a quiz asks for them when it has such
 * a question, and shows that question's answer area as busy meanwhile. A failed load is tried again at
 * the next ask.
 */
export function loadLazyViews(): Promise<LazyViews> {
  loading ??= import('./answer-views.js').then(
    (loaded) => (lazyViews = loaded),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Gives the views up front, for what renders in one pass: the server, and hydration of its HTML. */
export function provideLazyViews(given: LazyViews): void {
  lazyViews = given;
}
