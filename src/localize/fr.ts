import { plural } from './plural.js';
import type { Translation } from './translation.js';

const number = (count: number) => count.toLocaleString('fr');

export const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  loading: 'Chargement de l’article…',
  errorTitle: 'Cet article ne peut pas être affiché.',
  errorInvalid: (count) =>
    plural('fr', count, {
      one: 'Les données de l’article comportent un problème :',
      other: `Les données de l’article comportent ${number(count)} problèmes :`,
    }),
  errorHttp: (status) => `Le serveur a répondu par l’erreur ${status} à la demande des données de l’article.`,
  errorNetwork: 'Les données de l’article n’ont pas pu être téléchargées. Vérifiez la connexion et réessayez.',
  errorTimeout: 'Les données de l’article ont mis trop de temps à arriver.',
  errorAborted: 'Le téléchargement des données de l’article a été interrompu.',
  errorNotJson: 'L’adresse indiquée pour les données de l’article ne renvoie pas de JSON.',
  errorBadUrl: 'L’adresse indiquée pour les données de l’article n’est pas une URL http(s) ou relative.',
  errorNoSource:
    'Aucun article n’a été fourni : définissez la propriété article, ajoutez un script JSON, un attribut src ' +
    'ou for, ou placez l’élément dans <glossa-article>.',
  errorMissingProvider: (id) => `Il n’y a pas de <glossa-article id="${id}"> sur cette page.`,
  moreProblems: (count) =>
    plural('fr', count, { one: `et ${number(count)} autre problème`, other: `et ${number(count)} autres problèmes` }),
  retry: 'Réessayer',

  evidenceIntro: 'Dans l’article :',
  evidenceParagraph: (number) => `paragraphe ${number}`,
  evidenceFigure: (number) => `figure ${number}`,
  wayBack: 'Revenir où vous étiez',

  summaryHeading: 'Ce qui s’est passé',
  keyFactsHeading: 'Les faits clés',
  pictureNotShown: 'Image dans l’article original',
  timelineHeading: 'Chronologie',
  plannedEvent: 'Prévu',
  earlierEvents: 'Événements précédents',
  laterEvents: 'Événements suivants',
  moreContext: 'Plus de contexte',
  byline: (author) => `Par ${author}`,
  source: 'Source :',
  license: 'Licence :',
  quotesHeading: 'Ce qu’ils ont dit',
  aboutNumber: (number) => `environ ${number}`,

  quizHeading: 'Avez-vous bien compris ?',
  quizMissing: 'Cet article n’a pas de quiz.',
  quizUnknownQuestions: (count, ids) =>
    plural('fr', count, {
      one: `Ce quiz ne contient pas la question ${ids}.`,
      other: `Ce quiz ne contient pas les questions ${ids}.`,
    }),
  quizNoQuestions: 'Aucune des questions demandées ne figure dans ce quiz.',
  questionOf: (number, total) => `Question ${number} sur ${total}`,
  previous: 'Précédent',
  next: 'Suivant',
  seeResults: 'Voir les résultats',
  checkAnswer: 'Vérifier la réponse',
  checking: 'Vérification…',
  answerFirst: 'Répondez d’abord à la question.',
  progressNotKept:
    'Vos réponses ne peuvent pas être enregistrées sur cet appareil : elles seront perdues si vous quittez ou rechargez la page.',
  correct: 'Bonne réponse',
  incorrect: 'Mauvaise réponse',
  notAnswered: 'Sans réponse',
  questionChecked: (number, verdict) => `Question ${number} : ${verdict}.`,
  rightAnswer: 'La bonne réponse :',
  rightAnswerSealed: 'Scellée : cette page ne la contient pas.',
  markRight: 'bonne réponse',
  markWrong: 'mauvaise réponse',
  trueLabel: 'Vrai',
  falseLabel: 'Faux',
  blank: 'trou',
  moveUp: (item) => `Déplacer « ${item} » vers le haut`,
  moveDown: (item) => `Déplacer « ${item} » vers le bas`,
  movedTo: (item, position, total) => `« ${item} » est maintenant en position ${position} sur ${total}.`,
  choose: 'Choisissez…',
  showInArticle: 'Voir dans l’article',
  resultsHeading: 'Vos résultats',
  // French says "9 sur 12" without a noun, so the count changes nothing here.
  scoreLine: (score, total, _count, percent) => `Bonnes réponses : ${score} sur ${total} (${percent})`,
  passedLine: (passMark) => `Réussi : le seuil de réussite est de ${passMark}.`,
  notPassedLine: (passMark) => `Pas encore réussi : le seuil de réussite est de ${passMark}.`,
  reviewQuestion: (number) => `Question ${number}`,
  retryWrong: (count) =>
    plural('fr', count, { one: 'Refaire la question ratée', other: `Refaire les ${number(count)} questions ratées` }),
  startOver: 'Recommencer',
  answerKeyHeading: 'Corrigé',
  whosWhoHeading: 'Qui est qui',
  peopleHeading: 'Personnes',
  organizationsHeading: 'Organisations',
  placesHeading: 'Lieux',
  eventsHeading: 'Événements',
  worksHeading: 'Œuvres',
  objectsHeading: 'Objets',
  termsHeading: 'Termes',
  searchLabel: 'Rechercher un nom ou une fonction',
  entryCount: (total) => plural('fr', total, { one: `${number(total)} entrée`, other: `${number(total)} entrées` }),
  entryMatches: (shown, total) =>
    plural('fr', shown, {
      one: `${number(shown)} entrée sur ${number(total)}`,
      other: `${number(shown)} entrées sur ${number(total)}`,
    }),
  noEntryMatches: (query) => `Aucune entrée ne correspond à « ${query} ».`,
  mentionedIn: (count) => plural('fr', count, { one: 'Apparaît au paragraphe', other: 'Apparaît aux paragraphes' }),
  imageCredit: 'Image :',
  relation: (relation, name) => `${relation} ${name}`,
  skipPast: (name) => `Passer « ${name} »`,
  endOf: (name) => `Fin de « ${name} »`,
  moreIn: (name) => `Plus dans « ${name} »`,
};
