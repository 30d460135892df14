import { expect, fixture, html } from '@open-wc/testing';
import { choose, chunksOf, filesFor, type ChunkManifest } from '../../src/loader/chunk-manifest.js';
import { foundTags } from '../../src/loader/found-tags.js';
import { createLoader } from '../../src/loader/loader.js';
import { waitUntil } from '../fixtures/wait.js';

/** Three elements that share a base chunk, and one file of them all that weighs less than any two. */
const MANIFEST: ChunkManifest = {
  all: './all.js',
  elements: {
    'glossa-quiz': ['./quiz.js', './base.js'],
    'glossa-timeline': ['./timeline.js', './base.js'],
    'glossa-explainer': ['./explainer.js', './timeline.js', './base.js'],
  },
  bytes: { './all.js': 25, './quiz.js': 10, './timeline.js': 5, './explainer.js': 5, './base.js': 15 },
};
const TAGS = Object.keys(MANIFEST.elements);

describe('the CDN loader', () => {
  describe('choose, chunksOf and filesFor', () => {
    it('name each chunk once, an element’s own first', () => {
      expect(chunksOf(['glossa-explainer', 'glossa-timeline'], MANIFEST)).to.deep.equal([
        './explainer.js',
        './timeline.js',
        './base.js',
      ]);
    });

    it('take the elements’ chunks while they weigh no more than the file of every element', () => {
      expect(choose(['glossa-quiz'], MANIFEST)).to.equal('chunks');
      expect(choose(['glossa-explainer', 'glossa-timeline'], MANIFEST)).to.equal('chunks');
      expect(choose(['glossa-quiz', 'glossa-timeline'], MANIFEST)).to.equal('all');
    });

    it('name, for a page to preload, the files the choice fetches', () => {
      expect(filesFor(['glossa-explainer', 'glossa-timeline'], MANIFEST)).to.deep.equal([
        './explainer.js',
        './timeline.js',
        './base.js',
      ]);
      expect(filesFor(new Set(['glossa-quiz', 'glossa-timeline']), MANIFEST)).to.deep.equal(['./all.js']);
      expect(filesFor(['glossa-unknown'], MANIFEST)).to.deep.equal([]);
    });
  });

  describe('foundTags', () => {
    it('finds tags and markers, the root itself included, and not what is not Glossa’s', async () => {
      const root = await fixture(html`<glossa-quiz>
        <div data-glossa="timeline"></div>
        <a href="story.json#glossa=explainer&amp;layout=list">The story</a>
        <a href="other.html#top">Top</a>
        <glossa-question></glossa-question>
      </glossa-quiz>`);
      expect([...foundTags([root], TAGS)].sort()).to.deep.equal(['glossa-explainer', 'glossa-quiz', 'glossa-timeline']);
      expect([...foundTags([root], ['glossa-timeline'])].sort()).to.deep.equal(['glossa-explainer', 'glossa-timeline']);
    });
  });

  describe('createLoader', () => {
    /** A loader over the manifest whose imports are recorded, and define a made-up tag's element. */
    function recordingLoader(suffix: string) {
      const imported: string[] = [];
      const tag = (name: string) => `${name}-${suffix}`;
      const manifest: ChunkManifest = {
        ...MANIFEST,
        elements: Object.fromEntries(Object.entries(MANIFEST.elements).map(([name, files]) => [tag(name), files])),
      };
      const loader = createLoader(manifest, (path) => {
        imported.push(path);
        const defines = path === './all.js' ? TAGS : TAGS.filter((name) => MANIFEST.elements[name]![0] === path);
        for (const name of defines)
          if (!customElements.get(tag(name))) customElements.define(tag(name), class extends HTMLElement {});
        return Promise.resolve();
      });
      return { loader, imported, tag };
    }

    it('loads an element’s chunks at once when its tag appears, and each chunk once', async () => {
      const { loader, imported, tag } = recordingLoader('one');
      const page = await fixture(html`<div></div>`);
      loader.watch(document);
      expect(imported).to.deep.equal([]);
      page.append(document.createElement(tag('glossa-timeline')));
      await waitUntil(() => customElements.get(tag('glossa-timeline')), 'the timeline was not loaded');
      expect(imported).to.deep.equal(['./timeline.js', './base.js']);
      page.append(document.createElement(tag('glossa-explainer')));
      await waitUntil(() => customElements.get(tag('glossa-explainer')), 'the explainer was not loaded');
      expect(imported).to.deep.equal(['./timeline.js', './base.js', './explainer.js', './timeline.js', './base.js']);
      await loader.load(tag('glossa-timeline'));
      expect(imported, 'not loaded again').to.have.length(5);
    });

    it('loads the file of every element once, when the first elements found weigh more, and nothing else later', async () => {
      const { loader, imported, tag } = recordingLoader('two');
      const page = await fixture(html`<div></div>`);
      page.append(document.createElement(tag('glossa-quiz')), document.createElement(tag('glossa-timeline')));
      loader.discover(page);
      await loader.load(tag('glossa-quiz'));
      await loader.load(tag('glossa-explainer'));
      expect(imported).to.deep.equal(['./all.js']);
    });

    it('finds the tags a page adds at once among many other elements, in them or as them', async () => {
      const { loader, imported, tag } = recordingLoader('four');
      const page = await fixture(html`<div></div>`);
      loader.watch(document);
      const box = document.createElement('section');
      box.append(document.createElement('p'));
      box.firstElementChild!.append(document.createElement(tag('glossa-timeline')));
      const leaves = Array.from({ length: 500 }, () => document.createElement('span'));
      page.append(...leaves, box, document.createElement(tag('glossa-quiz')));
      await waitUntil(() => customElements.get(tag('glossa-timeline')), 'the timeline in the section was not loaded');
      expect(imported).to.deep.equal(['./all.js']);
    });

    it('loads nothing for an element another copy of Glossa defined, and refuses a tag it does not know', async () => {
      const { loader, imported, tag } = recordingLoader('three');
      customElements.define(tag('glossa-quiz'), class extends HTMLElement {});
      await loader.load(tag('glossa-quiz'));
      expect(imported).to.deep.equal([]);
      let refused: unknown;
      await loader.load('glossa-unknown').catch((error: unknown) => (refused = error));
      expect(refused).to.be.an('error');
    });
  });
});
