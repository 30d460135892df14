'use client';
import { useEffect, useState } from 'react';
import type { GlossaCompleteDetail, GlossaCompleteEvent } from 'glossa';
import { useGlossaQuiz } from '../define-quiz';
import { QuizResult } from '../quiz-result';

/** Registers the quiz and shows its `glossa-complete`, which bubbles and is composed, up to the document. */
export function ListenComplete() {
  useGlossaQuiz();
  const [result, setResult] = useState<GlossaCompleteDetail | null>(null);
  useEffect(() => {
    const show = (event: GlossaCompleteEvent) => setResult(event.detail);
    document.addEventListener('glossa-complete', show);
    return () => document.removeEventListener('glossa-complete', show);
  }, []);
  return <QuizResult result={result} />;
}
