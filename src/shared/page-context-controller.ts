import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf } from '../localize/direction.js';
import { THEME_NAMES } from '../styles/palettes.js';
import { themeOf } from '../styles/theme-of.js';
import { followPageAttributes, unfollowPageAttributes } from './page-attributes.js';

type Host = ReactiveControllerHost & HTMLElement;

const THEME_STATES = THEME_NAMES.map((name) => `theme-${name}`);
const DIRECTION_STATES = ['ltr', 'rtl'];

/**
 * Mirrors the page around an element into custom states that the token styles select on: the closest
 * theme (`:state(theme-dark)`) and the direction of the nearest `dir` or `lang` (`:state(rtl)`), so an
 * Arabic widget in an English page reads right to left. Custom states leave the host's attributes to
 * the page.
 */
export class PageContextController implements ReactiveController {
  readonly #host: Host;
  readonly #internals: ElementInternals;

  constructor(host: Host, internals: ElementInternals) {
    this.#host = host;
    this.#internals = internals;
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
  }

  /** Sets `state` and clears the other states of its kind. */
  #choose(state: string, kind: readonly string[]): void {
    for (const other of kind) if (other !== state) this.#internals.states.delete(other);
    this.#internals.states.add(state);
  }
}
