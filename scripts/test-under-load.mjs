import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';

/**
 * `npm run test:loaded [-- RUNS [LOOPS]]`: the browser suite RUNS times in a row (3 unless told) while
 * LOOPS busy loops (`yes > /dev/null`, 2 unless told) keep a CI-sized machine loaded, as CI's can be.
 * The loops are started here and ended here by their PIDs, whatever happens to the runs. Build the
 * library first (`npm run build:lib`), as `npm test` does.
 */
const runs = Number(process.argv[2] ?? 3);
const loopCount = Number(process.argv[3] ?? 2);

const loops = Array.from({ length: loopCount }, () => spawn('yes', { stdio: ['ignore', 'ignore', 'inherit'] }));
const endLoops = () => {
  for (const loop of loops) if (loop.exitCode === null) process.kill(loop.pid, 'SIGTERM');
};
process.on('exit', endLoops);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
console.log(`${loopCount} busy loops running as PIDs ${loops.map((loop) => loop.pid).join(', ')}.`);

/** One run of the suite; resolves with its exit code, its closing `Tests:` line and its time. */
function runSuite() {
  return new Promise((resolve) => {
    const started = performance.now();
    const suite = spawn('npx', ['wtr', '--config', 'web-test-runner.config.mjs'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    suite.stdout.on('data', (chunk) => (output += chunk));
    suite.on('close', (code) => {
      const summary = output.match(/^Tests: .*$/m)?.[0] ?? 'Tests: no summary line';
      if (code !== 0) process.stdout.write(output);
      resolve({ code, summary, seconds: (performance.now() - started) / 1000 });
    });
  });
}

let failed = 0;
for (let run = 1; run <= runs; run += 1) {
  const { code, summary, seconds } = await runSuite();
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  console.log(`Run ${run} of ${runs}: ${summary} in ${seconds.toFixed(0)} s (load average ${load})`);
  if (code !== 0) failed += 1;
}
endLoops();
console.log(`Loaded runs: ${runs - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
