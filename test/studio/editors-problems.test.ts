import { expect } from '@open-wc/testing';
import type { FieldProblem } from '../../studio/src/document.js';
import { waitUntil } from '../fixtures/wait.js';
import { mountEditor, open, seedDocument, type Harness } from './fixtures/editors/editor-harness.js';

const ANSWER = ['article', 'quiz', 'questions', 3, 'answer'];
const PROBLEMS: FieldProblem[] = [
  { path: ANSWER, message: 'must be the id of one of the choices (got "z")' },
  { path: ['article', 'timeline', 1, 'colour'], message: 'is not a field here' },
  { path: ['article', 'entities', 0, 'evidence', 1], message: 'points at paragraph "p99", which does not exist' },
  { path: ['article', 'entities', 0, 'aliases', 1], message: 'must not be empty' },
  { path: ['article', 'schemaVersion'], message: 'must be 1' },
];

async function withProblems(): Promise<Harness> {
  const harness = await mountEditor(await seedDocument());
  harness.editor.problems = PROBLEMS;
  await harness.editor.updateComplete;
  return harness;
}

function describedBy(harness: Harness, element: Element): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => harness.root.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('studio-article-editor: problems at their fields', () => {
  it('shows a problem beside its field, the field marked invalid and described by the message', async () => {
    const harness = await withProblems();
    await open(harness, ANSWER.slice(0, 4));
    await open(harness, ['article', 'entities', 0]);
    const answer = harness.at<HTMLSelectElement>(ANSWER);
    expect(answer.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(harness, answer)).to.include('must be the id of one of the choices (got "z")');
    const alias = harness.at(['article', 'entities', 0, 'aliases', 1]);
    expect(alias.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(harness, alias)).to.include('must not be empty');
    const title = harness.at(['article', 'title']);
    expect(title.hasAttribute('aria-invalid')).to.equal(false);
    await expect(harness.editor).to.be.accessible();
  });

  it('shows a problem with no field of its own on the nearest item, and counts problems in summaries', async () => {
    const harness = await withProblems();
    expect(harness.item(['article', 'timeline', 1]).querySelector('summary')!.textContent).to.include('1 problem');
    await open(harness, ['article', 'timeline', 1]);
    await open(harness, ['article', 'entities', 0]);
    const event = harness.item(['article', 'timeline', 1]);
    expect(event.querySelector(':scope > details > .item-body > .item-problems')!.textContent).to.include(
      'is not a field here',
    );
    expect(event.querySelector('summary')!.textContent).to.include('1 problem');
    const evidence = harness.at(['article', 'entities', 0, 'evidence', 1]);
    expect(evidence.querySelector('.item-problems')!.textContent).to.include('"p99"');
    expect(harness.item(['article', 'entities', 0]).querySelector('summary')!.textContent).to.include('2 problems');
    const top = [...harness.root.children].find((child) => child.matches('.item-problems'));
    expect(top!.textContent).to.include('must be 1');
    expect(harness.root.textContent.match(/is not a field here/g)).to.have.length(1);
  });

  it('focusField opens the item and focuses the field, or the nearest item, and says when there is none', async () => {
    const harness = await withProblems();
    expect(harness.root.querySelector(`[data-path="${CSS.escape(JSON.stringify(ANSWER))}"]`)).to.equal(null);
    expect(harness.editor.focusField(ANSWER)).to.equal(true);
    const answer = harness.at<HTMLSelectElement>(ANSWER);
    expect(answer.closest('details')!.open).to.equal(true);
    expect(harness.root.activeElement).to.equal(answer);
    const choice = ['article', 'quiz', 'questions', 0, 'choices', 1, 'feedback'];
    expect(harness.editor.focusField(choice)).to.equal(true);
    expect(harness.root.activeElement).to.equal(harness.at(choice));
    expect(harness.editor.focusField(['article', 'timeline', 1, 'colour'])).to.equal(true);
    expect(harness.root.activeElement).to.equal(harness.item(['article', 'timeline', 1]).querySelector('summary'));
    const quote = ['article', 'entities', 3, 'evidence', 0];
    expect(harness.editor.focusField([...quote, 'quote'])).to.equal(true);
    expect(harness.root.activeElement!.closest('[data-path]')).to.equal(harness.at(quote));
    expect(harness.editor.focusField(['article', 'schemaVersion'])).to.equal(false);
    expect(harness.editor.focusField(['elsewhere'])).to.equal(false);
    await expect(harness.editor).to.be.accessible();
  });

  it('moves the problems with the document: a fixed field is no longer marked', async () => {
    const harness = await withProblems();
    await open(harness, ANSWER.slice(0, 4));
    harness.editor.problems = PROBLEMS.filter((problem) => problem.path !== ANSWER);
    await waitUntil(() => !harness.at(ANSWER).hasAttribute('aria-invalid'));
    expect(harness.item(['article', 'quiz', 'questions', 3]).querySelector('summary')!.textContent).not.to.include(
      'problem',
    );
  });
});
