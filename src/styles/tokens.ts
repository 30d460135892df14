import { css, unsafeCSS } from 'lit';
import { PALETTES, type Palette } from './palettes.js';

/**
 * One palette as private properties, each falling back from the publisher's `--glossa-*` token to the
 * palette's value. The values are this module's own constants, never page or article input.
 */
function paletteStyles({ colorScheme, colors, shadow }: Palette) {
  const colorLines = Object.entries(colors).map(([token, value]) => `--_${token}: var(--glossa-${token}, ${value});`);
  return unsafeCSS(
    [
      ...colorLines,
      `--_shadow: var(--glossa-shadow, ${shadow});`,
      `color-scheme: var(--glossa-color-scheme, ${colorScheme});`,
    ].join('\n'),
  );
}

/**
 * The global tokens with their defaults, resolved once per widget into private `--_*` properties. A
 * publisher sets `--glossa-*` anywhere above the widget; element tokens (`--glossa-timeline-*`) fall
 * back to these at their use sites. The theme comes from the closest `theme` attribute (see
 * PageContextController); a token set by the page wins over every theme.
 */
export const tokenStyles = css`
  :host {
    ${paletteStyles(PALETTES.light)}
    --_font-family: var(--glossa-font-family, inherit);
    --_font-family-heading: var(--glossa-font-family-heading, var(--_font-family));
    --_font-family-mono: var(--glossa-font-family-mono, ui-monospace, monospace);
    --_font-size: var(--glossa-font-size, 1rem);
    --_font-size-small: var(--glossa-font-size-small, 0.875rem);
    --_font-size-large: var(--glossa-font-size-large, 1.25rem);
    --_font-size-display: var(--glossa-font-size-display, 2rem);
    --_line-height: var(--glossa-line-height, 1.5);
    --_space-xs: var(--glossa-space-xs, 0.25rem);
    --_space-s: var(--glossa-space-s, 0.5rem);
    --_space-m: var(--glossa-space-m, 1rem);
    --_space-l: var(--glossa-space-l, 1.5rem);
    --_radius: var(--glossa-radius, 0.5rem);
    --_border-width: var(--glossa-border-width, 1px);
    --_focus-ring-width: var(--glossa-focus-ring-width, 3px);
  }

  /* PageContextController sets one of these from the nearest dir or lang. */
  :host(:state(ltr)) {
    direction: ltr;
  }

  :host(:state(rtl)) {
    direction: rtl;
  }

  /*
   * The model's text carries the article's lang where it is not the interface's (contentLang), and
   * takes the article's direction too, so an English article's text starts on the left all through an
   * Arabic widget, whatever element holds it.
   */
  [lang] {
    direction: ltr;
    unicode-bidi: isolate;
  }

  :host(:state(content-rtl)) [lang] {
    direction: rtl;
  }

  :host(:state(theme-dark)) {
    ${paletteStyles(PALETTES.dark)}
  }

  :host(:state(theme-contrast)) {
    ${paletteStyles(PALETTES.contrast)}
  }

  @media (prefers-color-scheme: dark) {
    :host(:state(theme-auto)) {
      ${paletteStyles(PALETTES.dark)}
    }
  }
`;
