import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { launchChromium } from '../scripts/browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCORM_AGAIN = join(ROOT, 'node_modules/scorm-again/dist');

/**
 * Three questions of the seed article, a single choice, a true/false and a fill-in-the-blank (whose
 * view is a lazy chunk of the bundle), passed at 60 %: the learner below gets 2 of 3.
 */
function quizArticle() {
  const article = JSON.parse(readFileSync(join(ROOT, 'demo/articles/kazakhstan-2022.json'), 'utf8'));
  const ids = ['trigger', 'nazarbayev-seen', 'arrests'];
  article.quiz = {
    ...article.quiz,
    passPercent: 60,
    questions: ids.map((id) => article.quiz.questions.find((question) => question.id === id)),
  };
  return article;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** A static server for this test: `/lms/` scorm-again's builds, `/package/` the unzipped package. */
async function startServer(packageDir) {
  const roots = { lms: SCORM_AGAIN, package: packageDir };
  const server = createServer((request, response) => {
    const [, root, ...rest] = new URL(request.url, 'http://localhost').pathname.split('/');
    const base = roots[root];
    const path = base && normalize(join(base, ...rest.map(decodeURIComponent)));
    if (root === 'host') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>LMS</title>');
      return;
    }
    try {
      if (!path?.startsWith(base)) throw new Error('outside');
      const body = readFileSync(path);
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((r) => server.close(r)) };
}

/** What each SCORM version's runtime is called, how to give it a resumed attempt, and what it reports. */
const RUNTIMES = {
  scorm12: {
    script: 'scorm12.min.js',
    install: ({ resume }) => {
      window.API = new window.Scorm12API({ logLevel: 5 });
      if (resume) window.API.loadFromJSON({ suspend_data: resume, core: { entry: 'resume' } });
    },
    // The JSON scorm-again commits to its platform: it holds the write-only elements too.
    reported: () => {
      const cmi = JSON.parse(JSON.stringify(window.API.cmi));
      return {
        initialized: window.API.isInitialized(),
        terminated: window.API.isTerminated(),
        raw: cmi.core.score.raw,
        min: cmi.core.score.min,
        max: cmi.core.score.max,
        status: cmi.core.lesson_status,
        exit: cmi.core.exit,
        suspendData: cmi.suspend_data,
        interactions: Object.values(cmi.interactions ?? {}).map((interaction) => ({
          id: interaction.id,
          type: interaction.type,
          result: interaction.result,
          response: interaction.student_response,
        })),
      };
    },
  },
  scorm2004: {
    script: 'scorm2004.min.js',
    install: ({ resume }) => {
      window.API_1484_11 = new window.Scorm2004API({ logLevel: 5 });
      if (resume) window.API_1484_11.loadFromJSON({ suspend_data: resume, entry: 'resume' });
    },
    reported: () => {
      const cmi = JSON.parse(JSON.stringify(window.API_1484_11.cmi));
      return {
        initialized: window.API_1484_11.isInitialized(),
        terminated: window.API_1484_11.isTerminated(),
        raw: cmi.score.raw,
        min: cmi.score.min,
        max: cmi.score.max,
        scaled: cmi.score.scaled,
        success: cmi.success_status,
        status: cmi.completion_status,
        exit: cmi.exit,
        suspendData: cmi.suspend_data,
        interactions: Object.values(cmi.interactions ?? {}).map((interaction) => ({
          id: interaction.id,
          type: interaction.type,
          result: interaction.result,
          response: interaction.learner_response,
        })),
      };
    },
  },
};

/** The interactions a learner who answers as `learn` below leaves, per version. */
const INTERACTIONS = {
  scorm12: [
    { id: 'trigger', type: 'choice', result: 'correct', response: 'a' },
    { id: 'nazarbayev-seen', type: 'true-false', result: 'wrong', response: 't' },
    { id: 'arrests', type: 'fill-in', result: 'correct', response: '10,000' },
  ],
  scorm2004: [
    { id: 'trigger', type: 'choice', result: 'correct', response: 'a' },
    { id: 'nazarbayev-seen', type: 'true-false', result: 'incorrect', response: 'true' },
    { id: 'arrests', type: 'fill-in', result: 'correct', response: '10,000' },
  ],
};

for (const [target, runtime] of Object.entries(RUNTIMES)) {
  describe(`glossa package --${target}, hosted by scorm-again in Chromium`, () => {
    let dir;
    let server;
    let browser;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), `glossa-${target}-`));
      writeFileSync(join(dir, 'article.json'), JSON.stringify(quizArticle()));
      const zip = join(dir, 'quiz.zip');
      execFileSync('node', [
        join(ROOT, 'bin/glossa.mjs'),
        'package',
        join(dir, 'article.json'),
        `--${target}`,
        '-o',
        zip,
      ]);
      for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
        const file = join(dir, 'package', path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, bytes);
      }
      server = await startServer(join(dir, 'package'));
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    /** The platform's page with the runtime installed and the package's launch page in an iframe. */
    async function launch(page, { resume } = {}) {
      await page.goto(`${server.origin}/host/`);
      await page.addScriptTag({ url: `${server.origin}/lms/${runtime.script}` });
      await page.evaluate(runtime.install, { resume });
      await page.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        frame.style.cssText = 'width: 900px; height: 1200px';
        document.body.append(frame);
      }, `${server.origin}/package/index.html`);
      await page.waitForFunction(`(${runtime.reported})().initialized`);
      const frame = page.frames().find((candidate) => candidate.url().endsWith('/package/index.html'));
      const quiz = frame.locator('glossa-quiz');
      await quiz.locator('[part~="question"]:not([hidden])').first().waitFor();
      return quiz;
    }

    /** Ends the session as a learner closing it does: the launch page goes, and hears `pagehide`. */
    async function leave(page) {
      await page.evaluate(() => (document.querySelector('iframe').src = 'about:blank'));
      await page.waitForFunction(`(${runtime.reported})().terminated`);
      return page.evaluate(runtime.reported);
    }

    const shown = (quiz) => quiz.locator('[part~="question"]:not([hidden])');

    /** The learner's answers, by clicks and keys: the first right, the second wrong, the third right. */
    const learn = [
      async (quiz) => {
        await shown(quiz).locator('[part~="choice"]', { hasText: 'A rapid rise in fuel prices' }).click();
        await shown(quiz).locator('[part~="check-button"]').click();
      },
      async (quiz) => {
        await shown(quiz).locator('[part~="choice"]', { hasText: 'True' }).click();
        await shown(quiz).locator('[part~="check-button"]').click();
      },
      async (quiz) => {
        await shown(quiz).locator('[part~="blank-input"]').fill('10,000');
        await shown(quiz).locator('[part~="blank-input"]').press('Enter');
      },
    ];
    const next = (quiz) => quiz.locator('[part~="next-button"]').click();

    async function finish(page, quiz) {
      await quiz.locator('[part~="finish-button"]').click();
      await quiz.locator('[part~="results"]').waitFor();
    }

    function assertScore(reported) {
      assert.equal(reported.raw, '67');
      assert.equal(reported.min, '0');
      assert.equal(reported.max, '100');
      if (target === 'scorm12') assert.equal(reported.status, 'passed');
      else {
        assert.equal(Number(reported.scaled), 0.6666667);
        assert.equal(reported.success, 'passed');
        assert.equal(reported.status, 'completed');
      }
    }

    it('reports the score, the pass, completion and each answer of a learner who finishes', async () => {
      const page = await browser.newPage();
      const quiz = await launch(page);
      assert.equal((await page.evaluate(runtime.reported)).status, 'incomplete', 'a launched attempt is in progress');
      for (const [index, answer] of learn.entries()) {
        await answer(quiz);
        await shown(quiz).locator('[part~="feedback"]').waitFor();
        if (index < learn.length - 1) await next(quiz);
      }
      await finish(page, quiz);
      await page.waitForFunction(`(${runtime.reported})().raw !== ''`);
      const reported = await page.evaluate(runtime.reported);
      assertScore(reported);
      assert.deepEqual(reported.interactions, INTERACTIONS[target]);
      const left = await leave(page);
      assert.equal(left.exit, 'suspend');
      await page.close();
    });

    it('resumes from the suspend data the platform kept, with nothing left in the browser', async () => {
      const page = await browser.newPage();
      let quiz = await launch(page);
      await learn[0](quiz);
      await shown(quiz).locator('[part~="feedback"]').waitFor();
      await next(quiz);
      const { suspendData, exit } = await leave(page);
      assert.equal(exit, 'suspend');
      assert.ok(suspendData.length > 0, 'the progress is in the suspend data');
      await page.evaluate(() => localStorage.clear());

      quiz = await launch(page, { resume: suspendData });
      await quiz.locator('[part~="step"]', { hasText: 'Question 2 of 3' }).waitFor();
      await learn[1](quiz);
      await shown(quiz).locator('[part~="feedback"]').waitFor();
      await next(quiz);
      await learn[2](quiz);
      await shown(quiz).locator('[part~="feedback"]').waitFor();
      await finish(page, quiz);
      await page.waitForFunction(`(${runtime.reported})().raw !== ''`);
      assertScore(await page.evaluate(runtime.reported));
      await page.close();
    });

    it('starts afresh on a new attempt, whatever the browser kept of an earlier one', async () => {
      const page = await browser.newPage();
      const quiz = await launch(page);
      await learn[0](quiz);
      await shown(quiz).locator('[part~="feedback"]').waitFor();
      await leave(page);

      const again = await launch(page);
      await again.locator('[part~="step"]', { hasText: 'Question 1 of 3' }).waitFor();
      assert.equal(await shown(again).locator('[part~="feedback"]').count(), 0, 'the first question is not answered');
      await page.close();
    });

    it('works without a platform, and says that nothing is reported', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/package/index.html`);
      const note = page.locator('[data-glossa-lms-note]');
      await note.waitFor();
      assert.match(await note.textContent(), /not reported/);
      const quiz = page.locator('glossa-quiz');
      await learn[0](quiz);
      await shown(quiz).locator('[part~="feedback-correct"]').waitFor();
      await page.close();
    });
  });
}
