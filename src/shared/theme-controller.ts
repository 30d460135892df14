import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isThemeName, THEME_NAMES, type ThemeName } from '../styles/palettes.js';
import { closestComposed } from './composed-tree.js';
import { followPageAttributes, unfollowPageAttributes } from './page-attributes.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Puts the theme of the element's closest `theme` attribute (its own or an ancestor's, across shadow
 * roots) into a custom state, `:state(theme-dark)`, that the token styles select on. A custom state
 * leaves the host's attributes to the page.
 */
export class ThemeController implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly internals: ElementInternals,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    followPageAttributes(this.host);
  }

  hostDisconnected(): void {
    unfollowPageAttributes(this.host);
  }

  hostUpdate(): void {
    const theme = this.theme();
    for (const name of THEME_NAMES) {
      if (name === theme) this.internals.states.add(`theme-${name}`);
      else this.internals.states.delete(`theme-${name}`);
    }
  }

  /** The closest valid theme; `light` when none is set. */
  theme(): ThemeName {
    const element = closestComposed(this.host, (candidate) => isThemeName(candidate.getAttribute('theme')));
    return (element?.getAttribute('theme') as ThemeName | undefined) ?? 'light';
  }
}
