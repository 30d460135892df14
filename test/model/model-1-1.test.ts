import { expect } from '@open-wc/testing';
import { evidenceIndex, evidenceTarget, parseArticle, type Article, type ArticleInput } from '../../src/model/index.js';
import { expectIssue, expectValid, type Draft } from '../fixtures/article-issues.js';
import { minimalArticle } from '../fixtures/minimal-article.js';

const QUOTE = { id: 'ruiz-repairs', speaker: 'ruiz', words: 'repairs would take two years', paragraph: 'p2' };

/** The first key fact, typed loosely so a test can give it fields of either form. */
const fact = (article: Draft) => article.explainer.keyFacts![0] as Record<string, unknown>;
const event = (article: Draft) => article.timeline![0] as Record<string, unknown>;

function parsed(change: (article: Draft) => void): Article {
  const article = minimalArticle() as Draft;
  change(article);
  const result = parseArticle(article);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.article;
}

describe('model 1.1', () => {
  describe('evidence in a figure’s caption', () => {
    it('is taken, with or without words of the caption, and points at the caption', () => {
      const article = parsed((a) => (a.explainer.keyFacts![0]!.evidence = [{ figure: 'fig1', quote: 'old bridge' }]));
      const target = evidenceTarget(evidenceIndex(article), article.explainer.keyFacts![0]!.evidence![0]!);
      expect(target).to.deep.equal({
        kind: 'figure',
        id: 'fig1',
        number: 1,
        text: 'The old bridge.',
        quote: 'old bridge',
      });
      expectValid((a) => (a.entities[0]!.evidence = [{ figure: 'fig1' }]));
    });
    it('refuses a figure that does not exist', () =>
      expectIssue(
        (a) => (a.entities[0]!.evidence = [{ figure: 'fig9' }]),
        'entities[0].evidence[0].figure',
        /^points at figure "fig9", which does not exist$/,
      ));
    it('refuses words that are not in the caption, saying where they leave it', () =>
      expectIssue(
        (a) => (a.explainer.sections[0]!.evidence = [{ figure: 'fig1', quote: 'The new bridge' }]),
        'explainer.sections[0].evidence[0].quote',
        /^is not in the caption of figure "fig1": it matches up to "…The", then the caption of figure "fig1" has "old" where the quote has "new"$/,
      ));
    it('tells an editor who gives a figure id as a paragraph how to write it', () =>
      expectIssue(
        (a) => (a.timeline![0]!.evidence = ['fig1']),
        'timeline[0].evidence[0]',
        /^points at paragraph "fig1", which does not exist; "fig1" is a figure: write \{ "figure": "fig1" \}$/,
      ));
  });

  describe('quotes', () => {
    it('are taken with their speaker and paragraph, and evidence may point at one', () => {
      const article = parsed((a) => {
        a.quotes = [QUOTE];
        questions(a)[0]!['evidence'] = [{ said: 'ruiz-repairs' }];
      });
      const target = evidenceTarget(evidenceIndex(article), article.quiz!.questions[0]!.evidence![0]!);
      expect(target).to.deep.include({ kind: 'paragraph', id: 'p2', number: 2, quote: QUOTE.words });
      expect(target!.said).to.deep.equal(QUOTE);
    });
    it('refuse a speaker or paragraph that does not exist', () => {
      expectIssue(
        (a) => (a.quotes = [{ ...QUOTE, speaker: 'nobody' }]),
        'quotes[0].speaker',
        /^points at entity "nobody"/,
      );
      expectIssue(
        (a) => (a.quotes = [{ ...QUOTE, paragraph: 'p9' }]),
        'quotes[0].paragraph',
        /^points at paragraph "p9"/,
      );
    });
    it('refuse words that are not in the paragraph', () =>
      expectIssue(
        (a) => (a.quotes = [{ ...QUOTE, words: 'repairs would take three years' }]),
        'quotes[0].words',
        /^is not in paragraph "p2": it matches up to "…repairs would take", then paragraph "p2" has "two" where the quote has "three"$/,
      ));
    it('refuse repeated ids, and evidence pointing at a quote that does not exist', () => {
      expectIssue((a) => (a.quotes = [QUOTE, QUOTE]), 'quotes[1].id', /repeats the id "ruiz-repairs"/);
      expectIssue(
        (a) => (a.entities[0]!.evidence = [{ said: 'ruiz-repairs' }]),
        'entities[0].evidence[0].said',
        /^points at quote "ruiz-repairs", which does not exist$/,
      );
    });
    it('are matched with typographic variants folded', () =>
      expectValid((a) => {
        a.paragraphs[1]!.text = 'Mayor Ana Ruiz said: “It’s two years — at least.”';
        a.quotes = [{ ...QUOTE, words: '"It\'s two years - at least."' }];
        questions(a)[0]!['evidence'] = [{ paragraph: 'p2', quote: 'It’s  two years' }];
      }));
  });

  describe('entities', () => {
    it('may be events, works and objects, with a category and inflected forms', () => {
      const article = parsed((a) => {
        a.entities.push(
          { id: 'vote', kind: 'event', name: 'The vote', summary: 'It happened.' },
          { id: 'plan', kind: 'work', category: 'plan', name: 'The repair plan', summary: 'A plan.' },
          {
            id: 'bridge',
            kind: 'object',
            category: 'bridge',
            name: 'The old bridge',
            forms: ['old bridges'],
            summary: 'Old.',
          },
        );
      });
      expect(article.entities.map((entity) => entity.kind)).to.deep.equal([
        'person',
        'organization',
        'event',
        'work',
        'object',
      ]);
    });
    it('refuse a kind the model does not know, naming those it does', () =>
      expectIssue(
        (a) => ((a.entities[0] as Record<string, unknown>)['kind'] = 'telescope'),
        'entities[0].kind',
        /event/,
      ));
  });

  describe('key facts', () => {
    it('may be a number with a unit, about', () =>
      expectValid((a) => {
        delete fact(a)['value'];
        Object.assign(fact(a), { number: 10_000, unit: 'kilometer', about: true });
      }));
    it('need a value or a number, not both and not neither', () => {
      const both = /^needs either a "value" to show as it is or a "number" to format for the reader, not both$/;
      expectIssue((a) => (fact(a)['number'] = 7), 'explainer.keyFacts[0]', both);
      expectIssue((a) => delete fact(a)['value'], 'explainer.keyFacts[0]', both);
    });
    it('take a unit and about only with a number', () => {
      expectIssue((a) => (fact(a)['unit'] = 'votes'), 'explainer.keyFacts[0].unit', /^goes with a "number"$/);
      expectIssue((a) => (fact(a)['about'] = true), 'explainer.keyFacts[0].about', /^goes with a "number"$/);
    });
    it('refuse a number that is not finite', () =>
      expectIssue(
        (a) => {
          delete fact(a)['value'];
          fact(a)['number'] = Infinity;
        },
        'explainer.keyFacts[0].number',
        /finite/,
      ));
  });

  describe('timeline events', () => {
    it('may be undated, ranges, zoned times or planned', () =>
      expectValid((a) => {
        a.timeline!.push(
          { id: 'talks', label: 'Talks go on', evidence: ['p1'] },
          { id: 'works', when: '2024-04', until: '2026-03', planned: true, label: 'Repairs' },
          { id: 'meeting', when: '2024-03-04T14:00', timeZone: 'Europe/Berlin', label: 'Meeting' },
          { id: 'week', when: '2024-03-04', until: '2024-03', label: 'That week' },
        );
      }));
    it('refuse a range that ends before it starts, or has no start', () => {
      expectIssue(
        (a) => (event(a)['until'] = '2024-02-28'),
        'timeline[0].until',
        /^must not be before "when" \(2024-03-04\)$/,
      );
      expectIssue(
        (a) => {
          delete event(a)['when'];
          event(a)['until'] = '2024-05';
        },
        'timeline[0].until',
        /^needs a "when" for the range to start at$/,
      );
    });
    it('refuse a time zone without a time, or one no browser knows', () => {
      expectIssue((a) => (event(a)['timeZone'] = 'Europe/Berlin'), 'timeline[0].timeZone', /needs a time in "when"/);
      expectIssue(
        (a) => Object.assign(event(a), { when: '2024-03-04T14:00', timeZone: 'CEST' }),
        'timeline[0].timeZone',
        /IANA time zone/,
      );
    });
  });

  describe('figures', () => {
    it('take a caption of several paragraphs, kept as paragraphs', () => {
      const article = parsed(
        (a) => ((a.figures![0] as Record<string, unknown>)['caption'] = ['The bridge.', 'Built in 1850.']),
      );
      expect(article.figures![0]!.caption).to.equal('The bridge.\n\nBuilt in 1850.');
    });
    it('need alt text with an image', () =>
      expectIssue(
        (a) => {
          delete a.figures![0]!.alt;
          a.figures![0]!.src = 'bridge.jpg';
        },
        'figures[0].alt',
        /^is needed with an image \("src"\): say what it shows/,
      ));
    it('take licences, as the article and entity images do', () =>
      expectValid((a) => {
        a.figures![0]!.license = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
        a.license = { name: 'CC BY-SA 4.0', attribution: 'City News' };
        a.entities[0]!.image = { src: 'ruiz.jpg', alt: 'Ana Ruiz', license: { name: 'Public domain' } };
      }));
    it('refuse a licence URL that is not http(s)', () =>
      expectIssue((a) => (a.license = { name: 'Mine', url: 'javascript:alert(1)' }), 'license.url', /http\(s\)/));
  });

  describe('fill-in questions', () => {
    it('refuse a prompt with two blanks, saying what to do', () =>
      expectIssue(
        (a) => {
          const fill = questions(a).find((question) => question['type'] === 'fill-blank')!;
          fill['prompt'] = 'The ___ voted on ___.';
        },
        `quiz.questions[${questions(minimalArticle()).findIndex((question) => question['type'] === 'fill-blank')}].prompt`,
        /^has 2 "___" blanks; a fill-in question has one, so make one question of each blank$/,
      ));
  });
});

function questions(article: ArticleInput): Record<string, unknown>[] {
  return article.quiz!.questions;
}
