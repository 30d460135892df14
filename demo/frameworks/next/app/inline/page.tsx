import type {} from 'glossa/types/jsx';
import { scriptJson } from 'glossa/script-json';
import { DefineQuiz } from '../define-quiz';
import { ListenComplete } from '../listen-complete';
import { seed } from '../seed';

/** A server component: the article travels as inline JSON, which the quiz reads without a property. */
export default function InlinePage() {
  return (
    <>
      <h1>A server component</h1>
      <glossa-quiz layout="list" questions="trigger who-sent-troops">
        <script type="application/json" dangerouslySetInnerHTML={{ __html: scriptJson(seed) }} />
      </glossa-quiz>
      <DefineQuiz />
      <ListenComplete />
    </>
  );
}
