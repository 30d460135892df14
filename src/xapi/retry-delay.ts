/** The first retry waits about a second; each failure doubles it, up to five minutes. */
const FIRST_MS = 1000;
const LONGEST_MS = 5 * 60_000;

/**
 * How long to wait before sending again after `failures` failed tries in a row: the server's
 * `Retry-After` (seconds, or an HTTP date) when it gives one, else exponential backoff with jitter
 * (between half and all of the doubled wait), so that many readers cut off together do not come back
 * together. `random` is in [0, 1).
 */
export function retryDelay(failures: number, retryAfter: string | null, now: number, random: number): number {
  const asked = retryAfterMs(retryAfter, now);
  if (asked !== undefined) return Math.min(asked, LONGEST_MS);
  const ceiling = Math.min(LONGEST_MS, FIRST_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Whether trying the same request again can help: the network failed (no status), the server is busy,
 * down or rate-limiting, or it refused the credentials, which the page may renew.
 */
export const isRetryable = (status: number | undefined): boolean =>
  status === undefined || [401, 403, 408, 429].includes(status) || status >= 500;
