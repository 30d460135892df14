/** A platform's run-time API: the calls of one SCORM version, each taking and returning strings. */
export type ScormApi = Record<string, ((...args: string[]) => string) | undefined>;

/** How many parents to climb, as the ADL's SCORM 2004 run-time environment book has its search do. */
const MOST_PARENTS = 500;

/**
 * The API named `name` on `start`, on its nearest parent window that has one, or else on the window
 * that opened it (and its parents), as the SCORM run-time environments describe the search. A parent
 * of another origin cannot be read: the search stops there.
 */
export function findScormApi(start: Window, name: string): ScormApi | undefined {
  const found = inAncestors(start, name);
  if (found) return found;
  const opener = readable(() => start.opener as Window | null);
  return opener ? inAncestors(opener, name) : undefined;
}

function inAncestors(start: Window, name: string): ScormApi | undefined {
  let current: Window = start;
  for (let climbed = 0; climbed <= MOST_PARENTS; climbed += 1) {
    const api = readable(() => (current as unknown as Record<string, unknown>)[name]);
    if (api && typeof api === 'object') return api as ScormApi;
    const parent = readable(() => current.parent);
    if (!parent || parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

/** What `read` gives, or undefined where the browser refuses it (a window of another origin). */
function readable<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    // Refused: nothing to read, which is undefined.
  }
}
