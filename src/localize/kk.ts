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
  evidenceFigure: (number) => `${number}-сурет`,

  summaryHeading: 'Не болды',
  keyFactsHeading: 'Негізгі деректер',
  timelineHeading: 'Хронология',
  plannedEvent: 'Жоспарланған',
  moreContext: 'Толығырақ',
  byline: (author) => `Авторы: ${author}`,
  source: 'Дереккөз:',
  license: 'Лицензия:',
  quotesHeading: 'Олар не деді',
  aboutNumber: (number) => `шамамен ${number}`,

  quizHeading: 'Өзіңізді тексеріңіз',
  quizMissing: 'Бұл мақалаға арналған тест жоқ.',
  quizUnknownQuestions: (count, ids) =>
    plural('kk', count, { one: `Бұл тестте ${ids} сұрағы жоқ.`, other: `Бұл тестте ${ids} сұрақтары жоқ.` }),
  quizNoQuestions: 'Көрсетілген сұрақтардың ешқайсысы бұл тестте жоқ.',
  questionOf: (number, total) => `${number}-сұрақ, барлығы ${total}`,
  previous: 'Алдыңғы',
  next: 'Келесі',
  seeResults: 'Нәтижелерді көру',
  checkAnswer: 'Жауапты тексеру',
  checking: 'Тексерілуде…',
  answerFirst: 'Алдымен сұраққа жауап беріңіз.',
  progressNotKept:
    'Жауаптарды бұл құрылғыда сақтау мүмкін емес: бетті жапсаңыз немесе қайта жүктесеңіз, олар жоғалады.',
  correct: 'Дұрыс',
  incorrect: 'Қате',
  notAnswered: 'Жауап берілмеген',
  questionChecked: (number, verdict) => `${number}-сұрақ: ${verdict}.`,
  rightAnswer: 'Дұрыс жауап:',
  rightAnswerSealed: 'Мөрленген: бұл бетте жоқ.',
  markRight: 'дұрыс жауап',
  markWrong: 'қате',
  trueLabel: 'Ақиқат',
  falseLabel: 'Жалған',
  blank: 'бос орын',
  moveUp: (item) => `Жоғары жылжыту: «${item}»`,
  moveDown: (item) => `Төмен жылжыту: «${item}»`,
  movedTo: (item, position, total) => `«${item}» енді ${position}-орында, барлығы ${total}.`,
  choose: 'Таңдаңыз…',
  showInArticle: 'Мақалада көрсету',
  resultsHeading: 'Нәтижеңіз',
  // Kazakh nouns stay singular after a numeral, so the count changes nothing here.
  scoreLine: (score, total, _count, percent) => `Дұрыс жауап: ${total} сұрақтан ${score} (${percent})`,
  passedLine: (passMark) => `Тесттен өттіңіз: шекті балл — ${passMark}.`,
  notPassedLine: (passMark) => `Тесттен әлі өтпедіңіз: шекті балл — ${passMark}.`,
  reviewQuestion: (number) => `${number}-сұрақ`,
  retryWrong: (count) => plural('kk', count, { one: 'Қатені түзету', other: `${number(count)} қатені түзету` }),
  startOver: 'Басынан бастау',
  answerKeyHeading: 'Жауаптар',
  whosWhoHeading: 'Кім кім',
  peopleHeading: 'Тұлғалар',
  organizationsHeading: 'Ұйымдар',
  placesHeading: 'Жерлер',
  eventsHeading: 'Оқиғалар',
  worksHeading: 'Туындылар',
  objectsHeading: 'Нысандар',
  termsHeading: 'Терминдер',
  searchLabel: 'Есімдер мен рөлдер бойынша іздеу',
  entryCount: (total) => plural('kk', total, { one: '1 жазба', other: `${number(total)} жазба` }),
  entryMatches: (shown, total) =>
    plural('kk', total, {
      one: `${number(shown)} жазба табылды, барлығы 1`,
      other: `${number(shown)} жазба табылды, барлығы ${number(total)}`,
    }),
  noEntryMatches: (query) => `«${query}» бойынша ештеңе табылмады.`,
  mentionedIn: (count) => plural('kk', count, { one: 'Аталатын абзац:', other: 'Аталатын абзацтар:' }),
  imageCredit: 'Сурет:',
  // A colon, not a bare space: the name cannot take the case ending the relation asks for.
  relation: (relation, name) => `${relation}: ${name}`,
  skipPast: (name) => `«${name}» бөлімін өткізу`,
  endOf: (name) => `«${name}» бөлімінің соңы`,
  moreIn: (name) => `«${name}» бөлімінде толығырақ`,
};
