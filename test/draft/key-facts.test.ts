import { expect } from '@open-wc/testing';
import { draftKeyFacts } from '../../src/draft/key-facts.js';
import type { KeyFact, Paragraph } from '../../src/model/types.js';

const paragraph = (text: string, id = 'p1'): Paragraph => ({ id, text });
const facts = (text: string, lang = 'en') => draftKeyFacts([paragraph(text)], { lang });
const article = async (name: string) =>
  (await (await fetch(`/demo/articles/${name}.json`)).json()) as { lang: string; paragraphs: Paragraph[] };

/** A key fact's first evidence, which the draft always takes from a paragraph. */
function quoteOf(fact: KeyFact | undefined): string | undefined {
  const evidence = fact?.evidence?.[0];
  return evidence && 'paragraph' in evidence ? evidence.quote : undefined;
}

function expectQuotesInParagraphs(found: readonly KeyFact[], paragraphs: readonly Paragraph[]) {
  for (const fact of found)
    for (const evidence of fact.evidence ?? []) {
      if (!('paragraph' in evidence)) throw new Error(`${fact.label}: evidence not in a paragraph`);
      const text = paragraphs.find((candidate) => candidate.id === evidence.paragraph)?.text ?? '';
      expect(text, fact.label).to.include(evidence.quote);
    }
}

describe('draftKeyFacts', () => {
  it('reads an approximate count with what it counts and the participle before it', () => {
    const [fact] = facts('Security forces said they had nearly 10,000 people arrested in their crackdown.');
    expect(fact).to.deep.include({ number: 10000, about: true, label: 'people arrested in their crackdown' });
    expect(fact?.evidence).to.deep.equal([{ paragraph: 'p1', quote: 'nearly 10,000 people' }]);
  });

  it('reads number words and time units: "the next two days", "no more than 10 days"', () => {
    const found = facts('Withdrawal would begin in the next two days and be completed in no more than 10 days.');
    expect(found.map(({ number, unit }) => [number, unit])).to.deep.equal([
      [2, 'day'],
      [10, 'day'],
    ]);
  });

  it('keeps vague amounts as words, not numbers', () => {
    const found = facts('Several thousand protesters sought help. Dozens were likely killed.');
    expect(found.map((fact) => [fact.value, fact.number])).to.deep.equal([
      ['Several thousand', undefined],
      ['Dozens', undefined],
    ]);
  });

  it('reads percentages, money as written, and measures with the units the formatter knows', () => {
    const found = facts(
      'It cost $1.6 billion in aid. The wall is 2.5 metres high and 6 km long. About 75% of voters agreed.',
    );
    expect(found.map(({ number, unit, value, about }) => ({ number, unit, value, about }))).to.deep.equal([
      { number: undefined, unit: undefined, value: '$1.6 billion', about: undefined },
      { number: 2.5, unit: 'meter', value: undefined, about: undefined },
      { number: 6, unit: 'kilometer', value: undefined, about: undefined },
      { number: 75, unit: 'percent', value: undefined, about: true },
    ]);
  });

  it('leaves years, dates, ordinals and numbers in names out', () => {
    const found = facts('In 2019, COVID-19 reached the Mars 2020 team on June 7. The 24th sample was taken.');
    expect(found).to.deep.equal([]);
  });

  it('reads an area as a number with its words, not as a length, and leaves a number in an elided name out', () => {
    const found = facts('Juice déploiera 85 mètres carrés de panneaux. Ce tir était l’avant-dernier d’Ariane 5.', 'fr');
    expect(found.map(({ number, unit }) => [number, unit])).to.deep.equal([[85, undefined]]);
  });

  it('leaves times of day out, minutes included: "9 h 14", "10:30"', () => {
    expect(facts('La fusée est partie à 9 h 14, heure locale.', 'fr')).to.deep.equal([]);
    expect(facts('The rocket left at 10:30 local time.')).to.deep.equal([]);
  });

  it('reads the separators of the language: "10.000" and "1,6 Millionen" in German, "1 600" in French', () => {
    const german = facts('Die Polizei nahm rund 10.000 Menschen fest. Es kamen 1,6 Millionen Besucher.', 'de');
    expect(german.map(({ number, about }) => [number, about])).to.deep.equal([
      [10000, true],
      [1600000, undefined],
    ]);
    const french = facts('Plus de 1 600 personnes ont été arrêtées.', 'fr');
    expect(french[0]).to.deep.include({ number: 1600 });
    expect(quoteOf(french[0])).to.equal('Plus de 1 600 personnes');
  });

  it('gives the seed’s 10,000 arrests, 10 days and 2 days, each quote in its paragraph', async () => {
    const seed = await article('kazakhstan-2022');
    const found = draftKeyFacts(seed.paragraphs, { lang: seed.lang });
    expect(found.find((fact) => fact.number === 10000)).to.deep.include({ about: true });
    expect(found.some((fact) => fact.number === 10 && fact.unit === 'day')).to.equal(true);
    expect(found.some((fact) => fact.number === 2 && fact.unit === 'day')).to.equal(true);
    expectQuotesInParagraphs(found, seed.paragraphs);
  });

  it('finds facts in the other articles, each quote in its paragraph, ids in order', async () => {
    for (const name of ['perseverance-bunsen-peak-2024', 'juice-lancement-2023']) {
      const { lang, paragraphs } = await article(name);
      const found = draftKeyFacts(paragraphs, { lang });
      expect(found.length, name).to.be.greaterThan(2);
      expect(found.map((fact) => fact.id)).to.deep.equal(found.map((_, index) => `fact-${index + 1}`));
      expectQuotesInParagraphs(found, paragraphs);
    }
  });
});
