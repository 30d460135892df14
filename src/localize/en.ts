import { plural } from './plural.js';
import type { Translation } from './translation.js';

const number = (count: number) => count.toLocaleString('en');

/**
 * The English strings, in one part per widget: English is the fallback of every other language, and
 * each element carries only its own part (see `ArticleElement.english`) beside the common one, so a page
 * with one widget does not ship the strings of the others.
 */

/** What every widget may show (loading, errors, evidence): the last fallback of all. */
export const enCommon = {
  $dir: 'ltr',

  loading: 'Loading the article…',
  errorTitle: 'This article cannot be shown.',
  errorInvalid: (count) =>
    plural('en', count, {
      one: 'The article data has a problem:',
      other: `The article data has ${number(count)} problems:`,
    }),
  errorHttp: (status) => `The server answered with error ${status} when asked for the article data.`,
  errorNetwork: 'The article data could not be downloaded. Check the connection and try again.',
  errorTimeout: 'The article data took too long to arrive.',
  errorAborted: 'The download of the article data was interrupted.',
  errorNotJson: 'The address given for the article data does not return JSON.',
  errorBadUrl: 'The address given for the article data is not an http(s) or relative URL.',
  errorNoSource:
    'No article was given: set the article property, add a JSON script, a src or a for attribute, ' +
    'or place the element inside <glossa-article>.',
  errorMissingProvider: (id) => `There is no <glossa-article id="${id}"> on this page.`,
  moreProblems: (count) =>
    plural('en', count, { one: 'and 1 more problem', other: `and ${number(count)} more problems` }),
  retry: 'Try again',

  evidenceIntro: 'In the article:',
  evidenceParagraph: (number) => `paragraph ${number}`,
  evidenceFigure: (number) => `figure ${number}`,
  wayBack: 'Back to where you were',
} satisfies Partial<Translation>;

/** `<glossa-explainer>`. */
export const enExplainer = {
  summaryHeading: 'What happened',
  keyFactsHeading: 'Key facts',
  pictureNotShown: 'Picture in the original article',
  moreContext: 'More context',
  byline: (author) => `By ${author}`,
  source: 'Source:',
  license: 'Licence:',
  quotesHeading: 'What they said',
  aboutNumber: (number) => `≈${number}`,
} satisfies Partial<Translation>;

/** `<glossa-timeline>`. */
export const enTimeline = {
  timelineHeading: 'Timeline',
  plannedEvent: 'Planned',
  earlierEvents: 'Earlier events',
  laterEvents: 'Later events',
} satisfies Partial<Translation>;

/** `<glossa-quiz>`. */
export const enQuiz = {
  quizHeading: 'Check your understanding',
  quizMissing: 'This article has no quiz.',
  quizUnknownQuestions: (count, ids) =>
    plural('en', count, { one: `This quiz has no question ${ids}.`, other: `This quiz has no questions ${ids}.` }),
  quizNoQuestions: 'None of the questions asked for is in this quiz.',
  questionOf: (number, total) => `Question ${number} of ${total}`,
  previous: 'Previous',
  next: 'Next',
  seeResults: 'See results',
  checkAnswer: 'Check answer',
  checking: 'Checking…',
  answerFirst: 'Answer the question first.',
  progressNotKept: 'Your answers can’t be saved on this device: they will be lost if you leave or reload this page.',
  correct: 'Correct',
  incorrect: 'Incorrect',
  notAnswered: 'Not answered',
  questionChecked: (number, verdict) => `Question ${number}: ${verdict}.`,
  rightAnswer: 'The right answer:',
  rightAnswerSealed: 'Sealed: this page does not hold it.',
  markRight: 'right answer',
  markWrong: 'wrong',
  trueLabel: 'True',
  falseLabel: 'False',
  blank: 'blank',
  moveUp: (item) => `Move “${item}” up`,
  moveDown: (item) => `Move “${item}” down`,
  movedTo: (item, position, total) => `“${item}” is now ${position} of ${total}.`,
  choose: 'Choose…',
  showInArticle: 'Show in the article',
  resultsHeading: 'Your results',
  scoreLine: (score, total, count, percent) =>
    plural('en', count, {
      one: `${score} of ${total} question right (${percent})`,
      other: `${score} of ${total} questions right (${percent})`,
    }),
  passedLine: (passMark) => `Passed: the pass mark is ${passMark}.`,
  notPassedLine: (passMark) => `Not passed yet: the pass mark is ${passMark}.`,
  reviewQuestion: (number) => `Question ${number}`,
  retryWrong: (count) =>
    plural('en', count, { one: 'Retry the wrong answer', other: `Retry the ${number(count)} wrong answers` }),
  startOver: 'Start over',
  answerKeyHeading: 'Answer key',
} satisfies Partial<Translation>;

/** `<glossa-whos-who>`, and the entity card it shares with `<glossa-term>`. */
export const enWhosWho = {
  whosWhoHeading: 'Who’s who',
  peopleHeading: 'People',
  organizationsHeading: 'Organizations',
  placesHeading: 'Places',
  eventsHeading: 'Events',
  worksHeading: 'Works',
  objectsHeading: 'Objects',
  termsHeading: 'Terms',
  searchLabel: 'Search names and roles',
  entryCount: (total) => plural('en', total, { one: '1 entry', other: `${number(total)} entries` }),
  entryMatches: (shown, total) =>
    plural('en', total, { one: `${number(shown)} of 1 entry`, other: `${number(shown)} of ${number(total)} entries` }),
  noEntryMatches: (query) => `No entries match “${query}”.`,
  mentionedIn: (count) => plural('en', count, { one: 'Mentioned in paragraph', other: 'Mentioned in paragraphs' }),
  imageCredit: 'Image:',
  relation: (relation, name) => `${relation} ${name}`,
  skipPast: (name) => `Skip “${name}”`,
  endOf: (name) => `End of “${name}”`,
  moreIn: (name) => `More in “${name}”`,
} satisfies Partial<Translation>;

/** Every English string: the parts together are a whole translation. */
export const en: Translation = {
  $code: 'en',
  $name: 'English',
  ...enCommon,
  ...enExplainer,
  ...enTimeline,
  ...enQuiz,
  ...enWhosWho,
};
