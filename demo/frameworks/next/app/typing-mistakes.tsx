// Registers nothing and renders nothing: `next build` type-checks the app and fails unless each line
// below an expect-error directive is a type error, so the recipes' typings refuse what the elements do.
import type { GlossaQuiz } from 'glossa';
import type {} from 'glossa/types/jsx';
import { scriptJson } from 'glossa/script-json';

export function mistakes(quiz: GlossaQuiz) {
  // @ts-expect-error the property takes an article model or its JSON text
  quiz.article = 42;
  // @ts-expect-error a quiz is laid out as a stepper or a list, as a property too
  quiz.layout = 'grid';
  // @ts-expect-error headings go from level 2 to 6
  quiz.headingLevel = 1;
  // @ts-expect-error the inline JSON is text for the script element, not an object
  const html: { __html: object } = { __html: scriptJson({}) };
  return [
    html,
    // @ts-expect-error a server component's quiz takes only its layouts
    <glossa-quiz layout="grid" />,
    // @ts-expect-error feedback is immediate or at the end
    <glossa-quiz feedback="later" />,
    // @ts-expect-error the result's detail has `percent`
    <glossa-quiz onglossa-complete={(event) => event.detail.percnt} />,
  ];
}

export function rightOnes(quiz: GlossaQuiz) {
  quiz.article = '{"schemaVersion": 1}';
  quiz.layout = 'list';
  quiz.headingLevel = 3;
  return <glossa-quiz layout="list" feedback="end" />;
}
