import { en } from './en.js';
import type { PartialTranslation, Translation } from './translation.js';

const translations = new Map<string, PartialTranslation>([['en', en]]);
const listeners = new Set<() => void>();

/**
 * Adds languages, or overrides single strings of one: a later registration for the same code is
 * merged over the earlier one. Elements already on the page re-render.
 */
export function registerTranslation(...added: PartialTranslation[]): void {
  for (const translation of added) {
    const code = translation.$code.toLowerCase();
    translations.set(code, { ...translations.get(code), ...translation });
  }
  for (const listener of listeners) listener();
}

export function onTranslationsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `pt-BR` is looked up as `pt-br`, then `pt`, then English, key by key. */
export function lookup<K extends keyof Translation>(lang: string, key: K): Translation[K] {
  const code = lang.toLowerCase();
  const base = code.split('-')[0] ?? code;
  return (translations.get(code)?.[key] ?? translations.get(base)?.[key] ?? en[key]) as Translation[K];
}

/** The registered language closest to `lang`, English when none is. */
export function supportedLanguage(lang: string): string {
  const code = lang.toLowerCase();
  if (translations.has(code)) return code;
  const base = code.split('-')[0] ?? code;
  return translations.has(base) ? base : 'en';
}
