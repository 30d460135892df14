/**
 * Reads and writes JSON under a key in `localStorage`. Storage can throw on every access (private
 * mode, sandboxed iframes, a full quota, a blocked `localStorage` getter), so each access is guarded;
 * a copy kept in memory stands in, for as long as the page lives, where reading throws or where
 * storage refused the latest write (it then holds an older copy, or none).
 */
const memory = new Map<string, string>();
const unsaved = new Set<string>();

export function loadProgress(key: string): unknown {
  let text: string | null | undefined;
  if (unsaved.has(key)) text = memory.get(key);
  else {
    try {
      text = localStorage.getItem(key);
    } catch {
      text = memory.get(key);
    }
  }
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function saveProgress(key: string, value: unknown): void {
  const text = JSON.stringify(value);
  memory.set(key, text);
  try {
    localStorage.setItem(key, text);
    unsaved.delete(key);
  } catch {
    // Kept in memory only: progress survives re-rendering but not a reload.
    unsaved.add(key);
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
