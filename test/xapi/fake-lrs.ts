import type { XapiStatement } from '../../src/xapi/statement-types.js';

/** One request the fake LRS (scripts/fake-lrs.mjs) received. */
export interface LrsRequest {
  readonly authorization: string;
  readonly version: string;
  readonly contentType: string;
  readonly ids: string[];
  readonly status: number;
  readonly warnings: string[];
}

export interface LrsLog {
  readonly requests: LrsRequest[];
  readonly stored: Record<string, XapiStatement>;
}

/** A fake LRS of its own for one test, served by the test runner: its endpoint, its log, and its script. */
export function fakeLrs(name: string) {
  const endpoint = `/fake-lrs/${name}-${Math.random().toString(36).slice(2)}`;
  return {
    endpoint,
    log: async (): Promise<LrsLog> => (await fetch(`${endpoint}/log`)).json() as Promise<LrsLog>,
    /** The answers to the next requests, in order; 200 after them. */
    script: async (replies: { status: number; retryAfter?: string }[]) => {
      await fetch(`${endpoint}/script`, { method: 'POST', body: JSON.stringify(replies) });
    },
  };
}
