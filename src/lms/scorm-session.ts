import type { ScormApi } from './find-scorm-api.js';
import type { ScormDialect } from './scorm-dialect.js';
import type { ScormValues } from './scorm-report.js';

/**
 * One session with the platform's API, in the calls of the dialect: initialized once, terminated once,
 * and after that silent, since a call after `Terminate` is an error the platform may show the learner.
 */
export class ScormSession {
  #open = false;
  readonly #api: ScormApi;
  readonly #dialect: ScormDialect;

  constructor(api: ScormApi, dialect: ScormDialect) {
    this.#api = api;
    this.#dialect = dialect;
  }

  /** Starts the session; false when the platform refuses it. */
  initialize(): boolean {
    this.#open = this.#call('initialize', '') === 'true';
    return this.#open;
  }

  get(element: string): string {
    return this.#open ? (this.#call('getValue', element) ?? '') : '';
  }

  set(values: ScormValues): void {
    if (!this.#open) return;
    for (const [element, value] of values) this.#call('setValue', element, value);
  }

  commit(): void {
    if (this.#open) this.#call('commit', '');
  }

  terminate(): void {
    if (!this.#open) return;
    this.#call('terminate', '');
    this.#open = false;
  }

  #call(call: keyof ScormDialect['calls'], ...args: string[]): string | undefined {
    return this.#api[this.#dialect.calls[call]]?.call(this.#api, ...args);
  }
}
