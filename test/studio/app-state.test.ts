import { expect } from '@open-wc/testing';
import { parseArticle } from '../../src/model/parse.js';
import type { StudioDocument } from '../../studio/src/document.js';
import { BringInError, articleFromJson, fromTypedText } from '../../studio/src/import/brought-in.js';
import { embedSnippet } from '../../studio/src/publish/embed-snippet.js';
import { edit, redo, redoLabel, startHistory, undo, undoLabel } from '../../studio/src/state/document-history.js';
import { issuePath } from '../../studio/src/state/issue-path.js';
import { seedJson } from '../fixtures/seed-article.js';

const NO_PENDING = { entities: [], keyFacts: [], timeline: [], questions: [], summary: false };
const doc = (article: Record<string, unknown>): StudioDocument => ({ article, pending: NO_PENDING });

describe('Studio: document history', () => {
  it('undoes and redoes whole steps, and a new edit clears what was undone', () => {
    let history = startHistory(doc({ title: 'A', paragraphs: [{ id: 'p1', text: 'x' }] }));
    history = edit(history, { label: 'Edit title', changes: [{ path: ['article', 'title'], value: 'B' }] });
    history = edit(history, {
      label: 'Merge',
      changes: [
        { path: ['article', 'paragraphs', 0, 'text'], value: 'y' },
        { path: ['article', 'dek'], value: 'D' },
      ],
    });
    expect(undoLabel(history)).to.equal('Merge');
    history = undo(history);
    expect(history.document.article).to.deep.equal({ title: 'B', paragraphs: [{ id: 'p1', text: 'x' }] });
    expect(redoLabel(history)).to.equal('Merge');
    history = redo(history);
    expect(history.document.article['dek']).to.equal('D');
    history = undo(undo(history));
    expect(history.document.article['title']).to.equal('A');
    history = edit(history, { label: 'Edit byline', changes: [{ path: ['article', 'byline'], value: 'Z' }] });
    expect(redoLabel(history)).to.equal(undefined);
    expect(undo(undo(history))).to.deep.equal(undo(history));
  });

  it('makes one step of a typing session and keeps the document it started from', () => {
    const start = doc({ title: 'A' });
    let history = startHistory(start);
    for (const title of ['Ab', 'Abc', 'Abcd'])
      history = edit(history, {
        label: 'Edit title',
        changes: [{ path: ['article', 'title'], value: title }],
        merge: 'title-1',
      });
    history = edit(history, {
      label: 'Edit title',
      changes: [{ path: ['article', 'title'], value: 'X' }],
      merge: 'title-2',
    });
    expect(history.done).to.have.length(2);
    expect(undo(undo(history)).document).to.equal(start);
    expect(start.article['title']).to.equal('A');
  });

  it('removes a property set to undefined and creates lists along a new path', () => {
    let history = startHistory(doc({ title: 'A', dek: 'D' }));
    history = edit(history, {
      label: 'x',
      changes: [
        { path: ['article', 'dek'], value: undefined },
        { path: ['article', 'figures', 0, 'id'], value: 'f1' },
      ],
    });
    expect(history.document.article).to.deep.equal({ title: 'A', figures: [{ id: 'f1' }] });
  });
});

describe('Studio: issue paths', () => {
  it('reads every path formatPath writes, rooted at the document', () => {
    expect(issuePath('')).to.deep.equal(['article']);
    expect(issuePath('quiz.questions[3].answer')).to.deep.equal(['article', 'quiz', 'questions', 3, 'answer']);
    expect(issuePath('entities[12]["odd key"].x')).to.deep.equal(['article', 'entities', 12, 'odd key', 'x']);
    expect(issuePath('paragraphs[0]')).to.deep.equal(['article', 'paragraphs', 0]);
  });

  it('maps every problem of a broken seed to a path into the article', async () => {
    const seed = (await seedJson()) as Record<string, unknown[]>;
    const broken = {
      ...seed,
      entities: [{ ...(seed['entities']![0] as object), name: '' }, ...seed['entities']!.slice(1)],
    };
    const result = parseArticle(broken);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issuePath(issue.path))).to.deep.include(['article', 'entities', 0, 'name']);
  });
});

describe('Studio: bringing an article in', () => {
  it('tells an article JSON from a text, and says what is wrong with bad JSON', () => {
    expect(fromTypedText('Title\n\nA paragraph.').kind).to.equal('draft');
    expect(fromTypedText('{"title": "x"}').kind).to.equal('article');
    expect(() => articleFromJson('{"title": ', 'story.json')).to.throw(BringInError, /story\.json is not valid JSON/);
    expect(() => articleFromJson('[1]', 'story.json')).to.throw(BringInError, /not an article/);
    expect(() => fromTypedText('  \n ')).to.throw(BringInError, /empty/);
    expect(() => fromTypedText('x'.repeat(2_000_001))).to.throw(BringInError, /drafts up to/);
  });
});

describe('Studio: embed snippet', () => {
  it('carries the article inline in a form no text of it can break out of, or names its address', () => {
    const article = { id: 'a', title: '</script><script>alert(1)</script>' };
    const inline = embedSnippet(article);
    expect(inline.match(/<\/script>/g)).to.have.length(2);
    const json = new DOMParser()
      .parseFromString(inline, 'text/html')
      .querySelector('glossa-article script[type="application/json"]')!.textContent;
    expect(JSON.parse(json)).to.deep.equal(article);
    expect(embedSnippet(article, { src: 'https://example.org/a.json?x="y"' })).to.contain(
      '<glossa-article src="https://example.org/a.json?x=&quot;y&quot;">',
    );
  });
});
