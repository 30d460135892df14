import { plural } from './plural.js';
import type { Translation } from './translation.js';

const number = (count: number) => count.toLocaleString('es');

export const es: Translation = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',

  loading: 'Cargando el artículo…',
  errorTitle: 'No se puede mostrar este artículo.',
  errorInvalid: (count) =>
    plural('es', count, {
      one: 'Los datos del artículo tienen un problema:',
      other: `Los datos del artículo tienen ${number(count)} problemas:`,
    }),
  errorHttp: (status) => `El servidor respondió con el error ${status} al pedir los datos del artículo.`,
  errorNetwork: 'No se pudieron descargar los datos del artículo. Compruebe la conexión y vuelva a intentarlo.',
  errorTimeout: 'Los datos del artículo tardaron demasiado en llegar.',
  errorAborted: 'La descarga de los datos del artículo se interrumpió.',
  errorNotJson: 'La dirección indicada para los datos del artículo no devuelve JSON.',
  errorBadUrl: 'La dirección indicada para los datos del artículo no es una URL http(s) ni relativa.',
  errorNoSource:
    'No se indicó ningún artículo: defina la propiedad article, añada un script JSON, un atributo src o for, ' +
    'o coloque el elemento dentro de <glossa-article>.',
  errorMissingProvider: (id) => `No hay ningún <glossa-article id="${id}"> en esta página.`,
  moreProblems: (count) => plural('es', count, { one: 'y 1 problema más', other: `y ${number(count)} problemas más` }),
  retry: 'Reintentar',

  evidenceIntro: 'En el artículo:',
  evidenceParagraph: (number) => `párrafo ${number}`,
  evidenceFigure: (number) => `figura ${number}`,
  wayBack: 'Volver a donde estabas',

  summaryHeading: 'Qué pasó',
  keyFactsHeading: 'Datos clave',
  pictureNotShown: 'Imagen en el artículo original',
  timelineHeading: 'Cronología',
  plannedEvent: 'Previsto',
  earlierEvents: 'Acontecimientos anteriores',
  laterEvents: 'Acontecimientos posteriores',
  moreContext: 'Más contexto',
  byline: (author) => `Por ${author}`,
  source: 'Fuente:',
  license: 'Licencia:',
  quotesHeading: 'Lo que dijeron',
  // “aprox.”, not “unos”: “unos” agrees with the noun counted, which is in the model’s label and may be feminine.
  aboutNumber: (number) => `aprox. ${number}`,

  quizHeading: 'Prueba de comprensión',
  quizMissing: 'Este artículo no tiene cuestionario.',
  quizUnknownQuestions: (count, ids) =>
    plural('es', count, {
      one: `Este cuestionario no tiene la pregunta ${ids}.`,
      other: `Este cuestionario no tiene las preguntas ${ids}.`,
    }),
  quizNoQuestions: 'Ninguna de las preguntas solicitadas está en este cuestionario.',
  questionOf: (number, total) => `Pregunta ${number} de ${total}`,
  previous: 'Anterior',
  next: 'Siguiente',
  seeResults: 'Ver resultados',
  checkAnswer: 'Comprobar respuesta',
  checking: 'Comprobando…',
  answerFirst: 'Responda primero a la pregunta.',
  progressNotKept:
    'Sus respuestas no se pueden guardar en este dispositivo: se perderán si sale de la página o la vuelve a cargar.',
  correct: 'Correcto',
  incorrect: 'Incorrecto',
  notAnswered: 'Sin responder',
  questionChecked: (number, verdict) => `Pregunta ${number}: ${verdict}.`,
  rightAnswer: 'Respuesta correcta:',
  rightAnswerSealed: 'Sellada: esta página no la contiene.',
  markRight: 'respuesta correcta',
  markWrong: 'incorrecta',
  trueLabel: 'Verdadero',
  falseLabel: 'Falso',
  blank: 'espacio en blanco',
  moveUp: (item) => `Subir «${item}»`,
  moveDown: (item) => `Bajar «${item}»`,
  movedTo: (item, position, total) => `«${item}» está ahora en la posición ${position} de ${total}.`,
  choose: 'Seleccione…',
  showInArticle: 'Ver en el artículo',
  resultsHeading: 'Sus resultados',
  scoreLine: (score, total, count, percent) =>
    plural('es', count, {
      one: `${score} de ${total} pregunta correcta (${percent})`,
      other: `${score} de ${total} preguntas correctas (${percent})`,
    }),
  passedLine: (passMark) => `Aprobado: la nota mínima es ${passMark}.`,
  notPassedLine: (passMark) => `Aún no aprobado: la nota mínima es ${passMark}.`,
  reviewQuestion: (number) => `Pregunta ${number}`,
  retryWrong: (count) =>
    plural('es', count, {
      one: 'Repetir la pregunta fallada',
      other: `Repetir las ${number(count)} preguntas falladas`,
    }),
  startOver: 'Empezar de nuevo',
  answerKeyHeading: 'Soluciones',
  whosWhoHeading: 'Quién es quién',
  peopleHeading: 'Personas',
  organizationsHeading: 'Organizaciones',
  placesHeading: 'Lugares',
  eventsHeading: 'Acontecimientos',
  worksHeading: 'Obras',
  objectsHeading: 'Objetos',
  termsHeading: 'Términos',
  searchLabel: 'Buscar nombres y cargos',
  entryCount: (total) => plural('es', total, { one: '1 entrada', other: `${number(total)} entradas` }),
  entryMatches: (shown, total) =>
    plural('es', total, {
      one: `${number(shown)} de 1 entrada`,
      other: `${number(shown)} de ${number(total)} entradas`,
    }),
  noEntryMatches: (query) => `Ninguna entrada coincide con «${query}».`,
  mentionedIn: (count) => plural('es', count, { one: 'Aparece en el párrafo', other: 'Aparece en los párrafos' }),
  imageCredit: 'Imagen:',
  relation: (relation, name) => `${relation} ${name}`,
  skipPast: (name) => `Saltar «${name}»`,
  endOf: (name) => `Fin de «${name}»`,
  moreIn: (name) => `Más en «${name}»`,
};
