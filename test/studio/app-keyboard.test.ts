import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '../fixtures/wait.js';
import { $, draftSeed, focused, labelled, mountApp, root, tabTo, text } from './fixtures/studio-app-harness.js';

/** The box that shows an element's focus: a visually hidden file input shows it on its label. */
function focusRing(element: Element): CSSStyleDeclaration {
  const shown = element.matches('input[type="file"]') ? element.closest('label')! : element;
  return getComputedStyle(shown);
}

describe('Glossa Studio: by keyboard', () => {
  it('reaches every control of the start view with Tab, each with a visible focus ring', async () => {
    const { app } = await mountApp();
    await waitUntil(() => text(app).includes('Your drafts'));
    const reached: string[] = [];
    for (const wanted of ['select', 'textarea', 'button', 'input']) {
      const element = await tabTo((candidate) => candidate.localName === wanted, { most: 1 });
      const ring = focusRing(element);
      expect(ring.outlineStyle, `${wanted}'s outline`).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      reached.push(wanted);
    }
    expect(reached).to.deep.equal(['select', 'textarea', 'button', 'input']);
  });

  it('keeps the focus in the app when a draft opens and when it is closed', async function () {
    this.timeout(120_000);
    const { app } = await mountApp();
    await draftSeed(app);
    await waitUntil(() => focused()?.id === 'edit-heading', 'the focus goes to the forms');
    await tabTo(labelled('Close draft'), { backwards: true });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(app).querySelector('#paste'), 'the start view is back');
    await waitUntil(() => focused()?.id === 'bring-in', 'the focus goes to the start view');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal($(app, '#paste'));
  });

  it('keeps the focus on Undo when the last step is undone, and on Redo when the last is redone', async function () {
    this.timeout(120_000);
    const { app } = await mountApp();
    await draftSeed(app);
    await tabTo((element) => element.id === 'field-article-title');
    await sendKeys({ type: '!' });
    const undo = await tabTo((element) => element.textContent.trim() === 'Undo: Edit title', { backwards: true });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(app).includes('Undone: Edit title.'), 'undone');
    expect(focused()).to.equal(undo);
    expect(undo.getAttribute('aria-disabled')).to.equal('true');
    const redo = await tabTo((element) => element.textContent.trim() === 'Redo: Edit title');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(app).includes('Redone: Edit title.'), 'redone');
    expect(focused()).to.equal(redo);
  });
});
