import { loadProgress, saveProgress } from '../quiz/progress-store.js';
import type { XapiStatement } from './statement-types.js';

/** The most statements one request carries, and the most bytes: a `keepalive` request's body may not pass 64 KiB. */
const BATCH_COUNT = 50;
const BATCH_BYTES = 60_000;

/** Where the statements not yet accepted by the LRS at `endpoint` wait, across reloads. */
export const queueKey = (endpoint: string): string => `glossa-xapi-queue:${endpoint}`;

const isStatement = (value: unknown): value is XapiStatement =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';

/** The statements waiting, oldest first; anything else found under the key is not a statement and is skipped. */
export function queued(key: string): XapiStatement[] {
  const value = loadProgress(key);
  return Array.isArray(value) ? value.filter(isStatement) : [];
}

/** Adds statements at the end, before anything is sent; false when storage refused them (they then last as long as the page). */
export function enqueue(key: string, statements: readonly XapiStatement[]): boolean {
  return saveProgress(key, [...queued(key), ...statements]);
}

/** Removes the statements the LRS accepted (or refused for good), by id, keeping whatever was queued meanwhile. */
export function dequeue(key: string, ids: ReadonlySet<string>): void {
  saveProgress(
    key,
    queued(key).filter((statement) => !ids.has(statement.id)),
  );
}

/** The next request's statements: the oldest, as many as fit one request (at least one). */
export function nextBatch(waiting: readonly XapiStatement[], oneByOne = false): XapiStatement[] {
  const batch: XapiStatement[] = [];
  let bytes = 2;
  for (const statement of waiting.slice(0, oneByOne ? 1 : BATCH_COUNT)) {
    bytes += new TextEncoder().encode(JSON.stringify(statement)).length + 1;
    if (batch.length && bytes > BATCH_BYTES) break;
    batch.push(statement);
  }
  return batch;
}
