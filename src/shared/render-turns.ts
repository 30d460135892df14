/**
 * How long widgets' first renders may hold the main thread before the browser paints what they
 * rendered: a page of hundreds of widgets would otherwise render them all in one task and paint
 * nothing until the last.
 */
const SLICE_MS = 50;

/** When this task's first renders began; undefined between tasks. */
let sliceStart: number | undefined;
/** The first renders waiting for the next slice, in the order they asked. */
const waiting: (() => void)[] = [];

function startSlice(): number {
  sliceStart = performance.now();
  setTimeout(() => (sliceStart = undefined));
  return sliceStart;
}

/**
 * After the next paint, a new slice renders the waiting ones in order while it lasts, then waits again.
 * Each slice is twice as long as the one before: every paint lays out the whole page again, so a few
 * paints show the first widgets early without many paints slowing the last.
 */
function renderAfterPaint(sliceMs = SLICE_MS * 2): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      const start = startSlice();
      while (waiting.length > 0 && performance.now() - start < sliceMs) waiting.shift()?.();
      if (waiting.length > 0) renderAfterPaint(sliceMs * 2);
    }),
  );
}

/**
 * Runs a widget's first `render` in its turn: now, while this task's first renders have taken less
 * than `SLICE_MS` and none waits; else after a paint, in a later slice, and the promise tells when.
 * A hidden page paints nothing, so it renders at once.
 */
export function inTurn(render: () => void): Promise<void> | undefined {
  const start = sliceStart ?? startSlice();
  if (document.visibilityState === 'hidden' || (waiting.length === 0 && performance.now() - start < SLICE_MS)) {
    render();
    return undefined;
  }
  return new Promise((resolve, reject) => {
    waiting.push(() => {
      try {
        render();
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    if (waiting.length === 1) renderAfterPaint();
  });
}
