import type { PathKey } from '../document.js';

const KEY = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/**
 * The keys of an issue's path as `formatPath` (src/model/issues.ts) writes it, rooted at the document:
 * `quiz.questions[3].answer` → `['article', 'quiz', 'questions', 3, 'answer']`. The empty path is the
 * article itself; a path it cannot read stops at the last key it could.
 */
export function issuePath(path: string): PathKey[] {
  const keys: PathKey[] = ['article'];
  KEY.lastIndex = 0;
  while (KEY.lastIndex < path.length) {
    const match = KEY.exec(path);
    if (!match) break;
    const [, name, index, quoted] = match;
    if (name !== undefined) keys.push(name);
    else if (index !== undefined) keys.push(Number(index));
    else keys.push(JSON.parse(quoted!) as string);
  }
  return keys;
}
