import { enCommon } from './en.js';
import { registeredTranslation } from './registry.js';
import type { Translation } from './translation.js';

function candidates(lang: string): string[] {
  const code = lang.toLowerCase();
  const base = code.split('-')[0] ?? code;
  return base === code ? [code] : [code, base];
}

/**
 * `pt-BR` is looked up as `pt-br`, then `pt`, then in English, key by key: a missing string is never a
 * key. The English is that of whatever asks (see `ArticleElement.english`), then the common strings.
 */
export function lookup<K extends keyof Translation>(
  lang: string,
  key: K,
  english?: Partial<Translation>,
): Translation[K] {
  for (const code of candidates(lang)) {
    const value = registeredTranslation(code)?.[key];
    if (value !== undefined) return value as Translation[K];
  }
  return (english?.[key] ?? enCommon[key as keyof typeof enCommon]) as Translation[K];
}

/** The registered language closest to `lang`; English when none is. */
export function supportedLanguage(lang: string): string {
  return candidates(lang).find((code) => registeredTranslation(code)) ?? 'en';
}
