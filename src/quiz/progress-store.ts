/**
 * Reads and writes JSON under a key in `localStorage`. Storage can throw on every access (private
 * mode, sandboxed iframes, a full quota, a blocked `localStorage` getter), so each access is guarded;
 * a copy kept in memory stands in, for as long as the page lives, where reading throws or where
 * storage refused the latest write (it then holds an older copy, or none).
 */
const memory = new Map<string, string>();
const unsaved = new Set<string>();

function parsed(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function loadProgress(key: string): unknown {
  if (unsaved.has(key)) return parsed(memory.get(key));
  try {
    return parsed(localStorage.getItem(key));
  } catch {
    return parsed(memory.get(key));
  }
}

/** Stores `value`; false when storage refused it, so it lasts only as long as the page. */
export function saveProgress(key: string, value: unknown): boolean {
  const text = JSON.stringify(value);
  memory.set(key, text);
  try {
    localStorage.setItem(key, text);
    unsaved.delete(key);
    return true;
  } catch {
    unsaved.add(key);
    return false;
  }
}

export function clearProgress(key: string): void {
  memory.delete(key);
  unsaved.delete(key);
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored that could be removed.
  }
}

/**
 * Calls `listener` with the new value whenever another tab or window of the same origin stores
 * progress under `key` (`undefined` when it was removed); returns the function that stops listening.
 */
export function watchProgress(key: string, listener: (value: unknown) => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) listener(parsed(event.newValue));
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
