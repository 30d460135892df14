import type * as v from 'valibot';

/** One thing wrong with an article, located by a JSON path such as `quiz.questions[3].answer`. */
export interface ArticleIssue {
  /** Where the problem is; empty for the document as a whole. */
  readonly path: string;
  /** What is wrong, in plain language. */
  readonly message: string;
}

export type PathKey = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function formatPath(keys: readonly PathKey[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (IDENTIFIER.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}

const KIND_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  Array: 'a list',
  Object: 'an object',
  null: 'null',
  undefined: 'nothing',
};

function describeReceived(received: string): string {
  return KIND_NAMES[received] ?? received;
}

/**
 * The message for an issue whose schema has no message of its own; passed to valibot as the
 * `message` of the parse config, so custom messages in the schema still win.
 */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a field here';
  if (issue.received === 'undefined' && issue.path) return 'is missing';
  const options = (issue.expected ?? '').replace(/^\((.*)\)$/, '$1').split(' | ');
  const wanted = options.length > 1 ? `one of ${options.join(', ')}` : (KIND_NAMES[options[0]!] ?? options[0]);
  return `must be ${wanted} (got ${describeReceived(issue.received)})`;
}

/** The keys of valibot's path to an issue, from the value that was parsed. */
export function issueKeys(issue: v.BaseIssue<unknown>): PathKey[] {
  return (issue.path ?? []).map((item) => item.key as PathKey);
}

/** Keeps valibot's message and turns its path into a JSON path. */
export function fromValibotIssue(issue: v.BaseIssue<unknown>): ArticleIssue {
  return { path: formatPath(issueKeys(issue)), message: issue.message };
}
