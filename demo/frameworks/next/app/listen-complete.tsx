'use client';
import { useEffect, useState } from 'react';
import type { GlossaCompleteDetail, GlossaCompleteEvent } from 'glossa';
import { QuizResult } from './quiz-result';

/** Shows the quiz's `glossa-complete`, which bubbles and is composed, heard on the document. */
export function ListenComplete() {
  const [result, setResult] = useState<GlossaCompleteDetail | null>(null);
  useEffect(() => {
    const show = (event: GlossaCompleteEvent) => setResult(event.detail);
    document.addEventListener('glossa-complete', show);
    return () => document.removeEventListener('glossa-complete', show);
  }, []);
  return <QuizResult result={result} />;
}
