import type { Draft, DraftProgress, DraftSource } from '../../../src/draft/index.js';
import type { DraftReply, DraftRequest } from './draft-messages.js';

export interface DraftRun {
  readonly onProgress: (progress: DraftProgress) => void;
  /** Aborting ends the worker at once; the promise then rejects with an AbortError. */
  readonly signal: AbortSignal;
}

/**
 * The worker of the last draft that ended by itself, kept for the next: its libraries are loaded, so
 * the next draft starts at once. A cancelled or broken worker is ended instead.
 */
let idleWorker: Worker | undefined;

/** A new draft worker, or undefined where one cannot start here (a policy or a browser that forbids it). */
function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL('./draft-worker.js', import.meta.url), { type: 'module', name: 'glossa-draft' });
  } catch {
    return undefined;
  }
}

/** Where no worker runs, the page drafts itself: slower to answer, but the person still gets the draft. */
async function draftOnMainThread(source: DraftSource, { onProgress, signal }: DraftRun): Promise<Draft> {
  const { draftArticle } = await import('../../../src/draft/index.js');
  const draft = await draftArticle(source, { onStage: onProgress });
  signal.throwIfAborted();
  return draft;
}

/**
 * Drafts `source` in a module worker, so that the page answers every key and click however long the
 * text; a worker that fails before it has loaded (a browser without module workers, a Content Security
 * Policy without `worker-src 'self'`) is replaced by drafting on the page.
 */
export function draftOffMainThread(source: DraftSource, run: DraftRun): Promise<Draft> {
  run.signal.throwIfAborted();
  const reused = idleWorker;
  idleWorker = undefined;
  const worker = reused ?? startWorker();
  if (!worker) return draftOnMainThread(source, run);
  return new Promise<Draft>((resolve, reject) => {
    const listening = new AbortController();
    const options = { signal: listening.signal };
    const ask = () => worker.postMessage({ source } satisfies DraftRequest);
    let ready = reused !== undefined;
    const settle = (keep: boolean) => {
      listening.abort();
      if (keep && !idleWorker) idleWorker = worker;
      else worker.terminate();
    };
    run.signal.addEventListener(
      'abort',
      () => {
        settle(false);
        reject(new DOMException('The draft was cancelled', 'AbortError'));
      },
      options,
    );
    worker.addEventListener(
      'message',
      ({ data: reply }: MessageEvent<DraftReply>) => {
        switch (reply.kind) {
          case 'ready':
            ready = true;
            ask();
            return;
          case 'progress':
            run.onProgress(reply.progress);
            return;
          case 'drafted':
            settle(true);
            resolve(reply.draft);
            return;
          case 'failed':
            settle(true);
            reject(Object.assign(new Error(reply.message), { name: reply.name }));
        }
      },
      options,
    );
    worker.addEventListener(
      'error',
      (event) => {
        settle(false);
        if (ready) reject(new Error(event.message || 'the drafting stopped'));
        else resolve(draftOnMainThread(source, run));
      },
      options,
    );
    if (ready) ask();
  });
}
