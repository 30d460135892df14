import assert from 'node:assert/strict';
import { test } from 'node:test';
import { logLogSlope } from './measure/scale.mjs';

const curve = (power, fixed = 0) => [1, 10, 100, 1000].map((count) => ({ count, ms: fixed + 3 * count ** power }));

test('the log-log slope of a power law is its power', () => {
  assert.ok(Math.abs(logLogSlope(curve(1)) - 1) < 1e-9);
  assert.ok(Math.abs(logLogSlope(curve(2)) - 2) < 1e-9);
  assert.ok(Math.abs(logLogSlope(curve(0.5)) - 0.5) < 1e-9);
});

test('a fixed cost flattens the whole curve but not its last decade', () => {
  const withFixed = curve(1, 100);
  assert.ok(logLogSlope(withFixed) < 0.6);
  assert.ok(logLogSlope(withFixed.slice(-2)) > 0.85);
});
