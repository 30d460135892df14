import validation from '@learninglocker/xapi-validation';

/** Learning Locker's statement validator: conformance-tested, and not ours. */
const validate = validation.default ?? validation;

/** A request's body as text. */
export const readBody = (request) =>
  new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });

/**
 * A learning record store for the browser tests, under `/fake-lrs/<name>/` (one per test, by name), as
 * dev-server middleware: `POST statements` checks the xAPI version header and every statement with
 * Learning Locker's validator (400 with its warnings, as that LRS answers), stores them by id and answers
 * 200 with their ids, unless the test scripted other answers first (`POST script` with
 * `[{ "status": 503, "retryAfter": "0" }, …]`, taken one per request). `GET log` gives every request
 * received (its headers, statements and the status answered) and the statements stored.
 *
 * It is a cmi5 LMS's side too. `POST fetch/<launch>` is a launch's fetch URL: it answers
 * `{ "auth-token": … }` once and the spec's error JSON (`error-code` 1) after; from then on the
 * statements and the State API take only `Authorization: Basic <that token>` (401 otherwise). The State
 * API (`activities/state`, GET, PUT, DELETE) keeps documents by stateId, activityId, agent and
 * registration; `POST lms-state` with `{ key, document }` stores one as the LMS does, `LMS.LaunchData`
 * before a launch. The log then holds `states` (by key) and `lmsRequests` (fetch and state requests).
 */
export function fakeLrs() {
  const stores = new Map();
  const storeFor = (name) => {
    if (!stores.has(name))
      stores.set(name, { script: [], requests: [], stored: {}, fetched: new Set(), states: {}, lmsRequests: [] });
    return stores.get(name);
  };

  /** A state document's key, the same whatever order the agent's properties came in. */
  const stateKey = ({ stateId, activityId, agent, registration }) =>
    JSON.stringify([stateId, activityId, JSON.stringify(sortedKeys(JSON.parse(agent))), registration ?? null]);
  const sortedKeys = (value) =>
    typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, sortedKeys(value[key])]),
        )
      : value;
  const authorized = (store, context) => !store.token || context.get('Authorization') === `Basic ${store.token}`;

  return async (context, next) => {
    const match = /^\/fake-lrs\/([\w-]+)\/(statements|script|log|lms-state|activities\/state|fetch\/[\w-]+)$/.exec(
      context.path,
    );
    if (!match) return next();
    const [, name, route] = match;
    const store = storeFor(name);
    context.type = 'application/json';
    if (route === 'log') {
      const { requests, stored, states, lmsRequests, token } = store;
      context.body = JSON.stringify({ requests, stored, states, lmsRequests, token });
      return;
    }
    const text = await readBody(context.req);
    if (route.startsWith('fetch/')) {
      const first = context.method === 'POST' && !store.fetched.has(route);
      store.fetched.add(route);
      store.token ??= Buffer.from(`${name}:${Math.random().toString(36).slice(2)}`).toString('base64');
      store.lmsRequests.push({ method: context.method, route, status: 200 });
      context.body = JSON.stringify(
        first ? { 'auth-token': store.token } : { 'error-code': '1', 'error-text': 'this fetch URL was used already' },
      );
      return;
    }
    if (route === 'lms-state') {
      const { key, document } = JSON.parse(text);
      store.states[stateKey({ ...key, agent: JSON.stringify(key.agent) })] = JSON.stringify(document);
      context.body = '{}';
      return;
    }
    if (route === 'activities/state') {
      const query = Object.fromEntries(new URLSearchParams(context.querystring));
      const key = stateKey(query);
      const ok = authorized(store, context) && context.get('X-Experience-API-Version') === '1.0.3';
      const status = !ok
        ? 401
        : context.method === 'GET' && !(key in store.states)
          ? 404
          : context.method === 'GET'
            ? 200
            : 204;
      store.lmsRequests.push({
        method: context.method,
        route,
        stateId: query.stateId,
        status,
        authorization: context.get('Authorization'),
      });
      context.status = status;
      if (status === 200) context.body = store.states[key];
      else if (status === 204 && context.method === 'DELETE') delete store.states[key];
      else if (status === 204) store.states[key] = text;
      return;
    }
    if (route === 'script') {
      store.script.push(...JSON.parse(text));
      context.body = '[]';
      return;
    }
    const version = context.get('X-Experience-API-Version');
    const body = JSON.parse(text);
    const statements = Array.isArray(body) ? body : [body];
    const warnings = statements.flatMap((statement) =>
      validate(statement).map((warning) => `${warning.path.join('.')}: ${warning.constructor.name}`),
    );
    const scripted = store.script.shift();
    const status = !authorized(store, context)
      ? 401
      : version !== '1.0.3' || warnings.length
        ? 400
        : (scripted?.status ?? 200);
    store.requests.push({
      authorization: context.get('Authorization'),
      version,
      contentType: context.get('Content-Type'),
      ids: statements.map((statement) => statement.id),
      status,
      warnings,
    });
    context.status = status;
    if (scripted?.retryAfter !== undefined) context.set('Retry-After', scripted.retryAfter);
    if (status === 200) for (const statement of statements) store.stored[statement.id] ??= statement;
    context.body = JSON.stringify(status === 200 ? statements.map((statement) => statement.id) : { warnings });
  };
}
