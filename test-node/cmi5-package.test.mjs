import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GLOSSA = join(ROOT, 'bin/glossa.mjs');

/**
 * What cmi5 "quartz"'s CourseStructure.xsd requires of a course of one AU, written out from the spec
 * (section 13.1): the namespace, a course with an id, a title and a description, each a langstring
 * with its lang, and an AU with an id, its title, description and url in that order, and attributes
 * from the spec's vocabularies. No npm package ships the XSD itself, so this is checked by hand.
 */
const NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';
const MOVE_ON = ['NotApplicable', 'Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed'];
const LAUNCH_METHOD = ['AnyWindow', 'OwnWindow'];
const AU_CHILDREN = ['title', 'description', 'objectives', 'url', 'launchParameters', 'entitlementKey'];

/** The seed article with three questions and a title that is hard to write as XML, passed at 60 %. */
function article() {
  const seed = JSON.parse(readFileSync(join(ROOT, 'demo/articles/kazakhstan-2022.json'), 'utf8'));
  return {
    ...seed,
    title: 'Fuel & "freedom" < 5 & > 3 in Kazakhstan',
    quiz: { ...seed.quiz, title: undefined, passPercent: 60, questions: seed.quiz.questions.slice(0, 3) },
  };
}

const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' });
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'au' });
const names = (children) => children.map((child) => Object.keys(child).find((key) => key !== ':@'));

function assertLangString(element, what) {
  assert.equal(typeof element?.langstring?.lang, 'string', `${what} has a langstring with its lang`);
  assert.ok(element.langstring['#text'], `${what} is not empty`);
}

describe('glossa package --cmi5', () => {
  let dir;
  let files;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'glossa-cmi5-'));
    writeFileSync(join(dir, 'article.json'), JSON.stringify(article()));
    const zip = join(dir, 'out.zip');
    execFileSync('node', [
      GLOSSA,
      'package',
      join(dir, 'article.json'),
      '--cmi5',
      '-o',
      zip,
      '--activity-base',
      'https://school.example/courses/',
    ]);
    files = unzipSync(readFileSync(zip));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const text = (path) => new TextDecoder().decode(files[path]);

  it('writes a well-formed cmi5.xml with what the course structure requires', () => {
    const xml = text('cmi5.xml');
    assert.equal(XMLValidator.validate(xml), true);
    const { courseStructure } = parser.parse(xml);
    assert.equal(courseStructure.xmlns, NAMESPACE);
    assert.equal(courseStructure.course.id, 'https://school.example/courses/kazakhstan-2022');
    assertLangString(courseStructure.course.title, 'the course title');
    assertLangString(courseStructure.course.description, 'the course description');
    assert.equal(courseStructure.course.title.langstring['#text'], 'Fuel & "freedom" < 5 & > 3 in Kazakhstan');
    assert.equal(courseStructure.au.length, 1, 'one AU');
    const [au] = courseStructure.au;
    assert.equal(au.id, 'https://school.example/courses/kazakhstan-2022/quiz');
    assert.ok(MOVE_ON.includes(au.moveOn), au.moveOn);
    assert.equal(au.moveOn, 'CompletedAndPassed');
    assert.ok(LAUNCH_METHOD.includes(au.launchMethod), au.launchMethod);
    assert.equal(Number(au.masteryScore), 0.6);
    assertLangString(au.title, 'the AU title');
    assertLangString(au.description, 'the AU description');
    assert.equal(au.url, 'index.html');
  });

  it("orders the elements as the schema's sequences do", () => {
    const [, root] = ordered.parse(text('cmi5.xml'));
    assert.deepEqual(names(root.courseStructure), ['course', 'au']);
    const [course, au] = root.courseStructure;
    assert.deepEqual(names(course.course), ['title', 'description']);
    const children = names(au.au);
    assert.deepEqual(children, ['title', 'description', 'url']);
    assert.deepEqual(
      children,
      AU_CHILDREN.filter((name) => children.includes(name)),
    );
  });

  it('launches a page that is in the package and loads the cmi5 bridge, whose files are all there', () => {
    const page = text('index.html');
    const scripts = [...page.matchAll(/<script type="module" src="([^"]+)"/g)].map(([, src]) => src);
    assert.equal(scripts.at(-1), 'glossa/cmi5-bridge.js');
    for (const src of [...scripts, 'article.json']) assert.ok(files[src], `${src} is in the package`);
    assert.ok(!page.includes('glossa-scorm'), 'no SCORM version is named');
    assert.ok(!files['imsmanifest.xml'], 'no SCORM manifest');
    assert.match(page, /data-glossa-lms-exit/);
  });

  it('takes --activity-base only for cmi5 and only as an http(s) URL', () => {
    const run = (...args) =>
      spawnSync('node', [GLOSSA, 'package', join(dir, 'article.json'), ...args, '-o', join(dir, 'x.zip')]);
    assert.equal(run('--scorm2004', '--activity-base', 'https://school.example').status, 2);
    assert.equal(run('--cmi5', '--activity-base', 'school.example').status, 2);
    assert.equal(run('--cmi5', '--activity-base', 'javascript:alert(1)').status, 2);
  });
});
