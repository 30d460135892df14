import { expect } from '@open-wc/testing';
import { parseArticle } from '../../src/model/index.js';
import type { Article, KeyFact } from '../../src/model/types.js';
import {
  attributes,
  checkNumberInEvidence,
  evidenceParagraphs,
  fold,
  isQuotation,
  names,
  namesOf,
  targetOf,
  wordsOf,
} from '../fixtures/article-checks.js';
import { seedArticle, seedJson } from '../fixtures/seed-article.js';

/** The article text as the source gives it: paragraphs and figure captions. */
function sourceText(article: Article): string {
  return [
    ...article.paragraphs.map((p) => p.text),
    ...(article.figures ?? []).flatMap((f) => [f.caption, f.alt ?? '']),
  ].join('\n');
}

/** A key fact as a reader sees it: its figure (a number in English digits, with its unit) and its label. */
const factText = (fact: KeyFact) =>
  [fact.value ?? fact.number?.toLocaleString('en'), fact.unit, fact.label].filter(Boolean).join(' ');

describe('the seed article, demo/articles/kazakhstan-2022.json', () => {
  let article: Article;
  before(async () => {
    article = await seedArticle();
  });

  it('is valid', async () => {
    const result = parseArticle(await seedJson());
    expect(result.ok ? [] : result.issues).to.deep.equal([]);
  });

  it('holds every article paragraph and none of the page chrome', () => {
    expect(article.paragraphs).to.have.length(19);
    expect(article.paragraphs[0]!.text).to.match(/^Moscow – Troops led by Russia will begin withdrawing/);
    expect(article.paragraphs.at(-1)!.text).to.match(/Vyacheslav Volodin/);
    const text = sourceText(article);
    for (const chrome of ['About Katie Curtis', 'Check Also', 'Ukraine arrests', 'orders raid against protest']) {
      expect(text).not.to.contain(chrome);
    }
  });

  it('has both figures with captions and credits', () => {
    expect(article.figures!.map((figure) => figure.credit)).to.deep.equal([
      'Alexei Filippov / AP',
      'Valery Sharifulin / TASS / Getty',
    ]);
    expect(article.figures![0]!.caption).to.match(/shake hands in front of supporters in Nur-Sultan/);
    expect(article.figures![1]!.caption).to.match(/Russian CSTO peacekeeper on a street in Almaty/);
  });

  it('names every person, organization and place the issue lists, by the names the text uses', () => {
    const names = new Map(
      article.entities.flatMap((entity) => [entity.name, ...(entity.aliases ?? [])].map((name) => [name, entity])),
    );
    const expected: [string, string][] = [
      ['Kassym-Jomart Tokayev', 'person'],
      ['Tokayev', 'person'],
      ['Nursultan Nazarbayev', 'person'],
      ['Nazarbayev', 'person'],
      ['Vladimir Putin', 'person'],
      ['Antony Blinken', 'person'],
      ['Vyacheslav Volodin', 'person'],
      ['CSTO', 'organization'],
      ['Collective Security Treaty Organization', 'organization'],
      ['NATO', 'organization'],
      ['Kremlin', 'organization'],
      ['Kazakhstan', 'place'],
      ['Russia', 'place'],
      ['Moscow', 'place'],
      ['Almaty', 'place'],
      ['Nur-Sultan', 'place'],
      ['Armenia', 'place'],
      ['Belarus', 'place'],
      ['Kyrgyzstan', 'place'],
      ['Tajikistan', 'place'],
    ];
    for (const [name, kind] of expected) {
      expect(names.get(name)?.kind, name).to.equal(kind);
    }
    expect(names.get('Tokayev')).to.equal(names.get('Kassym-Jomart Tokayev'));
  });

  it('uses only names and aliases that appear in the text', () => {
    const text = sourceText(article);
    for (const entity of article.entities) {
      for (const name of [entity.name, ...(entity.aliases ?? [])]) {
        expect(text, `${entity.id}: "${name}"`).to.contain(name);
      }
    }
  });

  it('gives evidence for every entity, section, key fact, event and question', () => {
    const claims = [
      ...article.entities.map((item) => [`entity ${item.id}`, item.evidence] as const),
      ...article.explainer.sections.map((item) => [`section ${item.id}`, item.evidence] as const),
      ...(article.explainer.keyFacts ?? []).map((item) => [`fact ${item.id}`, item.evidence] as const),
      ...(article.timeline ?? []).map((item) => [`event ${item.id}`, item.evidence] as const),
      ...(article.quiz?.questions ?? []).map((item) => [`question ${item.id}`, item.evidence] as const),
    ];
    for (const [claim, evidence] of claims) expect(evidence ?? [], claim).not.to.be.empty;
  });

  it('has relations between its people', () => {
    const tokayev = article.entities.find((entity) => entity.id === 'tokayev')!;
    expect(tokayev.related?.map((related) => related.id)).to.include('nazarbayev');
  });

  it('has an explainer with why it matters, what is next, and the key figures', () => {
    const headings = article.explainer.sections.map((section) => section.heading);
    expect(headings).to.include('Why it matters');
    expect(
      headings.some((heading) => /what.s next/i.test(heading)),
      headings.join(' | '),
    ).to.be.true;
    const facts = (article.explainer.keyFacts ?? []).map(factText);
    expect(
      facts.some((fact) => /10,000/.test(fact) && /arrest/i.test(fact)),
      facts.join(' | '),
    ).to.be.true;
    expect(
      facts.some((fact) => /\b10\b/.test(fact) && /day/i.test(fact)),
      facts.join(' | '),
    ).to.be.true;
  });

  it('has a quiz of at least 12 questions using every question type', () => {
    const questions = article.quiz!.questions;
    expect(questions.length).to.be.at.least(12);
    expect(new Set(questions.map((question) => question.type))).to.have.keys(
      'single',
      'multiple',
      'true-false',
      'fill-blank',
      'order',
      'match',
    );
  });

  describe('each answer is supported by the words of its evidence paragraph', () => {
    it('every question quotes its evidence, and the quote is in that paragraph', () => {
      for (const question of article.quiz!.questions) {
        const quoted = question
          .evidence!.map((evidence) => targetOf(article, evidence))
          .filter((target) => target.quote);
        expect(quoted, question.id).not.to.be.empty;
        for (const target of quoted) expect(fold(target.text), question.id).to.contain(fold(target.quote!));
      }
    });

    it('a fill-in-the-blank answer is in its evidence paragraph', () => {
      for (const question of article.quiz!.questions) {
        if (question.type !== 'fill-blank' || question.sealed) continue;
        const paragraphs = question.evidence!.map((evidence) => fold(targetOf(article, evidence).text)).join(' ');
        expect(
          question.accept.some((answer) => paragraphs.includes(fold(answer))),
          question.id,
        ).to.be.true;
      }
    });
  });

  describe('model 1.1', () => {
    it('gives the figures the text states as numbers, approximate where it says “nearly”', () => {
      const facts = new Map((article.explainer.keyFacts ?? []).map((fact) => [fact.id, fact]));
      expect(facts.get('arrested')).to.include({ number: 10000, about: true });
      expect(facts.get('withdrawal-start')).to.include({ number: 2, unit: 'day' });
      expect(facts.get('withdrawal-end')).to.include({ number: 10, unit: 'day' });
      for (const fact of facts.values()) {
        if (fact.number === undefined) expect(fact.value, `${fact.id}: “several thousand”, “dozens”`).to.exist;
        else checkNumberInEvidence(article, fact);
      }
    });

    it('quotes Blinken, Volodin and Tokayev in their own words, each within quotation marks in the text', () => {
      const quotes = article.quotes ?? [];
      expect(new Set(quotes.map((quote) => quote.speaker))).to.have.keys('blinken', 'volodin', 'tokayev');
      for (const quote of quotes) {
        const paragraph = article.paragraphs.find((item) => item.id === quote.paragraph)!;
        expect(paragraph.text, quote.id).to.contain(quote.words);
        expect(isQuotation(paragraph.text, quote.words), `${quote.id} is not a quotation`).to.be.true;
        expect(attributes(article, quote), `${quote.id}: the text does not say ${quote.speaker} said it`).to.be.true;
        const speaker = article.entities.find((entity) => entity.id === quote.speaker)!;
        expect(speaker.kind, quote.id).to.equal('person');
        expect(evidenceParagraphs(article, speaker), `${quote.speaker} is not shown in ${quote.paragraph}`).to.include(
          quote.paragraph,
        );
      }
      const blinken = quotes.find((quote) => quote.speaker === 'blinken')!;
      expect(blinken.words).to.equal(
        'Once Russians are in your house, it is sometimes very difficult to get them to leave.',
      );
    });

    it('points at a figure’s caption where only the caption says it', () => {
      const entity = (id: string) => article.entities.find((item) => item.id === id)!;
      for (const [id, figure] of [
        ['almaty', 'peacekeeper'],
        ['nur-sultan', 'handshake'],
      ] as const) {
        expect(
          article.paragraphs.some((paragraph) => paragraph.text.includes(entity(id).name)),
          id,
        ).to.be.false;
        const targets = entity(id).evidence!.map((evidence) => targetOf(article, evidence));
        expect(targets.map((target) => [target.kind, target.id])).to.deep.equal([['figure', figure]]);
        expect(wordsOf(targets[0]!)).to.contain(entity(id).name);
      }
      const handshake = article.timeline!.find((event) => event.id === 'handshake')!;
      expect(handshake.when).to.equal('2019-06-07');
      const said = handshake.evidence!.map((evidence) => wordsOf(targetOf(article, evidence))).join(' ');
      expect(said).to.contain('June 7, 2019');
    });

    it('names every entity in at least one of the paragraphs or captions its evidence points at', () => {
      for (const entity of article.entities) {
        const texts = entity.evidence!.map((evidence) => targetOf(article, evidence).text);
        expect(
          texts.some((text) => namesOf(entity).some((name) => names(text, name))),
          entity.id,
        ).to.be.true;
      }
    });

    it('uses the new kinds where they fit: the uprising is an event, Telegram the app an object', () => {
      const kindOf = (id: string) => article.entities.find((entity) => entity.id === id);
      expect(kindOf('uprising')).to.include({ kind: 'event', name: 'nationwide uprising' });
      expect(kindOf('telegram')).to.include({ kind: 'object', category: 'messaging app' });
      expect(article.paragraphs.find((paragraph) => paragraph.id === 'p19')!.text).to.contain('the Telegram app');
    });

    it('marks the new government’s first session, still to come when the article was written, as planned', () => {
      const session = article.timeline!.find((event) => event.id === 'new-government')!;
      expect(session.planned).to.be.true;
      const words = session.evidence!.map((evidence) => wordsOf(targetOf(article, evidence))).join(' ');
      expect(words).to.match(/\bexpected to\b/);
    });
  });
});
