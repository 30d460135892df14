import { expect } from '@open-wc/testing';
import { PALETTES } from '../../src/styles/palettes.js';
import { tokenStyles } from '../../src/styles/tokens.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssProperties?: { name: string; default?: string }[];
  members?: { name: string }[];
}

async function element(tag: string): Promise<Declaration | undefined> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: Declaration[] }[];
  };
  return manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
}

/** The global tokens the widgets read, with the light defaults they fall back to, from the styles themselves. */
function globalTokens(): Map<string, string> {
  const found = tokenStyles.cssText.matchAll(/var\((--glossa-[\w-]+), ([^;]+)\);/g);
  const tokens = new Map<string, string>();
  // A fallback to another private token is documented as the public token it stands for.
  for (const [, name, fallback] of found)
    if (!tokens.has(name!)) tokens.set(name!, fallback!.replaceAll('var(--_', 'var(--glossa-'));
  return tokens;
}

describe('custom-elements.json', () => {
  it('lists <glossa-article> with its attributes and events', async () => {
    const article = await element('glossa-article');
    expect(article, 'glossa-article is not in the manifest').to.exist;
    expect(article!.attributes!.map((attribute) => attribute.name)).to.include.members(['src', 'for', 'theme']);
    expect(article!.events!.map((event) => event.name)).to.include.members(['glossa-ready', 'glossa-error']);
  });

  for (const tag of ['glossa-explainer', 'glossa-timeline', 'glossa-whos-who', 'glossa-quiz', 'glossa-term']) {
    it(`documents every global token of <${tag}> with the default it really has`, async () => {
      const documented = new Map((await element(tag))!.cssProperties!.map((p) => [p.name, p.default]));
      const tokens = globalTokens();
      expect(tokens.size).to.be.greaterThan(20);
      for (const [name, fallback] of tokens) expect(documented.get(name), name).to.equal(fallback);
      expect(documented.get('--glossa-color-text')).to.equal(PALETTES.light.colors['color-text']);
    });
  }

  it('lists <glossa-quiz> with its attributes, events and reset()', async () => {
    const quiz = await element('glossa-quiz');
    expect(quiz, 'glossa-quiz is not in the manifest').to.exist;
    expect(quiz!.attributes!.map((attribute) => attribute.name)).to.include.members([
      'layout',
      'feedback',
      'pass',
      'shuffle',
      'seed',
      'questions',
      'print-key',
      'heading-level',
    ]);
    expect(quiz!.events!.map((event) => event.name)).to.include.members([
      'glossa-answer',
      'glossa-complete',
      'glossa-reset',
    ]);
    expect(quiz!.members!.map((member) => member.name)).to.include('reset');
  });
});
