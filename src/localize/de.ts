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
  evidenceFigure: (number) => `Abbildung ${number}`,
  wayBack: 'Zurück zur vorherigen Stelle',

  summaryHeading: 'Was geschah',
  keyFactsHeading: 'Die wichtigsten Fakten',
  pictureNotShown: 'Bild im Originalartikel',
  timelineHeading: 'Chronik',
  plannedEvent: 'Geplant',
  earlierEvents: 'Frühere Ereignisse',
  laterEvents: 'Spätere Ereignisse',
  moreContext: 'Mehr Hintergrund',
  byline: (author) => `Von ${author}`,
  source: 'Quelle:',
  license: 'Lizenz:',
  quotesHeading: 'Was sie sagten',
  aboutNumber: (number) => `etwa ${number}`,

  quizHeading: 'Haben Sie alles verstanden?',
  quizMissing: 'Zu diesem Artikel gibt es kein Quiz.',
  quizUnknownQuestions: (count, ids) =>
    plural('de', count, {
      one: `Dieses Quiz enthält keine Frage ${ids}.`,
      other: `Dieses Quiz enthält keine Fragen ${ids}.`,
    }),
  quizNoQuestions: 'Keine der angeforderten Fragen ist in diesem Quiz enthalten.',
  questionOf: (number, total) => `Frage ${number} von ${total}`,
  previous: 'Zurück',
  next: 'Weiter',
  seeResults: 'Ergebnis anzeigen',
  checkAnswer: 'Antwort prüfen',
  checking: 'Wird geprüft…',
  answerFirst: 'Beantworten Sie zuerst die Frage.',
  progressNotKept:
    'Ihre Antworten können auf diesem Gerät nicht gespeichert werden: Sie gehen verloren, wenn Sie die Seite verlassen oder neu laden.',
  correct: 'Richtig',
  incorrect: 'Falsch',
  notAnswered: 'Nicht beantwortet',
  questionChecked: (number, verdict) => `Frage ${number}: ${verdict}.`,
  rightAnswer: 'Richtige Antwort:',
  rightAnswerSealed: 'Versiegelt: diese Seite enthält sie nicht.',
  markRight: 'richtige Antwort',
  markWrong: 'falsch',
  trueLabel: 'Stimmt',
  falseLabel: 'Stimmt nicht',
  blank: 'Lücke',
  moveUp: (item) => `„${item}“ nach oben verschieben`,
  moveDown: (item) => `„${item}“ nach unten verschieben`,
  movedTo: (item, position, total) => `„${item}“ steht jetzt an Position ${position} von ${total}.`,
  choose: 'Bitte wählen …',
  showInArticle: 'Im Artikel zeigen',
  resultsHeading: 'Ihr Ergebnis',
  scoreLine: (score, total, count, percent) =>
    plural('de', count, {
      one: `${score} von ${total} Frage richtig (${percent})`,
      other: `${score} von ${total} Fragen richtig (${percent})`,
    }),
  passedLine: (passMark) => `Bestanden: Die Bestehensgrenze liegt bei ${passMark}.`,
  notPassedLine: (passMark) => `Noch nicht bestanden: Die Bestehensgrenze liegt bei ${passMark}.`,
  reviewQuestion: (number) => `Frage ${number}`,
  retryWrong: (count) =>
    plural('de', count, {
      one: 'Falsche Antwort wiederholen',
      other: `${number(count)} falsche Antworten wiederholen`,
    }),
  startOver: 'Von vorn beginnen',
  answerKeyHeading: 'Lösungen',
  whosWhoHeading: 'Wer ist wer',
  peopleHeading: 'Personen',
  organizationsHeading: 'Organisationen',
  placesHeading: 'Orte',
  eventsHeading: 'Ereignisse',
  worksHeading: 'Werke',
  objectsHeading: 'Objekte',
  termsHeading: 'Begriffe',
  searchLabel: 'Namen und Rollen durchsuchen',
  entryCount: (total) => plural('de', total, { one: '1 Eintrag', other: `${number(total)} Einträge` }),
  entryMatches: (shown, total) =>
    plural('de', total, {
      one: `${number(shown)} von 1 Eintrag`,
      other: `${number(shown)} von ${number(total)} Einträgen`,
    }),
  noEntryMatches: (query) => `Keine Treffer für „${query}“.`,
  mentionedIn: (count) => plural('de', count, { one: 'Erwähnt in Absatz', other: 'Erwähnt in den Absätzen' }),
  imageCredit: 'Bild:',
  relation: (relation, name) => `${relation} ${name}`,
  skipPast: (name) => `„${name}“ überspringen`,
  endOf: (name) => `Ende von „${name}“`,
  moreIn: (name) => `Mehr unter „${name}“`,
};
