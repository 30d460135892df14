import { wireSwitchers } from './switchers.js';

/**
 * The theming playground: every control names the token it sets, so the form is the whole mapping.
 * Tokens go on the stage, the nearest common ancestor of the widgets, as a publisher would set them.
 */
const form = document.querySelector<HTMLFormElement>('.playground-controls')!;
const stage = document.querySelector<HTMLElement>('.playground-stage')!;
const output = document.querySelector('#css-output')!;

const tokenControls = () =>
  [...form.elements].filter(
    (control): control is HTMLInputElement | HTMLSelectElement =>
      (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) &&
      control.name.startsWith('--glossa-'),
  );

/** Only what the reader changed becomes a declaration; the rest stays with the theme. */
function applyTokens(): void {
  const declarations: string[] = [];
  for (const control of tokenControls()) {
    const unit = control.dataset['unit'] ?? '';
    const changed = control instanceof HTMLInputElement ? control.value !== control.defaultValue : control.value !== '';
    if (changed) {
      stage.style.setProperty(control.name, `${control.value}${unit}`);
      declarations.push(`  ${control.name}: ${control.value}${unit};`);
    } else {
      stage.style.removeProperty(control.name);
    }
  }
  output.textContent = declarations.length
    ? `glossa-article {\n${declarations.join('\n')}\n}`
    : '/* The theme’s own tokens. */';
}

wireSwitchers(form, document.body, () =>
  stage.querySelectorAll<HTMLElement>('glossa-explainer, glossa-timeline, glossa-whos-who, glossa-quiz'),
);
form.addEventListener('input', applyTokens);
form.addEventListener('reset', () => setTimeout(applyTokens));
applyTokens();
