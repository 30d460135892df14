import { cached } from '../shared/cached.js';

const rulesByLang = new Map<string, Intl.PluralRules>();

/** Picks the form of a word for `count` in `lang`; `other` stands in for any category a language file omits. */
export function plural(
  lang: string,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const rules = cached(rulesByLang, lang, () => new Intl.PluralRules(lang));
  return forms[rules.select(count)] ?? forms.other;
}
