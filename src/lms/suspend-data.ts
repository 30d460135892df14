/**
 * The quiz's progress record as suspend data: JSON without the times of change, which only merge two
 * tabs of one device (see progress-record.ts), so a record of some fifty questions fits in the 4,096
 * characters SCORM 1.2 promises. Undefined when it does not fit in `limit`.
 */
export function suspendDataOf(record: unknown, limit: number): string | undefined {
  const text = JSON.stringify(record, (key, value: unknown) => (key === 'at' ? undefined : value));
  return text !== undefined && text.length <= limit ? text : undefined;
}

/** Suspend data read back as the record it holds, or null (a fresh start) when it holds none. */
export function recordOfSuspendData(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
