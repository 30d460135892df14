import { dequeue, enqueue, nextBatch, queued, queueKey } from './statement-queue.js';
import { isRetryable, retryDelay } from './retry-delay.js';
import type { XapiStatement } from './statement-types.js';

/** What the LRS answered: no status when the network failed. */
interface Reply {
  readonly status?: number;
  readonly retryAfter: string | null;
  readonly text?: string;
}

/** The `Authorization` header's value (`Basic …`, `Bearer …`), or what gives it, asked before each request. */
export type XapiAuth = string | (() => string | undefined | Promise<string | undefined>);

/**
 * Sends statements to one learning record store, never in the reader's way. `send` stores them first
 * (`localStorage`, one queue per endpoint) and returns; they go out in the background, those of one
 * task in one request (`POST <endpoint>/statements` with an array), and leave the queue only once the
 * LRS has answered 2xx. A network failure, a 5xx, 408, 429 or refused credentials keep them and try
 * again later (`Retry-After`, else exponential backoff with jitter); offline, the sender waits for the
 * `online` event. Every request is `keepalive`, so one sent as the page goes (`pagehide` sends at
 * once) still arrives; anything it leaves unconfirmed is sent again by the next page. Statements carry
 * their own UUIDs, so a statement sent twice is stored once. A statement the LRS refuses for good (any
 * other 4xx, found one request at a time) is dropped with a console warning; a 409 for one statement
 * means the LRS already has it.
 */
export class LrsSender {
  readonly #endpoint: string;
  readonly #key: string;
  /** Who sends; the last quiz to ask for this endpoint gives the credentials. */
  auth: XapiAuth | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #sending = false;
  #failures = 0;
  /** After a refusal of a batch, one statement per request, to find the refused one. */
  #oneByOne = false;
  /** What storage refused to keep: sent from memory, lost on reload. */
  #unstored: XapiStatement[] = [];
  /** Who waits for the queue to empty. */
  #whenSent: (() => void)[] = [];

  readonly #online = () => this.#flush();
  readonly #pagehide = () => {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    // A request still on its way may be failing: the page sends what waits anyway, as its last chance;
    // each statement's own id makes one that arrives twice stored once.
    this.#flush(true);
  };

  /** `endpoint` is the LRS's xAPI root, absolute (`https://lrs.example/xapi`). */
  constructor(endpoint: string) {
    this.#endpoint = endpoint.replace(/\/+$/, '');
    this.#key = queueKey(this.#endpoint);
  }

  /** Starts sending what a previous page left queued, and listens for `online` and `pagehide`. */
  start(): void {
    window.addEventListener('online', this.#online);
    window.addEventListener('pagehide', this.#pagehide);
    this.#soon(0);
  }

  /** Stops, leaving what waits in storage for the next sender of the endpoint. */
  stop(): void {
    window.removeEventListener('online', this.#online);
    window.removeEventListener('pagehide', this.#pagehide);
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Queues statements (stored before this returns) and sends them soon, with any others of the same task. */
  send(statements: readonly XapiStatement[]): void {
    if (!enqueue(this.#key, statements)) this.#unstored.push(...statements);
    this.#soon(0);
  }

  /** Resolves once nothing waits to be sent (at once when nothing does), for a page that is to leave after. */
  whenSent(): Promise<void> {
    if (!this.#waiting().length) return Promise.resolve();
    return new Promise((resolve) => this.#whenSent.push(resolve));
  }

  #soon(delay: number): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#flush();
    }, delay);
  }

  #waiting(): XapiStatement[] {
    const stored = queued(this.#key);
    const ids = new Set(stored.map(({ id }) => id));
    return [...stored, ...this.#unstored.filter(({ id }) => !ids.has(id))];
  }

  #flush(leaving = false): void {
    if ((this.#sending && !leaving) || !navigator.onLine) return;
    const batch = nextBatch(this.#waiting(), this.#oneByOne);
    if (!batch.length) return;
    this.#sending = true;
    void this.#post(batch).then((status) => {
      this.#sending = false;
      this.#settle(batch, status);
    });
  }

  async #post(batch: readonly XapiStatement[]): Promise<Reply> {
    try {
      const auth = typeof this.auth === 'function' ? await this.auth() : this.auth;
      const response = await fetch(`${this.#endpoint}/statements`, {
        method: 'POST',
        keepalive: true,
        headers: {
          'Content-Type': 'application/json',
          'X-Experience-API-Version': '1.0.3',
          ...(auth && { Authorization: auth }),
        },
        body: JSON.stringify(batch),
      });
      const text = response.ok ? undefined : await response.text().catch(() => '');
      return { status: response.status, retryAfter: response.headers.get('Retry-After'), text };
    } catch {
      return { retryAfter: null };
    }
  }

  #settle(batch: readonly XapiStatement[], { status, retryAfter, text }: Reply): void {
    if (status !== undefined && status < 300) return this.#done(batch);
    if (isRetryable(status)) {
      this.#failures += 1;
      if (status === undefined && !navigator.onLine) return;
      return this.#soon(retryDelay(this.#failures, retryAfter, Date.now(), Math.random()));
    }
    if (batch.length > 1) {
      this.#oneByOne = true;
      return this.#soon(0);
    }
    if (status !== 409) console.warn(`<glossa-quiz>: the LRS refused a statement (${status}): ${text}`, batch[0]);
    this.#done(batch);
  }

  #done(batch: readonly XapiStatement[]): void {
    const ids = new Set(batch.map(({ id }) => id));
    dequeue(this.#key, ids);
    this.#unstored = this.#unstored.filter(({ id }) => !ids.has(id));
    this.#failures = 0;
    if (this.#waiting().length) return this.#soon(0);
    this.#oneByOne = false;
    for (const resolve of this.#whenSent.splice(0)) resolve();
  }
}

const senders = new Map<string, { sender: LrsSender; users: number }>();

/** The one sender of `endpoint` on this page, started for its first user; `release` stops it after its last. */
export function acquireSender(endpoint: string): LrsSender {
  const entry = senders.get(endpoint) ?? { sender: new LrsSender(endpoint), users: 0 };
  senders.set(endpoint, entry);
  if (!entry.users++) entry.sender.start();
  return entry.sender;
}

export function releaseSender(endpoint: string): void {
  const entry = senders.get(endpoint);
  if (!entry || --entry.users) return;
  entry.sender.stop();
  senders.delete(endpoint);
}
