import { closestComposed } from '../shared/composed-tree.js';
import { isThemeName, type ThemeName } from './palettes.js';

/** The theme of the closest valid `theme` attribute, the element's own or an ancestor's; `light` without one. */
export function themeOf(element: Element): ThemeName {
  const themed = closestComposed(element, (candidate) => isThemeName(candidate.getAttribute('theme')));
  return (themed?.getAttribute('theme') as ThemeName | undefined) ?? 'light';
}
