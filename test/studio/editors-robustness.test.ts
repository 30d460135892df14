import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '../fixtures/wait.js';
import { mountEditor, NO_PENDING, open } from './fixtures/editors/editor-harness.js';

describe('studio-article-editor: documents that are not articles yet', () => {
  it('shows forms for an empty article and builds one from them', async () => {
    const harness = await mountEditor({ article: {}, pending: NO_PENDING });
    expect(harness.root.textContent).to.include('No paragraphs yet.');
    const title = harness.at<HTMLInputElement>(['article', 'title']);
    title.focus();
    await sendKeys({ type: 'A' });
    await waitUntil(() => harness.document().article.title === 'A');
    const add = [...harness.root.querySelectorAll('button')].find(
      (button) => button.textContent.trim() === 'Add paragraph',
    )!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => Array.isArray(harness.document().article.paragraphs));
    expect(harness.document().article.paragraphs).to.deep.equal([{ id: 'p1', text: '' }]);
    const form = harness.$<HTMLFormElement>('form.add-question');
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => harness.document().article.quiz !== undefined);
    expect((harness.document().article.quiz as { questions: unknown[] }).questions).to.have.length(1);
    await expect(harness.editor).to.be.accessible();
  });

  it('draws what it can of values of the wrong shape, and never shows them as markup', async () => {
    const article = {
      title: '<img src=x onerror=alert(1)>',
      paragraphs: [1, { id: 'p1', text: '<b>bold</b>' }, null],
      entities: 'nobody',
      explainer: [],
      quiz: {
        questions: [null, { id: 'q', type: 'essay', prompt: 'Why?' }, { id: 'r', type: 'single', choices: 'ab' }],
      },
      timeline: [{ id: 't', when: 20220105, label: ['a'] }],
      figures: [{ id: 'f', caption: ['one', 'two'] }],
    };
    const harness = await mountEditor({ article, pending: { ...NO_PENDING, entities: ['ghost'], summary: true } });
    expect(harness.root.querySelector('img, b')).to.equal(null);
    expect(harness.at<HTMLInputElement>(['article', 'title']).value).to.equal(article.title);
    await open(harness, ['article', 'figures', 0]);
    await open(harness, ['article', 'quiz', 'questions', 2]);
    expect(harness.at<HTMLTextAreaElement>(['article', 'figures', 0, 'caption']).value).to.equal('one\n\ntwo');
    expect(harness.item(['article', 'quiz', 'questions', 1]).textContent).to.include('Unknown type');
    await expect(harness.editor).to.be.accessible();
  });
});
