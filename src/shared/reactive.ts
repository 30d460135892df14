import type { PropertyDeclaration, ReactiveElement } from 'lit';

/**
 * `@property()` and `@state()` for the compiler's decorators (`experimentalDecorators`), declaring a
 * reactive property on its field, once. They call Lit's public `createProperty`, as Lit's own
 * decorators do for this kind of decorator; Lit's also serve the standard decorators, which Glossa
 * does not use, and cost 284 B more gzip in every bundle.
 */
export function property(options?: PropertyDeclaration) {
  return (prototype: ReactiveElement, name: string): void => {
    (prototype.constructor as typeof ReactiveElement).createProperty(name, options);
  };
}

/** Internal reactive state: re-renders when set, with no attribute. */
export function state(): ReturnType<typeof property> {
  return property({ state: true, attribute: false });
}
