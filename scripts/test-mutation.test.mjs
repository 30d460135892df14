import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { moduleScores } from './test-mutation.mjs';

const mutants = (...statuses) => statuses.map((status, index) => ({ id: String(index), status }));

describe('moduleScores', () => {
  it('scores each file by the mutants detected, leaving out those that could not run', () => {
    const report = {
      files: {
        'src/a.ts': { mutants: mutants('Killed', 'Timeout', 'Survived', 'NoCoverage', 'CompileError', 'Ignored') },
        'src/b.ts': { mutants: mutants('Killed', 'Killed', 'Killed', 'Survived') },
        'src/c.ts': { mutants: mutants('Ignored') },
      },
    };
    assert.deepEqual(moduleScores(report), [
      { file: 'src/a.ts', score: 50 },
      { file: 'src/b.ts', score: 75 },
      { file: 'src/c.ts', score: 100 },
    ]);
  });
});
