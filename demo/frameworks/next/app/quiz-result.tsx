'use client';
import type { GlossaCompleteDetail } from 'glossa';

/** What the app shows of the quiz's `glossa-complete`. */
export function QuizResult({ result }: { result: GlossaCompleteDetail | null }) {
  return (
    <p className="result" role="status">
      {result
        ? `Next.js saw glossa-complete: ${result.score} of ${result.total} right (${result.percent}%)`
        : 'Quiz not finished yet'}
    </p>
  );
}
