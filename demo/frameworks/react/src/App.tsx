import { useState } from 'react';
// Registers <glossa-quiz>; the JSX typings below come from glossa's custom-elements.json.
import 'glossa/quiz';
import type {} from 'glossa/types/jsx';
import type { GlossaCompleteDetail } from 'glossa';
import { seed } from './seed';

/** The seed article's quiz, two questions of it; React 19 sets `article` as a property and listens to `glossa-complete`. */
export function App() {
  const [result, setResult] = useState<GlossaCompleteDetail | null>(null);
  return (
    <main className="app">
      <h1>Glossa in React</h1>
      <glossa-quiz
        article={seed}
        layout="list"
        questions="trigger who-sent-troops"
        onglossa-complete={(event) => setResult(event.detail)}
      />
      <p className="result" role="status">
        {result ? `React saw glossa-complete: ${result.score} of ${result.total} right (${result.percent}%)` : 'Quiz not finished yet'}
      </p>
    </main>
  );
}
