'use client';
import { useEffect, useRef, useState } from 'react';
import type { GlossaCompleteDetail, GlossaCompleteEvent, GlossaQuiz } from 'glossa';
import type {} from 'glossa/types/jsx';
import { useGlossaQuiz } from '../define-quiz';
import { QuizResult } from '../quiz-result';
import { useGlossaArticle } from '../use-glossa-article';
import { seed } from '../seed';

/**
 * The seed article's quiz, two questions of it, its article set and its event listened to through a
 * ref: React 19 hydrating this server-rendered element skips `article={…}` and `onglossa-complete={…}`.
 */
export function ClientQuiz() {
  useGlossaQuiz();
  const quiz = useRef<GlossaQuiz>(null);
  useGlossaArticle(quiz, seed);
  const [result, setResult] = useState<GlossaCompleteDetail | null>(null);
  useEffect(() => {
    const element = quiz.current;
    const show = (event: GlossaCompleteEvent) => setResult(event.detail);
    element?.addEventListener('glossa-complete', show);
    return () => element?.removeEventListener('glossa-complete', show);
  }, []);
  return (
    <>
      <glossa-quiz ref={quiz} layout="list" questions="trigger who-sent-troops" />
      <QuizResult result={result} />
    </>
  );
}
