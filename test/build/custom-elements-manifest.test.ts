import { expect } from '@open-wc/testing';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
}

async function element(tag: string): Promise<Declaration | undefined> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: Declaration[] }[];
  };
  return manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
}

describe('custom-elements.json', () => {
  it('lists <glossa-article> with its attributes and events', async () => {
    const article = await element('glossa-article');
    expect(article, 'glossa-article is not in the manifest').to.exist;
    expect(article!.attributes!.map((attribute) => attribute.name)).to.include.members(['src', 'for']);
    expect(article!.events!.map((event) => event.name)).to.include.members(['glossa-ready', 'glossa-error']);
  });

  it('lists <glossa-quiz> with its attributes, events and reset()', async () => {
    const quiz = (await element('glossa-quiz')) as (Declaration & { members?: { name: string }[] }) | undefined;
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
    expect(quiz!.events!.map((event) => event.name)).to.include.members(['glossa-answer', 'glossa-complete', 'glossa-reset']);
    expect(quiz!.members!.map((member) => member.name)).to.include('reset');
  });
});
