/** The themes Glossa ships. `auto` is not a palette: it picks `light` or `dark` from `prefers-color-scheme`. */
export type PaletteName = 'light' | 'dark' | 'contrast';
export type ThemeName = PaletteName | 'auto';

/** The global colour tokens, without their `--glossa-` prefix. */
export type ColorToken =
  | 'color-text'
  | 'color-muted'
  | 'color-surface'
  | 'color-surface-raised'
  | 'color-border'
  | 'color-accent'
  | 'color-accent-text'
  | 'color-correct'
  | 'color-incorrect'
  | 'color-focus-ring';

export interface Palette {
  /** Tells the browser how to draw native controls and scrollbars in this theme. */
  readonly colorScheme: 'light' | 'dark';
  readonly colors: Readonly<Record<ColorToken, string>>;
  readonly shadow: string;
}

/**
 * Every text colour reaches 4.5:1 on both surfaces, and borders and the focus ring 3:1, in every
 * palette; test/styles/themes.test.ts measures it.
 */
export const PALETTES: Readonly<Record<PaletteName, Palette>> = {
  light: {
    colorScheme: 'light',
    colors: {
      'color-text': '#1f2328',
      'color-muted': '#59636e',
      'color-surface': '#ffffff',
      'color-surface-raised': '#f6f8fa',
      'color-border': '#818b98',
      'color-accent': '#0b5cad',
      'color-accent-text': '#ffffff',
      'color-correct': '#1a7f37',
      'color-incorrect': '#b42318',
      'color-focus-ring': '#1a73e8',
    },
    shadow: '0 1px 3px rgb(0 0 0 / 0.12)',
  },
  dark: {
    colorScheme: 'dark',
    colors: {
      'color-text': '#e6edf3',
      'color-muted': '#9aa3ad',
      'color-surface': '#0d1117',
      'color-surface-raised': '#161b22',
      'color-border': '#6e7681',
      'color-accent': '#58a6ff',
      'color-accent-text': '#0d1117',
      'color-correct': '#3fb950',
      'color-incorrect': '#ff7b72',
      'color-focus-ring': '#79c0ff',
    },
    shadow: '0 1px 3px rgb(0 0 0 / 0.6)',
  },
  contrast: {
    colorScheme: 'light',
    colors: {
      'color-text': '#000000',
      'color-muted': '#2b2b2b',
      'color-surface': '#ffffff',
      'color-surface-raised': '#ffffff',
      'color-border': '#000000',
      'color-accent': '#0000c8',
      'color-accent-text': '#ffffff',
      'color-correct': '#005c00',
      'color-incorrect': '#a00000',
      'color-focus-ring': '#c43c00',
    },
    shadow: 'none',
  },
};

export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'auto', 'contrast'];

export function isThemeName(value: string | null | undefined): value is ThemeName {
  return (THEME_NAMES as readonly (string | null | undefined)[]).includes(value);
}
