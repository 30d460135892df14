import { expect } from '@open-wc/testing';
import { draftTimeline } from '../../src/draft/timeline.js';
import { parseArticle } from '../../src/model/parse.js';
import type { Figure, Paragraph, TimelineEvent } from '../../src/model/types.js';

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, index) => ({ id: `p${index + 1}`, text }));
const dates = async (text: string, published?: string, lang = 'en') =>
  (await draftTimeline(paragraphs(text), [], { lang, ...(published === undefined ? {} : { published }) })).map(
    (event) => [event.when, event.planned ?? false, event.label],
  );

interface DemoArticle {
  lang: string;
  published?: string;
  paragraphs: Paragraph[];
  figures?: Figure[];
  timeline?: TimelineEvent[];
}
const article = async (name: string) => (await (await fetch(`/demo/articles/${name}.json`)).json()) as DemoArticle;

describe('draftTimeline', () => {
  it('dates what the text writes out, as precisely as it writes it', async () => {
    expect(
      await dates('On June 7, 2019, the two leaders met. He has not been seen since the end of 2021.'),
    ).to.deep.equal([
      ['2019-06-07', false, 'Two leaders met'],
      ['2021-12', false, 'He has not been seen'],
    ]);
    expect((await dates('In 1991 the Soviet Union fell apart.'))[0]?.[0]).to.equal('1991');
  });

  it('resolves relative dates against the article’s date, the future ones planned', async () => {
    const found = await dates(
      'Yesterday it rained in the capital. On Tuesday the president spoke to the nation. He will travel to Moscow on Friday.',
      '2022-01-13',
    );
    expect(found).to.deep.equal([
      ['2022-01-11', false, 'President spoke to the nation'],
      ['2022-01-12', false, 'It rained in the capital'],
      ['2022-01-14', true, 'He will travel to Moscow'],
    ]);
  });

  it('puts a day without a year before the article, unless the sentence speaks of the future', async () => {
    const found = await dates('The first meeting was on March 3. The next one will be on March 5.', '2022-01-11');
    expect(found.map(([when]) => when)).to.deep.equal(['2021-03-03', '2022-03-05']);
  });

  it('leaves relative dates undated without an article date, and those counted from another event always', async () => {
    const text = 'The talks began on May 2, 2020. Three weeks later they ended. Yesterday it rained again.';
    expect((await dates(text)).map(([when]) => when)).to.deep.equal(['2020-05-02', undefined, undefined]);
    expect((await dates(text, '2022-01-11')).map(([when]) => when)).to.deep.equal([
      '2020-05-02',
      '2022-01-10',
      undefined,
    ]);
  });

  it('takes neither durations nor times of day for dates', async () => {
    expect(await dates('They protested for several days. It happened at 2 p.m.', '2022-01-11')).to.deep.equal([]);
  });

  it('reads the article’s language: German dates', async () => {
    const found = await dates('Am 3. Januar 2022 kam er nach Berlin. Ende 2021 trat er zurück.', undefined, 'de');
    expect(found.map(([when]) => when)).to.deep.equal(['2021-12', '2022-01-03']);
  });

  it('takes events from figure captions too, their evidence the caption', async () => {
    const figures: Figure[] = [
      { id: 'handshake', caption: 'The two presidents shake hands in the capital on June 7, 2019.' },
    ];
    const [event] = await draftTimeline(paragraphs('No date here.'), figures, { lang: 'en' });
    expect(event).to.deep.include({ when: '2019-06-07', label: 'Two presidents shake hands in the capital' });
    expect(event?.evidence).to.deep.equal([{ figure: 'handshake', quote: figures[0]!.caption }]);
  });

  it('sorts by date, undated last, with the sentence as detail and as the exact quote', async () => {
    const events = await draftTimeline(
      paragraphs('Three weeks later the talks ended.', 'In 2015 they began. In 2012 nobody knew.'),
      [],
      { lang: 'en', published: '2022-01-11' },
    );
    expect(events.map((event) => [event.id, event.when])).to.deep.equal([
      ['event-1', '2012'],
      ['event-2', '2015'],
      ['event-3', undefined],
    ]);
    expect(events[1]).to.deep.include({
      detail: 'In 2015 they began.',
      evidence: [{ paragraph: 'p2', quote: 'In 2015 they began.' }],
    });
  });

  for (const name of ['kazakhstan-2022', 'perseverance-bunsen-peak-2024', 'juice-lancement-2023']) {
    it(`drafts a valid timeline of ${name}`, async () => {
      const demo = await article(name);
      const timeline = await draftTimeline(demo.paragraphs, demo.figures ?? [], {
        lang: demo.lang,
        ...(demo.published === undefined ? {} : { published: demo.published }),
      });
      expect(timeline.filter((event) => event.when !== undefined).length, name).to.be.greaterThan(2);
      const result = parseArticle({ ...demo, timeline });
      expect(result.ok ? [] : result.issues, name).to.deep.equal([]);
    });
  }

  it('finds the seed’s dates: the handshake of 2019, the end of 2021, the CSTO’s withdrawal planned', async () => {
    const seed = await article('kazakhstan-2022');
    const timeline = await draftTimeline(seed.paragraphs, seed.figures ?? [], {
      lang: 'en',
      published: seed.published,
    });
    const whens = timeline.map((event) => event.when);
    expect(whens).to.include.members(['2019-06-07', '2021-12', '2022-01-11']);
    expect(timeline.some((event) => event.planned && /withdraw/u.test(event.label))).to.equal(true);
  });
});
