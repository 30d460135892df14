import type { PendingItems } from '../../src/draft/types.js';

/** A key on the way from the document to one value in it: a property name or a list index. */
export type PathKey = string | number;

/**
 * What the Studio edits: the article as it stands (valid or not while a person types) and which of its
 * drafted items nobody has accepted yet. Every edit is a path from here to the value it changes.
 */
export interface StudioDocument {
  readonly article: Record<string, unknown>;
  readonly pending: PendingItems;
}

/** One value set at a path of the document; `undefined` removes the property it names. */
export interface DocumentChange {
  readonly path: readonly PathKey[];
  readonly value: unknown;
}

/**
 * `studio-edit`: a form asks for one step of editing, undone and redone as a whole ("Merge Tokayev
 * into Kassym-Jomart Tokayev" sets several paths at once). Bubbles and is composed.
 */
export interface StudioEditDetail {
  /** What the step does, in words: shown by Undo and Redo. */
  readonly label: string;
  readonly changes: readonly DocumentChange[];
}

/** One problem of the article at a path of the document, as a form shows it beside its field. */
export interface FieldProblem {
  readonly path: readonly PathKey[];
  readonly message: string;
}

declare global {
  interface HTMLElementEventMap {
    'studio-edit': CustomEvent<StudioEditDetail>;
  }
}
