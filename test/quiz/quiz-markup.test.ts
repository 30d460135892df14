import { expect, fixture, html } from '@open-wc/testing';
import { checkQuizEvidence, parseQuiz, type ArticleIssue } from '../../src/model/index.js';
import { parseQuizMarkup, readQuizMarkup } from '../../src/quiz/markup/index.js';
import { seedArticle, seedJson } from '../fixtures/seed-article.js';

/** The quiz written as HTML inside `host`, validated as `parseQuiz` validates JSON. */
const parsedMarkup = (host: Element) => parseQuiz(readQuizMarkup(host));

function issuesOf(host: Element): readonly ArticleIssue[] {
  const result = parseQuizMarkup(host);
  expect(result, 'no quiz was read').to.exist;
  expect(result!.ok, 'the broken quiz was accepted').to.be.false;
  return result!.ok ? [] : result!.issues;
}

/** The one issue at `path`; hints reword messages but keep the paths `parseQuiz` gives. */
function issueAt(host: Element, path: string): ArticleIssue {
  const issues = issuesOf(host);
  const found = issues.find((issue) => issue.path === path);
  expect(found, `no issue at ${path}; got ${JSON.stringify(issues)}`).to.exist;
  const plain = parsedMarkup(host);
  expect(plain.ok ? [] : plain.issues.map((issue) => issue.path)).to.deep.equal(issues.map((issue) => issue.path));
  return found!;
}

/** A quiz whose only question is `question`, parsed from a string as a page would be. */
function quizOf(question: string, quizAttributes = ''): Promise<HTMLElement> {
  return fixture(`<glossa-quiz ${quizAttributes}>${question}</glossa-quiz>`);
}

const twoChoices = '<p>Who?</p><glossa-choice correct>Tokayev</glossa-choice><glossa-choice>Nazarbayev</glossa-choice>';

describe('a quiz written as HTML', () => {
  it('equals its JSON twin, for every question type', async () => {
    const seedQuiz = (
      (await seedJson()) as { quiz: { title: string; passPercent: number; questions: { id: string }[] } }
    ).quiz;
    const ids = ['trigger', 'csto-members', 'nazarbayev-seen', 'arrests', 'sequence', 'people-roles'];
    const jsonTwin = {
      title: seedQuiz.title,
      passPercent: seedQuiz.passPercent,
      questions: ids.map((id) => seedQuiz.questions.find((question) => question.id === id)),
    };
    const host = await fixture(html`<glossa-quiz pass-percent="70">
      <glossa-quiz-title>Kazakhstan’s uprising: test your understanding</glossa-quiz-title>
      <glossa-question type="single" name="trigger">
        <p>What set off the protests in Kazakhstan?</p>
        <ul>
          <li><glossa-choice correct>A rapid rise in fuel prices</glossa-choice></li>
          <li><glossa-choice feedback="The troops came later, when Tokayev asked for help after the protests got out of hand.">The arrival of Russian troops</glossa-choice></li>
          <li><glossa-choice feedback="The arrests were part of the crackdown on the protests, not their cause.">The arrest of nearly 10,000 people</glossa-choice></li>
          <li><glossa-choice
            feedback="Open, democratic local elections were a demand of the uprising;
                      the article does not say any were cancelled."
          >The cancellation of local elections</glossa-choice></li>
        </ul>
        <glossa-explanation>
          The article says the demonstrations started out against a rapid rise in fuel prices
          (“soaring gas prices”) and then became a nationwide uprising.
        </glossa-explanation>
        <glossa-evidence paragraph="p5">What started out as demonstrations against a rapid rise in fuel prices</glossa-evidence>
        <glossa-evidence paragraph="p1">protests triggered by soaring gas prices</glossa-evidence>
      </glossa-question>
      <glossa-question type="multiple" name="csto-members">
        <glossa-prompt>Which of these does the article name as members of the CSTO? Choose all that apply.</glossa-prompt>
        <glossa-choice correct>Armenia</glossa-choice>
        <glossa-choice correct>Kyrgyzstan</glossa-choice>
        <glossa-choice correct>Kazakhstan</glossa-choice>
        <glossa-choice feedback="The US is not a member; its officials worry Moscow could use the operation to expand its influence.">The US</glossa-choice>
        <glossa-choice feedback="The members are former Soviet republics, countries that were once part of the Soviet Union, not the Soviet Union itself.">The Soviet Union</glossa-choice>
        <glossa-explanation>Russia heads the CSTO, which also includes the former Soviet republics of Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan.</glossa-explanation>
        <glossa-evidence paragraph="p18">Russia is firmly at the head of the CSTO, which also includes the former Soviet republics of Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan</glossa-evidence>
      </glossa-question>
      <glossa-question type="true-false" name="nazarbayev-seen" answer="false">
        <p>Nazarbayev has appeared in public several times since the end of 2021.</p>
        <glossa-explanation>False: he has not been seen in public since the end of 2021. His spokesman said he was still in the Kazakh capital, but there was no sign of him.</glossa-explanation>
        <glossa-evidence paragraph="p8">Nazarbayev has not been seen in public since the end of 2021</glossa-evidence>
      </glossa-question>
      <glossa-question type="fill-blank" name="arrests">
        <p>Kazakh officials arrested nearly ___ people in their crackdown on protesters.</p>
        <glossa-accept>10,000</glossa-accept>
        <glossa-accept>10000</glossa-accept>
        <glossa-accept>10 000</glossa-accept>
        <glossa-accept>ten thousand</glossa-accept>
        <glossa-explanation>The article reports nearly 10,000 arrests.</glossa-explanation>
        <glossa-evidence paragraph="p2">Kazakh officials arrested nearly 10,000 people</glossa-evidence>
      </glossa-question>
      <glossa-question type="order" name="sequence">
        <p>Put these events in the order they happened, earliest first.</p>
        <ol>
          <li><glossa-item>Nazarbayev rules Kazakhstan for decades after independence from the Soviet Union</glossa-item></li>
          <li><glossa-item>Nazarbayev is last seen in public, at the end of 2021</glossa-item></li>
          <li><glossa-item>Protests against a rise in fuel prices become a nationwide uprising</glossa-item></li>
          <li><glossa-item>Tokayev calls on the CSTO to send forces</glossa-item></li>
          <li><glossa-item>Tokayev announces that the foreign forces will withdraw</glossa-item></li>
          <li><glossa-item>The new government holds its first formal session</glossa-item></li>
        </ol>
        <glossa-explanation>Nazarbayev ruled for decades until a few years ago and has not been seen since the end of 2021; the protests and the call to the CSTO came last week; Tokayev announced the withdrawal on Tuesday, and the new government was to meet on Wednesday.</glossa-explanation>
        <glossa-evidence paragraph="p6">who ruled for decades after the country’s independence from the Soviet Union until a few years ago</glossa-evidence>
        <glossa-evidence paragraph="p8">since the end of 2021</glossa-evidence>
        <glossa-evidence paragraph="p5">became a nationwide uprising against the government</glossa-evidence>
        <glossa-evidence paragraph="p14">The president managed to redeem his vow late last week</glossa-evidence>
        <glossa-evidence paragraph="p15">On Tuesday, Tokayev said “a gradual withdrawal” of foreign forces would begin</glossa-evidence>
        <glossa-evidence paragraph="p13">expected to meet for its first formal session on Wednesday</glossa-evidence>
      </glossa-question>
      <glossa-question type="match" name="people-roles">
        <p>Match each person to their role.</p>
        <glossa-pair><glossa-left>Kassym-Jomart Tokayev</glossa-left> <glossa-right>President of Kazakhstan</glossa-right></glossa-pair>
        <glossa-pair><glossa-left>Nursultan Nazarbayev</glossa-left> <glossa-right>Kazakhstan’s first president</glossa-right></glossa-pair>
        <glossa-pair><glossa-left>Vladimir Putin</glossa-left> <glossa-right>President of Russia</glossa-right></glossa-pair>
        <glossa-pair><glossa-left>Antony Blinken</glossa-left> <glossa-right>US Secretary of State</glossa-right></glossa-pair>
        <glossa-pair><glossa-left>Vyacheslav Volodin</glossa-left> <glossa-right>Russia’s parliamentary speaker</glossa-right></glossa-pair>
        <glossa-explanation>Tokayev is the current president and Nazarbayev the first; Putin is Russia’s president, Blinken the US Secretary of State and Volodin Russia’s parliamentary speaker.</glossa-explanation>
        <glossa-evidence paragraph="p1">President Kassym-Jomart Tokayev</glossa-evidence>
        <glossa-evidence paragraph="p6">Kazakhstan’s first president Nursultan Nazarbayev</glossa-evidence>
        <glossa-evidence paragraph="p9">Russian President Vladimir Putin</glossa-evidence>
        <glossa-evidence paragraph="p17">US Secretary of State Antony Blinken</glossa-evidence>
        <glossa-evidence paragraph="p19">Russia’s parliamentary speaker Vyacheslav Volodin</glossa-evidence>
      </glossa-question>
    </glossa-quiz>`);

    const fromJson = parseQuiz(jsonTwin);
    const fromMarkup = parsedMarkup(host);
    expect(fromJson.ok ? [] : fromJson.issues).to.deep.equal([]);
    expect(fromMarkup).to.deep.equal(fromJson);
    expect(new Set(fromJson.ok ? fromJson.quiz.questions.map((question) => question.type) : [])).to.have.keys(
      'single',
      'multiple',
      'true-false',
      'fill-blank',
      'order',
      'match',
    );
  });

  it('generates question ids q1, q2… and choice and item ids a, b…, by position', async () => {
    const host = await fixture(html`<glossa-quiz>
      <glossa-question type="single"><p>Who asked the CSTO for help?</p><glossa-choice correct>Tokayev</glossa-choice><glossa-choice>Nazarbayev</glossa-choice></glossa-question>
      <glossa-question type="multiple" name="members">
        <p>Which are members?</p>
        <glossa-choice correct>Armenia</glossa-choice>
        <glossa-choice name="us">The US</glossa-choice>
        <glossa-choice correct>Belarus</glossa-choice>
      </glossa-question>
      <glossa-question type="order"><p>Earliest first.</p><glossa-item>Protests</glossa-item><glossa-item>Withdrawal</glossa-item></glossa-question>
    </glossa-quiz>`);
    expect(readQuizMarkup(host)).to.deep.equal({
      questions: [
        {
          id: 'q1',
          type: 'single',
          prompt: 'Who asked the CSTO for help?',
          choices: [
            { id: 'a', text: 'Tokayev' },
            { id: 'b', text: 'Nazarbayev' },
          ],
          answer: 'a',
        },
        {
          id: 'members',
          type: 'multiple',
          prompt: 'Which are members?',
          choices: [
            { id: 'a', text: 'Armenia' },
            { id: 'us', text: 'The US' },
            { id: 'c', text: 'Belarus' },
          ],
          answers: ['a', 'c'],
        },
        {
          id: 'q3',
          type: 'order',
          prompt: 'Earliest first.',
          items: [
            { id: 'a', text: 'Protests' },
            { id: 'b', text: 'Withdrawal' },
          ],
        },
      ],
    });
    expect(parsedMarkup(host).ok).to.be.true;
  });

  it('folds whitespace, keeps no-break spaces, and reads the text of inline markup only', async () => {
    const host = await fixture(html`<glossa-quiz>
      <glossa-question type="fill-blank" evidence="  p2
          p3 ">
        <p>
          Officials   arrested <em>nearly</em>
          ___ people.<!-- a note to colleagues --><script type="application/json">{"hidden": true}</script>
        </p>
        <glossa-accept>  10&nbsp;000 </glossa-accept>
        <glossa-accept>
          ten
          thousand
        </glossa-accept>
        <glossa-evidence paragraph=" p4 ">  nearly

          10,000 </glossa-evidence>
      </glossa-question>
    </glossa-quiz>`);
    expect(readQuizMarkup(host)).to.deep.equal({
      questions: [
        {
          id: 'q1',
          type: 'fill-blank',
          prompt: 'Officials arrested nearly ___ people.',
          accept: ['10\u00a0000', 'ten thousand'],
          evidence: ['p2', 'p3', { paragraph: 'p4', quote: 'nearly 10,000' }],
        },
      ],
    });
    const result = parsedMarkup(host);
    expect(result.ok && result.quiz.questions[0]!.evidence).to.deep.equal([
      { paragraph: 'p2' },
      { paragraph: 'p3' },
      { paragraph: 'p4', quote: 'nearly 10,000' },
    ]);
  });

  it('reads true/false answers and pass marks written loosely', async () => {
    const host = await quizOf(
      '<glossa-question type=" True-False " answer="TRUE"><p>Tokayev was considered weaker.</p></glossa-question>',
      'pass-percent=" 70% "',
    );
    const result = parsedMarkup(host);
    expect(result.ok && result.quiz).to.deep.equal({
      passPercent: 70,
      questions: [{ id: 'q1', type: 'true-false', prompt: 'Tokayev was considered weaker.', answer: true }],
    });
  });

  it('copes with closing tags left out', async () => {
    const host = await fixture(
      '<glossa-quiz><glossa-question type="single"><p>Who asked?<glossa-choice correct>Tokayev<glossa-choice>Nazarbayev</glossa-quiz>',
    );
    const result = parsedMarkup(host);
    expect(result.ok ? [] : result.issues).to.deep.equal([]);
    expect(result.ok && result.quiz.questions[0]).to.deep.equal({
      id: 'q1',
      type: 'single',
      prompt: 'Who asked?',
      choices: [
        { id: 'a', text: 'Tokayev' },
        { id: 'b', text: 'Nazarbayev' },
      ],
      answer: 'a',
    });
  });

  it('is no quiz without a <glossa-question>', async () => {
    for (const inner of [
      '',
      '<glossa-quiz-title>A quiz</glossa-quiz-title><p>Text for readers</p>',
      '<script type="application/json">{}</script>',
    ]) {
      const host = await quizOf(inner);
      expect(readQuizMarkup(host), inner).to.be.undefined;
      expect(parseQuizMarkup(host), inner).to.be.undefined;
    }
  });

  describe('reports what is wrong at its JSON path, in the words of the markup', () => {
    const cases: [string, string, string, RegExp, string?][] = [
      [
        'a single choice with no correct choice',
        '<glossa-question type="single"><p>Who?</p><glossa-choice>Tokayev</glossa-choice><glossa-choice>Nazarbayev</glossa-choice></glossa-question>',
        'quiz.questions[0].answer',
        /^mark one <glossa-choice> as correct$/,
      ],
      [
        'a single choice with two correct choices',
        '<glossa-question type="single"><p>Who?</p><glossa-choice correct>A</glossa-choice><glossa-choice correct>B</glossa-choice></glossa-question>',
        'quiz.questions[0].answer',
        /mark only one <glossa-choice> as correct, or make the question type="multiple"/,
      ],
      [
        'a multiple choice with no correct choice',
        '<glossa-question type="multiple"><p>Which?</p><glossa-choice>A</glossa-choice><glossa-choice>B</glossa-choice></glossa-question>',
        'quiz.questions[0].answers',
        /mark at least one <glossa-choice> as correct/,
      ],
      [
        'one choice only',
        '<glossa-question type="single"><p>Who?</p><glossa-choice correct>Tokayev</glossa-choice></glossa-question>',
        'quiz.questions[0].choices',
        /needs at least two <glossa-choice> elements/,
      ],
      [
        'a fill-in prompt without a blank',
        '<glossa-question type="fill-blank"><p>How many were arrested?</p><glossa-accept>10,000</glossa-accept></glossa-question>',
        'quiz.questions[0].prompt',
        /must contain "___" where the answer goes/,
      ],
      [
        'a fill-in question that accepts nothing',
        '<glossa-question type="fill-blank"><p>Nearly ___ people.</p></glossa-question>',
        'quiz.questions[0].accept',
        /at least one <glossa-accept>/,
      ],
      [
        'an unknown type',
        `<glossa-question type="essay">${twoChoices}</glossa-question>`,
        'quiz.questions[0].type',
        /needs type="single", "multiple", "true-false", "fill-blank", "order" or "match"/,
      ],
      ['no type', `<glossa-question>${twoChoices}</glossa-question>`, 'quiz.questions[0].type', /needs type="single"/],
      [
        'a match with one pair',
        '<glossa-question type="match"><p>Match.</p><glossa-pair><glossa-left>Putin</glossa-left><glossa-right>Russia</glossa-right></glossa-pair></glossa-question>',
        'quiz.questions[0].pairs',
        /needs at least two <glossa-pair> elements/,
      ],
      [
        'a pair without its right side',
        '<glossa-question type="match"><p>Match.</p><glossa-pair><glossa-left>Putin</glossa-left></glossa-pair><glossa-pair><glossa-left>Tokayev</glossa-left><glossa-right>Kazakhstan</glossa-right></glossa-pair></glossa-question>',
        'quiz.questions[0].pairs[0].right',
        /each <glossa-pair> needs a <glossa-left> and a <glossa-right>/,
      ],
      [
        'an order with one item',
        '<glossa-question type="order"><p>Order.</p><glossa-item>Protests</glossa-item></glossa-question>',
        'quiz.questions[0].items',
        /needs at least two <glossa-item> elements/,
      ],
      [
        'choices in an order question',
        '<glossa-question type="order"><p>Order.</p><glossa-choice>A</glossa-choice><glossa-item>A</glossa-item><glossa-item>B</glossa-item></glossa-question>',
        'quiz.questions[0].choices',
        /<glossa-choice> is only for type="single" and type="multiple"/,
      ],
      [
        'a true/false question without its answer',
        '<glossa-question type="true-false"><p>Tokayev is president.</p></glossa-question>',
        'quiz.questions[0].answer',
        /write answer="true" or answer="false"/,
      ],
      [
        'a true/false answer that is neither',
        '<glossa-question type="true-false" answer="yes"><p>Tokayev is president.</p></glossa-question>',
        'quiz.questions[0].answer',
        /write answer="true" or answer="false"/,
      ],
      [
        'no prompt',
        '<glossa-question type="true-false" answer="true">Tokayev is president.</glossa-question>',
        'quiz.questions[0].prompt',
        /write the question in a <p>/,
      ],
      [
        'an empty choice',
        '<glossa-question type="single"><p>Who?</p><glossa-choice correct>Tokayev</glossa-choice><glossa-choice> </glossa-choice></glossa-question>',
        'quiz.questions[0].choices[1].text',
        /must not be empty/,
      ],
      [
        'a choice of invisible characters only',
        '<glossa-question type="single"><p>Who?</p><glossa-choice correct>Tokayev</glossa-choice><glossa-choice>&#x3164;&#x200B;</glossa-choice></glossa-question>',
        'quiz.questions[0].choices[1].text',
        /must not be empty \(it holds only invisible characters\)/,
      ],
      [
        'an accepted answer of invisible characters only',
        '<glossa-question type="fill-blank"><p>Nearly ___ people.</p><glossa-accept>10,000</glossa-accept><glossa-accept>&#x2060;&nbsp;&#xFEFF;</glossa-accept></glossa-question>',
        'quiz.questions[0].accept[1]',
        /must not be empty \(it holds only invisible characters\)/,
      ],
      [
        'a name that cannot be an id',
        `<glossa-question type="single" name="question 1">${twoChoices}</glossa-question>`,
        'quiz.questions[0].id',
        /name="…" must be an id/,
      ],
      [
        'a repeated choice name',
        '<glossa-question type="single"><p>Who?</p><glossa-choice name="x" correct>A</glossa-choice><glossa-choice name="x">B</glossa-choice></glossa-question>',
        'quiz.questions[0].choices[1].id',
        /^repeats the id "x" of quiz\.questions\[0\]\.choices\[0\]: give each a different name="…"$/,
      ],
      [
        'a name that repeats a generated id',
        `<glossa-question type="single">${twoChoices}</glossa-question><glossa-question type="single" name="q1">${twoChoices}</glossa-question>`,
        'quiz.questions[1].id',
        /repeats the id "q1" of quiz\.questions\[0\]: give each a different name/,
      ],
      [
        'evidence without a paragraph',
        `<glossa-question type="single">${twoChoices}<glossa-evidence>Tokayev asked</glossa-evidence></glossa-question>`,
        'quiz.questions[0].evidence[0]',
        /paragraph id such as "p3"/,
      ],
      [
        'evidence naming no paragraph id',
        `<glossa-question type="single">${twoChoices}<glossa-evidence paragraph="paragraph 3">Tokayev asked</glossa-evidence></glossa-question>`,
        'quiz.questions[0].evidence[0].paragraph',
        /paragraph id such as "p3"/,
      ],
      [
        'an evidence attribute that holds no ids',
        `<glossa-question type="single" evidence="p1, p2">${twoChoices}</glossa-question>`,
        'quiz.questions[0].evidence[0]',
        /paragraph id such as "p3"/,
      ],
      [
        'a pass mark in words',
        `<glossa-question type="single">${twoChoices}</glossa-question>`,
        'quiz.passPercent',
        /pass-percent="…" must be a whole number from 0 to 100/,
        'pass-percent="seventy"',
      ],
      [
        'a pass mark above 100',
        `<glossa-question type="single">${twoChoices}</glossa-question>`,
        'quiz.passPercent',
        /from 0 to 100/,
        'pass-percent="120"',
      ],
      [
        'an empty pass mark',
        `<glossa-question type="single">${twoChoices}</glossa-question>`,
        'quiz.passPercent',
        /from 0 to 100/,
        'pass-percent',
      ],
    ];
    for (const [name, question, path, message, quizAttributes] of cases) {
      it(name, async () => {
        const found = issueAt(await quizOf(question, quizAttributes), path);
        expect(found.message).to.match(message);
      });
    }

    it('counts questions from the first, wherever they sit', async () => {
      const host = await fixture(html`<glossa-quiz>
        <section><glossa-question type="true-false" answer="true"><p>Fine.</p></glossa-question></section>
        <section><glossa-question type="single"><p>Who?</p><glossa-choice>A</glossa-choice><glossa-choice>B</glossa-choice></glossa-question></section>
      </glossa-quiz>`);
      expect(issuesOf(host)).to.deep.equal([
        { path: 'quiz.questions[1].answer', message: 'mark one <glossa-choice> as correct' },
      ]);
    });

    it('never throws on odd markup', async () => {
      const odd = [
        '<glossa-question></glossa-question>',
        '<glossa-question type="match"><glossa-left>A</glossa-left><glossa-pair></glossa-pair><glossa-pair><glossa-right><glossa-left>x</glossa-left></glossa-right></glossa-pair></glossa-question>',
        '<glossa-question type="single"><glossa-question type="order"><glossa-item>x</glossa-item></glossa-question></glossa-question>',
        '<glossa-pair><glossa-question type="multiple" evidence="  "><glossa-choice correct feedback="">A</glossa-choice></glossa-question></glossa-pair>',
        '<glossa-question type="single"><glossa-choice correct name="">A</glossa-choice><glossa-choice>B</glossa-choice></glossa-question>',
      ];
      for (const markup of odd) {
        const issues = issuesOf(await quizOf(markup));
        expect(issues, markup).not.to.be.empty;
        for (const issue of issues) expect(issue.path, markup).to.match(/^quiz\.questions\[\d\]/);
      }
    });
  });

  describe('hostile text', () => {
    it('stays text: escaped markup is refused as HTML, never parsed', async () => {
      const host = await fixture(html`<glossa-quiz>
        <glossa-question type="single">
          <p>Who?</p>
          <glossa-choice correct>&lt;img src=x onerror="window.hostile = true"&gt;</glossa-choice>
          <glossa-choice feedback="&lt;script&gt;window.hostile = true&lt;/script&gt;">Nazarbayev</glossa-choice>
        </glossa-question>
      </glossa-quiz>`);
      const markup = readQuizMarkup(host)!;
      expect((markup.questions[0]!.choices as { text: string }[])[0]!.text).to.equal(
        '<img src=x onerror="window.hostile = true">',
      );
      const issues = issuesOf(host);
      expect(issues.map((issue) => issue.path)).to.deep.equal([
        'quiz.questions[0].choices[0].text',
        'quiz.questions[0].choices[1].feedback',
      ]);
      for (const issue of issues) expect(issue.message).to.match(/plain text, not HTML/);
      expect(host.querySelector('img, script')).to.be.null;
      expect((window as { hostile?: boolean }).hostile).to.be.undefined;
    });

    it('keeps only the text of markup written inside a choice', async () => {
      const host = await quizOf(
        '<glossa-question type="single"><p>Who?</p><glossa-choice correct><b>Tokayev</b><template><img src=x></template></glossa-choice><glossa-choice>Nazarbayev</glossa-choice></glossa-question>',
      );
      const result = parsedMarkup(host);
      expect(result.ok && result.quiz.questions[0]).to.include({ answer: 'a' });
      expect(result.ok && (result.quiz.questions[0] as { choices: unknown }).choices).to.deep.equal([
        { id: 'a', text: 'Tokayev' },
        { id: 'b', text: 'Nazarbayev' },
      ]);
    });
  });
});

describe('the README section "Writing a quiz in HTML"', () => {
  it('shows quizzes that read as it says: as their JSON twin, with the errors shown, or valid', async () => {
    const seed = await seedArticle();
    const readme = await (await fetch('/README.md')).text();
    const section = /\n## Writing a quiz in HTML\n([\s\S]*?)\n## /.exec(readme)?.[1];
    expect(section, 'no section "Writing a quiz in HTML"').to.be.a('string');
    const blocks = [...section!.matchAll(/```(\w+)\n([\s\S]*?)\n```/g)].map(([, lang, body]) => ({
      lang,
      body: body!,
    }));
    const types = new Set<string>();
    let examples = 0;
    for (const [index, block] of blocks.entries()) {
      if (block.lang !== 'html') continue;
      examples += 1;
      const result = parseQuizMarkup(await fixture(block.body));
      const next = blocks[index + 1];
      if (next?.lang === 'text') {
        expect(
          result?.ok ? [] : result?.issues.map((issue) => `${issue.path}: ${issue.message}`),
          block.body,
        ).to.deep.equal(next.body.split('\n'));
        continue;
      }
      expect(result?.ok ? [] : result?.issues, block.body).to.deep.equal([]);
      if (next?.lang === 'json') expect(result, block.body).to.deep.equal(parseQuiz(JSON.parse(next.body)));
      if (!result?.ok) continue;
      expect(checkQuizEvidence(result.quiz, seed), 'its evidence is in the seed article').to.deep.equal([]);
      for (const question of result.quiz.questions) types.add(question.type);
    }
    expect(examples).to.be.at.least(8);
    expect(types).to.have.keys('single', 'multiple', 'true-false', 'fill-blank', 'order', 'match');
  });
});
