import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { RENDERED_WIDGETS } from '../../bin/commands/specs.mjs';

const SEED = 'demo/articles/kazakhstan-2022.json';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * `glossa render` of each widget of the seed as a user runs it, a new Node process each time (its start,
 * the server renderer's load and the render): the median of `runs` per widget, and the slowest of them.
 */
export function measureCliRender({ runs }) {
  const widgets = RENDERED_WIDGETS.map((widget) => {
    const samples = [];
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      const { status, stderr } = spawnSync(process.execPath, ['bin/glossa.mjs', 'render', SEED, '--widget', widget]);
      samples.push(performance.now() - start);
      if (status !== 0) throw new Error(`glossa render --widget ${widget} failed: ${stderr}`);
    }
    return { widget, renderMs: median(samples) };
  });
  return { runs, widgets, slowestMs: Math.max(...widgets.map(({ renderMs }) => renderMs)) };
}
