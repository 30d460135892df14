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

/** An article's entities, in English unless `lang` says otherwise: a president, an alliance, and a term. */
const article = (lang = 'en', entities?: Entity[]): Pick<Article, 'lang' | 'entities'> => ({
  lang,
  entities: entities ?? [
    entity('tokayev', 'person', 'Kassym-Jomart Tokayev', { aliases: ['Tokayev'] }),
    entity('csto', 'organization', 'CSTO'),
    entity('exoplanet', 'term', 'exoplanet'),
  ],
});

/** What the matcher built from `from`'s names finds in `text`: each mention's text and entity. */
const found = (text: string, from = article()) =>
  new NameMatcher(entityNames(from)).find(text).map(({ start, end, entity }) => [text.slice(start, end), entity]);

/** The mentions' texts alone. */
const marked = (text: string, from = article()) => found(text, from).map(([mention]) => mention);

describe('entityNames', () => {
  it('gives every entity’s name and aliases', () => {
    expect(found('Kassym-Jomart Tokayev, or Tokayev, asked the CSTO.')).to.deep.equal([
      ['Kassym-Jomart Tokayev', 'tokayev'],
      ['Tokayev', 'tokayev'],
      ['CSTO', 'csto'],
    ]);
  });

  it('gives an entity with neither aliases nor forms its name alone, and in English its plural', () => {
    const bare = [entity('exoplanet', 'term', 'exoplanet')];
    expect(entityNames(article('en', bare))).to.deep.equal([
      ['exoplanet', 'exoplanet'],
      ['exoplanets', 'exoplanet'],
    ]);
    expect(entityNames(article('ru', bare))).to.deep.equal([['exoplanet', 'exoplanet']]);
  });

  it('lets the first entity keep a name two entities list', () => {
    const twice = article('en', [
      entity('first', 'organization', 'Alliance'),
      entity('second', 'organization', 'Western alliance', { aliases: ['Alliance'] }),
    ]);
    expect(found('Alliance', twice)).to.deep.equal([['Alliance', 'first']]);
  });

  it('gives an entity’s forms, exactly as its aliases, in any language', () => {
    const russian = article('ru', [
      entity('tokayev', 'person', 'Касым-Жомарт Токаев', {
        aliases: ['Токаев'],
        forms: ['Токаева', 'Токаеву', 'Токаевым'],
      }),
    ]);
    expect(found('Токаев позвонил; Токаеву ответили, с Токаевым согласились, у Токаева.', russian)).to.deep.equal([
      ['Токаев', 'tokayev'],
      ['Токаеву', 'tokayev'],
      ['Токаевым', 'tokayev'],
      ['Токаева', 'tokayev'],
    ]);
    expect(marked('Токаевыми, Токаевах', russian), 'whole words only').to.deep.equal([]);
    const english = article('en', [entity('analysis', 'term', 'analysis', { forms: ['analyses'] })]);
    expect(found('Two analyses.', english)).to.deep.equal([['analyses', 'analysis']]);
  });

  it('in English, finds the regular plural of a term or an object, on its last word, plural ending and all', () => {
    const english = article('en-GB', [
      entity('exoplanet', 'term', 'exoplanet'),
      entity('galaxy', 'object', 'spiral galaxy'),
      entity('relay', 'object', 'relay'),
      entity('key', 'term', 'key'),
      entity('envoy', 'term', 'special envoy'),
      entity('guy', 'term', 'fall guy'),
      entity('bus', 'object', 'bus'),
      entity('box', 'object', 'black box'),
      entity('waltz', 'term', 'waltz'),
      entity('church', 'term', 'church'),
      entity('flash', 'term', 'solar flash'),
      entity('skype', 'object', 'Skype'),
      entity('boeing', 'object', 'Boeing 737'),
      entity('ngo', 'term', 'NGO', { aliases: ['non-governmental organisation'] }),
      entity('os', 'term', 'OS'),
    ]);
    const text =
      'Exoplanets? exoplanets, spiral galaxies, relays, keys, special envoys, fall guys, buses, black boxes, ' +
      'waltzes, churches, solar flashes, Skypes, Boeing 737s, NGOs, non-governmental organisations, OSes.';
    expect(found(text, english)).to.deep.equal([
      ['exoplanets', 'exoplanet'],
      ['spiral galaxies', 'galaxy'],
      ['relays', 'relay'],
      ['keys', 'key'],
      ['special envoys', 'envoy'],
      ['fall guys', 'guy'],
      ['buses', 'bus'],
      ['black boxes', 'box'],
      ['waltzes', 'waltz'],
      ['churches', 'church'],
      ['solar flashes', 'flash'],
      ['Skypes', 'skype'],
      ['Boeing 737s', 'boeing'],
      ['NGOs', 'ngo'],
      ['non-governmental organisations', 'ngo'],
      ['OSes', 'os'],
    ]);
    expect(marked('spirals galaxy, exoplanetes, galaxys, busses, boxs, churchs, exoplanetss', english)).to.deep.equal(
      [],
    );
  });

  it('ends a plural at a possessive, as a name (name-matcher.test.ts)', () => {
    expect(marked("The exoplanets’ orbits, the exoplanets' moons.")).to.deep.equal(['exoplanets', 'exoplanets']);
  });

  it('gives no plural to the name of a person, an organization, a place, an event or a work', () => {
    // Their plurals are ordinary words capitalised at a sentence's start, or name something else (the Blinkens, a family).
    const proper = article('en', [
      entity('bush', 'person', 'George Bush', { aliases: ['Bush'] }),
      entity('blinken', 'person', 'Blinken'),
      entity('telegram', 'organization', 'Telegram'),
      entity('reading', 'place', 'Reading'),
      entity('us', 'place', 'US'),
      entity('unrest', 'event', 'Unrest'),
      entity('treaty', 'work', 'Treaty'),
    ]);
    expect(
      marked('Bushes lined the road. Blinkens, Telegrams, Readings, USes, Unrests, Treaties.', proper),
    ).to.deep.equal([]);
  });

  it('lets a name an entity lists win over another entity’s plural', () => {
    const teams = article('en', [entity('giant', 'term', 'giant'), entity('giants', 'organization', 'giants')]);
    expect(found('giants', teams)).to.deep.equal([['giants', 'giants']]);
  });

  it('gives no English plural in another language, and takes any case of "en" as English', () => {
    for (const lang of ['de', 'es', 'ven', 'enm', 'ru'])
      expect(marked('exoplanets', article(lang)), lang).to.deep.equal([]);
    for (const lang of ['en', 'EN', 'en-US', 'En-gb']) {
      expect(marked('exoplanets', article(lang)), lang).to.deep.equal(['exoplanets']);
    }
  });
});
