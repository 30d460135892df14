import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * `npm run screenshots:before [commit]`: the screenshots of `npm run screenshots`, taken of an earlier
 * commit (by default main before issue 18, the second accessibility and design pass), into
 * screenshots/before/, beside the current ones in screenshots/. The commit is checked out in a
 * temporary worktree that borrows this checkout's node_modules.
 */
const BEFORE_ISSUE_18 = '3ce6461769eaa924d14bf99d596f288ca2d6c7d2';
const commit = process.argv[2] ?? BEFORE_ISSUE_18;
const root = resolve('.');
const worktree = join(mkdtempSync(join(tmpdir(), 'glossa-before-')), 'checkout');
const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, stdio: 'inherit' });

run('git', ['worktree', 'add', '--detach', worktree, commit]);
try {
  symlinkSync(join(root, 'node_modules'), join(worktree, 'node_modules'));
  run(process.execPath, ['scripts/screenshots.mjs'], worktree);
  rmSync('screenshots/before', { recursive: true, force: true });
  cpSync(join(worktree, 'screenshots'), 'screenshots/before', { recursive: true });
  console.log(`screenshots/before/: ${commit.slice(0, 7)}; npm run screenshots for the current ones`);
} finally {
  run('git', ['worktree', 'remove', '--force', worktree]);
  rmSync(dirname(worktree), { recursive: true, force: true });
}
