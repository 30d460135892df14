import { plural } from './plural.js';
import type { Translation } from './translation.js';

const number = (count: number) => count.toLocaleString('en');

export const en: Translation = {
  $code: 'en',
  $name: 'English',
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

  summaryHeading: 'What happened',
  keyFactsHeading: 'Key facts',
  timelineHeading: 'Timeline',
  moreContext: 'More context',
  byline: (author) => `By ${author}`,
  source: 'Source:',

  whosWhoHeading: 'Who’s who',
  peopleHeading: 'People',
  organizationsHeading: 'Organizations',
  placesHeading: 'Places',
  termsHeading: 'Terms',
  searchLabel: 'Search names and roles',
  entryCount: (total) => plural('en', total, { one: '1 entry', other: `${number(total)} entries` }),
  entryMatches: (shown, total) =>
    plural('en', total, { one: `${number(shown)} of 1 entry`, other: `${number(shown)} of ${number(total)} entries` }),
  noEntryMatches: (query) => `No entries match “${query}”.`,
  mentionedIn: (count) => plural('en', count, { one: 'Mentioned in paragraph', other: 'Mentioned in paragraphs' }),
  relation: (relation, name) => `${relation} ${name}`,
};
