import { expect } from '@open-wc/testing';
import { draftKeyFacts } from '../../src/draft/key-facts.js';
import { draftQuestions } from '../../src/draft/questions.js';
import { roleChoices, roleMatch } from '../../src/draft/questions/entity-choice.js';
import { eventOrder } from '../../src/draft/questions/event-order.js';
import { nameBlanks, numberBlanks, writtenNumbers } from '../../src/draft/questions/fill-blank.js';
import { sentencesOf } from '../../src/draft/questions/sentence-source.js';
import { entitySwaps, numberStatements } from '../../src/draft/questions/true-false.js';
import { questionWording } from '../../src/draft/questions/wording.js';
import { draftTimeline } from '../../src/draft/timeline.js';
import { parseArticle } from '../../src/model/parse.js';
import type { Entity, EntityKind, Figure, Paragraph, Quote, TimelineEvent } from '../../src/model/types.js';

const english = questionWording('en')!;
const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, index) => ({ id: `p${index + 1}`, text }));
const entity = (id: string, name: string, role?: string, kind: EntityKind = 'person', aliases?: string[]): Entity => ({
  id,
  kind,
  name,
  summary: `${name}, as the article tells.`,
  ...(role === undefined ? {} : { role }),
  ...(aliases === undefined ? {} : { aliases }),
});
const PEOPLE = [
  entity('tokayev', 'Kassym-Jomart Tokayev', 'President of Kazakhstan', 'person', ['Tokayev']),
  entity('putin', 'Vladimir Putin', 'President of Russia', 'person', ['Putin']),
  entity('blinken', 'Antony Blinken', 'US Secretary of State', 'person', ['Blinken']),
  entity('volodin', 'Vyacheslav Volodin', 'Speaker of Russia’s parliament', 'person', ['Volodin']),
];
const questionsOf = (candidates: readonly { question: unknown }[]) => candidates.map((candidate) => candidate.question);

describe('fill-in-the-blank questions', () => {
  it('blanks a key fact’s number, accepting it as written and in digits alone', () => {
    const text = paragraphs('Officials arrested nearly 10,000 people in the crackdown.');
    const sentences = sentencesOf(text, 'en');
    const [question] = questionsOf(numberBlanks(writtenNumbers(draftKeyFacts(text, { lang: 'en' }), sentences)));
    expect(question).to.deep.equal({
      type: 'fill-blank',
      prompt: 'Officials arrested nearly ___ people in the crackdown.',
      accept: ['10,000', '10000'],
      evidence: [{ paragraph: 'p1', quote: 'Officials arrested nearly 10,000 people in the crackdown.' }],
    });
  });

  it('does not offer digits alone for a number a scale word multiplies ("1.6 million")', () => {
    const text = paragraphs('The fund received $5 in aid and 1.6 million visitors came.');
    const sentences = sentencesOf(text, 'en');
    const blanks = questionsOf(numberBlanks(writtenNumbers(draftKeyFacts(text, { lang: 'en' }), sentences)));
    expect(blanks).to.have.length(1);
    expect(blanks[0]).to.deep.include({ accept: ['1.6'] });
  });

  it('blanks a name where the sentence names it once, accepting its full name and aliases', () => {
    const text = paragraphs(
      'Tokayev thanked Tokayev’s own guards.',
      'On Tuesday, Tokayev said the troops would leave.',
    );
    const [question] = questionsOf(nameBlanks(PEOPLE.slice(0, 1), sentencesOf(text, 'en')));
    expect(question).to.deep.include({
      prompt: 'On Tuesday, ___ said the troops would leave.',
      accept: ['Tokayev', 'Kassym-Jomart Tokayev'],
    });
  });
});

describe('true/false questions', () => {
  it('states a number as written (true), then with another of its unit (false), quoting the text', () => {
    const text = paragraphs('The withdrawal starts within 2 days.', 'It ends in no more than 10 days.');
    const numbers = writtenNumbers(draftKeyFacts(text, { lang: 'en' }), sentencesOf(text, 'en'));
    expect(questionsOf(numberStatements(numbers, 'en', english))).to.deep.equal([
      {
        type: 'true-false',
        prompt: 'The withdrawal starts within 2 days.',
        answer: true,
        explanation: 'True: the article says “The withdrawal starts within 2 days.”',
        evidence: [{ paragraph: 'p1', quote: 'The withdrawal starts within 2 days.' }],
      },
      {
        type: 'true-false',
        prompt: 'It ends in no more than 2 days.',
        answer: false,
        explanation: 'False: the article says “It ends in no more than 10 days.”',
        evidence: [{ paragraph: 'p2', quote: 'It ends in no more than 10 days.' }],
      },
    ]);
  });

  it('names the wrong person of a sentence that names only one', () => {
    const text = paragraphs('Putin met Blinken in Geneva.', 'Blinken warned that Russians would stay.');
    const swaps = questionsOf(entitySwaps(PEOPLE, sentencesOf(text, 'en'), english));
    expect(swaps).to.deep.equal([
      {
        type: 'true-false',
        prompt: 'Volodin warned that Russians would stay.',
        answer: false,
        explanation: 'False: the article says “Blinken warned that Russians would stay.”',
        evidence: [{ paragraph: 'p2', quote: 'Blinken warned that Russians would stay.' }],
      },
    ]);
  });
});

describe('choice and match questions', () => {
  const text = paragraphs('Tokayev, Putin, Blinken and Volodin spoke. Nobody else did.');
  const sentences = sentencesOf(text, 'en');

  it('asks which one of a kind has a role, among three others with other roles, in alphabetical order', () => {
    const [question] = questionsOf(roleChoices(PEOPLE, sentences, 'en', english));
    expect(question).to.deep.include({
      type: 'single',
      prompt: 'Which of these does the article describe as “President of Kazakhstan”?',
      choices: [
        { id: 'a', text: 'Antony Blinken' },
        { id: 'b', text: 'Kassym-Jomart Tokayev' },
        { id: 'c', text: 'Vladimir Putin' },
        { id: 'd', text: 'Vyacheslav Volodin' },
      ],
      answer: 'b',
    });
  });

  it('asks nothing when fewer than three others of the kind have another role', () => {
    const sameRole = [...PEOPLE.slice(0, 3), entity('nazarbayev', 'Nursultan Nazarbayev', 'President of Kazakhstan')];
    const asked = questionsOf(roleChoices(sameRole, sentences, 'en', english));
    expect(asked.map((question) => (question as { prompt: string }).prompt)).not.to.include(
      'Which of these does the article describe as “President of Kazakhstan”?',
    );
    expect(roleChoices(PEOPLE.slice(0, 3), sentences, 'en', english)).to.deep.equal([]);
  });

  it('matches people to their roles, from three of them', () => {
    const [question] = questionsOf(roleMatch(PEOPLE, sentences, english));
    expect(question).to.deep.include({ type: 'match', prompt: 'Match each person to their role.' });
    expect((question as { pairs: unknown[] }).pairs).to.have.length(4);
    expect(roleMatch(PEOPLE.slice(0, 2), sentences, english)).to.deep.equal([]);
  });
});

describe('order questions', () => {
  const event = (id: string, when: string, label: string, planned = false): TimelineEvent => ({
    id,
    when,
    label,
    ...(planned ? { planned } : {}),
    evidence: [{ paragraph: 'p1', quote: label }],
  });

  it('orders past events whose dates settle the order, the month that holds a day left out', () => {
    const timeline = [
      event('e1', '2022-01', 'Protests spread'),
      event('e2', '2022-01-11', 'The president spoke'),
      event('e3', '2019-06-07', 'The leaders shook hands'),
      event('e4', '2021-12', 'He was last seen'),
      event('e5', '2022-02', 'Troops will leave', true),
    ];
    const [question] = questionsOf(eventOrder(timeline, english));
    expect((question as { items: unknown }).items).to.deep.equal([
      { id: 'a', text: 'The leaders shook hands' },
      { id: 'b', text: 'He was last seen' },
      { id: 'c', text: 'The president spoke' },
    ]);
  });

  it('asks nothing with fewer than three such events', () => {
    expect(eventOrder([event('e1', '2022-01', 'One'), event('e2', '2022-01-11', 'Two')], english)).to.deep.equal([]);
  });
});

describe('draftQuestions', () => {
  it('drafts only questions in the text’s own words in a language it has no wording for', () => {
    const text = paragraphs('Tokayev, Putin, Blinken and Volodin spoke.', 'Tokayev said 1.500 people left.');
    const questions = draftQuestions(
      { paragraphs: text, entities: PEOPLE, keyFacts: draftKeyFacts(text, { lang: 'it' }), timeline: [] },
      { lang: 'it' },
    );
    expect(questions.length).to.be.greaterThan(0);
    expect(questions.every((question) => question.type === 'fill-blank' || question.type === 'true-false')).to.equal(
      true,
    );
  });

  interface DemoArticle {
    id: string;
    lang: string;
    title: string;
    published?: string;
    paragraphs: Paragraph[];
    figures?: Figure[];
    quotes?: Quote[];
    entities: Entity[];
  }
  const article = async (name: string) => (await (await fetch(`/demo/articles/${name}.json`)).json()) as DemoArticle;

  for (const name of ['kazakhstan-2022', 'perseverance-bunsen-peak-2024', 'juice-lancement-2023']) {
    it(`drafts 8 to 15 valid questions of mixed types for ${name}, the same each time`, async () => {
      const demo = await article(name);
      const context = { lang: demo.lang, ...(demo.published === undefined ? {} : { published: demo.published }) };
      const keyFacts = draftKeyFacts(demo.paragraphs, context);
      const timeline = await draftTimeline(demo.paragraphs, demo.figures ?? [], context);
      const sources = { paragraphs: demo.paragraphs, entities: demo.entities, keyFacts, timeline };
      const questions = draftQuestions(sources, context);
      expect(questions.length, name).to.be.within(8, 15);
      expect(questions.map((question) => question.id)).to.deep.equal(questions.map((_, index) => `q${index + 1}`));
      expect(new Set(questions.map((question) => question.type)).size, name).to.be.at.least(4);
      expect(draftQuestions(sources, context)).to.deep.equal(questions);
      const result = parseArticle({
        schemaVersion: 1,
        id: demo.id,
        lang: demo.lang,
        title: demo.title,
        paragraphs: demo.paragraphs,
        ...(demo.figures ? { figures: demo.figures } : {}),
        ...(demo.quotes ? { quotes: demo.quotes } : {}),
        entities: demo.entities,
        explainer: { summary: 'A summary.', sections: [] },
        quiz: { questions },
      });
      expect(result.ok ? [] : result.issues, name).to.deep.equal([]);
      for (const question of questions)
        for (const evidence of question.evidence ?? [])
          if ('paragraph' in evidence)
            expect(demo.paragraphs.find((paragraph) => paragraph.id === evidence.paragraph)?.text).to.include(
              evidence.quote,
            );
    });
  }

  it('asks the seed for its 10,000 arrests, accepting "10,000" and "10000"', async () => {
    const seed = await article('kazakhstan-2022');
    const keyFacts = draftKeyFacts(seed.paragraphs, { lang: 'en' });
    const questions = draftQuestions(
      { paragraphs: seed.paragraphs, entities: seed.entities, keyFacts, timeline: [] },
      { lang: 'en' },
    );
    const arrests = questions.find(
      (question) => question.type === 'fill-blank' && question.prompt.includes('arrested'),
    );
    expect(arrests).to.deep.include({ accept: ['10,000', '10000'] });
  });
});
