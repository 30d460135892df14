'use client';
import { useRef, useState } from 'react';
import type { GlossaCompleteDetail, GlossaQuiz } from 'glossa';
import type {} from 'glossa/types/jsx';
import { useGlossaQuiz } from '../define-quiz';
import { QuizResult } from '../quiz-result';
import { useGlossaArticle } from '../use-glossa-article';
import { seed } from '../seed';

/** The seed article's quiz, two questions of it, its article set through a ref. */
export function ClientQuiz() {
  useGlossaQuiz();
  const quiz = useRef<GlossaQuiz>(null);
  useGlossaArticle(quiz, seed);
  const [result, setResult] = useState<GlossaCompleteDetail | null>(null);
  return (
    <>
      <glossa-quiz
        ref={quiz}
        layout="list"
        questions="trigger who-sent-troops"
        onglossa-complete={(event) => setResult(event.detail)}
      />
      <QuizResult result={result} />
    </>
  );
}
