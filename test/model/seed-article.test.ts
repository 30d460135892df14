import { expect } from '@open-wc/testing';
import { evidenceIndex, evidenceTarget, parseArticle, type EvidenceTarget } from '../../src/model/index.js';
import type { Article, Evidence } from '../../src/model/types.js';
import { seedArticle, seedJson } from '../fixtures/seed-article.js';

/** The article text as the source gives it: paragraphs and figure captions. */
function sourceText(article: Article): string {
  return [
    ...article.paragraphs.map((p) => p.text),
    ...(article.figures ?? []).flatMap((f) => [f.caption, f.alt ?? '']),
  ].join('\n');
}

const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').toLowerCase();

/** The paragraph or caption that `evidence` points at, with the words it quotes. */
function targetOf(article: Article, evidence: Evidence): EvidenceTarget {
  const target = evidenceTarget(evidenceIndex(article), evidence);
  expect(target, JSON.stringify(evidence)).to.exist;
  return target!;
}

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
    const facts = (article.explainer.keyFacts ?? []).map((fact) => `${fact.value} ${fact.label}`);
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
        if (question.type !== 'fill-blank') continue;
        const paragraphs = question.evidence!.map((evidence) => fold(targetOf(article, evidence).text)).join(' ');
        expect(
          question.accept.some((answer) => paragraphs.includes(fold(answer))),
          question.id,
        ).to.be.true;
      }
    });

    it('a key fact’s figure is in its evidence paragraph', () => {
      for (const fact of article.explainer.keyFacts ?? []) {
        const digits = fact.value?.match(/\d[\d,]*/)?.[0] ?? fact.number?.toLocaleString('en');
        const paragraphs = fact.evidence!.map((evidence) => targetOf(article, evidence).text).join(' ');
        if (digits) expect(paragraphs, fact.id).to.contain(digits);
      }
    });
  });
});
