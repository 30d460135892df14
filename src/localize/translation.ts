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
  /** An evidence link to a figure's caption, e.g. "figure 2". */
  readonly evidenceFigure: (number: string) => string;
  /** The button back to the evidence link last followed. */
  readonly wayBack: string;

  readonly summaryHeading: string;
  readonly keyFactsHeading: string;
  /** Over the caption of a figure whose picture the model describes but does not give. */
  readonly pictureNotShown: string;
  readonly timelineHeading: string;
  /** Beside a timeline event that is planned, not yet happened. */
  readonly plannedEvent: string;
  /** The buttons that scroll a wide timeline back and on, by their accessible names. */
  readonly earlierEvents: string;
  readonly laterEvents: string;
  /** The compact explainer's disclosure button. */
  readonly moreContext: string;
  readonly byline: (author: string) => string;
  readonly source: string;
  /** Before the article's licence in the footer, e.g. "Licence:". */
  readonly license: string;
  /** The heading of the article's quotes. */
  readonly quotesHeading: string;
  /** A key fact's approximate number, already formatted (with its unit), e.g. "≈10,000", "около 10 000". */
  readonly aboutNumber: (number: string) => string;

  /** The quiz's heading when the model gives no title. */
  readonly quizHeading: string;
  readonly quizMissing: string;
  /** Receives how many asked-for question ids are unknown, and the ids, already joined. */
  readonly quizUnknownQuestions: (count: number, ids: string) => string;
  readonly quizNoQuestions: string;
  /** The stepper's position, numbers already formatted: "Question 3 of 12". */
  readonly questionOf: (number: string, total: string) => string;
  readonly previous: string;
  readonly next: string;
  readonly seeResults: string;
  readonly checkAnswer: string;
  /** On the check button while a sealed answer's hash is checked. */
  readonly checking: string;
  /** Announced when "Check answer" is pressed before anything is answered. */
  readonly answerFirst: string;
  /** Shown, and announced once, when storage refuses the reader's progress (private mode, a full disk). */
  readonly progressNotKept: string;
  readonly correct: string;
  readonly incorrect: string;
  readonly notAnswered: string;
  /** Announced after a check: receives the question number and "Correct" or "Incorrect". */
  readonly questionChecked: (number: string, verdict: string) => string;
  readonly rightAnswer: string;
  /** After "The right answer:", and in the printed key, for a question sealed by `glossa seal`. */
  readonly rightAnswerSealed: string;
  /** Beside a choice after checking. */
  readonly markRight: string;
  readonly markWrong: string;
  readonly trueLabel: string;
  readonly falseLabel: string;
  /** What a screen reader says for the "___" of a fill-in-the-blank prompt. */
  readonly blank: string;
  readonly moveUp: (item: string) => string;
  readonly moveDown: (item: string) => string;
  /** Announced after moving an item: receives its text, its new position and the count, formatted. */
  readonly movedTo: (item: string, position: string, total: string) => string;
  /** The empty first option of a matching question's lists. */
  readonly choose: string;
  readonly showInArticle: string;
  readonly resultsHeading: string;
  /** "9 of 12 questions right (75%)": receives the counts, the total as a number for plurals, and the percent, formatted. */
  readonly scoreLine: (score: string, total: string, count: number, percent: string) => string;
  /** Receives the pass mark, formatted as a percent. */
  readonly passedLine: (passMark: string) => string;
  readonly notPassedLine: (passMark: string) => string;
  /** The link from a result to its question: receives its number. */
  readonly reviewQuestion: (number: string) => string;
  readonly retryWrong: (count: number) => string;
  readonly startOver: string;
  readonly answerKeyHeading: string;
  /** The who's who's own heading. */
  readonly whosWhoHeading: string;
  readonly peopleHeading: string;
  readonly organizationsHeading: string;
  readonly placesHeading: string;
  readonly eventsHeading: string;
  /** Made works: laws, treaties, papers, artworks. */
  readonly worksHeading: string;
  /** Things: telescopes, instruments, planets. */
  readonly objectsHeading: string;
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
  /** Before the credit and licence of an entity's image, e.g. "Image:". */
  readonly imageCredit: string;
  /** One relation: the model's relation and the related entity's name, e.g. "successor of Nursultan Nazarbayev". */
  readonly relation: (relation: string, name: string) => string;
  /** The link that jumps past a long widget; receives its heading, e.g. "Skip “Who’s who”". */
  readonly skipPast: (name: string) => string;
  /** Where that link lands, after the widget; receives its heading, e.g. "End of “Who’s who”". */
  readonly endOf: (name: string) => string;
  /** A hovercard's link to the entity's who's-who entry; receives the who's who's heading. */
  readonly moreIn: (name: string) => string;
}

export type PartialTranslation = Partial<Translation> & Pick<Translation, '$code'>;
