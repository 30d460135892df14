import { expect } from '@open-wc/testing';
import { DraftInputError, importArticle, sourceFromFile } from '../../src/draft/import/index.js';
import type { DraftSource } from '../../src/draft/types.js';

async function refusal(source: DraftSource, options = {}): Promise<DraftInputError> {
  try {
    await importArticle(source, options);
  } catch (error) {
    expect(error).to.be.instanceOf(DraftInputError);
    return error as DraftInputError;
  }
  throw new Error('the input was not refused');
}

function fileRefusal(name: string, bytes: Uint8Array): DraftInputError {
  try {
    sourceFromFile(name, bytes);
  } catch (error) {
    expect(error).to.be.instanceOf(DraftInputError);
    return error as DraftInputError;
  }
  throw new Error('the file was not refused');
}

describe('importArticle: input it cannot draft', () => {
  it('says an empty file or paste is empty', async () => {
    expect(fileRefusal('article.txt', new Uint8Array()).message).to.match(/^The file is empty/);
    expect((await refusal({ kind: 'text', text: ' \n\n\t' })).message).to.match(/is empty/);
    expect((await refusal({ kind: 'docx', data: new Uint8Array() })).message).to.match(/^The file is empty/);
  });

  it('says binary data is not text: NUL bytes, mostly invalid UTF-8, a zip or a PDF read as text', async () => {
    expect((await refusal({ kind: 'text', text: 'ELF\u0000\u0001\u0002 text' })).message).to.match(/binary data/);
    const invalidUtf8 = new Uint8Array(400).map((_, index) => 0x80 + (index % 64));
    expect(fileRefusal('notes.txt', invalidUtf8).message).to.match(/binary data/);
    expect((await refusal({ kind: 'text', text: 'PK\u0003\u0004rest' })).message).to.match(/\.docx/);
    expect((await refusal({ kind: 'markdown', text: '%PDF-1.7 …' })).message).to.match(/PDF/);
  });

  it('says a .docx that is not a zip, or a damaged one, is not a Word document', async () => {
    const text = new TextEncoder().encode('Just some text saved as .docx');
    expect((await refusal({ kind: 'docx', data: text })).message).to.match(/not a Word document/);
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect((await refusal({ kind: 'docx', data: damaged })).message).to.match(/cannot be read/);
  });

  it('refuses a .doc or .pdf by its name, saying what to do instead', () => {
    expect(fileRefusal('old.doc', new Uint8Array([1])).message).to.match(/save the document as \.docx/);
  });

  it('refuses a 10 MB text with the limit, in linear time, and reads a long line without catastrophic backtracking', async () => {
    const paragraph = 'The council met again on Tuesday and talked about the budget for a long time. ';
    const text = `A very long article\n\n${`${paragraph.repeat(20)}\n\n`.repeat(Math.ceil(10_000_000 / 1_600))}`;
    expect((await refusal({ kind: 'text', text })).message).to.match(/more than the 5 MB an article can hold/);
    const long = await importArticle({
      kind: 'text',
      text: `Title\n\n${'a'.repeat(200_000)} ${' '.repeat(200_000)}end.`,
    });
    expect(long.paragraphs).to.have.length(1);
  });

  it('refuses options that are not a language tag or a date', async () => {
    expect((await refusal({ kind: 'text', text: 'Title\n\nText.' }, { published: '11/01/2022' })).message).to.match(
      /YYYY-MM-DD/,
    );
    expect((await refusal({ kind: 'text', text: 'Title\n\nText.' }, { lang: 'not a tag' })).message).to.match(
      /language tag/,
    );
  });

  it('reads a file by its name: HTML in the encoding it declares, UTF-16 by its byte-order mark', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="windows-1252"><p>Caf'),
      0xe9,
      ...new TextEncoder().encode('</p>'),
    ]);
    expect(sourceFromFile('page.HTM', latin1)).to.deep.equal({
      kind: 'html',
      html: '<meta charset="windows-1252"><p>Café</p>',
    });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0]);
    expect(sourceFromFile('notes.md', utf16)).to.deep.equal({ kind: 'markdown', text: 'Hi' });
  });
});
