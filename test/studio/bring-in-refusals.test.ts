import { expect } from '@open-wc/testing';
import { MAX_TEXT_LENGTH } from '../../studio/src/import/brought-in.js';
import { waitUntil } from '../fixtures/wait.js';
import { $, has, mountStudio, openedArticle, openFile, paste, refusal, text } from './fixtures/studio-app-harness.js';

const TEN_MB = 10 * 1024 * 1024;

/** Flags that the hostile page's script and handler would set, were either ever run. */
declare global {
  interface Window {
    glossaHostileScriptRan?: boolean;
    glossaHostileHandlerRan?: boolean;
  }
}

describe('Glossa Studio: what it is given that it cannot draft, or must draft with care', () => {
  it('answers a 10 MB paste, plain or rich, at once with the limit it drafts to, and keeps the start view', async () => {
    const app = await mountStudio();
    const long = 'The council met again on Tuesday and talked about the budget for a long time. '.repeat(TEN_MB / 80);
    paste($(app, '#paste'), { 'text/plain': long });
    const said = await refusal(app);
    expect(said).to.contain(`${long.length.toLocaleString('en')} characters`);
    expect(said).to.contain(`up to ${MAX_TEXT_LENGTH.toLocaleString('en')}`);
    expect(has(app, 'progress'), 'no draft started').to.equal(false);
    paste($(app, '#paste'), { 'text/html': `<article><p>${long}</p></article>`, 'text/plain': long });
    await waitUntil(() => $(app, '[role="alert"]').textContent.includes('characters'));
    expect(has(app, '#paste')).to.equal(true);
    await expect(app).to.be.accessible();
  });

  it('says a picture renamed .txt is not a text file, and an empty file is empty', async () => {
    const app = await mountStudio();
    const png = await (await fetch('/docs/studio-768-dark.png')).arrayBuffer();
    openFile(app, new File([png], 'photo.txt', { type: 'text/plain' }));
    expect(await refusal(app)).to.match(/^photo\.txt is not a text file/);
    openFile(app, new File([], 'empty.txt', { type: 'text/plain' }));
    await waitUntil(() => $(app, '[role="alert"]').textContent.includes('empty.txt is empty'));
  });

  it('drafts a .docx with an image, leaving the image out and saying so', async () => {
    const app = await mountStudio();
    const docx = await (await fetch('/test/draft/fixtures/import/report.docx')).arrayBuffer();
    openFile(app, new File([docx], 'report.docx'));
    const article = await openedArticle(app);
    expect(JSON.stringify(article)).not.to.match(/data:image|base64/);
    expect(text(app)).to.contain('The file’s 2 images were left out');
  });

  it('drafts pasted HTML without running its script or handler, and keeps neither', async () => {
    const app = await mountStudio();
    const page = `<article><h1>Council votes on the budget</h1>
      <p>The council of Springfield met on Tuesday and voted on next year's budget after a long debate.</p>
      <script>window.glossaHostileScriptRan = true;</script>
      <img src="/no-such-image.png" alt="" onerror="window.glossaHostileHandlerRan = true">
      <p>Mayor Jane Smith said the new library would open in the spring.</p></article>`;
    paste($(app, '#paste'), { 'text/html': page, 'text/plain': 'Council votes on the budget' });
    const article = await openedArticle(app);
    const json = JSON.stringify(article);
    expect(json).to.contain('Mayor Jane Smith said the new library');
    expect(json).not.to.match(/glossaHostile|onerror|<script/i);
    expect(text(app)).to.contain('nothing of them was run or kept');
    // The preview shows the figure's image: once it has failed to load, a kept handler would have run.
    const preview = $(app, 'studio-preview');
    await waitUntil(() => preview.shadowRoot?.querySelector('glossa-explainer') !== null, 'the preview');
    expect(window.glossaHostileScriptRan).to.equal(undefined);
    expect(window.glossaHostileHandlerRan).to.equal(undefined);
  });

  for (const [language, lang, title, paragraphs] of [
    [
      'Arabic',
      'ar',
      'احتجاجات في المدينة',
      [
        'خرج آلاف المتظاهرين إلى شوارع المدينة يوم الثلاثاء للمطالبة بإصلاحات اقتصادية.',
        'وقالت الحكومة إنها ستدرس مطالب المحتجين خلال الأسبوع المقبل.',
      ],
    ],
    [
      'Hebrew',
      'he',
      'הפגנה בעיר',
      ['אלפי מפגינים יצאו לרחובות העיר ביום שלישי בדרישה לרפורמות כלכליות.', 'הממשלה אמרה שתבחן את הדרישות בשבוע הבא.'],
    ],
  ] as const) {
    it(`drafts ${language} in its language, its paragraphs shown right to left`, async () => {
      const app = await mountStudio();
      paste($(app, '#paste'), { 'text/plain': [title, ...paragraphs].join('\n\n') });
      await waitUntil(() => has(app, 'studio-article-editor'), 'the draft opens');
      const editor = $(app, 'studio-article-editor').shadowRoot!;
      const field = () =>
        [...editor.querySelectorAll<HTMLTextAreaElement>('textarea')].find((each) => each.value === paragraphs[0]);
      await waitUntil(() => field() !== undefined, 'the first paragraph in its field');
      expect(field()!.matches(':dir(rtl)')).to.equal(true);
      const article = await openedArticle(app);
      expect(article['lang']).to.equal(lang);
      expect(article['title']).to.equal(title);
    });
  }
});
