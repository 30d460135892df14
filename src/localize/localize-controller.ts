import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestComposed } from '../shared/composed-tree.js';
import { followPageAttributes, unfollowPageAttributes, updateFollowers } from '../shared/page-attributes.js';
import { lookup, supportedLanguage } from './lookup.js';
import { formatNumber } from './number-format.js';
import { onTranslationsChange } from './registry.js';
import type { Translation } from './translation.js';
import { cached } from '../shared/cached.js';

type Host = ReactiveControllerHost & HTMLElement;
type Args<K extends keyof Translation> = Translation[K] extends (...args: infer A) => string ? A : [];

let followingTranslations = false;

const languageTags = new Map<string, string | undefined>();

/** `lang` as a canonical language tag, or `undefined` when it is none; asked for each string, so remembered. */
function languageTag(lang: string | null): string | undefined {
  if (!lang) return undefined;
  return cached(languageTags, lang, () => {
    try {
      return Intl.getCanonicalLocales(lang.replaceAll('_', '-'))[0];
    } catch {
      return undefined;
    }
  });
}

/**
 * Gives an element its UI strings in the language of its closest `lang` attribute (not one global
 * locale), and re-renders it when that language or the registered translations change.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: Host;
  /** The English strings the element shows beyond the common ones, the fallback of every other language. */
  readonly #english: Partial<Translation> | undefined;

  constructor(host: Host, english: Partial<Translation> | undefined) {
    this.#host = host;
    this.#english = english;
    host.addController(this);
  }

  hostConnected(): void {
    followPageAttributes(this.#host);
    if (!followingTranslations) {
      followingTranslations = true;
      onTranslationsChange(updateFollowers);
    }
  }

  hostDisconnected(): void {
    unfollowPageAttributes(this.#host);
  }

  /**
   * The language the element is in: its closest `lang` that is a language tag, else English. Pages
   * often write `en_US`: it is read as `en-US`, and a `lang` that no `Intl` API takes is passed over.
   */
  lang(): string {
    let found: string | undefined;
    closestComposed(this.#host, (candidate) => (found = languageTag(candidate.getAttribute('lang'))) !== undefined);
    return found ?? 'en';
  }

  /** The language the strings come from: `lang()` when Glossa has it, else the closest it has. */
  uiLang(): string {
    return supportedLanguage(this.lang());
  }

  term<K extends keyof Translation>(key: K, ...args: Args<K>): string {
    const value = lookup(this.uiLang(), key, this.#english) as string | ((...values: unknown[]) => string);
    return typeof value === 'function' ? value(...args) : value;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.lang(), value, options);
  }
}
