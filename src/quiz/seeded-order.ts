import { fnv1a } from './fnv1a.js';

/** mulberry32: a deterministic stream of numbers in [0, 1) from a string seed. */
function seededRandom(seed: string): () => number {
  let state = fnv1a(seed);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher–Yates shuffle of a copy of `items`: the same seed always gives the same order. */
export function seededOrder<T>(items: readonly T[], seed: string): T[] {
  const random = seededRandom(seed);
  const order = [...items];
  for (let index = order.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return order;
}

/**
 * A seeded order that is never the given one (for two items or more): an order or match question
 * shown in its answer order would answer itself.
 */
export function scrambled<T>(items: readonly T[], seed: string): T[] {
  const order = seededOrder(items, seed);
  const unchanged = order.every((item, index) => item === items[index]);
  return unchanged && order.length > 1 ? [...order.slice(1), order[0]!] : order;
}

/** A fresh random seed, for a shuffled quiz without a `seed` attribute. */
export function randomSeed(): string {
  return Math.random().toString(36).slice(2, 10);
}
