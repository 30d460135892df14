import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { QUIZ_FORMATS } from '../dist/formats/index.js';
import { THEME_NAMES } from '../dist/styles/palettes.js';
import { COMMANDS, FORMAT_NAMES, RENDERED_WIDGETS } from '../bin/commands/specs.mjs';

/** Runs `bin/glossa.mjs` as a user would, from the project folder; `npm run build:lib` must have run. */
function glossa(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['bin/glossa.mjs', ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName);

describe('glossa --help', () => {
  const { status, stdout } = glossa('--help');

  it('lists every command with every one of its options', () => {
    assert.equal(status, 0);
    for (const command of COMMANDS) {
      assert.match(stdout, new RegExp(`^  ${command.name}\\b`, 'm'), command.name);
      for (const option of command.options)
        for (const flag of option.flags) assert.ok(stdout.includes(flag), `${command.name} ${flag}`);
    }
  });

  it('fits 100 columns', () => {
    const long = stdout.split('\n').filter((line) => line.length > 100);
    assert.deepEqual(long, []);
  });

  it('names the formats, widgets and themes the commands take', () => {
    assert.deepEqual(FORMAT_NAMES, Object.keys(QUIZ_FORMATS));
    for (const widget of RENDERED_WIDGETS) assert.ok(tags.includes(`glossa-${widget}`), widget);
    assert.match(
      stdout,
      new RegExp(`--theme <name> +${THEME_NAMES.slice(0, -1).join(', ')} or ${THEME_NAMES.at(-1)}\\.`),
    );
  });
});

describe('each command', () => {
  for (const command of COMMANDS) {
    it(`${command.name} --help shows its usage and options, and exits with 0`, () => {
      const { status, stdout } = glossa(command.name, '--help');
      assert.equal(status, 0);
      assert.match(stdout, new RegExp(`^Usage: glossa ${command.name}\\b`));
      for (const option of command.options) assert.ok(stdout.includes(option.flags.at(-1)), option.flags.at(-1));
      assert.deepEqual(glossa('help', command.name).stdout, stdout);
    });

    it(`${command.name} refuses an option it does not take, with its usage and exit code 2`, () => {
      const { status, stdout, stderr } = glossa(command.name, 'article.json', '--colour=red');
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.match(stderr, new RegExp(`^glossa ${command.name}: .*\\nUsage: glossa ${command.name}\\b`));
    });

    for (const option of command.options.filter(({ value }) => value !== undefined)) {
      it(`${command.name} ${option.flags[0]} without its value says so`, () => {
        const { status, stderr } = glossa(command.name, option.flags[0]);
        assert.equal(status, 2);
        assert.match(stderr, new RegExp(`^glossa ${command.name}: ${option.flags[0]} needs a value\\n`));
      });
    }
  }
});
