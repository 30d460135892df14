import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

const SEED = 'demo/articles/kazakhstan-2022.json';
const seed = () => JSON.parse(readFileSync(SEED, 'utf8'));

function glossa(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['bin/glossa.mjs', ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

function articleFile(article) {
  const file = join(mkdtempSync(join(tmpdir(), 'glossa-render-')), 'article.json');
  writeFileSync(file, JSON.stringify(article));
  return file;
}

/** The inline article of a rendered widget, read back as the client will. */
function inlineArticle(html) {
  const json = html.match(/<script type="application\/json">([\s\S]*?)<\/script>/)?.[1];
  assert.ok(json, 'the widget carries its article');
  return JSON.parse(json);
}

describe('glossa render', () => {
  for (const widget of ['explainer', 'quiz', 'timeline', 'whos-who']) {
    it(`renders <glossa-${widget}> ready, with a declared shadow root and the article inside`, () => {
      const { status, stdout } = glossa('render', SEED, '--widget', widget);
      assert.equal(status, 0);
      assert.match(
        stdout,
        new RegExp(`^<glossa-${widget}[ >][^]*<template shadowroot="open" shadowrootmode="open"><style>`),
      );
      assert.match(stdout, new RegExp(`</script></glossa-${widget}>\\n$`));
      assert.doesNotMatch(stdout, /part="loading"|part="error"/);
      assert.deepEqual(inlineArticle(stdout), seed());
    });
  }

  it('shows the article’s own words in the shadow root', () => {
    const { stdout } = glossa('render', SEED, '--widget', 'explainer');
    const shadow = stdout.slice(0, stdout.indexOf('</template>'));
    assert.ok(shadow.includes(seed().title));
    assert.ok(shadow.includes('What happened'));
  });

  it('leaves every choice of the quiz unpicked', () => {
    const { stdout } = glossa('render', SEED, '--widget', 'quiz', '--attribute', 'layout=list');
    assert.ok((stdout.match(/part="choice-input"/g) ?? []).length > 20);
    assert.doesNotMatch(stdout, /\schecked(=|\s|>)/);
  });

  it('puts the attributes given on the element, escaped', () => {
    const { stdout } = glossa(
      'render',
      SEED,
      '--widget',
      'timeline',
      '--attribute',
      'lang=ru',
      '--attribute',
      'data-note="<b>"',
    );
    assert.match(stdout, /^<glossa-timeline\s+lang="ru" data-note="&quot;&lt;b&gt;&quot;"/);
    assert.ok(stdout.includes('Хронология'), 'the strings are in the language asked for');
  });

  it('refuses attributes the widget does not document, event handlers first, and values it does not take', () => {
    for (const [attribute, message] of [
      ['onclick=alert(1)', /<glossa-quiz> has no attribute "onclick"; it takes xapi-activity-base, layout, feedback/],
      ['onfocus=alert(1)', /no attribute "onfocus"/],
      ['layout=grid', /layout takes "stepper", "list", not "grid"/],
      ['theme=neon', /theme takes "light", "dark", "auto", "contrast", not "neon"/],
      ['heading-level=two', /heading-level takes "2", "3", "4", "5", "6", not "two"/],
      ['heading-level=7', /heading-level takes "2", "3", "4", "5", "6", not "7"/],
      ['pass=many', /pass takes a number, not "many"/],
    ]) {
      const { status, stdout, stderr } = glossa('render', SEED, '--widget', 'quiz', '--attribute', attribute);
      assert.equal(status, 2, attribute);
      assert.equal(stdout, '', attribute);
      assert.match(stderr, message);
    }
    const { status, stdout } = glossa(
      'render',
      SEED,
      '--widget',
      'quiz',
      '--attribute',
      'layout=list',
      '--attribute',
      'aria-label=Quiz',
    );
    assert.equal(status, 0);
    assert.match(stdout, /^<glossa-quiz\s+lang="en" layout="list" aria-label="Quiz"/);
  });

  for (const widget of ['explainer', 'quiz', 'timeline', 'whos-who']) {
    it(`writes no script link into <glossa-${widget}> from an evidence-href template, and says so`, () => {
      const { status, stdout, stderr } = glossa(
        'render',
        SEED,
        '--widget',
        widget,
        '--attribute',
        'evidence-href=javascript:alert(1)//{n}',
      );
      assert.equal(status, 0);
      assert.doesNotMatch(stdout, /javascript:/i);
      assert.doesNotMatch(stdout, /<a part="evidence-link"/);
      assert.match(stderr, /evidence-href is left out: .* so evidence shows as buttons/);
    });
  }

  it('renders evidence as buttons without a safe evidence-href, and as links to the anchors with one', () => {
    const buttons = glossa(
      'render',
      SEED,
      '--widget',
      'explainer',
      '--attribute',
      'evidence-href=//evil.example/#p{n}',
    );
    assert.doesNotMatch(buttons.stdout, /evil\.example/);
    assert.match(buttons.stdout, /<button part="evidence-link"/);
    const links = glossa('render', SEED, '--widget', 'explainer', '--attribute', 'evidence-href=#p{n}');
    assert.match(links.stdout, /^<glossa-explainer\s+lang="en" evidence-href="#p\{n\}"/);
    assert.match(links.stdout, /<a part="evidence-link" class="evidence-link" href="#p\d+"/);
    assert.equal(links.stderr, '');
  });

  it('writes no src that is not an http(s) or relative URL', () => {
    const { status, stdout, stderr } = glossa(
      'render',
      SEED,
      '--widget',
      'timeline',
      '--attribute',
      'src=\\\\evil.example\\a.json',
    );
    assert.equal(status, 0);
    assert.doesNotMatch(stdout, /evil\.example/);
    assert.match(stderr, /src is left out/);
  });

  it('refuses a model URL that a browser would load from another host, and writes entity-like URLs as text', () => {
    const hostile = seed();
    hostile.figures[0].src = '/\\evil.example/x.png';
    const refused = glossa('render', articleFile(hostile), '--widget', 'explainer');
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /figures\[0\]\.src: must be an http\(s\) or relative URL/);
    const literal = seed();
    literal.figures[0].src = 'javascript&colon;alert(1)';
    const { status, stdout } = glossa('render', articleFile(literal), '--widget', 'explainer');
    assert.equal(status, 0);
    assert.doesNotMatch(stdout.slice(0, stdout.indexOf('<script type="application/json">')), /javascript:/i);
    assert.ok(
      stdout.includes('src="javascript&amp;colon;alert(1)"'),
      'the browser reads the src back as a relative path',
    );
  });

  it('writes no "<" inside the inline script, so no text can close it', () => {
    const article = seed();
    article.title = 'Prices up < 5% & calm > panic';
    const { status, stdout } = glossa('render', articleFile(article), '--widget', 'explainer');
    assert.equal(status, 0);
    const script = stdout.slice(
      stdout.indexOf('<script type="application/json">') + 31,
      stdout.lastIndexOf('</script>'),
    );
    assert.doesNotMatch(script, /</);
    assert.equal(inlineArticle(stdout).title, article.title);
    assert.ok(stdout.includes('Prices up &lt; 5% &amp; calm &gt; panic'), 'the shadow root shows the title as text');
  });

  it('writes control characters of the article as character references and JSON escapes, which a terminal shows as text', () => {
    const article = seed();
    article.title = 'Vote\u001b[2J\u001b]0;pwned\u0007\r\nOK\u009b\u202eevil\u202c\u2028\u{E0041} 👩🏽‍🚀';
    const { status, stdout } = glossa(
      'render',
      articleFile(article),
      '--widget',
      'explainer',
      '--attribute',
      'data-note=\u001b[2J',
    );
    assert.equal(status, 0);
    assert.doesNotMatch(stdout, /[^\P{Cc}\n\t]|[\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u);
    assert.ok(
      stdout.includes(
        'Vote&#x1b;[2J&#x1b;]0;pwned&#x7;&#xd;\nOK&#x9b;&#x202e;evil&#x202c;&#x2028;&#xe0041; 👩🏽&#x200d;🚀',
      ),
      'the shadow root shows the title',
    );
    assert.match(stdout, /^<glossa-explainer\s+lang="en" data-note="&#x1b;\[2J"/);
    assert.deepEqual(inlineArticle(stdout), article);
  });

  it('renders a file that starts with a byte-order mark', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'glossa-render-')), 'bom.json');
    writeFileSync(file, `\uFEFF${readFileSync(SEED, 'utf8')}`);
    const { status, stdout, stderr } = glossa('render', file, '--widget', 'timeline');
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.deepEqual(inlineArticle(stdout), seed());
  });

  it('shows control characters of a file name and of the problems found as escapes', () => {
    const article = seed();
    const pairs = article.quiz.questions.find((question) => question.type === 'match').pairs;
    pairs[0].right = pairs[1].right = 'X\u001b]0;pwned\u0007\nOK\u202e';
    const file = join(mkdtempSync(join(tmpdir(), 'glossa-render-')), 'a\u001b[2J\r.json');
    writeFileSync(file, JSON.stringify(article));
    const { status, stderr } = glossa('render', file, '--widget', 'quiz');
    assert.equal(status, 1);
    assert.equal(stderr.split('\n').length, 2, stderr);
    assert.ok(stderr.includes('a\\x1b[2J\\r.json: quiz.questions['), stderr);
    assert.ok(stderr.includes('repeats "X\\x1b]0;pwned\\x07\\nOK\\u202e"'), stderr);
    assert.match(glossa('render', 'x.json', '--\u001b[2J').stderr, /^glossa render: unknown option "--\\x1b\[2J"\n/);
  });

  it('gives the element the article’s language unless told another', () => {
    assert.match(glossa('render', SEED, '--widget', 'timeline').stdout, /^<glossa-timeline\s+lang="en"/);
  });

  it('asks a shuffled quiz for a seed, so the browser shuffles it the same way', () => {
    const unseeded = glossa('render', SEED, '--widget', 'quiz', '--attribute', 'shuffle');
    assert.match(unseeded.stderr, /a shuffled quiz needs --attribute seed=/);
    assert.equal(unseeded.status, 2);
    const seeded = glossa('render', SEED, '--widget', 'quiz', '--attribute', 'shuffle', '--attribute', 'seed=class-7b');
    assert.equal(seeded.status, 0);
    assert.match(seeded.stdout, /^<glossa-quiz\s+lang="en" shuffle(="")? seed="class-7b"/);
  });

  it('refuses an invalid article with the path of each problem and exit code 1', () => {
    const article = seed();
    article.quiz.questions[0].answer = 'nowhere';
    const file = articleFile(article);
    const { status, stdout, stderr } = glossa('render', file, '--widget', 'quiz');
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`^${file.replaceAll('.', '\\.')}: quiz\\.questions\\[0\\]\\.answer: `));
  });

  it('asks for a widget it knows and for attribute names it can write', () => {
    assert.match(glossa('render', SEED).stderr, /--widget must be one of quiz, explainer, timeline, whos-who/);
    assert.equal(glossa('render', SEED, '--widget', 'article').status, 2);
    const bad = glossa('render', SEED, '--widget', 'quiz', '--attribute', 'onclick x=1');
    assert.match(bad.stderr, /--attribute takes name=value/);
    assert.equal(bad.status, 2);
  });
});
