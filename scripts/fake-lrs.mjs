import validation from '@learninglocker/xapi-validation';

/** Learning Locker's statement validator: conformance-tested, and not ours. */
const validate = validation.default ?? validation;

/**
 * A learning record store for the browser tests, under `/fake-lrs/<name>/` (one per test, by name), as
 * dev-server middleware: `POST statements` checks the xAPI version header and every statement with
 * Learning Locker's validator (400 with its warnings, as that LRS answers), stores them by id and answers
 * 200 with their ids, unless the test scripted other answers first (`POST script` with
 * `[{ "status": 503, "retryAfter": "0" }, …]`, taken one per request). `GET log` gives every request
 * received (its headers, statements and the status answered) and the statements stored.
 */
export function fakeLrs() {
  const stores = new Map();
  const storeFor = (name) => {
    if (!stores.has(name)) stores.set(name, { script: [], requests: [], stored: {} });
    return stores.get(name);
  };
  const readBody = (request) =>
    new Promise((resolve, reject) => {
      let text = '';
      request.setEncoding('utf8');
      request.on('data', (chunk) => (text += chunk));
      request.on('end', () => resolve(text));
      request.on('error', reject);
    });

  return async (context, next) => {
    const match = /^\/fake-lrs\/([\w-]+)\/(statements|script|log)$/.exec(context.path);
    if (!match) return next();
    const [, name, route] = match;
    const store = storeFor(name);
    context.type = 'application/json';
    if (route === 'log') {
      context.body = JSON.stringify({ requests: store.requests, stored: store.stored });
      return;
    }
    const text = await readBody(context.req);
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
    const status = version !== '1.0.3' || warnings.length ? 400 : (scripted?.status ?? 200);
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
