import { plural } from './plural.js';
import type { Translation } from './translation.js';

const number = (count: number) => count.toLocaleString('ru');

export const ru: Translation = {
  $code: 'ru',
  $name: 'Русский',
  $dir: 'ltr',

  loading: 'Статья загружается…',
  errorTitle: 'Эту статью невозможно показать.',
  errorInvalid: (count) =>
    plural('ru', count, {
      one: `В данных статьи ${number(count)} ошибка:`,
      few: `В данных статьи ${number(count)} ошибки:`,
      many: `В данных статьи ${number(count)} ошибок:`,
      other: `В данных статьи ${number(count)} ошибки:`,
    }),
  errorHttp: (status) => `Сервер ответил ошибкой ${status} на запрос данных статьи.`,
  errorNetwork: 'Не удалось загрузить данные статьи. Проверьте соединение и попробуйте ещё раз.',
  errorTimeout: 'Данные статьи загружались слишком долго.',
  errorAborted: 'Загрузка данных статьи была прервана.',
  errorNotJson: 'По указанному адресу данных статьи нет JSON.',
  errorBadUrl: 'Адрес данных статьи не является http(s)- или относительным URL.',
  errorNoSource:
    'Статья не указана: задайте свойство article, добавьте JSON-скрипт, атрибут src или for ' +
    'или поместите элемент внутрь <glossa-article>.',
  errorMissingProvider: (id) => `На этой странице нет <glossa-article id="${id}">.`,
  moreProblems: (count) =>
    plural('ru', count, {
      one: `и ещё ${number(count)} ошибка`,
      few: `и ещё ${number(count)} ошибки`,
      many: `и ещё ${number(count)} ошибок`,
      other: `и ещё ${number(count)} ошибки`,
    }),
  retry: 'Повторить',

  evidenceIntro: 'В статье:',
  evidenceParagraph: (number) => `абзац ${number}`,
  evidenceFigure: (number) => `рисунок ${number}`,
  wayBack: 'Вернуться туда, где вы были',

  summaryHeading: 'Что произошло',
  keyFactsHeading: 'Главное в цифрах',
  pictureNotShown: 'Изображение в оригинале статьи',
  timelineHeading: 'Хронология',
  plannedEvent: 'Запланировано',
  earlierEvents: 'Более ранние события',
  laterEvents: 'Более поздние события',
  moreContext: 'Подробнее',
  byline: (author) => `Автор: ${author}`,
  source: 'Источник:',
  license: 'Лицензия:',
  quotesHeading: 'Что они сказали',
  aboutNumber: (number) => `около ${number}`,

  quizHeading: 'Проверьте себя',
  quizMissing: 'К этой статье нет теста.',
  // Singular only for exactly one id: a list of 21 ids is still "вопросов".
  quizUnknownQuestions: (count, ids) =>
    count === 1 ? `В этом тесте нет вопроса ${ids}.` : `В этом тесте нет вопросов ${ids}.`,
  quizNoQuestions: 'Ни одного из запрошенных вопросов в этом тесте нет.',
  questionOf: (number, total) => `Вопрос ${number} из ${total}`,
  previous: 'Назад',
  next: 'Далее',
  seeResults: 'Показать результаты',
  checkAnswer: 'Проверить ответ',
  checking: 'Проверка…',
  answerFirst: 'Сначала ответьте на вопрос.',
  progressNotKept: 'Ответы нельзя сохранить на этом устройстве: они пропадут, если закрыть или перезагрузить страницу.',
  correct: 'Правильно',
  incorrect: 'Неправильно',
  notAnswered: 'Нет ответа',
  questionChecked: (number, verdict) => `Вопрос ${number}: ${verdict}.`,
  rightAnswer: 'Правильный ответ:',
  rightAnswerSealed: 'Запечатан: на этой странице его нет.',
  markRight: 'правильный ответ',
  markWrong: 'ошибка',
  trueLabel: 'Верно',
  falseLabel: 'Неверно',
  blank: 'пропуск',
  moveUp: (item) => `Переместить «${item}» вверх`,
  moveDown: (item) => `Переместить «${item}» вниз`,
  movedTo: (item, position, total) => `«${item}» теперь на ${position}-м месте из ${total}.`,
  choose: 'Выберите…',
  showInArticle: 'Показать в статье',
  resultsHeading: 'Ваш результат',
  scoreLine: (score, total, count, percent) =>
    plural('ru', count, {
      one: `Правильно: ${score} из ${total} вопроса (${percent})`,
      few: `Правильно: ${score} из ${total} вопросов (${percent})`,
      many: `Правильно: ${score} из ${total} вопросов (${percent})`,
      other: `Правильно: ${score} из ${total} вопросов (${percent})`,
    }),
  passedLine: (passMark) => `Тест пройден: проходной балл — ${passMark}.`,
  notPassedLine: (passMark) => `Тест пока не пройден: проходной балл — ${passMark}.`,
  reviewQuestion: (number) => `Вопрос ${number}`,
  retryWrong: (count) =>
    plural('ru', count, {
      one: `Исправить ${number(count)} ошибку`,
      few: `Исправить ${number(count)} ошибки`,
      many: `Исправить ${number(count)} ошибок`,
      other: `Исправить ${number(count)} ошибки`,
    }),
  startOver: 'Начать заново',
  answerKeyHeading: 'Ответы',
  whosWhoHeading: 'Кто есть кто',
  peopleHeading: 'Люди',
  organizationsHeading: 'Организации',
  placesHeading: 'Места',
  eventsHeading: 'События',
  worksHeading: 'Произведения',
  objectsHeading: 'Объекты',
  termsHeading: 'Термины',
  searchLabel: 'Поиск по именам и ролям',
  entryCount: (total) =>
    plural('ru', total, {
      one: `${number(total)} запись`,
      few: `${number(total)} записи`,
      many: `${number(total)} записей`,
      other: `${number(total)} записи`,
    }),
  entryMatches: (shown, total) =>
    plural('ru', total, {
      one: `${number(shown)} из ${number(total)} записи`,
      few: `${number(shown)} из ${number(total)} записей`,
      many: `${number(shown)} из ${number(total)} записей`,
      other: `${number(shown)} из ${number(total)} записей`,
    }),
  noEntryMatches: (query) => `По запросу «${query}» ничего не найдено.`,
  // Singular only for exactly one paragraph: 21 paragraphs are still "абзацах".
  mentionedIn: (count) => (count === 1 ? 'Упоминается в абзаце' : 'Упоминается в абзацах'),
  imageCredit: 'Изображение:',
  // A colon, not a bare space: the name cannot be put in the case the relation asks for.
  relation: (relation, name) => `${relation}: ${name}`,
  skipPast: (name) => `Пропустить «${name}»`,
  endOf: (name) => `Конец раздела «${name}»`,
  moreIn: (name) => `Подробнее в разделе «${name}»`,
};
