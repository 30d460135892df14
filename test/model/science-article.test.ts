import { expect } from '@open-wc/testing';
import { parseArticle } from '../../src/model/index.js';
import type { Article, TimelineEvent } from '../../src/model/types.js';
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
import { SCIENCE_TEXT_URL, SCIENCE_URL, articleJson, demoArticle, demoText } from '../fixtures/seed-article.js';

/** The lines of the source text that are the release's body: after the header, before "For more about Perseverance:". */
function bodyLines(source: string): string[] {
  const lines = source.split('\n');
  const end = lines.indexOf('For more about Perseverance:');
  expect(end, 'the end of the body').to.be.greaterThan(0);
  return lines.slice(4, end).filter((line) => line.trim() !== '');
}

/** A subhead ("Edge of the Crater’s Rim"): a line that does not end a sentence. */
const isSubhead = (line: string) => !/[.!?”"\]]$/.test(line);

/** `[Figure: caption — Credit: credit]` and `[Video: …]` lines: the captions of the release's images and video. */
const CAPTION_LINE = /^\[(?:Figure|Video): (.*) — Credit: (.*)\]$/;

/** Every text a reader could see an entity's name in: the paragraphs and the figures' captions. */
const shownText = (article: Article) =>
  [...article.paragraphs.map((p) => p.text), ...(article.figures ?? []).map((f) => f.caption)].join('\n');

const evidenceWords = (article: Article, event: { evidence?: TimelineEvent['evidence'] }) =>
  (event.evidence ?? []).map((evidence) => wordsOf(targetOf(article, evidence)));

describe('the science article, demo/articles/perseverance-bunsen-peak-2024.json', () => {
  let article: Article;
  let source: string;
  before(async () => {
    article = await demoArticle(SCIENCE_URL);
    source = await demoText(SCIENCE_TEXT_URL);
  });

  it('is valid', async () => {
    const result = parseArticle(await articleJson(SCIENCE_URL));
    expect(result.ok ? [] : result.issues).to.deep.equal([]);
  });

  it('names its source, its licence and whom to credit, as the source text does', () => {
    expect(article.title).to.equal(source.split('\n')[0]);
    expect(source).to.contain(article.source!.url!);
    expect(article.source!.name).to.contain('2024-036');
    expect(source).to.match(/^Licence: Public domain in the United States/m);
    expect(article.license!.name).to.equal('Public domain in the United States');
    expect(source).to.contain(article.license!.url!);
    expect(article.license!.attribution).to.equal('NASA/JPL-Caltech');
    expect(source).to.contain(`${article.published} (April 3, 2024; publication date`);
  });

  it('holds the editor’s note and every paragraph of the body, verbatim and in order, and nothing else', () => {
    const body = bodyLines(source).filter((line) => !CAPTION_LINE.test(line) && !isSubhead(line));
    expect(article.paragraphs.map((paragraph) => paragraph.text)).to.deep.equal(body);
    expect(article.paragraphs).to.have.length(14);
    expect(article.paragraphs[0]!.text).to.match(/^Editor’s note: This story was updated April 29, 2024/);
    const text = shownText(article);
    for (const chrome of [
      'Edge of the Crater’s Rim',
      'More About the Mission',
      'News Media Contacts',
      '818-393-9011',
    ]) {
      expect(text).not.to.contain(chrome);
    }
  });

  it('has every image and video caption, verbatim with its credit and licence, after the paragraph it follows', () => {
    const lines = bodyLines(source);
    const captions = lines.filter((line) => CAPTION_LINE.test(line)).map((line) => CAPTION_LINE.exec(line)!);
    expect(article.figures!.map((figure) => figure.caption)).to.deep.equal(captions.map((match) => match[1]));
    article.figures!.forEach((figure, index) => {
      expect(captions[index]![2]!.startsWith(figure.credit!), figure.id).to.be.true;
      expect(figure.license).to.deep.include({ attribution: figure.credit });
      expect(figure.src, 'no stable image address is known').to.equal(undefined);
      // The paragraph the figure follows is the last one before its caption in the source text.
      const before = lines.slice(0, lines.indexOf(captions[index]![0])).filter((line) => !CAPTION_LINE.test(line));
      const previous = article.paragraphs.filter((paragraph) => before.includes(paragraph.text)).at(-1);
      expect(figure.after, figure.id).to.equal(previous?.id);
    });
  });

  describe('quotes', () => {
    it('quotes all three scientists, each quote verbatim in its paragraph and in the source, within quotation marks', () => {
      const quotes = article.quotes ?? [];
      expect(new Set(quotes.map((quote) => quote.speaker))).to.have.keys('farley', 'siljestrom', 'horgan');
      for (const quote of quotes) {
        const paragraph = article.paragraphs.find((item) => item.id === quote.paragraph)!;
        expect(paragraph.text, quote.id).to.contain(quote.words);
        expect(source, quote.id).to.contain(quote.words);
        expect(isQuotation(paragraph.text, quote.words), `${quote.id} is not a quotation`).to.be.true;
        expect(attributes(article, quote), `${quote.id}: the text does not say ${quote.speaker} said it`).to.be.true;
      }
    });

    it('gives every sentence in quotation marks to a speaker', () => {
      const quoted = article.paragraphs.flatMap((paragraph) =>
        [...paragraph.text.matchAll(/“([^”]{40,}?)[,.]?”/g)].map((match) => match[1]!),
      );
      expect(quoted).to.have.length(6);
      for (const words of quoted) {
        expect(
          (article.quotes ?? []).some((quote) => quote.words.startsWith(words)),
          words,
        ).to.be.true;
      }
    });

    it('lists each speaker as a person with a role naming the institution the text gives', () => {
      for (const id of new Set((article.quotes ?? []).map((quote) => quote.speaker))) {
        const person = article.entities.find((entity) => entity.id === id)!;
        expect(person.kind).to.equal('person');
        const institutions = (person.related ?? [])
          .filter((related) => related.relation === 'works at')
          .map((related) => article.entities.find((entity) => entity.id === related.id)!);
        expect(
          institutions.map((entity) => entity.kind),
          id,
        ).to.deep.equal(['organization']);
        expect(person.role, id).to.contain(institutions[0]!.name);
        for (const paragraph of evidenceParagraphs(article, person)) {
          const text = article.paragraphs.find((item) => item.id === paragraph)!.text;
          expect(names(text, institutions[0]!.name), `${id}: ${institutions[0]!.name} in ${paragraph}`).to.be.true;
        }
      }
    });
  });

  describe('entities', () => {
    it('uses only names and aliases that appear in the text', () => {
      const text = shownText(article);
      for (const entity of article.entities) {
        for (const name of namesOf(entity)) expect(names(text, name), `${entity.id}: “${name}”`).to.be.true;
      }
    });

    it('names each entity in every paragraph or caption its evidence points at', () => {
      for (const entity of article.entities) {
        expect(entity.evidence ?? [], entity.id).not.to.be.empty;
        for (const evidence of entity.evidence!) {
          const target = targetOf(article, evidence);
          expect(
            namesOf(entity).some((name) => names(target.text, name)),
            `${entity.id} in ${target.kind} ${target.id}`,
          ).to.be.true;
        }
      }
    });

    it('gives the rover, its instruments, the planet and the crater their kinds and categories', () => {
      const entity = (id: string) => article.entities.find((item) => item.id === id);
      expect(entity('perseverance')).to.include({ kind: 'object', category: 'rover' });
      expect(entity('supercam')).to.include({ kind: 'object', category: 'instrument' });
      expect(entity('pixl')).to.include({
        kind: 'object',
        category: 'instrument',
        name: 'Planetary Instrument for X-ray Lithochemistry',
      });
      expect(entity('pixl')!.aliases).to.include('PIXL');
      expect(entity('mars')).to.include({ kind: 'object', category: 'planet' });
      expect(entity('jezero')).to.include({ kind: 'place', category: 'crater', name: 'Jezero Crater' });
      expect(entity('mars-sample-return')).to.include({ kind: 'event' });
      const kinds = new Set(article.entities.map((item) => item.kind));
      expect(kinds).to.have.keys('person', 'organization', 'place', 'object', 'event', 'term');
    });

    it('points at the captions for what only a caption says: the sample’s name, the sol, CacheCam', () => {
      for (const id of ['comet-geyser', 'sol', 'cachecam']) {
        const entity = article.entities.find((item) => item.id === id)!;
        expect(
          article.paragraphs.some((paragraph) => names(paragraph.text, entity.name)),
          id,
        ).to.be.false;
        expect(
          entity.evidence!.every((evidence) => targetOf(article, evidence).kind === 'figure'),
          id,
        ).to.be.true;
      }
    });
  });

  describe('explainer and timeline', () => {
    it('gives its key figures as numbers with units, each in the words of its evidence, approximate where the text says “about”', () => {
      const facts = article.explainer.keyFacts ?? [];
      expect(facts.length).to.be.at.least(5);
      for (const fact of facts) {
        expect(fact.value, `${fact.id} is a number`).to.equal(undefined);
        checkNumberInEvidence(article, fact);
        if (fact.unit) expect(() => new Intl.NumberFormat('en', { style: 'unit', unit: fact.unit })).not.to.throw();
      }
      const width = facts.find((fact) => fact.id === 'width')!;
      expect(width).to.include({ number: 1.7, unit: 'meter', about: true });
    });

    it('dates the sample by the corrected date that the text and the lead caption give, and says that one caption differs', () => {
      const core = article.timeline!.find((event) => event.id === 'core-taken')!;
      expect(core.when).to.equal('2024-03-12');
      const words = evidenceWords(article, core);
      expect(words.filter((text) => text.includes('March 12'))).to.have.length(2);
      expect(
        article.timeline!.some((event) => event.when === '2024-03-11'),
        'March 11 shown as a date',
      ).to.be.false;
      expect(core.detail).to.contain('March 11');
      const note = article.explainer.sections.find((section) => section.id === 'the-date')!;
      expect(note.body).to.contain('March 11');
      const cachecam = article.figures!.find((figure) => figure.id === 'cachecam-image')!;
      expect(cachecam.caption).to.contain('on March 11');
    });

    it('gives every event dated to the day that day in its evidence', () => {
      for (const event of article.timeline!) {
        if (event.when?.length !== 10) continue;
        const day = new Date(`${event.when}T00:00Z`).toLocaleDateString('en-US', {
          month: 'long',
          day: 'numeric',
          timeZone: 'UTC',
        });
        expect(evidenceWords(article, event).join(' '), event.id).to.contain(day);
      }
    });

    it('keeps undated what the text does not date, and marks what is still to come as planned', () => {
      const undated = article.timeline!.filter((event) => event.when === undefined);
      expect(undated.length).to.be.at.least(3);
      const planned = article.timeline!.filter((event) => event.planned);
      expect(planned.map((event) => event.id)).to.deep.equal(['bright-angel', 'rim-ascent', 'sample-return']);
      for (const event of planned) {
        const words = evidenceWords(article, event).join(' ');
        expect(words, event.id).to.match(/\b(?:will|would|may)\b/);
      }
    });
  });

  describe('quiz', () => {
    it('has 8 to 12 questions of every type', () => {
      const questions = article.quiz!.questions;
      expect(questions.length).to.be.within(8, 12);
      expect(new Set(questions.map((question) => question.type))).to.have.keys(
        'single',
        'multiple',
        'true-false',
        'fill-blank',
        'order',
        'match',
      );
    });

    it('quotes the evidence of every answer, and the quote is in its paragraph or caption', () => {
      for (const question of article.quiz!.questions) {
        const targets = question.evidence!.map((evidence) => targetOf(article, evidence));
        expect(
          targets.filter((target) => target.quote),
          question.id,
        ).not.to.be.empty;
        for (const target of targets) {
          if (target.quote) expect(fold(target.text), question.id).to.contain(fold(target.quote));
        }
      }
    });

    it('finds a fill-in answer and the people of a match in their evidence', () => {
      for (const question of article.quiz!.questions) {
        const words = fold(question.evidence!.map((evidence) => targetOf(article, evidence).text).join(' '));
        if (question.type === 'fill-blank' && !question.sealed) {
          expect(
            question.accept.some((answer) => words.includes(fold(answer))),
            question.id,
          ).to.be.true;
        }
        if (question.type === 'match' && question.id === 'scientists') {
          for (const pair of question.pairs) {
            expect(words, pair.left).to.contain(fold(pair.left));
            for (const part of pair.right.split(', ')) expect(words, pair.right).to.contain(fold(part));
          }
        }
      }
    });
  });
});
