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

/** A fetch-URL or State API request, as the fake LRS playing a cmi5 LMS received it. */
export interface LmsRequest {
  readonly method: string;
  readonly route: string;
  readonly stateId?: string;
  readonly status: number;
  readonly authorization?: string;
}

export interface LrsLog {
  readonly requests: LrsRequest[];
  readonly stored: Record<string, XapiStatement>;
  /** State documents, as text, by key. */
  readonly states: Record<string, string>;
  readonly lmsRequests: LmsRequest[];
  /** The auth token its fetch URLs give, once one was asked. */
  readonly token?: string;
}

/** Which state document (xAPI 1.0.3, 7.4). */
export interface StateKey {
  readonly stateId: string;
  readonly activityId: string;
  readonly agent: object;
  readonly registration: string;
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
    /** Stores a state document as the LMS does, such as `LMS.LaunchData` before a launch. */
    lmsState: async (key: StateKey, document: unknown) => {
      await fetch(`${endpoint}/lms-state`, { method: 'POST', body: JSON.stringify({ key, document }) });
    },
    /** A launch's fetch URL, absolute, which gives the auth token once. */
    fetchUrl: (launch: string) => new URL(`${endpoint}/fetch/${launch}`, location.href).href,
  };
}
