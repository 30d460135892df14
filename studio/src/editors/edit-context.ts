import type { DirectiveResult } from 'lit/directive.js';
import type { PendingItems } from '../../../src/draft/types.js';
import type { DocumentChange, FieldProblem, PathKey } from '../document.js';
import type { Obj } from './paths.js';
import type { QuestionImportState } from './question-import-controller.js';

/** An entity as the pickers offer it. */
export interface EntityChoice {
  readonly id: string;
  readonly name: string;
}

/** Which control of a moved item gets the focus back once the list is drawn again. */
export type MoveFocus = 'summary' | 'up' | 'down';

/**
 * What the views of the editor are given: the document to read, a way to ask for a step of editing,
 * and the editor's few pieces of state (which problems go where, which pickers are open, a drag).
 */
export interface EditContext {
  readonly article: Obj;
  readonly pending: PendingItems;
  readonly entities: readonly EntityChoice[];
  /** Asks for one step; `merge` names a typing session whose steps the app may merge into one. */
  edit(label: string, changes: readonly DocumentChange[], merge?: string): void;
  /** The typing session of the field at `path`; it ends when the field's value is committed (`change`). */
  session(path: readonly PathKey[]): string;
  endSession(path: readonly PathKey[]): void;
  /** Says that a field or an item shows the problems at `path` and below it; returns its `data-path`. */
  place(path: readonly PathKey[]): string;
  /** Problems at `path` or below it. */
  problemsUnder(path: readonly PathKey[]): readonly FieldProblem[];
  /** The problems shown by the item at `path`: its own, and those below it that no field shows. */
  problemsHere(path: readonly PathKey[], id: string): DirectiveResult;
  move(list: readonly PathKey[], items: readonly unknown[], from: number, to: number, focus: MoveFocus): void;
  startDrag(list: readonly PathKey[], from: number): void;
  endDrag(): void;
  /** Whether a drop on the item at `index` of `list` would move the dragged item. */
  acceptsDrop(list: readonly PathKey[]): boolean;
  drop(list: readonly PathKey[], items: readonly unknown[], to: number): void;
  /** Moves the focus to the element at `path` (a field or an item's summary) once it is drawn. */
  focusLater(path: readonly PathKey[]): void;
  announce(message: string): void;
  /**
   * The id an item of `list` is known by while it is drawn: the one it had when first drawn, so that
   * editing its id neither redraws it nor closes it.
   */
  stableId(list: readonly PathKey[], id: string): string;
  renamed(list: readonly PathKey[], from: string, to: string): void;
  /** Which disclosures are open (items, evidence pickers), by a key that stays with an item when it moves. */
  isOpen(key: string): boolean;
  setOpen(key: string, open: boolean): void;
  toggle(key: string): void;
  /** What came of the last "Import questions…": read, imported or refused. */
  readonly questionImport: QuestionImportState;
  /** Reads a question-bank file and appends its questions to the quiz, as one step. */
  importQuestions(file: File): void;
}
