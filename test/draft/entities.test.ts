import { expect } from '@open-wc/testing';
import { draftEntities } from '../../src/draft/entities/index.js';
import { parseArticle } from '../../src/model/parse.js';
import type { Article, Entity, Paragraph } from '../../src/model/types.js';
import { articleJson, SEED_URL } from '../fixtures/seed-article.js';

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, index) => ({ id: `p${index + 1}`, text }));
const named = (entities: readonly Entity[], name: string) => entities.find((entity) => entity.name === name);

describe('draft: entities', () => {
  it('reads a person with a title, their later surname as an alias, and every paragraph that names them', async () => {
    const entities = await draftEntities(
      paragraphs(
        'Finance Minister Maria Lopes resigned on Friday after the vote.',
        'The vote went against the government.',
        'Lopes said she would stay in parliament.',
      ),
      [],
      { lang: 'en' },
    );
    const lopes = named(entities, 'Maria Lopes');
    expect(lopes?.kind).to.equal('person');
    expect(lopes?.role).to.equal('Finance Minister');
    expect(lopes?.aliases).to.deep.equal(['Lopes']);
    expect(lopes?.evidence).to.deep.equal([{ paragraph: 'p1' }, { paragraph: 'p3' }]);
    expect(named(entities, 'Lopes')).to.equal(undefined);
    expect(named(entities, 'Finance Minister Maria Lopes')).to.equal(undefined);
  });

  it('takes an acronym defined in parentheses as an alias, in any language, and leaves common capitalised words out', async () => {
    const english = await draftEntities(
      paragraphs(
        'The World Health Organization (WHO) warned of a new wave.',
        'Several countries asked the WHO for vaccines.',
      ),
      [],
      { lang: 'en' },
    );
    expect(named(english, 'World Health Organization')).to.include({ kind: 'organization' });
    expect(named(english, 'World Health Organization')?.aliases).to.deep.equal(['WHO']);
    expect(english.map((entity) => entity.name)).not.to.include.members(['Several', 'The', 'WHO']);
    const french = await draftEntities(
      paragraphs('Le Centre national d’études spatiales (CNES) a confirmé la date.', 'Le CNES prépare la suite.'),
      [],
      { lang: 'fr' },
    );
    expect(named(french, 'Centre national d’études spatiales')?.aliases).to.deep.equal(['CNES']);
  });

  it('reads roles written before a name in lower case, and places after a preposition', async () => {
    const entities = await draftEntities(
      paragraphs('Germany’s foreign minister Annalena Baerbock arrived in Kyiv on Monday, officials in Berlin said.'),
      [],
      { lang: 'en' },
    );
    expect(named(entities, 'Annalena Baerbock')?.role).to.equal('Germany’s foreign minister');
    expect(named(entities, 'Kyiv')?.kind).to.equal('place');
    expect(named(entities, 'Berlin')?.kind).to.equal('place');
  });

  it('gives a figure caption that names an entity as its evidence', async () => {
    const entities = await draftEntities(
      paragraphs('Talks resumed in Geneva.'),
      [{ id: 'photo', caption: 'Delegates arrive in Geneva on Monday.' }],
      { lang: 'en' },
    );
    expect(named(entities, 'Geneva')?.evidence).to.deep.equal([{ paragraph: 'p1' }, { figure: 'photo' }]);
  });

  it('drafts no names from a text written without capitals', async () => {
    expect(
      await draftEntities(paragraphs('قال الرئيس إن المحادثات ستستأنف في جنيف.'), [], { lang: 'ar' }),
    ).to.deep.equal([]);
  });

  it('finds the seed’s people, organizations and places, every one valid in the model', async () => {
    const seed = (await articleJson(SEED_URL)) as Article;
    const entities = await draftEntities(seed.paragraphs, seed.figures ?? [], { lang: 'en' });
    const fold = (text: string) => text.toLowerCase().replace(/’/g, "'");
    const names = (entity: Entity) => [entity.name, ...(entity.aliases ?? [])].map(fold);
    const namedAs = (a: Entity, b: Entity) => names(a).some((name) => names(b).includes(name));
    const kinds = ['person', 'organization', 'place'];
    const hand = seed.entities.filter((entity) => kinds.includes(entity.kind));
    const drafted = entities.filter((entity) => kinds.includes(entity.kind));
    const found = hand.filter((entity) => drafted.some((draft) => namedAs(draft, entity)));
    const right = drafted.filter((draft) => seed.entities.some((entity) => namedAs(draft, entity)));
    expect(found.length / hand.length).to.be.at.least(0.85);
    expect(right.length / drafted.length).to.be.at.least(0.7);
    expect(named(entities, 'Antony Blinken')?.role).to.equal('US Secretary of State');
    const { quiz: _quiz, ...withoutQuiz } = seed;
    const result = parseArticle({
      ...withoutQuiz,
      entities,
      quotes: [],
      explainer: { summary: 'x', sections: [] },
      timeline: [],
    });
    expect(result.ok ? [] : result.issues).to.deep.equal([]);
  });
});
