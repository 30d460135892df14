import type { Chrono } from 'chrono-node';
import { primaryLanguage } from './sentences.js';

type Locale = { readonly casual: Chrono; readonly GB?: Chrono };

/**
 * chrono-node's parser for each language it has, loaded on first use: one locale (en: 14 kB gzipped)
 * is a fraction of the whole package (52 kB), and a text needs one.
 */
const LOCALES: Readonly<Record<string, () => Promise<Locale>>> = {
  en: () => import('chrono-node/en'),
  de: () => import('chrono-node/de'),
  es: () => import('chrono-node/es'),
  fi: () => import('chrono-node/fi'),
  fr: () => import('chrono-node/fr'),
  it: () => import('chrono-node/it'),
  ja: () => import('chrono-node/ja'),
  nl: () => import('chrono-node/nl'),
  pt: () => import('chrono-node/pt'),
  ru: () => import('chrono-node/ru'),
  sv: () => import('chrono-node/sv'),
  uk: () => import('chrono-node/uk'),
  zh: () => import('chrono-node/zh'),
};

/**
 * The locale's own entry, or the same locale from the package's main one where a resolver does not
 * read the package's subpath patterns (Vite 7, which runs the tests in Node, resolves none of them).
 */
async function loadLocale(language: string): Promise<Locale | undefined> {
  const load = LOCALES[language];
  if (!load) return undefined;
  try {
    return await load();
  } catch {
    const whole = (await import('chrono-node')) as unknown as Readonly<Record<string, Locale | undefined>>;
    return whole[language];
  }
}

/**
 * The parser for `lang`, or `undefined` when chrono-node has none: English reads slashed dates day first
 * outside the United States ("12/03/2022" is 12 March in en-GB), as its GB parser does.
 */
export async function chronoFor(lang: string): Promise<Chrono | undefined> {
  const language = primaryLanguage(lang);
  const locale = await loadLocale(language);
  const region = lang.split('-')[1]?.toUpperCase();
  return language === 'en' && region !== undefined && region !== 'US' ? locale?.GB : locale?.casual;
}
