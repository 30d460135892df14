import { ar } from '../src/localize/ar.js';
import { de } from '../src/localize/de.js';
import { en } from '../src/localize/en.js';
import { es } from '../src/localize/es.js';
import { fr } from '../src/localize/fr.js';
import { kk } from '../src/localize/kk.js';
import { ru } from '../src/localize/ru.js';
import '../src/lang/all.js';
import { THEME_NAMES } from '../src/styles/palettes.js';

const LANGUAGES = [en, ru, kk, de, fr, es, ar];

function options(select: HTMLSelectElement, entries: readonly (readonly [string, string])[]): void {
  select.replaceChildren(
    ...entries.map(([value, label]) => {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = label;
      return option;
    }),
  );
}

/**
 * Fills a form's `theme` and `lang` selects and applies them: the theme to `themeTarget` (any ancestor
 * of the widgets works), the language to each of `languageTargets()` — the widgets themselves, since
 * the article text around them stays English. Both choices are kept in the URL, so a view can be shared.
 */
export function wireSwitchers(
  form: HTMLFormElement,
  themeTarget: HTMLElement,
  languageTargets: () => Iterable<HTMLElement>,
): void {
  const theme = form.elements.namedItem('theme') as HTMLSelectElement;
  const lang = form.elements.namedItem('lang') as HTMLSelectElement;
  options(
    theme,
    THEME_NAMES.map((name) => [name, name]),
  );
  options(
    lang,
    LANGUAGES.map((translation) => [translation.$code, translation.$name]),
  );

  const params = new URLSearchParams(location.search);
  theme.value = params.get('theme') ?? 'light';
  lang.value = params.get('lang') ?? 'en';

  const apply = () => {
    themeTarget.setAttribute('theme', theme.value);
    for (const target of languageTargets()) target.setAttribute('lang', lang.value);
    const url = new URL(location.href);
    url.searchParams.set('theme', theme.value);
    url.searchParams.set('lang', lang.value);
    history.replaceState(null, '', url);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
