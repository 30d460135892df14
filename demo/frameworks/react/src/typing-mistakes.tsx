// Registers nothing and renders nothing: `tsc` (in `npm run build`) fails unless each line below an
// expect-error directive is a type error, so the JSX typings are shown to refuse what the elements refuse.
import type {} from 'glossa/types/jsx';

export const mistakes = [
  // @ts-expect-error a quiz is laid out as a stepper or a list
  <glossa-quiz layout="grid" />,
  // @ts-expect-error feedback is immediate or at the end
  <glossa-quiz feedback="later" />,
  // @ts-expect-error a who's who is a list or a grid
  <glossa-whos-who layout="stepper" />,
  // @ts-expect-error headings go from level 2 to 6
  <glossa-explainer heading-level={7} />,
  // @ts-expect-error headings go from level 2 to 6, written as text too
  <glossa-timeline heading-level="1" />,
  // @ts-expect-error a theme is light, dark, auto or contrast
  <glossa-timeline theme="sepia" />,
  // @ts-expect-error an article is a model or its JSON text
  <glossa-quiz article={42} />,
  // @ts-expect-error an article has an id, a title, paragraphs…
  <glossa-explainer article={{ title: 'A title' }} />,
  // @ts-expect-error the result's detail has `percent`
  <glossa-quiz onglossa-complete={(event) => event.detail.percnt} />,
  // @ts-expect-error the annotate widget marks the first mention or all
  <glossa-annotate mode="every" />,
];

export const rightOnes = [
  <glossa-whos-who layout="grid" />,
  <glossa-explainer heading-level={3} />,
  <glossa-explainer heading-level="3" />,
  <glossa-quiz article='{"schemaVersion": 1}' feedback="end" shuffle />,
  <glossa-quiz onglossa-complete={(event) => event.detail.percent} />,
];
