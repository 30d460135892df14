import { plural } from './plural.js';
import type { Translation } from './translation.js';

const number = (count: number) => count.toLocaleString('de');

export const de: Translation = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',

  loading: 'Der Artikel wird geladen …',
  errorTitle: 'Dieser Artikel kann nicht angezeigt werden.',
  errorInvalid: (count) =>
    plural('de', count, {
      one: 'Die Artikeldaten enthalten einen Fehler:',
      other: `Die Artikeldaten enthalten ${number(count)} Fehler:`,
    }),
  errorHttp: (status) => `Der Server hat die Artikeldaten mit Fehler ${status} verweigert.`,
  errorNetwork: 'Die Artikeldaten konnten nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  errorTimeout: 'Die Artikeldaten kamen nicht rechtzeitig an.',
  errorAborted: 'Das Laden der Artikeldaten wurde abgebrochen.',
  errorNotJson: 'Die angegebene Adresse der Artikeldaten liefert kein JSON.',
  errorBadUrl: 'Die angegebene Adresse der Artikeldaten ist keine http(s)- oder relative URL.',
  errorNoSource:
    'Es wurde kein Artikel angegeben: Setzen Sie die Eigenschaft article, fügen Sie ein JSON-Skript, ein src- ' +
    'oder for-Attribut hinzu oder platzieren Sie das Element in <glossa-article>.',
  errorMissingProvider: (id) => `Auf dieser Seite gibt es kein <glossa-article id="${id}">.`,
  moreProblems: (count) =>
    plural('de', count, { one: 'und 1 weiterer Fehler', other: `und ${number(count)} weitere Fehler` }),
  retry: 'Erneut versuchen',

  evidenceIntro: 'Im Artikel:',
  evidenceParagraph: (number) => `Absatz ${number}`,

  summaryHeading: 'Was geschah',
  keyFactsHeading: 'Die wichtigsten Fakten',
  timelineHeading: 'Chronik',
  moreContext: 'Mehr Hintergrund',
  byline: (author) => `Von ${author}`,
  source: 'Quelle:',
};
