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

  summaryHeading: 'Что произошло',
  keyFactsHeading: 'Главное в цифрах',
  timelineHeading: 'Хронология',
  moreContext: 'Подробнее',
  byline: (author) => `Автор: ${author}`,
  source: 'Источник:',
};
