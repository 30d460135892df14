import { expect } from '@open-wc/testing';
import { parseArticle } from '../../src/model/parse.js';
import { qtiFormat } from '../../src/formats/qti/index.js';
import { BringInError, fromFile } from '../../studio/src/import/brought-in.js';

const file = (name: string, text: string) => new File([text], name, { type: 'text/plain' });

async function bringInError(read: Promise<unknown>): Promise<BringInError> {
  try {
    await read;
  } catch (error) {
    if (error instanceof BringInError) return error;
    throw error;
  }
  throw new Error('expected a BringInError');
}

describe('Studio: opening a question bank', () => {
  it('opens a GIFT file as an article for its quiz, with what was not kept as notes', async () => {
    const brought = await fromFile(
      file('history.gift', "::grant:: Who is buried in Grant's tomb? {=Grant ~No one}\n\nWrite about him. {}\n"),
    );
    if (brought.kind !== 'article') throw new Error(`opened as ${brought.kind}`);
    expect(parseArticle(brought.article).ok).to.equal(true);
    expect(brought.article['title']).to.equal('History');
    expect(
      (brought.article['quiz'] as { questions: { id: string }[] }).questions.map((question) => question.id),
    ).to.deep.equal(['grant']);
    expect(brought.notes).to.deep.equal([
      'question 2 (line 3): an essay question is not imported: Glossa grades every answer itself',
    ]);
  });

  it('opens an Aiken .txt and a CSV file, and drafts from any other .txt', async () => {
    const aiken = await fromFile(file('quiz.txt', 'Which?\nA. Yes\nB. No\nANSWER: B\n'));
    expect(aiken.kind).to.equal('article');
    const csv = await fromFile(file('quiz.csv', 'type;prompt;answer\ntrue-false;Is it?;TRUE\n'));
    expect(csv.kind).to.equal('article');
    const text = await fromFile(file('story.txt', 'The council voted on Monday to close the old bridge.'));
    expect(text.kind).to.equal('draft');
  });

  it('opens a QTI 3 item file as an article for its quiz, as a package writes each item', async () => {
    const { files } = qtiFormat.write(
      { questions: [{ id: 'largest-city', type: 'true-false', prompt: 'Almaty is the largest city.', answer: true }] },
      { articleId: 'cities', lang: 'en' },
    );
    const item = files.find((each) => each.content.includes('<qti-assessment-item '))!;
    const brought = await fromFile(new File([item.content], 'largest-city.xml', { type: 'application/xml' }));
    if (brought.kind !== 'article') throw new Error(`opened as ${brought.kind}`);
    expect(parseArticle(brought.article).ok).to.equal(true);
    expect(brought.article['quiz']).to.deep.include({
      questions: [{ id: 'largest-city', type: 'true-false', prompt: 'Almaty is the largest city.', answer: true }],
    });
  });

  it('names what it opens when it cannot open a file', async () => {
    const error = await bringInError(fromFile(file('photo.png', 'not really a picture')));
    expect(error.message).to.equal(
      'The Studio cannot read .png files. Open a .txt, .md, .html, .docx or article .json file, or questions in .gift, .csv, Aiken .txt or QTI 3 .xml.',
    );
  });

  it('says where a question bank does not parse', async () => {
    const error = await bringInError(fromFile(file('broken.gift', 'First? {T}\n\nSecond? {=a ~b\n')));
    expect(error.message).to.equal(
      'broken.gift, line 3, column 9: "{" opens the answers, but no "}" closes them before the blank line.',
    );
  });
});
