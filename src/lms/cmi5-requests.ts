import { authTokenOf, stateUrl, type StateKey } from './cmi5-launch.js';

const XAPI_HEADERS = { 'X-Experience-API-Version': '1.0.3' };

/** Where the token of a fetch URL is kept: the URL answers once, and the page may be reloaded. */
const tokenKey = (fetchUrl: string) => `glossa-cmi5-token:${fetchUrl}`;

/**
 * The `Authorization` header's value of this launch (cmi5 "quartz", 8.2): the fetch URL's auth token
 * as Basic credentials, asked once with a POST and kept in the tab's session storage for a reload.
 * Throws with the LMS's error when it gives none.
 */
export async function authorization(fetchUrl: string): Promise<string> {
  const kept = sessionStorage.getItem(tokenKey(fetchUrl));
  if (kept) return `Basic ${kept}`;
  const response = await fetch(fetchUrl, { method: 'POST' });
  const answer = authTokenOf(await response.json().catch(() => undefined));
  if ('error' in answer) throw new Error(`the LMS gave no credentials (${answer.error})`);
  sessionStorage.setItem(tokenKey(fetchUrl), answer.token);
  return `Basic ${answer.token}`;
}

/** A state document as JSON, or undefined when there is none (404) or it is not JSON. */
export async function getState(endpoint: string, auth: string, key: StateKey): Promise<unknown> {
  const response = await fetch(stateUrl(endpoint, key), { headers: { ...XAPI_HEADERS, Authorization: auth } });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`the LRS answered ${response.status} for the state "${key.stateId}"`);
  return response.json().catch(() => undefined) as Promise<unknown>;
}

/** Replaces a state document; `keepalive`, so the one written as the page goes still arrives. */
export async function putState(endpoint: string, auth: string, key: StateKey, document: unknown): Promise<void> {
  const response = await fetch(stateUrl(endpoint, key), {
    method: 'PUT',
    keepalive: true,
    headers: { ...XAPI_HEADERS, Authorization: auth, 'Content-Type': 'application/json' },
    body: JSON.stringify(document),
  });
  if (!response.ok) throw new Error(`the LRS answered ${response.status} for the state "${key.stateId}"`);
}
