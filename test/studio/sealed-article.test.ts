import { expect } from '@open-wc/testing';
import type { OpenQuestion } from '../../src/model/types.js';
import { sealArticle, type SealedArticle } from '../../src/seal/seal-quiz.js';
import { hasSealedQuiz } from '../../studio/src/import/sealed-article.js';
import { indexedDbShelf } from '../../studio/src/state/draft-shelf.js';
import type { StudioApp } from '../../studio/src/studio-app.js';
import { demoArticle, SEED_URL } from '../fixtures/seed-article.js';
import { waitUntil } from '../fixtures/wait.js';
import {
  $,
  button,
  draftOpened,
  has,
  mountApp,
  mountStudio,
  openedArticle,
  openFile,
  paste,
  refusal,
  root,
  text,
} from './fixtures/studio-app-harness.js';

const SALT = 'c3R1ZGlvLXNlYWxlZC1hcnRpY2xlLXRlc3Q';
const NOTICE = 'The answers of this quiz are sealed; open the unsealed file to edit them.';

const jsonFile = (name: string, value: unknown) =>
  new File([JSON.stringify(value, null, 2)], name, { type: 'application/json' });

async function sealedSeed(salt = SALT): Promise<SealedArticle> {
  return sealArticle(await demoArticle(SEED_URL), salt);
}

/** A key file chosen in “Open with its key file…”, as the browser's file picker hands it over. */
function openKeyFile(app: StudioApp, file: File): void {
  const label = [...root(app).querySelectorAll('label.button')].find((each) =>
    each.textContent.includes('Open with its key file'),
  )!;
  const input = label.querySelector('input')!;
  const chosen = new DataTransfer();
  chosen.items.add(file);
  input.files = chosen.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Every hash and box of the sealed quiz: none may show in a form as if it were an answer. */
const sealedStrings = (sealed: SealedArticle) =>
  (sealed.article.quiz!.questions as { sealed: { right: string[]; explanation?: string[] } }[]).flatMap((question) => [
    ...question.sealed.right,
    ...(question.sealed.explanation ?? []),
  ]);

describe('Glossa Studio: a sealed article', () => {
  it('is not opened to edit: the Studio says why, and opens it with its key file as it was before sealing', async () => {
    const sealed = await sealedSeed();
    const app = await mountStudio();
    openFile(app, jsonFile('kazakhstan-2022.sealed.json', sealed.article));
    expect(await refusal(app)).to.equal(
      'The answers of the quiz in kazakhstan-2022.sealed.json are sealed; open the unsealed file to edit them, or open this one with its key file.',
    );
    expect(has(app, 'studio-article-editor'), 'no form shows the hashes').to.equal(false);
    await expect(app).to.be.accessible();

    openKeyFile(
      app,
      jsonFile('kazakhstan-2022.key.json', (await sealedSeed('b3RoZXItc2VhbGluZy1vZi10aGUtc2VlZA')).key),
    );
    await waitUntil(() => $(app, '[role="alert"]').textContent.includes('another sealing'), 'the wrong key is refused');
    expect($(app, '[role="alert"]').textContent.trim()).to.equal(
      'kazakhstan-2022.key.json is the key of another sealing (its salt differs).',
    );
    expect(has(app, 'studio-article-editor')).to.equal(false);

    openKeyFile(app, jsonFile('kazakhstan-2022.key.json', sealed.key));
    const article = (await openedArticle(app)) as { quiz: { seal?: unknown; questions: OpenQuestion[] } };
    const open = await demoArticle(SEED_URL);
    expect(article.quiz.seal).to.equal(undefined);
    expect(article.quiz.questions).to.deep.equal(open.quiz!.questions);
    expect(text(app)).to.contain('Opened kazakhstan-2022.sealed.json with its key file, to edit.');
    expect(text(app)).to.contain('No problems');
  });

  it('is refused when pasted as JSON, on the start view and in the JSON view', async () => {
    const sealed = await sealedSeed();
    const app = await mountStudio();
    paste($(app, '#paste'), { 'text/plain': JSON.stringify(sealed.article) });
    expect(await refusal(app)).to.contain('The answers of the quiz in The text are sealed');
    expect(has(app, 'studio-article-editor')).to.equal(false);

    openFile(app, jsonFile('kazakhstan-2022.json', await demoArticle(SEED_URL)));
    const before = await openedArticle(app);
    $<HTMLTextAreaElement>(app, '#json').value = JSON.stringify(sealed.article);
    button(app, 'Apply the JSON').click();
    await waitUntil(() => has(app, '#panel-json [role="alert"]'), 'the JSON view says why');
    expect($(app, '#panel-json [role="alert"]').textContent.trim()).to.equal(
      'Not applied: the answers of this quiz are sealed; paste the unsealed article to edit them.',
    );
    expect(text(app), 'no step was added').not.to.contain('Undo: Edit the JSON');
    button(app, 'Forms').click();
    await waitUntil(() => !has(app, '#json'), 'the forms show');
    button(app, 'JSON').click();
    await waitUntil(() => has(app, '#json'));
    expect(JSON.parse($<HTMLTextAreaElement>(app, '#json').value)).to.deep.equal(before);
  });

  it('kept as a draft before, shows its questions read-only with the notice, and Publish cannot seal it again', async () => {
    const sealed = await sealedSeed();
    const shelf = indexedDbShelf(`glossa-studio-sealed-${Date.now()}`);
    const pending = { entities: [], keyFacts: [], timeline: [], questions: [], summary: false };
    await shelf.save({
      id: 'sealed-draft',
      title: 'Sealed seed',
      updated: Date.now(),
      document: { article: sealed.article, pending },
    });
    const { app } = await mountApp(shelf);
    await waitUntil(() => text(app).includes('Open “Sealed seed”'), 'the kept draft is listed');
    button(app, 'Open “Sealed seed”').click();
    await draftOpened(app);
    const editor = $(app, 'studio-article-editor').shadowRoot!;
    const quiz = editor.querySelector<HTMLElement>('[aria-labelledby="part-quiz"]')!;
    await waitUntil(() => quiz.textContent.includes(NOTICE), 'the quiz says it is sealed');
    expect(quiz.querySelectorAll('.sealed-questions li')).to.have.length(19);
    expect(quiz.querySelector('.sealed-questions li')!.textContent.trim()).to.equal(
      'Single choice: What set off the protests in Kazakhstan?',
    );
    expect(quiz.querySelectorAll('input, select, textarea'), 'no field edits a sealed answer').to.have.length(0);
    const shown = [
      editor.textContent,
      ...[...editor.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map(
        (each) => each.value,
      ),
    ].join('\n');
    for (const hash of sealedStrings(sealed)) expect(shown).not.to.contain(hash);
    await expect(app).to.be.accessible();

    $(app, 'header button.primary').click();
    const dialog = $(app, 'studio-publish-dialog').shadowRoot!;
    await waitUntil(() => dialog.querySelector('dialog')?.open === true, 'the publish dialog opens');
    const seal = dialog.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(seal.disabled).to.equal(true);
    expect(dialog.querySelector(`#${seal.getAttribute('aria-describedby')!}`)!.textContent.trim()).to.equal(
      'The answers of this quiz are already sealed: it is published as it is.',
    );
    const published: unknown = await (await fetch(dialog.querySelector<HTMLAnchorElement>('a[download]')!.href)).json();
    expect(published).to.deep.equal(sealed.article);
    await expect(dialog.querySelector('dialog')).to.be.accessible();
  });
});

describe('Studio: which quizzes are sealed', () => {
  it('is a quiz with a seal, or with a sealed question even without one', async () => {
    const sealed = await sealedSeed();
    const open = (await demoArticle(SEED_URL)) as unknown as Record<string, unknown>;
    expect(hasSealedQuiz(sealed.article)).to.equal(true);
    const { seal: _seal, ...unsalted } = sealed.article.quiz!;
    expect(hasSealedQuiz({ ...open, quiz: unsalted })).to.equal(true);
    expect(hasSealedQuiz(open)).to.equal(false);
    expect(hasSealedQuiz({ ...open, quiz: undefined })).to.equal(false);
  });
});
