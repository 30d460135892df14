import { expect } from '@open-wc/testing';
import { draftEntities } from '../../src/draft/entities/index.js';
import { parseArticle } from '../../src/model/parse.js';
import type { Entity, Figure, Paragraph } from '../../src/model/types.js';
import { articleJson, SEED_URL } from '../fixtures/seed-article.js';

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, index) => ({ id: `p${index + 1}`, text }));
const draft = (texts: string[], lang = 'en', figures: Figure[] = []) =>
  draftEntities(paragraphs(...texts), figures, { lang });
const named = (entities: readonly Entity[], name: string) => entities.find((entity) => entity.name === name);
const names = (entities: readonly Entity[]) => entities.map((entity) => entity.name);

describe('draftEntities', () => {
  it('takes a surname written later, and a titled mention, as the same person', async () => {
    const entities = await draft([
      'President Kassym-Jomart Tokayev sacked his cabinet on Monday.',
      'Until recently, Tokayev was considered weak. Critics of President Tokayev disagree.',
    ]);
    const tokayev = named(entities, 'Kassym-Jomart Tokayev');
    expect(tokayev?.kind).to.equal('person');
    expect(tokayev?.aliases).to.deep.equal(['Tokayev']);
    expect(tokayev?.evidence).to.deep.equal([{ paragraph: 'p1' }, { paragraph: 'p2' }]);
    expect(names(entities)).not.to.include('Tokayev');
    expect(names(entities)).not.to.include('Until');
  });

  it('reads an acronym defined in parentheses, either way round, and its later uses', async () => {
    const entities = await draft([
      'He called the Moscow-led Collective Security Treaty Organization (CSTO) for help.',
      'The CSTO sent troops. Officials of ESA (European Space Agency) watched.',
    ]);
    const csto = named(entities, 'Collective Security Treaty Organization');
    expect(csto?.aliases).to.deep.equal(['CSTO']);
    expect(csto?.kind).to.equal('organization');
    expect(csto?.evidence).to.deep.equal([{ paragraph: 'p1' }, { paragraph: 'p2' }]);
    expect(named(entities, 'European Space Agency')?.aliases).to.deep.equal(['ESA']);
    expect(names(entities)).to.include('Moscow');
    expect(names(entities)).not.to.include('CSTO');
  });

  it('takes roles from the words before a name and from an apposition, and strips titles and possessives', async () => {
    const entities = await draft([
      'US Secretary of State Antony Blinken warned Moscow.',
      '“It is over,” said Russia’s parliamentary speaker Vyacheslav Volodin.',
      '“We agree,” said John Smith, a spokesman for the council, on Friday.',
    ]);
    expect(named(entities, 'Antony Blinken')?.role).to.equal('US Secretary of State');
    expect(named(entities, 'Vyacheslav Volodin')?.role).to.equal('Russia’s parliamentary speaker');
    expect(named(entities, 'John Smith')?.role).to.equal('spokesman for the council');
    expect(named(entities, 'John Smith')?.summary).to.equal('spokesman for the council');
    expect(named(entities, 'Russia')?.kind).to.equal('place');
    expect(names(entities)).not.to.include('Friday');
  });

  it('keeps the items of a list apart, and summarises an entity without a role by its first sentence', async () => {
    const entities = await draft(['The alliance includes Armenia, Belarus, Kyrgyzstan and Tajikistan. It grew.']);
    expect(names(entities)).to.include.members(['Armenia', 'Belarus', 'Kyrgyzstan', 'Tajikistan']);
    expect(named(entities, 'Tajikistan')?.summary).to.equal(
      'The alliance includes Armenia, Belarus, Kyrgyzstan and Tajikistan.',
    );
  });

  it('gives a name mentioned only in a caption the figure as evidence', async () => {
    const figures: Figure[] = [{ id: 'street', caption: 'A woman walks on a street in Almaty, Kazakhstan.' }];
    const entities = await draft(['Protests spread in Kazakhstan.'], 'en', figures);
    expect(named(entities, 'Almaty')?.evidence).to.deep.equal([{ figure: 'street' }]);
    expect(named(entities, 'Kazakhstan')?.evidence).to.deep.equal([{ paragraph: 'p1' }, { figure: 'street' }]);
  });

  it('reads capitalised names in French, with a title, and none in a script without capitals', async () => {
    const french = await draft(
      ['Le président russe Vladimir Poutine est arrivé à Minsk. Selon Vladimir Poutine, tout va bien.'],
      'fr',
    );
    expect(named(french, 'Vladimir Poutine')?.kind).to.equal('person');
    expect(named(french, 'Minsk')?.kind).to.equal('place');
    expect(names(french)).not.to.include('Le');
    expect(await draft(['وصل الرئيس إلى موسكو يوم الثلاثاء'], 'ar')).to.deep.equal([]);
  });

  it('does not take German nouns for names', async () => {
    const entities = await draft(['Die Regierung in Berlin sagte, Kanzler Olaf Scholz reise nach Moskau.'], 'de');
    expect(names(entities)).to.include.members(['Olaf Scholz', 'Berlin', 'Moskau']);
    expect(names(entities)).not.to.include('Regierung');
  });

  it('drafts the seed’s people, organizations and places, each valid in an article', async () => {
    const seed = (await articleJson(SEED_URL)) as { paragraphs: Paragraph[]; figures: Figure[]; entities: Entity[] };
    const entities = await draftEntities(seed.paragraphs, seed.figures, { lang: 'en' });
    const spellings = (entity: Entity) => [entity.name, ...(entity.aliases ?? [])].map((name) => name.toLowerCase());
    const matches = (a: Entity, b: Entity) => spellings(a).some((name) => spellings(b).includes(name));
    const named = (entity: Entity) => ['person', 'organization', 'place'].includes(entity.kind);
    const hand = seed.entities.filter(named);
    const recalled = hand.filter((entity) => entities.some((drafted) => matches(entity, drafted)));
    const drafted = entities.filter(named);
    const right = drafted.filter((entity) => seed.entities.some((handEntity) => matches(entity, handEntity)));
    expect(recalled.length / hand.length).to.be.at.least(0.85);
    expect(right.length / drafted.length).to.be.at.least(0.7);
    const result = parseArticle({
      schemaVersion: 1,
      id: 'seed-draft',
      lang: 'en',
      title: 'Seed',
      paragraphs: seed.paragraphs,
      figures: seed.figures,
      entities,
      explainer: { summary: 'Drafted.', sections: [] },
    });
    expect(result.ok ? [] : result.issues).to.deep.equal([]);
  });
});
