import { expect, fixture, html } from '@open-wc/testing';
import { parseArticle } from '../../src/model/parse.js';
import type { OpenQuestion } from '../../src/model/types.js';
import type { GlossaAnswerDetail, GlossaQuiz } from '../../src/quiz/quiz.js';
import { waitUntil } from '../fixtures/wait.js';
import { clickOn, parts } from '../quiz/quiz-helpers.js';
import { answerOnScreen, press } from '../quiz/seed-run.js';
import { $, draftOpened, mountStudio, openFile } from './fixtures/studio-app-harness.js';

/**
 * A question bank whose right answers, explanations and feedback are words found nowhere else, so that
 * finding one in the published text can only be a leak.
 */
const BANK = `::capital:: Which city was the capital until 1997? {
  =Zhetisu-Almaty
  ~Akmola-Astana#Feedback-akmola-moved-later
  ####Explanation-capital-moved
}

::code-word:: The code word of the exercise was {=Tumaris =Tomyris ####Explanation-code-word}

::green-sky:: The sky over the steppe is green. {F####Explanation-sky-blue}

::rivers:: Which of these are rivers? {~%50%Ili-River ~%50%Irtysh-River ~%-100%Baikonur-Site#Feedback-baikonur-site}
`;

interface Published {
  readonly text: string;
  readonly json: { quiz: { questions: Record<string, unknown>[] } };
}

async function downloaded(link: HTMLAnchorElement): Promise<Published> {
  const text = await (await fetch(link.href)).text();
  return { text, json: JSON.parse(text) as Published['json'] };
}

/** What each question's right answer is, and what only a right answer or a chosen choice may open. */
function secretsOf(question: OpenQuestion): { right: string[]; opened: string[] } {
  const feedback = 'choices' in question ? question.choices.flatMap((choice) => choice.feedback ?? []) : [];
  const opened = [...(question.explanation ? [question.explanation] : []), ...feedback];
  switch (question.type) {
    case 'single':
      return { right: [question.choices.find((choice) => choice.id === question.answer)!.text], opened };
    case 'multiple':
      return {
        right: question.choices.filter((choice) => question.answers.includes(choice.id)).map((choice) => choice.text),
        opened,
      };
    case 'fill-blank':
      return { right: question.accept, opened };
    default:
      return { right: [], opened };
  }
}

const occurrences = (text: string, words: string) => text.split(words).length - 1;

describe('Glossa Studio: publishing with “Seal the answers”', () => {
  it('downloads a sealed article that holds no answer of the draft, and that the quiz grades', async function () {
    this.timeout(120_000);
    const app = await mountStudio();
    openFile(app, new File([BANK], 'steppe.gift', { type: 'text/plain' }));
    await draftOpened(app);

    await clickOn($(app, 'header button.primary'));
    const dialog = $(app, 'studio-publish-dialog').shadowRoot!;
    await waitUntil(() => dialog.querySelector('dialog')?.open === true, 'the publish dialog opens');
    const open = await downloaded(dialog.querySelector<HTMLAnchorElement>('a[download="steppe.json"]')!);
    const draft = parseArticle(open.json);
    if (!draft.ok) throw new Error(`the draft is invalid: ${JSON.stringify(draft.issues)}`);
    const questions = draft.article.quiz!.questions as OpenQuestion[];
    expect(questions.map((question) => question.type)).to.deep.equal([
      'single',
      'fill-blank',
      'true-false',
      'multiple',
    ]);

    await clickOn(
      [...dialog.querySelectorAll('label')].find((label) => label.textContent.includes('Seal the answers'))!,
    );
    await waitUntil(() => dialog.querySelector('a[download="steppe.sealed.json"]'), 'the sealed file is offered');
    expect(dialog.textContent).to.contain('Sealed: publish the sealed file, keep the key file for yourself.');
    const sealed = await downloaded(dialog.querySelector<HTMLAnchorElement>('a[download="steppe.sealed.json"]')!);
    const parsed = parseArticle(sealed.json);
    if (!parsed.ok) throw new Error(`the sealed article is invalid: ${JSON.stringify(parsed.issues)}`);
    await expect(dialog.querySelector('dialog')).to.be.accessible();

    for (const question of questions) {
      const { right, opened } = secretsOf(question);
      for (const words of opened) {
        expect(occurrences(open.text, words), `the draft holds “${words}”`).to.equal(1);
        expect(occurrences(sealed.text, words), `the sealed file holds “${words}”`).to.equal(0);
      }
      // A right choice is shown as one of the choices, as every choice is; a fill-in answer is shown nowhere.
      const shown = question.type === 'fill-blank' ? 0 : 1;
      for (const words of right) {
        expect(occurrences(open.text, words), `the draft holds “${words}”`).to.be.at.least(1);
        expect(occurrences(sealed.text, words), `the sealed file holds “${words}”`).to.equal(shown);
      }
    }
    for (const question of sealed.json.quiz.questions) {
      expect(question, `${String(question['id'])} says nothing of its right answer`).to.not.have.any.keys(
        'answer',
        'answers',
        'accept',
        'explanation',
        'evidence',
      );
    }

    await clickOn([...dialog.querySelectorAll('button')].find((each) => each.textContent.trim() === 'Close')!);
    await waitUntil(() => dialog.querySelector('dialog')?.open === false, 'the publish dialog closes');
    const quiz = await fixture<GlossaQuiz>(html`<glossa-quiz layout="list" .article=${parsed.article}></glossa-quiz>`);
    await waitUntil(() => parts(quiz, 'question').length === 4, 'the sealed quiz shows its questions');
    const answers: GlossaAnswerDetail[] = [];
    quiz.addEventListener('glossa-answer', (event) => answers.push(event.detail));
    for (const [index, question] of questions.entries()) {
      const right = index !== 2;
      await answerOnScreen(quiz, question, right);
      await press(quiz, 'check-button');
      await waitUntil(() => quiz.shadowRoot!.querySelector(`#q-${question.id}-feedback`), `${question.id} is checked`);
      const feedback = quiz.shadowRoot!.querySelector(`#q-${question.id}-feedback`)!;
      expect(feedback.matches(right ? '[part~="feedback-correct"]' : '[part~="feedback-incorrect"]'), question.id).to.be
        .true;
    }
    expect(answers.map((answer) => `${answer.questionId}: ${answer.correct}`)).to.deep.equal([
      'capital: true',
      'code-word: true',
      'green-sky: false',
      'rivers: true',
    ]);
    await expect(quiz).to.be.accessible();
  });
});
