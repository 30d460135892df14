import type { Chrono } from 'chrono-node';
import { primaryLanguage } from './sentences.js';

/**
 * chrono-node's parser for each language it has, loaded on first use: one locale is a fraction of the
 * whole package, and a text needs one.
 */
const LOCALES: Readonly<Record<string, () => Promise<{ casual: Chrono }>>> = {
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
 * The parser for `lang`, or `undefined` when chrono-node has none: English reads slashed dates day first
 * outside the United States ("12/03/2022" is 12 March in en-GB), as the GB parser does.
 */
export async function chronoFor(lang: string): Promise<Chrono | undefined> {
  const language = primaryLanguage(lang);
  if (language === 'en') {
    const english = await import('chrono-node/en');
    const region = lang.split('-')[1]?.toUpperCase();
    return region === undefined || region === 'US' ? english.casual : english.GB;
  }
  return (await LOCALES[language]?.())?.casual;
}
