import { expect } from '@open-wc/testing';
import { checkTextLength, LIMITS, parseArticle } from '../../src/model/index.js';
import { expectIssue, issuesAfter, type Draft } from '../fixtures/article-issues.js';
import { checkCollectionSizes } from '../../src/model/limits.js';
import { minimalArticle } from '../fixtures/minimal-article.js';

// Questions are a union of types; tests break fields of any of them, so they are handled as records.
const questions = (article: Draft) => article.quiz!.questions as Record<string, unknown>[];

describe('parseArticle', () => {
  it('accepts a valid article and normalizes bare evidence ids', () => {
    const result = parseArticle(minimalArticle());
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.article.entities[0]!.evidence).to.deep.equal([{ paragraph: 'p2' }]);
  });

  it('accepts an article with only the parts every article has', () => {
    const article = minimalArticle();
    delete article.figures;
    delete article.explainer.keyFacts;
    delete article.timeline;
    delete article.quiz;
    expect(parseArticle(article)).to.include({ ok: true });
    const figureAnywhere = minimalArticle();
    delete figureAnywhere.figures![0]!.after;
    expect(parseArticle(figureAnywhere), 'a figure that follows no paragraph').to.include({ ok: true });
  });

  it('accepts JSON text and its own output', () => {
    const fromText = parseArticle(JSON.stringify(minimalArticle()));
    expect(fromText.ok).to.be.true;
    if (fromText.ok) expect(parseArticle(fromText.article).ok).to.be.true;
  });

  it('reads JSON text that starts with a byte-order mark, as editors on Windows save it', () => {
    expect(parseArticle(`\uFEFF${JSON.stringify(minimalArticle())}`).ok).to.be.true;
    const twice = parseArticle(`\uFEFF\uFEFF${JSON.stringify(minimalArticle())}`);
    expect(twice.ok ? [] : twice.issues[0]!.message, 'a second mark is text, which JSON does not allow').to.match(
      /not valid JSON/,
    );
  });

  it('reports broken JSON text without throwing', () => {
    const result = parseArticle('{"schemaVersion": 1,');
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.issues[0]!.message).to.match(/not valid JSON/);
  });

  it('refuses values that are not objects', () => {
    for (const value of [null, 42, 'null', [], undefined]) {
      const result = parseArticle(value);
      expect(result.ok, String(value)).to.be.false;
      if (!result.ok) expect(result.issues[0]!.message).to.match(/must be an object/);
    }
  });

  describe('shape', () => {
    it('names a missing required field', () =>
      expectIssue((a) => delete (a as Partial<Draft>).title, 'title', /is missing/));
    it('names a field of the wrong type', () =>
      expectIssue(
        (a) => ((a.paragraphs[0] as Record<string, unknown>).text = 3),
        'paragraphs[0].text',
        /must be text \(got 3\)/,
      ));
    it('names an unknown field, so typos show', () => expectIssue((a) => (a.titel = 'x'), 'titel', /not a field/));
    it('refuses another schema version', () =>
      expectIssue((a) => ((a as Record<string, unknown>).schemaVersion = 2), 'schemaVersion', /must be 1/));
    it('refuses an id that cannot be an anchor', () =>
      expectIssue((a) => (a.entities[0]!.id = 'ana ruiz'), 'entities[0].id', /must be an id/));
    it('refuses an unknown entity kind', () =>
      expectIssue(
        (a) => ((a.entities[0] as Record<string, unknown>).kind = 'human'),
        'entities[0].kind',
        /one of "person"/,
      ));
    it('refuses an unknown question type', () =>
      expectIssue((a) => (questions(a)[0]!.type = 'essay'), 'quiz.questions[0].type', /"single"/));
    it('refuses a language that is not a language tag', () =>
      expectIssue((a) => (a.lang = 'english!'), 'lang', /language tag/));
    it('refuses a date that does not exist', () =>
      expectIssue((a) => (a.timeline![0]!.when = '2023-02-29'), 'timeline[0].when', /must be a date/));
    it('accepts partial dates', () => {
      for (const when of ['2022', '2022-01', '2024-02-29', '2022-01-05T14:30']) {
        const article = minimalArticle();
        article.timeline![0]!.when = when;
        expect(parseArticle(article).ok, when).to.be.true;
      }
    });
    it('refuses a pass mark above 100', () =>
      expectIssue((a) => (a.quiz!.passPercent = 120), 'quiz.passPercent', /between 0 and 100/));
    it('refuses an empty text', () => expectIssue((a) => (a.title = '  '), 'title', /must not be empty/));
    it('refuses evidence that is neither a paragraph id nor a paragraph, figure or quote object', () => {
      for (const evidence of [3, null, ['p1'], { figure: 'fig1', said: 'q1' }]) {
        expectIssue(
          (a) => (a.entities[0]!.evidence = [evidence as never]),
          'entities[0].evidence[0]',
          /^must be a paragraph id, or an object \{ "paragraph": id, "quote": words \}, \{ "figure": id \} or \{ "said": quote id \}$/,
        );
      }
    });
    it('refuses a quiz that is not an object', () =>
      expectIssue((a) => ((a as Record<string, unknown>).quiz = null), 'quiz', /must be an object/));
    it('refuses a quiz without questions', () =>
      expectIssue((a) => (a.quiz!.questions = []), 'quiz.questions', /at least one question/));
  });

  describe('invisible text', () => {
    const INVISIBLE = /^must not be empty \(it holds only invisible characters\)$/;
    const invisible: [string, string][] = [
      ['a zero-width space', '\u200B'],
      ['zero-width joiners and a byte-order mark', '\u200C\u200D\uFEFF\u2060'],
      ['bidi marks, embeddings, overrides and isolates', '\u200E\u200F\u061C\u202A\u202E\u2066\u2069'],
      ['a soft hyphen', '\u00AD'],
      ['a combining grapheme joiner', '\u034F'],
      ['Hangul fillers', '\u115F\u1160\u3164\uFFA0'],
      ['variation selectors', '\uFE0F\u{E0100}'],
      ['tag characters', '\u{E0001}\u{E0041}\u{E007F}'],
      ['controls', '\u0007\u001B\u0085\u009B'],
      ['invisible operators and interlinear annotation marks', '\u2061\u2064\uFFF9\uFFFB'],
    ];
    for (const [name, text] of invisible) {
      it(`refuses a text of ${name} only, at its path`, () =>
        expectIssue((a) => (a.entities[0]!.aliases = [text]), 'entities[0].aliases[0]', INVISIBLE));
    }

    it('refuses it in every kind of text field', () => {
      const fields: [string, (a: Draft, text: string) => void][] = [
        ['title', (a, text) => (a.title = text)],
        ['paragraphs[1].text', (a, text) => (a.paragraphs[1]!.text = text)],
        [
          'explainer.keyFacts[0].evidence[0].quote',
          (a, text) => (a.explainer.keyFacts![0]!.evidence = [{ paragraph: 'p1', quote: text }]),
        ],
        [
          'quiz.questions[0].choices[1].text',
          (a, text) => ((questions(a)[0]!.choices as { text: string }[])[1]!.text = text),
        ],
        ['quiz.questions[3].accept[1]', (a, text) => (questions(a)[3]!.accept = ['two', text])],
        [
          'quiz.questions[5].pairs[0].left',
          (a, text) => ((questions(a)[5]!.pairs as { left: string }[])[0]!.left = text),
        ],
      ];
      for (const [path, change] of fields) expectIssue((a) => change(a, ' \u200B\u2800 '), path, INVISIBLE);
    });

    it('says when a text holds only spaces, no-break and typographic ones too', () => {
      for (const spaces of [' \t\n ', '\u00A0\u2000\u200A\u202F\u3000'])
        expectIssue((a) => (a.title = spaces), 'title', /^must not be empty \(it holds only spaces\)$/);
      expectIssue((a) => (a.title = ''), 'title', /^must not be empty$/);
    });

    it('accepts visible text that holds invisible characters', () => {
      for (const text of ['Ana\u00ADRuiz', '\u202Eevil\u202C', '👩🏽‍🚀', '\u200FRuiz\u200F', 'e\u0301']) {
        const article = minimalArticle();
        article.entities[0]!.aliases = [text];
        expect(parseArticle(article).ok, JSON.stringify(text)).to.be.true;
      }
    });
  });

  describe('plain text', () => {
    for (const html of ['<b>bold</b>', 'a <img src=x onerror=alert(1)>', '<!-- note -->', 'x</p>']) {
      it(`refuses ${html}`, () =>
        expectIssue((a) => (a.paragraphs[1]!.text = html), 'paragraphs[1].text', /plain text, not HTML/));
    }
    it('allows a lone "<" in prose', () => {
      const article = minimalArticle();
      article.title = 'Turnout was < 40% and 3<4.';
      expect(parseArticle(article).ok).to.be.true;
    });
  });

  describe('URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      ' javascript:alert(1)',
      'JaVaScRiPt:x',
      'vbscript:x',
    ]) {
      it(`refuses ${JSON.stringify(url)}`, () =>
        expectIssue((a) => (a.figures![0]!.src = url), 'figures[0].src', /http\(s\) or relative/));
    }
    it('accepts http(s) and relative URLs', () => {
      for (const url of ['https://example.org/a.jpg', 'http://x.test/b.png', 'images/c.jpg', '/d.jpg', '../e.jpg']) {
        const article = minimalArticle();
        article.figures![0]!.src = url;
        expect(parseArticle(article).ok, url).to.be.true;
      }
    });
  });

  describe('unique ids', () => {
    it('in paragraphs', () =>
      expectIssue((a) => (a.paragraphs[1]!.id = 'p1'), 'paragraphs[1].id', /repeats the id "p1" of paragraphs\[0\]/));
    it('in entities', () => expectIssue((a) => (a.entities[1]!.id = 'ruiz'), 'entities[1].id', /repeats/));
    it('in explainer sections', () =>
      expectIssue(
        (a) => a.explainer.sections.push({ ...a.explainer.sections[0]! }),
        'explainer.sections[1].id',
        /repeats/,
      ));
    it('in key facts', () =>
      expectIssue(
        (a) => a.explainer.keyFacts!.push({ ...a.explainer.keyFacts![0]! }),
        'explainer.keyFacts[1].id',
        /repeats/,
      ));
    it('in the timeline', () =>
      expectIssue((a) => a.timeline!.push({ ...a.timeline![0]! }), 'timeline[1].id', /repeats/));
    it('in figures', () => expectIssue((a) => a.figures!.push({ ...a.figures![0]! }), 'figures[1].id', /repeats/));
    it('in questions', () => expectIssue((a) => (questions(a)[1]!.id = 'q1'), 'quiz.questions[1].id', /repeats/));
    it('in a question’s choices', () =>
      expectIssue(
        (a) => ((questions(a)[0]!.choices as { id: string }[])[1]!.id = 'a'),
        'quiz.questions[0].choices[1].id',
        /repeats/,
      ));
    it('in a multiple-select question’s choices', () =>
      expectIssue(
        (a) => ((questions(a)[1]!.choices as { id: string }[])[2]!.id = 'a'),
        'quiz.questions[1].choices[2].id',
        /repeats the id "a" of quiz\.questions\[1\]\.choices\[0\]/,
      ));
    it('in an ordering question’s items', () =>
      expectIssue(
        (a) => ((questions(a)[4]!.items as { id: string }[])[1]!.id = 'vote'),
        'quiz.questions[4].items[1].id',
        /repeats/,
      ));
  });

  describe('references', () => {
    it('evidence must name a paragraph', () =>
      expectIssue(
        (a) => (a.entities[0]!.evidence = ['p9']),
        'entities[0].evidence[0]',
        /paragraph "p9", which does not exist$/,
      ));
    it('a quote must be in its paragraph', () =>
      expectIssue(
        (a) => (questions(a)[0]!.evidence = [{ paragraph: 'p1', quote: 'Mayor Ana Ruiz said' }]),
        'quiz.questions[0].evidence[0].quote',
        /not in paragraph "p1"/,
      ));
    it('a quote may wrap differently from its paragraph', () => {
      for (const quote of ['voted 7\n   to 2', '\n  The council voted', 'the old bridge.\n']) {
        const article = minimalArticle();
        article.explainer.keyFacts![0]!.evidence = [{ paragraph: 'p1', quote }];
        expect(parseArticle(article).ok, JSON.stringify(quote)).to.be.true;
      }
    });
    it('a quote keeps the paragraph’s words apart', () =>
      expectIssue(
        (a) => (a.explainer.keyFacts![0]!.evidence = [{ paragraph: 'p1', quote: 'voted 7 to2' }]),
        'explainer.keyFacts[0].evidence[0].quote',
        /not in paragraph "p1"/,
      ));
    it('related entities must exist', () =>
      expectIssue(
        (a) => (a.entities[0]!.related![0]!.id = 'mayor'),
        'entities[0].related[0].id',
        /"mayor", which does not exist/,
      ));
    it('an entity is not related to itself', () =>
      expectIssue((a) => (a.entities[0]!.related![0]!.id = 'ruiz'), 'entities[0].related[0].id', /itself/));
    it('a figure follows an existing paragraph', () =>
      expectIssue((a) => (a.figures![0]!.after = 'p7'), 'figures[0].after', /does not exist/));
    it('evidence of sections, facts, events and questions is checked too', () => {
      const issues = issuesAfter((a) => {
        a.explainer.sections[0]!.evidence = ['nope'];
        a.explainer.keyFacts![0]!.evidence = ['nope'];
        a.timeline![0]!.evidence = ['nope'];
        questions(a)[2]!.evidence = ['nope'];
      });
      expect(issues.map((issue) => issue.path)).to.deep.equal([
        'explainer.sections[0].evidence[0]',
        'explainer.keyFacts[0].evidence[0]',
        'timeline[0].evidence[0]',
        'quiz.questions[2].evidence[0]',
      ]);
    });
  });

  describe('timeline times', () => {
    type Event = NonNullable<Draft['timeline']>[number];
    const withEvent = (event: Partial<Event>) => (a: Draft) => Object.assign(a.timeline![0]!, event);
    const accepted = (event: Partial<Event>) => {
      const article = minimalArticle() as Draft;
      withEvent(event)(article);
      return parseArticle(article).ok;
    };

    it('a range needs a "when" to start from', () =>
      expectIssue(
        (a) => (a.timeline![0] = { id: 'vote', until: '2024-03', label: 'Council votes' }),
        'timeline[0].until',
        /needs a "when"/,
      ));
    it('a range does not end before it starts, at the precision both ends have', () => {
      expectIssue(
        withEvent({ when: '2024-03-04', until: '2024-03-03' }),
        'timeline[0].until',
        /before "when" \(2024-03-04\)/,
      );
      expectIssue(withEvent({ when: '2024-03', until: '2024-02-28' }), 'timeline[0].until', /before "when"/);
      expectIssue(withEvent({ when: '2024-03-04T10:00', until: '2024-03-04T09:59' }), 'timeline[0].until', /before/);
    });
    it('a range may end when it starts, or later, at any precision', () => {
      for (const [when, until] of [
        ['2024-03-04', '2024-03-04'],
        ['2024-03-04', '2024-03'],
        ['2024-03', '2024-03-01'],
        ['2024-03-04T10:00', '2024-03-04'],
        ['2024-03-04', '2024-03-05'],
        ['2023', '2024-01'],
      ]) {
        expect(accepted({ when, until }), `${when} to ${until}`).to.be.true;
      }
    });
    it('a time zone needs a time to apply to, in "when" or "until"', () => {
      expectIssue(withEvent({ when: '2024-03-04', timeZone: 'Europe/Berlin' }), 'timeline[0].timeZone', /needs a time/);
      expect(accepted({ when: '2024-03-04T10:00', timeZone: 'Europe/Berlin' })).to.be.true;
      expect(accepted({ when: '2024-03-04', until: '2024-03-04T18:00', timeZone: 'Europe/Berlin' })).to.be.true;
    });
    it('a time zone is one that Intl knows', () => {
      expectIssue(withEvent({ when: '2024-03-04T10:00', timeZone: 'Europe/Atlantis' }), 'timeline[0].timeZone', /IANA/);
      expect(accepted({ when: '2024-03-04T10:00', timeZone: 'UTC' })).to.be.true;
    });
    it('an event may be undated, and planned', () => {
      expect(accepted({ when: undefined, planned: true })).to.be.true;
      expect(accepted({ planned: false })).to.be.true;
    });
  });

  describe('questions', () => {
    it('a single-choice answer is one of its choices', () =>
      expectIssue(
        (a) => (questions(a)[0]!.answer = 'z'),
        'quiz.questions[0].answer',
        /one of the choices \(got "z"\)/,
      ));
    it('multiple-select answers are its choices', () =>
      expectIssue(
        (a) => (questions(a)[1]!.answers = ['a', 'z']),
        'quiz.questions[1].answers[1]',
        /one of the choices/,
      ));
    it('multiple-select answers do not repeat', () =>
      expectIssue((a) => (questions(a)[1]!.answers = ['a', 'a']), 'quiz.questions[1].answers[1]', /repeats/));
    it('multiple-select has at least one answer', () =>
      expectIssue((a) => (questions(a)[1]!.answers = []), 'quiz.questions[1].answers', /at least one right choice/));
    it('a question has at least two choices', () =>
      expectIssue(
        (a) => (questions(a)[0]!.choices = [{ id: 'a', text: 'Ana Ruiz' }]),
        'quiz.questions[0].choices',
        /at least two choices/,
      ));
    it('true/false answers are booleans', () =>
      expectIssue((a) => (questions(a)[2]!.answer = 'false'), 'quiz.questions[2].answer', /true or false/));
    it('a fill-in-the-blank prompt has a blank', () =>
      expectIssue((a) => (questions(a)[3]!.prompt = 'How many years?'), 'quiz.questions[3].prompt', /"___"/));
    it('a fill-in-the-blank question accepts something', () =>
      expectIssue((a) => (questions(a)[3]!.accept = []), 'quiz.questions[3].accept', /at least one accepted answer/));
    it('an ordering question has at least two items', () =>
      expectIssue((a) => (questions(a)[4]!.items = [{ id: 'x', text: 'X' }]), 'quiz.questions[4].items', /two items/));
    it('a match has at least two pairs', () =>
      expectIssue(
        (a) => (questions(a)[5]!.pairs = [{ left: 'A', right: 'B' }]),
        'quiz.questions[5].pairs',
        /two pairs/,
      ));
    it('each side of a match is unique', () =>
      expectIssue(
        (a) => ((questions(a)[5]!.pairs as { right: string }[])[1]!.right = 'Mayor'),
        'quiz.questions[5].pairs[1].right',
        /repeats "Mayor"/,
      ));
  });

  describe('limits', () => {
    it('refuses JSON text past 5 MB, naming the limit, without parsing it', () => {
      const text = `{"padding": "${'x'.repeat(LIMITS.textLength)}"}`;
      const result = parseArticle(text);
      expect(result.ok ? [] : result.issues).to.deep.equal([
        { path: '', message: 'is 5.00001 MB of JSON; the limit is 5 MB' },
      ]);
    });

    it('shows a size past the limit with the decimals that tell it from the limit', () => {
      const message = (length: number) => checkTextLength(length)?.message;
      expect(message(Math.round(5.04 * 1024 * 1024))).to.equal('is 5.04 MB of JSON; the limit is 5 MB');
      expect(message(LIMITS.textLength + 1)).to.equal('is 5.000001 MB of JSON; the limit is 5 MB');
      expect(message(6 * 1024 * 1024)).to.equal('is 6 MB of JSON; the limit is 5 MB');
      expect(message(Math.round(5.96 * 1024 * 1024))).to.equal('is 6 MB of JSON; the limit is 5 MB');
      expect(message(LIMITS.textLength)).to.be.undefined;
    });

    it('takes a model of exactly 5 MB', () => {
      const article = minimalArticle();
      const text = JSON.stringify(article);
      const padded = `${text.slice(0, -1)}, "dek": "${'x'.repeat(LIMITS.textLength - text.length - 11)}"}`;
      expect(padded.length).to.equal(LIMITS.textLength);
      expect(parseArticle(padded).ok).to.be.true;
    });

    it('refuses more than 2,000 questions, naming the limit', () =>
      expectIssue(
        (a) => (a.quiz!.questions = Array.from({ length: 2_001 }, () => a.quiz!.questions[0]!)),
        'quiz.questions',
        /has 2,001 items; the limit is 2,000/,
      ));

    it('counts every collection against its limit, and takes one at its limit', () => {
      const limits: [string, number, (length: number) => object, string][] = [
        [
          'paragraphs',
          LIMITS.paragraphs,
          (length) => ({ paragraphs: new Array(length) }),
          'has 10,001 items; the limit is 10,000',
        ],
        [
          'entities',
          LIMITS.entities,
          (length) => ({ entities: new Array(length) }),
          'has 5,001 items; the limit is 5,000',
        ],
        [
          'figures',
          LIMITS.figures,
          (length) => ({ figures: new Array(length) }),
          'has 1,001 items; the limit is 1,000',
        ],
        [
          'timeline',
          LIMITS.timeline,
          (length) => ({ timeline: new Array(length) }),
          'has 2,001 items; the limit is 2,000',
        ],
        [
          'quiz.questions',
          LIMITS.questions,
          (length) => ({ quiz: { questions: new Array(length) } }),
          'has 2,001 items; the limit is 2,000',
        ],
      ];
      for (const [path, limit, input, message] of limits) {
        expect(checkCollectionSizes(input(limit)), path).to.deep.equal([]);
        expect(checkCollectionSizes(input(limit + 1))).to.deep.equal([{ path, message }]);
      }
      expect(checkCollectionSizes({ quiz: null, paragraphs: 'not a list' })).to.deep.equal([]);
    });

    it('refuses more paragraphs than it can show', () =>
      expectIssue(
        (a) => (a.paragraphs = Array.from({ length: LIMITS.paragraphs + 1 }, (_, i) => ({ id: `p${i}`, text: 'x' }))),
        'paragraphs',
        /the limit is 10,000/,
      ));
  });
});
