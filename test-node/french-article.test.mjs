import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evidenceIndex, evidenceTarget, parseArticle } from '../dist/model/index.js';

const MODEL = 'demo/articles/juice-lancement-2023.json';
const TEXT = 'demo/articles/juice-lancement-2023.txt';

/** Every item of the model that carries evidence, named by where it is, for the messages. */
function itemsWithEvidence(article) {
  return [
    ...article.entities.map((item) => [`entity ${item.id}`, item]),
    ...article.explainer.sections.map((item) => [`section ${item.id}`, item]),
    ...(article.explainer.keyFacts ?? []).map((item) => [`key fact ${item.id}`, item]),
    ...(article.timeline ?? []).map((item) => [`event ${item.id}`, item]),
    ...(article.quiz?.questions ?? []).map((item) => [`question ${item.id}`, item]),
  ];
}

describe('the French article, demo/articles/juice-lancement-2023.json', () => {
  const json = readFileSync(MODEL, 'utf8');
  const lines = readFileSync(TEXT, 'utf8').split('\n');
  const result = parseArticle(json);
  const article = result.ok ? result.article : undefined;

  it('is valid, in French', () => {
    assert.deepEqual(result.ok ? [] : result.issues, []);
    assert.equal(article.lang, 'fr');
  });

  it('has the title and dek of its text, and its paragraphs are the text’s, in order and byte for byte', () => {
    assert.equal(article.title, lines[0]);
    assert.equal(article.dek, lines[1]);
    const positions = article.paragraphs.map((paragraph) => lines.indexOf(paragraph.text));
    assert.ok(
      positions.every((position) => position > 0),
      'every paragraph is a line of the text',
    );
    assert.deepEqual(
      positions,
      [...positions].sort((a, b) => a - b),
      'in the text’s order',
    );
    assert.ok(article.paragraphs[0].text.startsWith(`${article.dateline} – `), 'the lead opens with the dateline');
  });

  it('has the figure’s caption and credit as printed, after the paragraph it follows', () => {
    for (const figure of article.figures) {
      const caption = lines.indexOf(figure.caption);
      assert.ok(caption > 0, `the caption of ${figure.id} is a line of the text`);
      assert.equal(lines[caption + 2], figure.credit, `the credit of ${figure.id} comes after its caption`);
      const after = article.paragraphs.find((paragraph) => paragraph.id === figure.after);
      assert.ok(lines.indexOf(after.text) < caption, `${figure.id} follows ${figure.after}`);
    }
  });

  it('quotes its paragraphs and captions exactly, not only up to typographic variants', () => {
    const index = evidenceIndex(article);
    const quoted = itemsWithEvidence(article).flatMap(([where, item]) =>
      (item.evidence ?? []).filter((evidence) => evidence.quote !== undefined).map((evidence) => [where, evidence]),
    );
    assert.ok(quoted.length > 40, `the model quotes its text (${quoted.length} quotes)`);
    for (const [where, evidence] of quoted) {
      const target = evidenceTarget(index, evidence);
      assert.ok(target.text.includes(evidence.quote), `${where}: “${evidence.quote}” is in its text`);
    }
  });

  it('names each entity, by its name or an alias, in every paragraph given as its evidence without a quote', () => {
    const index = evidenceIndex(article);
    for (const entity of article.entities) {
      const names = [entity.name, ...(entity.aliases ?? [])].map((name) => name.toLowerCase());
      for (const evidence of entity.evidence ?? []) {
        if (evidence.quote !== undefined) continue;
        const text = evidenceTarget(index, evidence).text.toLowerCase();
        assert.ok(
          names.some((name) => text.includes(name)),
          `${entity.id} is named in ${JSON.stringify(evidence)}`,
        );
      }
    }
  });

  it('has a quiz of 6 to 10 questions of several types, each with a quote', () => {
    const { questions } = article.quiz;
    assert.ok(questions.length >= 6 && questions.length <= 10, `${questions.length} questions`);
    assert.ok(new Set(questions.map((question) => question.type)).size >= 4, 'of at least four types');
    for (const question of questions) {
      assert.ok(
        question.evidence.some((evidence) => evidence.quote !== undefined),
        `${question.id} has a quote`,
      );
    }
  });
});
