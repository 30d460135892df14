'use client';
import { useEffect, type RefObject } from 'react';
import type { ArticleInput } from 'glossa';

/**
 * Sets `article` as a property once the element is in the page. React 19 skips custom-element
 * properties while hydrating (react#35446), so `article={…}` in server-rendered markup is lost.
 */
export function useGlossaArticle(ref: RefObject<{ article: unknown } | null>, article: ArticleInput) {
  useEffect(() => {
    if (ref.current) ref.current.article = article;
  }, [ref, article]);
}
