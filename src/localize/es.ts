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
  moreProblems: (count) =>
    plural('es', count, { one: 'y 1 problema más', other: `y ${number(count)} problemas más` }),
  retry: 'Reintentar',

  evidenceIntro: 'En el artículo:',
  evidenceParagraph: (number) => `párrafo ${number}`,

  summaryHeading: 'Qué pasó',
  keyFactsHeading: 'Datos clave',
  timelineHeading: 'Cronología',
  moreContext: 'Más contexto',
  byline: (author) => `Por ${author}`,
  source: 'Fuente:',
};
