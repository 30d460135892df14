import { isSafeUrl } from '../model/primitives.js';
import type { XapiActor } from '../xapi/statement-types.js';

/** What the LMS puts in the AU's launch URL (cmi5 "quartz", 8.1). */
export interface Cmi5Launch {
  /** The LRS's xAPI root, absolute. */
  readonly endpoint: string;
  /** Where the AU asks, once, for its credentials. */
  readonly fetch: string;
  readonly actor: XapiActor;
  readonly registration: string;
  /** The AU's activity id, the object of its cmi5 statements. */
  readonly activityId: string;
}

export type LaunchMode = 'Normal' | 'Browse' | 'Review';

/** What the AU reads of the `LMS.LaunchData` state document (cmi5 "quartz", 10.2.1). */
export interface Cmi5LaunchData {
  /** Merged into the context of every statement: it holds the session id. */
  readonly contextTemplate: Readonly<Record<string, unknown>>;
  readonly launchMode: LaunchMode;
  readonly moveOn?: string;
  /** The scaled score that passes, from 0 to 1, in place of the package's. */
  readonly masteryScore?: number;
  readonly returnURL?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const absoluteUrl = (given: string | null, page: URL) =>
  given && isSafeUrl(given) ? new URL(given, page).href : undefined;

function actorOf(text: string | null): XapiActor | undefined {
  try {
    const actor: unknown = JSON.parse(text ?? '');
    return isObject(actor) ? (actor as XapiActor) : undefined;
  } catch {
    return undefined;
  }
}

/** The launch parameters of the page at `page`, or undefined when the LMS did not give them all. */
export function cmi5LaunchOf(page: URL): Cmi5Launch | undefined {
  const query = page.searchParams;
  const endpoint = absoluteUrl(query.get('endpoint'), page);
  const fetch = absoluteUrl(query.get('fetch'), page);
  const actor = actorOf(query.get('actor'));
  const registration = query.get('registration');
  const activityId = query.get('activityId');
  if (!endpoint || !fetch || !actor || !registration || !activityId) return undefined;
  return { endpoint: endpoint.replace(/\/+$/, ''), fetch, actor, registration, activityId };
}

const LAUNCH_MODES: readonly LaunchMode[] = ['Normal', 'Browse', 'Review'];

/** The launch data the LMS stored, or undefined when the document is not one (it has no context template). */
export function launchDataOf(document: unknown): Cmi5LaunchData | undefined {
  if (!isObject(document) || !isObject(document.contextTemplate)) return undefined;
  const { contextTemplate, launchMode, moveOn, masteryScore, returnURL } = document;
  return {
    contextTemplate,
    launchMode: LAUNCH_MODES.find((mode) => mode === launchMode) ?? 'Normal',
    ...(typeof moveOn === 'string' && { moveOn }),
    ...(typeof masteryScore === 'number' && masteryScore >= 0 && masteryScore <= 1 && { masteryScore }),
    ...(typeof returnURL === 'string' && isSafeUrl(returnURL) && { returnURL }),
  };
}

/**
 * The fetch URL's answer: `{ "auth-token": … }`, or the LMS's error (`error-code` 1 when the URL was
 * already used, 2 for a security error, 3 for any other) as a message.
 */
export function authTokenOf(answer: unknown): { readonly token: string } | { readonly error: string } {
  if (isObject(answer) && typeof answer['auth-token'] === 'string' && answer['auth-token'])
    return { token: answer['auth-token'] };
  if (isObject(answer) && answer['error-code'] !== undefined)
    return { error: `error ${JSON.stringify(answer['error-code'])}: ${JSON.stringify(answer['error-text'] ?? '')}` };
  return { error: 'the answer holds no auth-token' };
}

/** Which state document: the learner's, of one activity, in one registration. */
export interface StateKey {
  readonly activityId: string;
  readonly agent: XapiActor;
  readonly registration: string;
  readonly stateId: string;
}

/** The State API's address of one document (xAPI 1.0.3, 7.4). */
export function stateUrl(endpoint: string, { activityId, agent, registration, stateId }: StateKey): string {
  const query = new URLSearchParams({ stateId, activityId, agent: JSON.stringify(agent), registration });
  return `${endpoint}/activities/state?${query}`;
}
