import { plural } from './plural.js';
import type { Translation } from './translation.js';

const number = (count: number) => count.toLocaleString('kk');

export const kk: Translation = {
  $code: 'kk',
  $name: 'Қазақша',
  $dir: 'ltr',

  loading: 'Мақала жүктелуде…',
  errorTitle: 'Бұл мақаланы көрсету мүмкін емес.',
  errorInvalid: (count) =>
    plural('kk', count, {
      one: 'Мақала деректерінде бір қате бар:',
      other: `Мақала деректерінде ${number(count)} қате бар:`,
    }),
  errorHttp: (status) => `Мақала деректерін сұрағанда сервер ${status} қатесімен жауап берді.`,
  errorNetwork: 'Мақала деректерін жүктеу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз.',
  errorTimeout: 'Мақала деректері тым ұзақ жүктелді.',
  errorAborted: 'Мақала деректерін жүктеу үзіліп қалды.',
  errorNotJson: 'Мақала деректерінің көрсетілген мекенжайы JSON қайтармайды.',
  errorBadUrl: 'Мақала деректерінің мекенжайы http(s) немесе салыстырмалы URL емес.',
  errorNoSource:
    'Мақала берілмеген: article қасиетін орнатыңыз, JSON скриптін, src немесе for атрибутын қосыңыз ' +
    'немесе элементті <glossa-article> ішіне орналастырыңыз.',
  errorMissingProvider: (id) => `Бұл бетте <glossa-article id="${id}"> жоқ.`,
  moreProblems: (count) => plural('kk', count, { one: 'және тағы 1 қате', other: `және тағы ${number(count)} қате` }),
  retry: 'Қайталау',

  evidenceIntro: 'Мақалада:',
  evidenceParagraph: (number) => `${number}-абзац`,

  summaryHeading: 'Не болды',
  keyFactsHeading: 'Негізгі деректер',
  timelineHeading: 'Хронология',
  moreContext: 'Толығырақ',
  byline: (author) => `Авторы: ${author}`,
  source: 'Дереккөз:',
};
