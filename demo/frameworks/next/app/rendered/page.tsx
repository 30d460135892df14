import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ListenComplete } from '../listen-complete';
import { HydrateGlossa } from './hydrate-glossa';

/** What `glossa render` printed at build time (`npm run prebuild`): the quiz, its shadow root declared. */
const renderedQuiz = readFileSync(join(process.cwd(), 'app/rendered/quiz.html'), 'utf8');

/**
 * A server component with the widget rendered on the server: readers see the questions before any
 * JavaScript runs. The browser turns the declared shadow root into a real one, so the HTML it holds
 * differs from what React wrote, which is not a mismatch to report.
 */
export default function RenderedPage() {
  return (
    <>
      <h1>Rendered on the server</h1>
      <div suppressHydrationWarning dangerouslySetInnerHTML={{ __html: renderedQuiz }} />
      <HydrateGlossa />
      <ListenComplete />
    </>
  );
}
