'use client';
import { useEffect } from 'react';

/**
 * Loads `glossa/hydrate`, which registers every element after Lit's hydration support, so a widget
 * whose declared shadow root the browser parsed (a full page load) takes it over in place. After a
 * `next/link` navigation React writes the HTML as `innerHTML`, which parses no declared shadow root:
 * the element then renders its own, and the unparsed `<template>` stays inert.
 */
export function HydrateGlossa() {
  useEffect(() => {
    void import('glossa/hydrate');
  }, []);
  return null;
}
