import { expect } from '@open-wc/testing';
import { importArticle } from '../../src/draft/import/index.js';
import type { ArticleBody } from '../../src/draft/types.js';
import type { Figure, Paragraph } from '../../src/model/types.js';
import {
  ARABIC_TEXT,
  CLIPBOARD_FRAGMENT,
  GERMAN_POST,
  MARKDOWN_POST,
  NEWS_PAGE,
  WIRE_STORY,
} from './fixtures/import/sources.js';

interface HandModel {
  readonly paragraphs: readonly Paragraph[];
  readonly figures: readonly Figure[];
}

async function repoText(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.ok, path).to.be.true;
  return response.text();
}

/** A figure as the import can know it: without the alt text and licence a person adds. */
const drafted = ({ id: _id, alt: _alt, license: _license, ...figure }: Figure) => figure;

async function expectLikeHandModel(name: string): Promise<ArticleBody> {
  const text = await repoText(`/demo/articles/${name}.txt`);
  const model = JSON.parse(await repoText(`/demo/articles/${name}.json`)) as HandModel;
  const body = await importArticle({ kind: 'text', text });
  expect(body.paragraphs).to.deep.equal(model.paragraphs);
  expect(body.figures.map(drafted)).to.deep.equal(model.figures.map(drafted));
  return body;
}

describe('importArticle: plain text', () => {
  it('reads the seed article: its title, dateline, byline from the author box, every paragraph and both figures exactly', async () => {
    const body = await expectLikeHandModel('kazakhstan-2022');
    expect(body.title).to.equal('Uprising in Kazakhstan put down, Russian troops on their way home');
    expect(body.dateline).to.equal('Moscow');
    expect(body.byline).to.equal('Katie Curtis');
    expect(body.lang).to.equal('en');
    expect(body.notes.join('\n')).to.include('Check Also').and.include('The Kazakh head of state orders raid');
  });

  it('reads the NASA release: dek, date line, editor’s note, bracketed figures, and no contacts or links', async () => {
    const body = await expectLikeHandModel('perseverance-bunsen-peak-2024');
    expect(body.dek).to.match(/^The 24th sample taken by the six-wheeled scientist/);
    expect(body.published).to.equal('2024-04-03');
    expect(body.notes.join('\n')).to.include('Edge of the Crater’s Rim').and.include('News Media Contacts');
  });

  it('reads the French launch story: dateline with its region, “Par l’équipe”, a titled figure with a desk’s credit, no share bar', async () => {
    const body = await expectLikeHandModel('juice-lancement-2023');
    expect(body).to.include({
      title: 'Juice s’est envolée vers Jupiter et ses lunes glacées',
      dateline: 'Kourou (Guyane)',
      byline: 'L’équipe Glossa',
      published: '2023-04-14',
      lang: 'fr',
    });
    expect(body.paragraphs.map((paragraph) => paragraph.text).join('\n')).not.to.include('Partager');
    expect(body.notes.join('\n')).to.include('Partager').and.include('À lire aussi');
  });

  it('reads a wire story: byline, date line, dateline with its agency, a caption with “Photo:”, and drops the furniture', async () => {
    const body = await importArticle({ kind: 'text', text: WIRE_STORY });
    expect(body).to.include({
      title: 'Flooding closes schools across northern Italy',
      byline: 'Giulia Conti and Mark Hughes',
      published: '2023-11-04',
      dateline: 'MILAN',
    });
    expect(body.paragraphs.map((paragraph) => paragraph.text)).to.deep.equal([
      'MILAN (Reuters) – Heavy rain forced hundreds of schools in northern Italy to close on Friday, as rivers rose to their highest level in a decade and the army was sent to help.',
      '"We have never seen the water come this fast," said Anna Ferri, the mayor of a small town near Bergamo.',
      'Officials said at least 3,000 people had left their homes.',
    ]);
    expect(body.figures).to.deep.equal([
      {
        id: 'residents-walk-through-a',
        caption: 'Residents walk through a flooded street in Milan on Friday.',
        credit: 'Reuters',
        after: 'p2',
      },
    ]);
    expect(body.notes.join('\n')).to.include('Read more: Storms').and.include('Advertisement');
  });

  it('reads a German blog post: byline and date on one line, list items as paragraphs, the subheading noted', async () => {
    const body = await importArticle({ kind: 'text', text: GERMAN_POST });
    expect(body).to.include({ lang: 'de', byline: 'Petra Lang', published: '2024-03-12' });
    expect(body.paragraphs.map((paragraph) => paragraph.text)).to.deep.equal([
      'Im vergangenen Jahr haben wir unseren Garten umgestellt. Torf ist ein wertvoller Speicher für Kohlenstoff, und sein Abbau zerstört Moore, die sich nur sehr langsam erholen.',
      'Für die Beete mischen wir die Erde jetzt selbst:',
      'Kompost aus dem eigenen Garten,',
      'Rindenhumus vom Wertstoffhof,',
      'und etwas Sand für die Kräuter.',
      'Das Ergebnis ist nicht schlechter als mit gekaufter Erde, und es kostet weniger.',
    ]);
    expect(body.notes.join('\n')).to.include('Was wir stattdessen nehmen').and.include('3 list items');
  });

  it('reads a right-to-left Arabic text as Arabic, its paragraphs as written', async () => {
    const body = await importArticle({ kind: 'text', text: ARABIC_TEXT });
    expect(body.lang).to.equal('ar');
    expect(body.title).to.equal('افتتاح مكتبة جديدة في وسط المدينة');
    expect(body.paragraphs).to.have.length(2);
    expect(body.paragraphs[1]!.text).to.include('؟');
  });

  it('takes the language and date the person gives over what the text says', async () => {
    const body = await importArticle({ kind: 'text', text: WIRE_STORY }, { lang: 'en-GB', published: '2023-11-05' });
    expect(body).to.include({ lang: 'en-GB', published: '2023-11-05' });
  });
});

describe('importArticle: Markdown', () => {
  it('reads the title, front matter, inline marks as text, an image with its caption and credit, and notes code', async () => {
    const body = await importArticle({ kind: 'markdown', text: MARKDOWN_POST });
    expect(body).to.include({ title: 'How the comet got its tail', byline: 'Ines Moreau', published: '2024-02-19' });
    expect(body.paragraphs[0]!.text).to.equal('The tail of a comet always points away from the Sun, as NASA explains.');
    expect(body.paragraphs.map((paragraph) => paragraph.text)).to.include(
      '"It is the solar wind that shapes it," said Dr. Ana Lima.',
    );
    expect(body.figures[0]).to.deep.equal({
      id: 'comet-neowise-over-the',
      caption: 'Comet NEOWISE over the Alps in July 2020.',
      credit: 'Jan Novak',
      src: 'https://example.org/neowise.jpg',
      alt: 'Comet NEOWISE over a mountain ridge',
      after: 'p1',
    });
    expect(JSON.stringify(body)).not.to.include('console.log').and.not.include('javascript:');
    expect(body.notes.join('\n')).to.include('code block').and.include('Two tails, not one');
  });
});

describe('importArticle: HTML', () => {
  it('reads a news page’s article and leaves out navigation, share bar, scripts, forms, author box and teasers', async () => {
    const body = await importArticle({ kind: 'html', html: NEWS_PAGE });
    expect(body).to.include({
      title: 'La ville ouvre un nouveau pont sur le lac',
      lang: 'fr-FR',
      byline: 'Claire Dubois',
      published: '2023-06-21',
      dateline: 'Genève',
    });
    expect(body.paragraphs.map((paragraph) => paragraph.text)).to.deep.equal([
      'Genève – Le nouveau pont sur le lac a été ouvert mardi aux piétons et aux cyclistes, après trois ans de travaux.',
      'Il relie les deux rives en moins de cinq minutes à pied.',
      '« Nous attendions ce pont depuis longtemps », a dit une habitante.',
    ]);
    expect(body.figures).to.deep.equal([
      {
        id: 'le-pont-au-coucher',
        caption: 'Le pont au coucher du soleil, mardi soir.',
        credit: 'Marc Petit / Le Courrier',
        src: 'https://example.org/pont.jpg',
        alt: 'Le pont au coucher du soleil',
        after: 'p2',
      },
    ]);
    const json = JSON.stringify(body.paragraphs) + JSON.stringify(body.figures) + body.title;
    for (const executable of [
      'alert',
      'onerror',
      'tracker',
      'injected',
      'Newsletter',
      'Accueil',
      'Partager',
      'Un autre article',
    ]) {
      expect(json, executable).not.to.include(executable);
    }
    expect(body.notes.join('\n')).to.include('nothing of them was run or kept');
  });

  it('reads what a browser puts on the clipboard: styled spans joined, a double line break as two paragraphs', async () => {
    const body = await importArticle({ kind: 'html', html: CLIPBOARD_FRAGMENT });
    expect(body.title).to.equal('Council approves new bus lanes');
    expect(body.paragraphs.map((paragraph) => paragraph.text)).to.deep.equal([
      'The city council approved four new bus lanes on Thursday, after two years of debate.',
      'The first lane opens in May.',
      'The others follow by the end of the year.',
    ]);
  });

  it('reads a web page’s source pasted as text as the page it is', async () => {
    const body = await importArticle({ kind: 'text', text: NEWS_PAGE });
    expect(body.title).to.equal('La ville ouvre un nouveau pont sur le lac');
    expect(body.paragraphs).to.have.length(3);
  });
});

describe('importArticle: Word', () => {
  it('reads a .docx: title, byline, paragraphs, list, the captioned image as a figure without it, and says so', async () => {
    const data = await (await fetch('/test/draft/fixtures/import/report.docx')).arrayBuffer();
    const body = await importArticle({ kind: 'docx', data });
    expect(body).to.include({ title: 'Harbour Bridge reopens after two years of repairs', byline: 'Mette Lund' });
    expect(body.paragraphs[0]!.text).to.equal(
      'The old harbour bridge in Aarhus reopened on Monday after 26 months of work that cost €48 million, the city council said.',
    );
    expect(body.paragraphs.map((paragraph) => paragraph.text)).to.include(
      'the lifting machinery, first installed in 1934;',
    );
    expect(body.figures).to.deep.equal([
      {
        id: 'the-bridge-at-dawn',
        caption: 'The bridge at dawn on its first day open to traffic.',
        credit: 'Aarhus Kommune',
        after: 'p2',
      },
    ]);
    expect(body.notes).to.include('The file’s 2 images were left out; add them as figures with their address.');
    expect(body.notes.join('\n')).to.include('What changed');
  });
});
