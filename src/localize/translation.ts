/**
 * Every string Glossa shows that does not come from the article. A language file implements all of it;
 * publishers may register a partial one to override single strings. Functions receive their values
 * and handle plurals through `Intl.PluralRules`.
 */
export interface Translation {
  /** BCP 47 code, e.g. `en` or `pt-BR`. */
  readonly $code: string;
  /** The language's own name, for language pickers. */
  readonly $name: string;
  readonly $dir: 'ltr' | 'rtl';

  readonly loading: string;
  readonly errorTitle: string;
  readonly errorInvalid: (problemCount: number) => string;
  readonly errorHttp: (status: number) => string;
  readonly errorNetwork: string;
  readonly errorTimeout: string;
  readonly errorAborted: string;
  readonly errorNotJson: string;
  readonly errorBadUrl: string;
  readonly errorNoSource: string;
  readonly errorMissingProvider: (id: string) => string;
  readonly moreProblems: (count: number) => string;
  readonly retry: string;

  /** Before the evidence links of a claim, e.g. "In the article:". */
  readonly evidenceIntro: string;
  /** One evidence link; receives the paragraph number, already formatted. */
  readonly evidenceParagraph: (number: string) => string;

  readonly summaryHeading: string;
  readonly keyFactsHeading: string;
  readonly timelineHeading: string;
  /** The compact explainer's disclosure button. */
  readonly moreContext: string;
  readonly byline: (author: string) => string;
  readonly source: string;
}

export type PartialTranslation = Partial<Translation> & Pick<Translation, '$code'>;
