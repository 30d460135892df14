import { Directive, directive } from 'lit/directive.js';

/**
 * A part of the template made when it is committed rather than when `render()` builds it: by then every
 * field of the editor has said where it is, which is what a problem with no field of its own needs to
 * know to find the nearest item that shows it.
 */
class Later extends Directive {
  render(make: () => unknown): unknown {
    return make();
  }
}

export const later = directive(Later);
