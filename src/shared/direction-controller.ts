import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf } from '../localize/direction.js';
import { followPageAttributes, unfollowPageAttributes } from './page-attributes.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Lays the element out in the direction of its nearest `dir` or `lang`, through the custom states
 * `:state(rtl)` and `:state(ltr)`: a widget in Arabic inside an English page reads right to left.
 */
export class DirectionController implements ReactiveController {
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
    const direction = directionOf(this.host);
    this.internals.states.delete(direction === 'rtl' ? 'ltr' : 'rtl');
    this.internals.states.add(direction);
  }
}
