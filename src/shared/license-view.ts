import { html, nothing } from 'lit';
import { isSafeUrl } from '../model/primitives.js';
import type { License } from '../model/types.js';
import type { ContentLang } from './content-lang.js';

/** How a licence shows where it is credited. */
export interface LicenseOptions {
  /** The name links to the licence's text; not in a preview, which Tab passes by. */
  readonly linked: boolean;
  /** The credit beside it: an attribution that repeats it is not shown twice. */
  readonly credit?: string | undefined;
}

/**
 * A licence in a line of credits: its name, linked to the licence's text when the address is safe, then
 * the attribution it asks for. Each is a `.credit`, which `creditStyles` part with a dot.
 */
export function renderLicense(license: License, lang: ContentLang, { linked, credit }: LicenseOptions) {
  const { name, url, attribution } = license;
  return html`<span class="credit" lang=${lang}>${
    linked && url && isSafeUrl(url)
      ? html`<a part="license-link" class="license-link" href=${url} rel="license noopener noreferrer">${name}</a>`
      : name
  }</span>${attribution && attribution !== credit ? html` <span class="credit" lang=${lang}>${attribution}</span>` : nothing}`;
}
