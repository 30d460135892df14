import { closestComposed } from '../shared/composed-tree.js';
import { lookup } from './lookup.js';

export type Direction = 'ltr' | 'rtl';

type LocaleWithTextInfo = Intl.Locale & {
  getTextInfo?(): { direction?: string };
  textInfo?: { direction?: string };
};

/** The writing direction of a language: from `Intl` where the browser knows it, else from Glossa's translation. */
export function languageDirection(lang: string): Direction {
  try {
    const locale = new Intl.Locale(lang) as LocaleWithTextInfo;
    const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // Not a language tag: Glossa's own table decides.
  }
  return lookup(lang, '$dir');
}

function isDirection(value: string | null): value is Direction {
  return value === 'ltr' || value === 'rtl';
}

/**
 * The direction of `element`'s text: the nearest statement wins, whether it is a `dir` attribute or a
 * `lang` attribute (whose language has a direction), so `<html dir="ltr">…<div lang="ar">` is right to left.
 */
export function directionOf(element: Element): Direction {
  const stated = closestComposed(
    element,
    (candidate) => isDirection(candidate.getAttribute('dir')) || !!candidate.getAttribute('lang'),
  );
  if (!stated) return 'ltr';
  const dir = stated.getAttribute('dir');
  return isDirection(dir) ? dir : languageDirection(stated.getAttribute('lang')!);
}
