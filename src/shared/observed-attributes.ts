type WidgetClass = CustomElementConstructor & { observedAttributes?: readonly string[] };

/**
 * The attributes of the element defined for `tag`, as it observes them (for a Glossa widget, exactly its
 * documented ones); undefined while no element is defined for the tag.
 */
export function observedAttributesOf(tag: string): readonly string[] | undefined {
  const element: WidgetClass | undefined = customElements.get(tag);
  return element && (element.observedAttributes ?? []);
}
