import { expect } from '@open-wc/testing';
import { draftEntities } from '../../src/draft/entities/index.js';
import { parseArticle } from '../../src/model/parse.js';
import type { Entity, Figure, Paragraph } from '../../src/model/types.js';

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, index) => ({ id: `p${index + 1}`, text }));
const draft = (texts: string[], lang = 'en', figures: Figure[] = []) =>
  draftEntities(paragraphs(...texts), figures, { lang });
const terms = async (texts: string[], lang = 'en', figures: Figure[] = []) =>
  (await draft(texts, lang, figures)).filter((entity) => entity.kind === 'term');
const termNames = async (texts: string[], lang = 'en') => (await terms(texts, lang)).map((term) => term.name);
const named = (entities: readonly Entity[], name: string) => entities.find((entity) => entity.name === name);

describe('draftEntities: terms', () => {
  it('drafts a term an apposition defines, with its defining words, its sentence and every mention', async () => {
    const drafted = await terms([
      'Tardigrades thrive in permafrost, a layer of ground that stays frozen for two years or more.',
      'The ice is melting fast.',
      'Thawing permafrost releases methane, and engineers now map permafrost from the air.',
    ]);
    expect(drafted).to.deep.equal([
      {
        id: 'permafrost',
        kind: 'term',
        name: 'permafrost',
        role: 'layer of ground that stays frozen for two years or more',
        summary: 'Tardigrades thrive in permafrost, a layer of ground that stays frozen for two years or more.',
        evidence: [{ paragraph: 'p1' }, { paragraph: 'p3' }],
      },
    ]);
  });

  it('reads "known as", "is a … who", a gloss in brackets, "or" and a coinage in quotation marks', async () => {
    const drafted = await terms([
      'Climbers above 8,000 metres often develop a condition known as hypoxia, in which the body lacks oxygen.',
      'A whistleblower is a person who exposes wrongdoing inside an organization.',
      'Medieval scribes wrote on vellum (calfskin parchment) with quills.',
      'The lander touched down on the 40th Martian day, or sol, of the mission.',
      'Troops came on a “peace mission” to the capital.',
    ]);
    expect(drafted.map((term) => [term.name, term.role])).to.deep.equal([
      ['hypoxia', 'condition'],
      ['whistleblower', 'person who exposes wrongdoing inside an organization'],
      ['vellum', 'calfskin parchment'],
      ['sol', 'Martian day'],
      ['peace mission', undefined],
    ]);
    expect(named(drafted, 'peace mission')?.summary).to.equal('Troops came on a “peace mission” to the capital.');
  });

  it('takes the plural of an English term as a mention, and a capital that is only the sentence’s as the same word', async () => {
    const drafted = await terms([
      'Bacteria in pipes live in biofilm, a slimy layer of cells.',
      'Engineers fight biofilms with heat.',
      'Biofilm is hard to remove.',
    ]);
    expect(named(drafted, 'biofilm')?.forms).to.deep.equal(['Biofilm']);
    expect(named(drafted, 'biofilm')?.evidence).to.deep.equal([
      { paragraph: 'p1' },
      { paragraph: 'p2' },
      { paragraph: 'p3' },
    ]);
  });

  it('drafts a lower-case acronym’s long form as a term named by it, the acronym its alias', async () => {
    const entities = await draft([
      'Growth in gross domestic product (GDP) slowed to 2 percent.',
      'GDP fell again in March.',
    ]);
    const gdp = named(entities, 'gross domestic product');
    expect(gdp?.kind).to.equal('term');
    expect(gdp?.aliases).to.deep.equal(['GDP']);
    expect(gdp?.evidence).to.deep.equal([{ paragraph: 'p1' }, { paragraph: 'p2' }]);
    expect(entities.map((entity) => entity.name)).not.to.include('GDP');
  });

  it('drafts no term from a person’s role, a reference to a known thing, a clause summed up or a date', async () => {
    expect(
      await termNames([
        'Kassym-Jomart Tokayev, a former diplomat, took office in 2019.',
        'The city, which is a regional hub, was calm.',
        'The government cut taxes, a move that angered unions.',
        'Protesters gathered on Monday, a day after the vote.',
        'Officials said prices (adjusted for inflation) rose in the capital.',
        'After lunch, a crowd gathered outside the palace.',
        'It is a move that surprised many.',
      ]),
    ).to.deep.equal([]);
  });

  it('takes an apposition or a gloss only at the term’s first mention, where a text defines its words', async () => {
    expect(
      await termNames(['Miners dig for lithium in Chile.', 'Demand for lithium, a soft metal, soared this year.']),
    ).to.deep.equal([]);
    expect(await termNames(['Demand for lithium, a soft metal, soared.', 'Miners dig for lithium.'])).to.deep.equal([
      'lithium',
    ]);
  });

  it('drafts no term for a proper name the text calls something', async () => {
    const entities = await draft([
      'Perseverance sampled a rock called “Bunsen Peak” near the crater.',
      'The so-called Margin Unit hugs the rim.',
    ]);
    expect(entities.filter((entity) => entity.kind === 'term')).to.deep.equal([]);
    expect(entities.map((entity) => entity.name)).to.include('Bunsen Peak');
  });

  it('reads « dit », « appelé », « ce qu’on appelle » and an apposition in French', async () => {
    const drafted = await terms(
      [
        'Juice est la première des grandes missions, dites de classe L, du programme.',
        'Le phénomène, appelé « effet de serre », réchauffe la planète.',
        'Les astronomes étudient ce qu’on appelle la matière noire.',
        'La sonde traverse l’héliosphère, une bulle de plasma créée par le Soleil.',
      ],
      'fr',
    );
    expect(drafted.map((term) => [term.name, term.role])).to.deep.equal([
      ['classe L', 'grandes missions'],
      ['effet de serre', 'phénomène'],
      ['matière noire', undefined],
      ['héliosphère', 'bulle de plasma créée par le Soleil'],
    ]);
  });

  it('drafts no French term from « a dit » or a person’s nickname, and none in other languages', async () => {
    expect(
      await termNames(['Les ministres ont dit que tout allait bien.', 'Jean Dupont, dit Jojo, est arrivé.'], 'fr'),
    ).to.deep.equal([]);
    expect(
      await termNames(['Die Forscher untersuchen Permafrost, eine Schicht aus gefrorenem Boden.'], 'de'),
    ).to.deep.equal([]);
    expect(await termNames(['Tardigrades thrive in permafrost, a layer of frozen ground.'], 'es')).to.deep.equal([]);
  });

  it('gives terms ids apart from the other entities’, and a draft valid in an article', async () => {
    const texts = [
      'Hikers in Permafrost County walk on permafrost, a layer of frozen ground.',
      'Thawing permafrost worries the county.',
    ];
    const entities = await draft(texts);
    const ids = entities.map((entity) => entity.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(named(entities, 'permafrost')?.evidence).to.deep.equal([{ paragraph: 'p1' }, { paragraph: 'p2' }]);
    const result = parseArticle({
      schemaVersion: 1,
      id: 'terms',
      lang: 'en',
      title: 'Terms',
      paragraphs: paragraphs(...texts),
      entities,
      explainer: { summary: 'Drafted.', sections: [] },
    });
    expect(result.ok ? [] : result.issues).to.deep.equal([]);
  });
});
