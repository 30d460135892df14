import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestComposed } from '../shared/composed-tree.js';
import { followPageAttributes, unfollowPageAttributes, updateFollowers } from '../shared/page-attributes.js';
import { lookup, supportedLanguage } from './lookup.js';
import { onTranslationsChange } from './registry.js';
import type { Translation } from './translation.js';

type Host = ReactiveControllerHost & HTMLElement;
type Args<K extends keyof Translation> = Translation[K] extends (...args: infer A) => string ? A : [];

let followingTranslations = false;

/**
 * Gives an element its UI strings in the language of its closest `lang` attribute (not one global
 * locale), and re-renders it when that language or the registered translations change.
 */
export class LocalizeController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    followPageAttributes(this.host);
    if (!followingTranslations) {
      followingTranslations = true;
      onTranslationsChange(updateFollowers);
    }
  }

  hostDisconnected(): void {
    unfollowPageAttributes(this.host);
  }

  /** The language the element is in: its closest non-empty `lang`, else English. */
  lang(): string {
    const element = closestComposed(this.host, (candidate) => !!candidate.getAttribute('lang'));
    return element?.getAttribute('lang') ?? 'en';
  }

  /** The language the strings come from: `lang()` when Glossa has it, else the closest it has. */
  uiLang(): string {
    return supportedLanguage(this.lang());
  }

  term<K extends keyof Translation>(key: K, ...args: Args<K>): string {
    const value = lookup(this.uiLang(), key) as string | ((...values: unknown[]) => string);
    return typeof value === 'function' ? value(...args) : value;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.lang(), options).format(value);
  }
}
