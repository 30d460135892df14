import type {} from 'glossa/types/jsx';
import { inlineJson } from '../inline-json';
import { seed } from '../seed';
import { ListenComplete } from './listen-complete';

/** A server component: the article travels as inline JSON, which the quiz reads without a property. */
export default function InlinePage() {
  return (
    <>
      <h1>A server component</h1>
      <glossa-quiz layout="list" questions="trigger who-sent-troops">
        <script type="application/json" dangerouslySetInnerHTML={{ __html: inlineJson(seed) }} />
      </glossa-quiz>
      <ListenComplete />
    </>
  );
}
