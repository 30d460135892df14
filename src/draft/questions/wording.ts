/** The words a drafted question adds to the article's own, per language: `{role}` stands for an entity's role. */
export interface QuestionWording {
  /** A single-choice prompt: which of the choices the article describes with `{role}`. */
  readonly describedAs: string;
  readonly matchPeople: string;
  readonly orderEvents: string;
  /** A true/false explanation: what the article says, `{quote}` its sentence. */
  readonly saysTrue: string;
  readonly saysFalse: string;
}

const WORDING: Readonly<Record<string, QuestionWording>> = {
  en: {
    describedAs: 'Which of these does the article describe as “{role}”?',
    matchPeople: 'Match each person to their role.',
    orderEvents: 'Put these events in the order they happened, earliest first.',
    saysTrue: 'True: the article says “{quote}”',
    saysFalse: 'False: the article says “{quote}”',
  },
  fr: {
    describedAs: 'Lequel de ces noms l’article décrit-il comme « {role} » ?',
    matchPeople: 'Associez chaque personne à son rôle.',
    orderEvents: 'Remettez ces événements dans l’ordre où ils se sont produits, du plus ancien au plus récent.',
    saysTrue: 'Vrai : l’article dit « {quote} »',
    saysFalse: 'Faux : l’article dit « {quote} »',
  },
  de: {
    describedAs: 'Wen oder was beschreibt der Artikel als „{role}“?',
    matchPeople: 'Ordnen Sie jeder Person ihre Rolle zu.',
    orderEvents: 'Bringen Sie diese Ereignisse in die Reihenfolge, in der sie geschahen, das früheste zuerst.',
    saysTrue: 'Richtig: Im Artikel steht „{quote}“',
    saysFalse: 'Falsch: Im Artikel steht „{quote}“',
  },
  es: {
    describedAs: '¿A cuál de estos describe el artículo como «{role}»?',
    matchPeople: 'Relaciona a cada persona con su papel.',
    orderEvents: 'Ordena estos hechos según ocurrieron, del más antiguo al más reciente.',
    saysTrue: 'Verdadero: el artículo dice «{quote}»',
    saysFalse: 'Falso: el artículo dice «{quote}»',
  },
  ru: {
    describedAs: 'Кого или что статья описывает как «{role}»?',
    matchPeople: 'Сопоставьте каждого человека с его ролью.',
    orderEvents: 'Расположите эти события в том порядке, в каком они произошли, начиная с самого раннего.',
    saysTrue: 'Верно: в статье сказано: «{quote}»',
    saysFalse: 'Неверно: в статье сказано: «{quote}»',
  },
};

/**
 * The wording for `language` (a primary subtag), or `undefined` in a language without one: questions
 * that need words of their own are then not drafted, rather than drafted in another language.
 */
export function questionWording(language: string): QuestionWording | undefined {
  return WORDING[language];
}
