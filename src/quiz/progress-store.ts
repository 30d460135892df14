/**
 * Reads and writes JSON under a key in `localStorage`. Storage can throw on every access (private
 * mode, sandboxed iframes, a full quota, a blocked `localStorage` getter), so each access is guarded;
 * where reading throws, a copy kept in memory stands in for as long as the page lives.
 */
const memory = new Map<string, string>();

export function loadProgress(key: string): unknown {
  let text: string | null | undefined;
  try {
    text = localStorage.getItem(key);
  } catch {
    text = memory.get(key);
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
  } catch {
    // Kept in memory only: progress survives re-rendering but not a reload.
  }
}

export function clearProgress(key: string): void {
  memory.delete(key);
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored that could be removed.
  }
}
