import { html, type TemplateResult } from 'lit';
import type { EntityKind } from '../model/types.js';

/**
 * Line drawings on a 24-unit grid, one per kind that is not a person: initials suit a person's name,
 * but read as an abbreviation ("FP", "CO") for fuel prices or an alliance.
 */
const KIND_PATHS: Record<Exclude<EntityKind, 'person'>, string> = {
  organization: 'M3 21h18M5 21V10m4.7 11V10m4.6 11V10M19 21V10M3 10l9-6 9 6z',
  place: 'M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11zm0-8.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
  event: 'M4 6h16v15H4zm0 4h16M8 3v5m8-5v5',
  work: 'M3 5h6a3 3 0 0 1 3 3v13a2 2 0 0 0-2-2H3zm18 0h-6a3 3 0 0 0-3 3v13a2 2 0 0 1 2-2h7z',
  object: 'M12 3l8 4.5v9L12 21l-8-4.5v-9zm-8 4.5l8 4.5 8-4.5M12 12v9',
  term: 'M3 12V3h9l9 9-9 9zm5-4.5h.01',
};

/**
 * The mark of an entity's kind, inside an avatar that hides it from screen readers; `undefined` for a
 * person, who has initials, and for a kind the model should not have (one changed after validation).
 */
export function kindMark(kind: EntityKind): TemplateResult | undefined {
  const path = (KIND_PATHS as Partial<Record<string, string>>)[kind];
  return path === undefined
    ? undefined
    : html`<svg class="kind-mark" viewBox="0 0 24 24"><path d=${path}></path></svg>`;
}
