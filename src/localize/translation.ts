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

  /** The who's who's own heading. */
  readonly whosWhoHeading: string;
  readonly peopleHeading: string;
  readonly organizationsHeading: string;
  readonly placesHeading: string;
  readonly termsHeading: string;
  /** The label of the who's who's search box. */
  readonly searchLabel: string;
  /** How many entries the who's who lists when nothing is searched for. */
  readonly entryCount: (total: number) => string;
  /** How many entries match the search, out of how many. */
  readonly entryMatches: (shown: number, total: number) => string;
  /** Nothing matches the search; receives what the reader typed. */
  readonly noEntryMatches: (query: string) => string;
  /** Before the links to the paragraphs that mention an entity, e.g. "Mentioned in paragraphs". */
  readonly mentionedIn: (count: number) => string;
  /** One relation: the model's relation and the related entity's name, e.g. "successor of Nursultan Nazarbayev". */
  readonly relation: (relation: string, name: string) => string;
}

export type PartialTranslation = Partial<Translation> & Pick<Translation, '$code'>;
