import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, languageDirection } from '../localize/direction.js';
import { THEME_NAMES } from '../styles/palettes.js';
import { themeOf } from '../styles/theme-of.js';
import { followPageAttributes, unfollowPageAttributes } from './page-attributes.js';

type Host = ReactiveControllerHost & HTMLElement;

const THEME_STATES = THEME_NAMES.map((name) => `theme-${name}`);
const DIRECTION_STATES = ['ltr', 'rtl'];
const CONTENT_DIRECTION_STATES = ['content-rtl'];

/**
 * Mirrors the page around an element into custom states that the token styles select on: the closest
 * theme (`:state(theme-dark)`) and the direction of the nearest `dir` or `lang` (`:state(rtl)`), so an
 * Arabic widget in an English page reads right to left; and the direction of the article's language
 * (`:state(content-rtl)` when right to left), which the model's text takes where its language is not the interface's.
 * Custom states leave the host's attributes to the page.
 */
export class PageContextController implements ReactiveController {
  readonly #host: Host;
  readonly #internals: ElementInternals;
  readonly #contentLang: () => string | undefined;

  constructor(host: Host, internals: ElementInternals, contentLang: () => string | undefined) {
    this.#host = host;
    this.#internals = internals;
    this.#contentLang = contentLang;
    host.addController(this);
  }

  hostConnected(): void {
    followPageAttributes(this.#host);
  }

  hostDisconnected(): void {
    unfollowPageAttributes(this.#host);
  }

  hostUpdate(): void {
    this.#choose(`theme-${themeOf(this.#host)}`, THEME_STATES);
    this.#choose(directionOf(this.#host), DIRECTION_STATES);
    const lang = this.#contentLang();
    this.#choose(lang && languageDirection(lang) === 'rtl' ? 'content-rtl' : undefined, CONTENT_DIRECTION_STATES);
  }

  /** Sets `state`, if any, and clears the other states of its kind. */
  #choose(state: string | undefined, kind: readonly string[]): void {
    for (const other of kind) if (other !== state) this.#internals.states.delete(other);
    if (state) this.#internals.states.add(state);
  }
}
