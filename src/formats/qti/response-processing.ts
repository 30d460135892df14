import { element, type XmlElement } from '../../shared/xml/xml-node.js';
import { EXPLANATION, FEEDBACK, type MAP_RESPONSE, MATCH_CORRECT, RESPONSE, SCORE } from './qti-vocabulary.js';

export type Template = typeof MATCH_CORRECT | typeof MAP_RESPONSE;

const variable = (identifier: string) => element('qti-variable', { identifier });
const baseValue = (baseType: string, value: string) => element('qti-base-value', { 'base-type': baseType }, [value]);
const setOutcome = (identifier: string, value: XmlElement) => element('qti-set-outcome-value', { identifier }, [value]);

/** The rules of a standard template, as 1EdTech publishes them, for an item that needs one more rule. */
function templateRules(template: Template): XmlElement {
  const condition =
    template === MATCH_CORRECT
      ? [element('qti-match', {}, [variable(RESPONSE), element('qti-correct', { identifier: RESPONSE })])]
      : [element('qti-is-null', {}, [variable(RESPONSE)])];
  const [ifScore, elseScore] =
    template === MATCH_CORRECT
      ? [baseValue('float', '1'), baseValue('float', '0')]
      : [baseValue('float', '0.0'), element('qti-map-response', { identifier: RESPONSE })];
  return element('qti-response-condition', {}, [
    element('qti-response-if', {}, [...condition, setOutcome(SCORE, ifScore)]),
    element('qti-response-else', {}, [setOutcome(SCORE, elseScore)]),
  ]);
}

export interface FeedbackShown {
  /** Whether each chosen choice's own feedback shows: its id goes into FEEDBACK. */
  readonly choices: boolean;
  readonly explanation: boolean;
}

/**
 * Response processing by a standard template, so that any player grades the item without reading rules.
 * Feedback needs FEEDBACK set, which no template does: then the template's own rules are written out,
 * followed by the rule that sets it.
 */
export function responseProcessing(template: Template, shown: FeedbackShown): XmlElement {
  if (!shown.choices && !shown.explanation) return element('qti-response-processing', { template });
  const feedback = element('qti-multiple', {}, [
    ...(shown.choices ? [variable(RESPONSE)] : []),
    ...(shown.explanation ? [baseValue('identifier', EXPLANATION)] : []),
  ]);
  return element('qti-response-processing', {}, [templateRules(template), setOutcome(FEEDBACK, feedback)]);
}
