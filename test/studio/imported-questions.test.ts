import { expect } from '@open-wc/testing';
import type { QuestionInput } from '../../src/formats/index.js';
import { importQuestions } from '../../studio/src/editors/imported-questions.js';

const trueFalse = (id: string, evidence?: string[]): QuestionInput => ({
  id,
  type: 'true-false',
  prompt: `Is ${id} so?`,
  answer: true,
  ...(evidence && { evidence }),
});

describe('Studio: questions imported into a quiz', () => {
  it('appends them with ids unique against the quiz and each other, and without evidence', () => {
    const quiz = { title: 'Quiz', questions: [trueFalse('a'), trueFalse('a-2')] };
    const imported = importQuestions(quiz, [trueFalse('a', ['p1']), trueFalse('b')], [], 'bank.gift');
    expect(imported.changes).to.deep.equal([
      {
        path: ['article', 'quiz', 'questions'],
        value: [...quiz.questions, { ...trueFalse('a'), id: 'a-3' }, trueFalse('b')],
      },
    ]);
    expect(imported.first).to.deep.equal(['article', 'quiz', 'questions', 2]);
    expect(imported.label).to.equal('Import 2 questions from bank.gift');
    expect(imported.notes).to.deep.equal(['a-3: the quiz already has a question “a”, so this one is “a-3”.']);
  });

  it('makes the quiz when the draft has none, and says one question in the singular', () => {
    const imported = importQuestions(undefined, [trueFalse('a')], [], 'one.txt');
    expect(imported.changes).to.deep.equal([{ path: ['article', 'quiz'], value: { questions: [trueFalse('a')] } }]);
    expect(imported.summary).to.equal('1 question imported from one.txt.');
  });

  it('names a renamed question in its warning by its id in the draft', () => {
    const imported = importQuestions(
      { questions: [trueFalse('q1')] },
      [trueFalse('q1')],
      [{ question: 'q1', message: 'its media was left out' }, { message: 'the file has no category' }],
      'bank.csv',
    );
    expect(imported.notes.slice(1)).to.deep.equal(['q1-2: its media was left out', 'the file has no category']);
  });
});
