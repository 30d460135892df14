'use client';
import { useEffect } from 'react';

/** Registers <glossa-quiz> in the browser only: the elements need the DOM, which the server has not. */
export function useGlossaQuiz() {
  useEffect(() => {
    void import('glossa/quiz');
  }, []);
}

/** A server component's way to register the quiz: a client component that renders nothing. */
export function DefineQuiz() {
  useGlossaQuiz();
  return null;
}
