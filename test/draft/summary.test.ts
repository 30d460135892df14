import { expect } from '@open-wc/testing';
import { draftSummary } from '../../src/draft/summary.js';
import type { Paragraph } from '../../src/model/types.js';

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, index) => ({ id: `p${index + 1}`, text }));
const summary = (lang: string, ...texts: string[]) => draftSummary(paragraphs(...texts), { lang });

describe('draftSummary', () => {
  it('takes the two lead sentences without the dateline', () => {
    expect(summary('en', 'Moscow – Troops will leave. They came last week. A third sentence.', 'More.')).to.equal(
      'Troops will leave. They came last week.',
    );
    expect(summary('fr', 'Kourou (Guyane) – La sonde est partie. Une fusée l’a emportée.')).to.equal(
      'La sonde est partie. Une fusée l’a emportée.',
    );
    expect(summary('en', 'PARIS, Jan. 5 (Reuters) — Prices rose. Shops closed.')).to.equal(
      'Prices rose. Shops closed.',
    );
  });

  it('keeps a dash that opens an aside, not a dateline', () => {
    expect(summary('en', 'The troops – mostly Russian – left. Calm returned.')).to.equal(
      'The troops – mostly Russian – left. Calm returned.',
    );
  });

  it('stays within about 60 words: the first sentence alone when two are longer, cut when it is', () => {
    const long = `Start ${Array.from({ length: 39 }, () => 'word').join(' ')}.`;
    expect(summary('en', `${long} ${long}`)).to.equal(long);
    const longer = `${Array.from({ length: 70 }, () => 'word').join(' ')}.`;
    const cut = summary('en', longer);
    expect(cut.split(' ')).to.have.length(60);
    expect(cut.endsWith('word…')).to.equal(true);
  });

  it('passes over an editor’s note at the top', () => {
    expect(summary('en', 'Editor’s note: This story was updated.', 'NASA’s rover found a rock. It was wet.')).to.equal(
      'NASA’s rover found a rock. It was wet.',
    );
  });

  for (const [name, start] of [
    ['kazakhstan-2022', 'Troops led by Russia will begin withdrawing'],
    ['perseverance-bunsen-peak-2024', 'Analysis by instruments aboard NASA’s Perseverance'],
    ['juice-lancement-2023', 'La sonde européenne Juice a pris vendredi le chemin de Jupiter.'],
  ] as const) {
    it(`drafts the lead of ${name} in its own words`, async () => {
      const demo = (await (await fetch(`/demo/articles/${name}.json`)).json()) as {
        lang: string;
        paragraphs: Paragraph[];
      };
      const drafted = draftSummary(demo.paragraphs, { lang: demo.lang });
      expect(drafted.startsWith(start), drafted).to.equal(true);
      expect(drafted.split(' ').length).to.be.at.most(61);
      const lead = demo.paragraphs.find((paragraph) => paragraph.text.includes(drafted.replace(/…$/u, '')));
      expect(lead, drafted).not.to.equal(undefined);
    });
  }
});
