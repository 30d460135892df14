import { expect } from '@open-wc/testing';
import { entityNames } from '../../src/annotate/entity-names.js';
import { NameMatcher } from '../../src/annotate/name-matcher.js';
import type { Article, Entity, EntityKind } from '../../src/model/types.js';

const entity = (id: string, kind: EntityKind, name: string, more: Partial<Entity> = {}): Entity => ({
  id,
  kind,
  name,
  summary: `About ${name}.`,
  ...more,
});

/** The entities of an article about a president and an alliance, in English unless `lang` says otherwise. */
const article = (lang = 'en', entities?: Entity[]): Pick<Article, 'lang' | 'entities'> => ({
  lang,
  entities: entities ?? [
    entity('tokayev', 'person', 'Kassym-Jomart Tokayev', { aliases: ['Tokayev'] }),
    entity('csto', 'organization', 'CSTO'),
  ],
});

/** What the matcher built from `from`'s names finds in `text`: each mention's text and entity. */
const found = (text: string, from = article()) =>
  new NameMatcher(entityNames(from)).find(text).map(({ start, end, entity }) => [text.slice(start, end), entity]);

describe('entityNames', () => {
  it('gives every entity’s name and aliases', () => {
    expect(found('Kassym-Jomart Tokayev, or Tokayev, asked the CSTO.')).to.deep.equal([
      ['Kassym-Jomart Tokayev', 'tokayev'],
      ['Tokayev', 'tokayev'],
      ['CSTO', 'csto'],
    ]);
  });

  it('lets the first entity keep a name two entities list', () => {
    const twice = article('en', [
      entity('first', 'organization', 'Alliance'),
      entity('second', 'organization', 'Western alliance', { aliases: ['Alliance'] }),
    ]);
    expect(found('Alliance', twice)).to.deep.equal([['Alliance', 'first']]);
  });
});
