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

  summaryHeading: 'Ce qui s’est passé',
  keyFactsHeading: 'Les faits clés',
  timelineHeading: 'Chronologie',
  moreContext: 'Plus de contexte',
  byline: (author) => `Par ${author}`,
  source: 'Source :',
};
