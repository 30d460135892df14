import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `npm run test:mutation [-- stryker options]`: runs Stryker (stryker.config.mjs), then fails when any one
 * module scores under the break threshold. Stryker breaks on the score of all mutated files together,
 * where a module with many killed mutants can hide one whose tests are thin.
 */

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Each file's mutation score in percent, as Stryker counts it: mutants detected of those detected or not. */
export function moduleScores(report) {
  return Object.entries(report.files).map(([file, { mutants }]) => {
    const detected = mutants.filter((mutant) => DETECTED.has(mutant.status)).length;
    const counted = detected + mutants.filter((mutant) => UNDETECTED.has(mutant.status)).length;
    return { file, score: counted === 0 ? 100 : (detected / counted) * 100 };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const stryker = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
  if (stryker.status !== 0) process.exit(stryker.status ?? 1);

  const { default: config } = await import('../stryker.config.mjs');
  const floor = config.thresholds.break;
  const report = JSON.parse(readFileSync(config.jsonReporter.fileName, 'utf8'));
  const below = moduleScores(report).filter(({ score }) => score < floor);
  if (below.length > 0) {
    const list = below.map(({ file, score }) => `${file} ${score.toFixed(2)} %`).join(', ');
    console.error(`Mutation score under ${floor} %: ${list}. Raise the tests of these modules.`);
    process.exit(1);
  }
  console.log(`Every mutated module scores ${floor} % or more.`);
}
