import type { Question, Quiz } from '../model/types.js';

/**
 * The questions a printed answer key shows. A sealed quiz holds no key, so it prints one only from the
 * key file `glossa seal --key` wrote, given as `answerKey`; reading and checking that file loads lazily.
 */
export class PrintedKey {
  #given: { readonly key: unknown; readonly quiz: Quiz } | undefined;
  #opened: ReadonlyMap<string, Question> | undefined;

  /** `asked`, each sealed question opened by `key` once it has loaded; `loaded` runs when it has. */
  questions(quiz: Quiz, asked: readonly Question[], key: unknown, loaded: () => void): readonly Question[] {
    if (!quiz.seal || key === undefined) return asked;
    if (this.#given?.key !== key || this.#given.quiz !== quiz) {
      this.#given = { key, quiz };
      this.#opened = undefined;
      void import('../seal/answer-key.js').then(({ openWithKey, parseAnswerKey }) => {
        const parsed = parseAnswerKey(typeof key === 'string' ? JSON.parse(key) : key);
        const opened = typeof parsed === 'string' ? parsed : openWithKey(quiz, parsed);
        if (typeof opened === 'string') return console.warn(`<glossa-quiz>: the answer key ${opened}`);
        this.#opened = new Map(opened.questions.map((question) => [question.id, question]));
        loaded();
      });
    }
    const opened = this.#opened;
    return opened ? asked.map((question) => opened.get(question.id) ?? question) : asked;
  }
}
