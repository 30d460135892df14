import { css } from 'lit';

/**
 * The global tokens with their defaults, resolved once per widget into private `--_*` properties. A
 * publisher sets `--glossa-*` anywhere above the widget; element tokens (`--glossa-timeline-*`) fall
 * back to these at their use sites.
 */
export const tokenStyles = css`
  :host {
    --_color-text: var(--glossa-color-text, #1f2328);
    --_color-muted: var(--glossa-color-muted, #59636e);
    --_color-surface: var(--glossa-color-surface, #ffffff);
    --_color-surface-raised: var(--glossa-color-surface-raised, #f6f8fa);
    --_color-border: var(--glossa-color-border, #d1d9e0);
    --_color-accent: var(--glossa-color-accent, #0b5cad);
    --_color-accent-text: var(--glossa-color-accent-text, #ffffff);
    --_color-correct: var(--glossa-color-correct, #1a7f37);
    --_color-incorrect: var(--glossa-color-incorrect, #b42318);
    --_color-focus-ring: var(--glossa-color-focus-ring, #1a73e8);
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
    --_shadow: var(--glossa-shadow, 0 1px 3px rgb(0 0 0 / 0.12));
  }
`;
