import type { PartialTranslation } from './translation.js';

interface TranslationStore {
  readonly translations: Map<string, PartialTranslation>;
  readonly listeners: Set<() => void>;
}

/**
 * Kept on `globalThis` so that a language bundled on its own (`dist/lang/ru.js` beside the CDN bundle)
 * reaches the copy of Glossa on the page, and two copies of Glossa share one set of languages.
 */
const store = ((globalThis as Record<symbol, unknown>)[Symbol.for('glossa.translations')] ??= {
  translations: new Map(),
  listeners: new Set(),
}) as TranslationStore;

/**
 * Adds languages, or overrides single strings of one: a later registration for the same code is
 * merged over the earlier one. Elements already on the page re-render.
 */
export function registerTranslation(...added: PartialTranslation[]): void {
  for (const translation of added) {
    const code = translation.$code.toLowerCase();
    store.translations.set(code, { ...store.translations.get(code), ...translation });
  }
  for (const listener of store.listeners) listener();
}

export function onTranslationsChange(listener: () => void): () => void {
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}

/** The registered translation for exactly `code` (lower-case), if any. */
export function registeredTranslation(code: string): PartialTranslation | undefined {
  return store.translations.get(code);
}
