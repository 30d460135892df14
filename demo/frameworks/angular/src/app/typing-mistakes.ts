// Registers nothing and is imported by nothing: `ng build` type-checks it (tsconfig.json lists it) and
// fails unless each line below an expect-error directive is a type error. Angular's templates skip
// custom elements' bindings under CUSTOM_ELEMENTS_SCHEMA, so it is in code that the typings show they
// refuse what the elements refuse.
import type { GlossaCompleteEvent, GlossaQuiz, GlossaTimeline } from 'glossa';

export function mistakes(quiz: GlossaQuiz, timeline: GlossaTimeline) {
  // @ts-expect-error the property takes an article model or its JSON text
  quiz.article = 42;
  // @ts-expect-error an article has an id, a title, paragraphs…
  quiz.article = { title: 'A title' };
  // @ts-expect-error a quiz is laid out as a stepper or a list
  quiz.layout = 'grid';
  // @ts-expect-error feedback is immediate or at the end
  quiz.feedback = 'later';
  // @ts-expect-error headings go from level 2 to 6
  timeline.headingLevel = 7;
  // @ts-expect-error a theme is light, dark, auto or contrast
  timeline.theme = 'sepia';
  // @ts-expect-error the result's detail has `percent`
  quiz.addEventListener('glossa-complete', (event) => event.detail.percnt);
}

export function rightOnes(quiz: GlossaQuiz) {
  quiz.article = '{"schemaVersion": 1}';
  quiz.layout = 'list';
  quiz.addEventListener('glossa-complete', (event: GlossaCompleteEvent) => event.detail.percent);
}
