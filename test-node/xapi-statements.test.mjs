import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import validation from '@learninglocker/xapi-validation';
import { parseArticle } from 'glossa/model';
import { answerStatement, completionStatements, quizActivityId } from 'glossa/xapi';
import { rightAnswerOf } from '../dist/lms/interaction-response.js';

/** Learning Locker's validator, conformance-tested by its LRS: an implementation of the spec that is not ours. */
const validate = validation.default ?? validation;
const problems = (statement) =>
  validate(statement).map((warning) => `${warning.path.join('.')}: ${warning.constructor.name}`);

/** A wrong one: another choice, the other truth value, other text, reversed order, pairs turned round. */
function wrongAnswer(question) {
  switch (question.type) {
    case 'single':
      return question.choices.find((choice) => choice.id !== question.answer).id;
    case 'true-false':
      return !question.answer;
    case 'multiple':
      return question.choices.filter((choice) => !question.answers.includes(choice.id)).map((choice) => choice.id);
    case 'fill-blank':
      return 'not it';
    case 'order':
      return question.items.map((item) => item.id).reverse();
    case 'match':
      return question.pairs.map((pair) => pair.right).reverse();
  }
}

for (const file of ['demo/articles/kazakhstan-2022.json', 'demo/articles/perseverance-bunsen-peak-2024.json']) {
  describe(`xAPI statements of ${file}, by Learning Locker's validator`, () => {
    const result = parseArticle(readFileSync(file, 'utf8'));
    assert.ok(result.ok);
    const { article } = result;
    const context = {
      actor: { account: { homePage: 'https://school.example', name: 'reader-17' } },
      quiz: article.quiz,
      activityId: quizActivityId('https://school.example/glossa', article.id),
      lang: article.lang,
      name: article.title,
      passPercent: 70,
      registration: '0f5f3c7e-2f5b-4d8e-9a3e-1c2d3e4f5a6b',
      startedAt: Date.now() - 61_000,
    };

    it('has an answered statement for each question, answered rightly, wrongly or not at all, that it finds valid', () => {
      const types = new Set();
      for (const question of article.quiz.questions) {
        types.add(question.type);
        for (const [answer, correct] of [
          [rightAnswerOf(question), true],
          [wrongAnswer(question), false],
          [null, false],
        ]) {
          const statement = answerStatement({ questionId: question.id, answer, correct }, context);
          assert.deepEqual(problems(statement), [], `${question.id} ${JSON.stringify(answer)}`);
          assert.equal(statement.result.success, correct);
        }
      }
      assert.ok(types.size >= 4, `the article asks ${[...types].join(', ')}`);
    });

    it('has completion statements that it finds valid', () => {
      const total = article.quiz.questions.length;
      for (const score of [0, total]) {
        const statements = completionStatements(
          { score, total, percent: 0, passed: score === total, results: [] },
          context,
        );
        assert.equal(statements.length, 2);
        for (const statement of statements) assert.deepEqual(problems(statement), []);
      }
    });

    it('is told apart from a statement it must refuse', () => {
      const statement = answerStatement(
        { questionId: article.quiz.questions[0].id, answer: null, correct: false },
        context,
      );
      assert.notDeepEqual(problems({ ...statement, context: { ...statement.context, registration: 'attempt-1' } }), []);
      const definition = { ...statement.object.definition, interactionType: 'true-false', choices: [{ id: 'a' }] };
      assert.notDeepEqual(problems({ ...statement, object: { ...statement.object, definition } }), []);
    });
  });
}
