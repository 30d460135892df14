import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { qtiFormat } from '../../src/formats/qti/index.js';
import type { StudioApp } from '../../studio/src/studio-app.js';
import { SEED_URL } from '../fixtures/seed-article.js';
import { waitUntil } from '../fixtures/wait.js';
import {
  $,
  button,
  chord,
  draftOpened,
  focused,
  has,
  mountStudio,
  openFile,
  text,
} from './fixtures/studio-app-harness.js';

const file = (name: string, content: string) => new File([content], name, { type: 'text/plain' });

/** Two questions, the first named as one of the seed's, and an essay that GIFT has but Glossa cannot grade. */
const MORE_GIFT = `::trigger:: What did the fuel protests begin over? {=The price of liquefied gas ~The price of bread}

Describe the protests. {}

::amnesty:: Was an amnesty announced? {T}
`;

/** The Studio with the seed article opened from its JSON file, to edit. */
async function seedOpen(): Promise<StudioApp> {
  const app = await mountStudio();
  openFile(app, file('kazakhstan-2022.json', await (await fetch(SEED_URL)).text()));
  await draftOpened(app);
  return app;
}

const editor = (app: StudioApp) => $(app, 'studio-article-editor').shadowRoot!;
const quizPart = (app: StudioApp) => editor(app).querySelector<HTMLElement>('[aria-labelledby="part-quiz"]')!;

/** The one-line summaries of the quiz's questions, as the list shows them. */
const questionSummaries = (app: StudioApp) =>
  [...quizPart(app).querySelectorAll('li.item > details > summary .summary-text')].map((each) =>
    each.textContent.trim(),
  );

/** A file chosen in "Import questions…", as the browser's file picker hands it over. */
function importFile(app: StudioApp, chosen: File): void {
  const input = quizPart(app).querySelector<HTMLInputElement>('.question-import input[type="file"]')!;
  const files = new DataTransfer();
  files.items.add(chosen);
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** What the import says by its button. */
const importStatus = (app: StudioApp) =>
  quizPart(app).querySelector('.import-status')!.textContent.replace(/\s+/g, ' ').trim();

/** What the editor's live region says. */
const announced = (app: StudioApp) => editor(app).querySelector('[role="status"]')!.textContent.trim();

describe('Glossa Studio: importing questions into an open draft', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('appends a GIFT file’s questions as one step, named, which Ctrl+Z takes back', async function () {
    this.timeout(180_000);
    const app = await seedOpen();
    await expect(app).to.be.accessible();
    const before = questionSummaries(app);
    expect(before).to.have.length(19);

    importFile(app, file('more.gift', MORE_GIFT));
    await waitUntil(() => questionSummaries(app).length === 21, 'the questions are appended');
    expect(questionSummaries(app)).to.deep.equal([
      ...before,
      'Single choice: What did the fuel protests begin over?',
      'True or false: Was an amnesty announced?',
    ]);
    for (const said of [importStatus(app), announced(app)]) {
      expect(said).to.contain('2 questions imported from more.gift.');
      expect(said).to.contain('trigger-2: the quiz already has a question “trigger”, so this one is “trigger-2”.');
      expect(said).to.contain('question 2 (line 3): an essay question is not imported');
    }
    const first = quizPart(app).querySelectorAll('li.item > details > summary')[19];
    await waitUntil(() => focused() === first, 'the focus goes to the first imported question');
    expect(button(app, 'Undo: Import 2 questions from more.gift')).to.exist;
    await expect(app).to.be.accessible();

    button(app, 'JSON').click();
    await waitUntil(() => has(app, '#json'), 'the JSON view');
    const article = JSON.parse($<HTMLTextAreaElement>(app, '#json').value) as {
      quiz: { questions: { id: string; evidence?: unknown }[] };
    };
    const ids = article.quiz.questions.map((question) => question.id);
    expect(ids.slice(-2)).to.deep.equal(['trigger-2', 'amnesty']);
    expect(new Set(ids).size, 'every id once').to.equal(ids.length);
    expect(article.quiz.questions.slice(-2).map((question) => question.evidence)).to.deep.equal([undefined, undefined]);
    expect(text(app), 'the imported questions need nothing the model requires').to.contain('No problems');

    button(app, 'Forms').click();
    await waitUntil(() => questionSummaries(app).length === 21);
    $(app, 'header [role="group"] button').focus();
    await chord('z');
    await waitUntil(() => questionSummaries(app).length === 19, 'Undo takes back both questions');
    expect(questionSummaries(app)).to.deep.equal(before);
    expect(text(app)).to.contain('Undone: Import 2 questions from more.gift.');
  });

  it('shows where a malformed GIFT file goes wrong by the button, and adds nothing', async () => {
    const app = await seedOpen();
    importFile(app, file('broken.gift', 'First? {T}\n\nSecond? {=a ~b\n'));
    await waitUntil(() => quizPart(app).querySelector('.question-import [role="alert"]'), 'the fault is shown');
    const alert = quizPart(app).querySelector<HTMLElement>('.question-import [role="alert"]')!;
    expect(alert.textContent.trim()).to.equal(
      'broken.gift, line 3, column 9: "{" opens the answers, but no "}" closes them before the blank line.',
    );
    expect(alert.checkVisibility(), 'visible, not only announced').to.equal(true);
    const importButton = [...quizPart(app).querySelectorAll('button')].find(
      (each) => each.textContent.trim() === 'Import questions…',
    )!;
    expect(importButton.getAttribute('aria-describedby')).to.equal(alert.id);
    expect(questionSummaries(app)).to.have.length(19);
    expect(text(app), 'no step was added').not.to.contain('Undo: Import');
    await expect(quizPart(app)).to.be.accessible();
  });

  it('refuses a file that is not a question bank, saying which files are', async () => {
    const app = await seedOpen();
    importFile(app, file('story.txt', 'The council voted on Monday to close the old bridge.'));
    await waitUntil(() => quizPart(app).querySelector('.question-import [role="alert"]'));
    expect(quizPart(app).querySelector('.question-import [role="alert"]')!.textContent.trim()).to.equal(
      'story.txt is not a question bank. Import questions from a GIFT (.gift), Aiken (.txt), CSV (.csv) or QTI 3 (.xml) file.',
    );
    expect(questionSummaries(app)).to.have.length(19);
    await setViewport({ width: 320, height: 640 });
    const controls = quizPart(app).querySelector<HTMLElement>('.question-import')!;
    expect(controls.getBoundingClientRect().right, 'the message fits a 320 px screen').to.be.at.most(320);
    expect(controls.scrollWidth).to.be.at.most(controls.clientWidth);
  });

  it('imports an Aiken file dropped on the quiz, and the button opens the file picker from the keyboard', async () => {
    const app = await seedOpen();
    const dropped = new DataTransfer();
    dropped.items.add(file('one.txt', 'Which city is the largest in Kazakhstan?\nA. Almaty\nB. Astana\nANSWER: A\n'));
    const target = quizPart(app).querySelector('.question-drop')!;
    const over = new DragEvent('dragover', { dataTransfer: dropped, bubbles: true, cancelable: true, composed: true });
    target.dispatchEvent(over);
    expect(over.defaultPrevented, 'the quiz takes the drop').to.equal(true);
    const elsewhere = new DragEvent('dragover', {
      dataTransfer: dropped,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    $(app, 'studio-preview').dispatchEvent(elsewhere);
    expect(elsewhere.defaultPrevented, 'the browser does not leave the Studio for the file').to.equal(true);
    target.dispatchEvent(
      new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true, composed: true }),
    );
    await waitUntil(() => questionSummaries(app).length === 20, 'the dropped question is appended');
    expect(questionSummaries(app).at(-1)).to.equal('Single choice: Which city is the largest in Kazakhstan?');
    expect(importStatus(app)).to.equal('1 question imported from one.txt.');
    expect(announced(app)).to.equal('1 question imported from one.txt.');

    const picker = quizPart(app).querySelector<HTMLInputElement>('.question-import input[type="file"]')!;
    let opened = 0;
    picker.addEventListener('click', (event) => {
      // The test cannot answer the browser's own dialog: that the input was asked to open it is enough.
      event.preventDefault();
      opened += 1;
    });
    [...quizPart(app).querySelectorAll('button')]
      .find((each) => each.textContent.trim() === 'Import questions…')!
      .focus();
    await sendKeys({ press: 'Enter' });
    expect(opened).to.equal(1);
  });

  it('imports a QTI 3 item file, as a package writes each item', async () => {
    const app = await seedOpen();
    const { files } = qtiFormat.write(
      { questions: [{ id: 'largest-city', type: 'true-false', prompt: 'Almaty is the largest city.', answer: true }] },
      { articleId: 'cities', lang: 'en' },
    );
    const item = files.find((each) => each.content.includes('<qti-assessment-item '))!;
    importFile(app, file(item.path.split('/').pop()!, item.content));
    await waitUntil(() => questionSummaries(app).length === 20, 'the QTI question is appended');
    expect(questionSummaries(app).at(-1)).to.equal('True or false: Almaty is the largest city.');
  });
});
