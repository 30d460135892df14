import { wordSet } from './word-set.js';
/**
 * What the drafting needs to know about a language to read names in it: which small words may sit
 * inside a name ("Secretary of State", "Charles de Gaulle"), which words before a name are titles
 * ("President", "Mme", "Präsident", "президент"), which prepositions put a place after them ("in
 * Almaty", "nach Moskau"), which words start a sentence without being names, which verbs a speaker's
 * name goes with, and whether the language capitalises every noun (German) or inflects names (Russian).
 * Every list is lower-case; the languages not listed get the neutral profile, which trusts capitals alone.
 */
export interface LanguageProfile {
  /** Small words that may join the words of one name. */
  readonly connectors: ReadonlySet<string>;
  /** Titles and role nouns, single words or phrases, that make the name after them a person's. */
  readonly titles: ReadonlySet<string>;
  /** Prepositions after which a capitalised name is most often a place. */
  readonly placePrepositions: ReadonlySet<string>;
  /** Articles, pronouns, prepositions and other function words, never a name on their own. */
  readonly functionWords: ReadonlySet<string>;
  /** Articles and determiners, before which a German word is a common noun. */
  readonly articles: ReadonlySet<string>;
  /** Verbs of saying, next to which a name is a speaker's. */
  readonly speechVerbs: ReadonlySet<string>;
  /** Last (or first) words that make a name an organization's. */
  readonly organizationWords: ReadonlySet<string>;
  /** Last (or first) words that make a name a place's. */
  readonly placeWords: ReadonlySet<string>;
  /** Every noun is capitalised, so a capital alone does not make a name. */
  readonly capitalisesNouns: boolean;
  /** Names take case endings ("Москва", "в Москве"), so forms of one name are merged by their stem. */
  readonly inflectsNames: boolean;
}

const ENGLISH: LanguageProfile = {
  connectors: wordSet('of|the|for|de|da|del|van|von|der|den|al|bin|ibn|la|le|du'),
  titles: wordSet(
    'president|vice president|vice-president|president-elect|prime minister|minister|foreign minister|secretary|' +
      'secretary-general|chancellor|king|queen|prince|princess|emperor|pope|senator|sen.|congressman|congresswoman|' +
      'representative|rep.|governor|gov.|mayor|judge|justice|general|gen.|colonel|col.|captain|capt.|lieutenant|lt.|' +
      'sergeant|sgt.|admiral|commander|chief|director|ambassador|envoy|speaker|chairman|chairwoman|chairperson|chair|' +
      'spokesman|spokeswoman|spokesperson|leader|head|founder|ceo|executive|officer|manager|scientist|researcher|' +
      'professor|prof.|author|writer|editor|reporter|correspondent|analyst|expert|lawyer|attorney|adviser|advisor|aide|' +
      'deputy|premier|candidate|prosecutor|coach|economist|historian|official|diplomat|lawmaker|legislator|activist|' +
      'journalist|physician|doctor|dr|dr.|surgeon|engineer|astronaut|commissioner|inspector|detective|sheriff|bishop|' +
      'archbishop|cardinal|rabbi|imam|priest|pastor|reverend|rev.|father|sister|mr|mr.|mrs|mrs.|ms|ms.|miss|sir|dame|' +
      'lord|lady|sheikh|emir|sultan|ayatollah|president’s|mp|sen|rep',
  ),
  placePrepositions: wordSet('in|near|across|throughout|outside|inside|to|from'),
  functionWords: wordSet(
    'a|an|the|this|that|these|those|it|its|he|she|they|we|i|you|his|her|their|our|my|your|in|on|at|by|for|from|to|' +
      'of|with|without|after|before|until|since|during|while|when|where|what|which|who|whom|whose|why|how|if|but|and|' +
      'or|nor|so|yet|as|once|there|here|some|several|many|most|more|few|all|both|each|every|no|not|one|two|three|' +
      'such|other|another|last|next|first|then|now|also|even|still|only|just|meanwhile|however|although|though|' +
      'because|despite|among|against|over|under|about|around|between|into|through',
  ),
  articles: wordSet('a|an|the'),
  speechVerbs: wordSet('said|says|told|added|warned|asked|wrote|explained|announced|according'),
  organizationWords: wordSet(
    'university|institute|institutes|institution|organization|organisation|agency|laboratory|lab|company|' +
      'corporation|corp|corp.|inc|inc.|ltd|ltd.|llc|party|council|ministry|department|committee|commission|bank|fund|' +
      'association|alliance|group|court|parliament|congress|senate|army|navy|police|service|foundation|society|' +
      'federation|museum|school|college|hospital|church|club|times|news|press|office|administration|authority|' +
      'board|bureau|center|centre|network|union|league|forces|force|guard|agency’s|team|fc|airlines|airways',
  ),
  placeWords: wordSet(
    'crater|peak|mountain|mountains|mount|mt.|river|lake|sea|ocean|island|islands|valley|park|street|avenue|square|' +
      'city|county|province|region|republic|kingdom|bay|gulf|desert|coast|canyon|hills|strait|peninsula|plain|' +
      'basin|district|state|states|territory|airport|bridge|asia|africa|europe|america',
  ),
  capitalisesNouns: false,
  inflectsNames: false,
};

const FRENCH: LanguageProfile = {
  connectors: wordSet('de|du|des|la|le'),
  titles: wordSet(
    'm.|mme|mlle|monsieur|madame|président|présidente|ministre|premier ministre|première ministre|chancelier|' +
      'chancelière|roi|reine|prince|princesse|pape|sénateur|sénatrice|député|députée|maire|juge|général|colonel|' +
      'capitaine|directeur|directrice|ambassadeur|ambassadrice|porte-parole|chef|dirigeant|dirigeante|secrétaire|' +
      'professeur|professeure|docteur|dr|chercheur|chercheuse|avocat|avocate|journaliste|conseiller|conseillère',
  ),
  placePrepositions: wordSet('à|en|au|aux|dans|vers|depuis'),
  functionWords: wordSet(
    'le|la|les|l’|un|une|des|du|de|ce|cet|cette|ces|il|elle|ils|elles|on|nous|vous|je|son|sa|ses|leur|leurs|en|à|' +
      'au|aux|dans|par|pour|sur|sous|avec|sans|après|avant|depuis|pendant|quand|où|que|qui|quoi|si|mais|et|ou|donc|' +
      'car|comme|selon|lors|dès|alors|ainsi|puis|enfin|plusieurs|tous|toutes|chaque|aucun|aucune',
  ),
  articles: wordSet('le|la|les|l’|un|une|des|du'),
  speechVerbs: wordSet('a déclaré|déclaré|a dit|dit|a affirmé|affirmé|selon|a expliqué|expliqué|a ajouté|ajouté'),
  organizationWords: wordSet(
    'organisation|université|institut|agence|parti|conseil|ministère|comité|commission|banque|fonds|association|' +
      'alliance|groupe|cour|tribunal|parlement|sénat|armée|police|fondation|société|fédération|union|ligue|assemblée',
  ),
  placeWords: wordSet('rue|place|mont|lac|fleuve|île|îles|mer|océan|vallée|région|province|république|royaume|golfe'),
  capitalisesNouns: false,
  inflectsNames: false,
};

const GERMAN: LanguageProfile = {
  connectors: wordSet('von|van|der|de|zu'),
  titles: wordSet(
    'herr|frau|präsident|präsidentin|bundespräsident|bundeskanzler|bundeskanzlerin|kanzler|kanzlerin|minister|' +
      'ministerin|außenminister|außenministerin|regierungschef|regierungschefin|könig|königin|prinz|prinzessin|' +
      'papst|senator|abgeordnete|abgeordneter|bürgermeister|bürgermeisterin|richter|richterin|general|oberst|' +
      'direktor|direktorin|botschafter|botschafterin|sprecher|sprecherin|chef|chefin|sekretär|generalsekretär|' +
      'professor|professorin|prof.|dr.|dr|forscher|forscherin|anwalt|anwältin|journalist|journalistin|staatschef|' +
      'parlamentspräsident|vorsitzende|vorsitzender|premierminister|premierministerin|ministerpräsident',
  ),
  placePrepositions: wordSet('in|nach|aus|bei'),
  functionWords: wordSet(
    'der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|er|sie|es|wir|ihr|ich|sein|seine|ihre|in|im|am|an|' +
      'auf|aus|bei|mit|nach|von|vom|zu|zum|zur|für|über|unter|vor|seit|während|wenn|als|wie|was|wer|wo|warum|dass|' +
      'aber|und|oder|doch|denn|so|auch|noch|nur|schon|dann|nun|jetzt|mehrere|alle|jeder|jede|kein|keine|dies|diese|' +
      'dieser|dieses|diesem|diesen|trotz|laut|nachdem|bis|damit|zwar|etwa|rund|mehr|viele|einige',
  ),
  articles: wordSet(
    'der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|kein|keine|keinen|keinem|keiner|dieser|diese|' +
      'dieses|diesem|diesen|jeder|jede|jedes|jedem|jeden|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|' +
      'unser|unsere|im|am|vom|zum|zur|beim|ins|mehrere|viele|einige|alle|beiden|neue|neuen',
  ),
  speechVerbs: wordSet('sagte|sagt|erklärte|erklärt|betonte|schrieb|laut|warnte|teilte'),
  organizationWords: wordSet(
    'organisation|universität|institut|agentur|partei|rat|ministerium|komitee|kommission|bank|fonds|verband|bund|' +
      'bündnis|gruppe|gericht|parlament|bundestag|armee|polizei|stiftung|gesellschaft|union|liga|ag|gmbh|kreml',
  ),
  placeWords: wordSet('straße|platz|berg|see|fluss|insel|tal|stadt|region|republik|königreich'),
  capitalisesNouns: true,
  inflectsNames: false,
};

const SPANISH_PORTUGUESE_ITALIAN: LanguageProfile = {
  connectors: wordSet('de|del|la|las|los|da|do|das|dos|di|della|delle|degli'),
  titles: wordSet(
    'sr.|sra.|sr|sra|señor|señora|don|doña|presidente|presidenta|ministro|ministra|primer ministro|canciller|rey|' +
      'reina|príncipe|princesa|papa|senador|senadora|diputado|diputada|alcalde|alcaldesa|juez|jueza|general|coronel|' +
      'director|directora|embajador|embajadora|portavoz|jefe|jefa|secretario|secretaria|profesor|profesora|doctor|' +
      'doctora|dr.|sig.|signor|signora|primo ministro|sindaco|deputato|senhor|senhora|prefeito|porta-voz|premier',
  ),
  placePrepositions: wordSet('en|a|desde|hacia|em|no|na|nos|nas|para|in|a|da'),
  functionWords: wordSet(
    'el|la|los|las|lo|un|una|unos|unas|este|esta|estos|estas|ese|esa|él|ella|ellos|ellas|su|sus|en|a|al|de|del|por|' +
      'para|con|sin|tras|desde|hasta|durante|cuando|donde|que|quien|qué|si|pero|y|o|como|según|también|varios|' +
      'varias|todos|cada|o|os|as|um|uma|no|na|nos|nas|do|da|dos|das|il|lo|gli|le|uno|nel|nella|dei|degli|per|che|' +
      'ma|e|anche|dopo|prima|mentre|secondo',
  ),
  articles: wordSet('el|la|los|las|un|una|o|a|os|as|um|uma|il|lo|gli|le|uno'),
  speechVerbs: wordSet('dijo|afirmó|declaró|según|explicó|disse|afirmou|segundo|ha detto|detto|secondo'),
  organizationWords: wordSet(
    'organización|organização|organizzazione|universidad|universidade|università|instituto|istituto|agencia|' +
      'agência|agenzia|partido|partito|consejo|conselho|consiglio|ministerio|ministério|ministero|comité|comissão|' +
      'commissione|banco|banca|fondo|fundo|asociación|alianza|aliança|alleanza|grupo|gruppo|tribunal|tribunale|' +
      'parlamento|senado|senato|ejército|exército|esercito|policía|polícia|polizia|fundación|fundação|fondazione|' +
      'unión|união|unione|liga|lega|congreso|congresso',
  ),
  placeWords: wordSet('calle|plaza|monte|lago|río|rio|isla|ilha|isola|mar|valle|vale|región|região|regione|república'),
  capitalisesNouns: false,
  inflectsNames: false,
};

const RUSSIAN: LanguageProfile = {
  connectors: wordSet('де|фон|ван'),
  titles: wordSet(
    'г-н|г-жа|господин|госпожа|президент|премьер-министр|премьер|министр|глава|спикер|председатель|канцлер|' +
      'король|королева|принц|папа|сенатор|депутат|мэр|губернатор|судья|генерал|полковник|директор|посол|' +
      'представитель|пресс-секретарь|секретарь|генсек|профессор|доктор|лидер|руководитель|основатель|журналист',
  ),
  placePrepositions: wordSet('в|во|из|на|под|над|около|возле'),
  functionWords: wordSet(
    'в|во|на|с|со|к|ко|по|из|у|о|об|от|до|за|для|при|без|через|после|перед|между|он|она|оно|они|мы|вы|я|его|её|' +
      'их|это|этот|эта|эти|тот|та|те|что|кто|где|когда|как|если|но|и|а|или|так|также|уже|ещё|еще|только|все|всё|' +
      'каждый|несколько|многие|по|однако|хотя|потому|поскольку',
  ),
  articles: wordSet(''),
  speechVerbs: wordSet('сказал|сказала|заявил|заявила|отметил|отметила|словам|написал|написала|сообщил|сообщила'),
  organizationWords: wordSet(
    'организация|организации|университет|институт|агентство|партия|совет|министерство|комитет|комиссия|банк|' +
      'фонд|ассоциация|альянс|союз|группа|суд|парламент|дума|армия|полиция|служба|фонд|федерация|кремль|оон|нато',
  ),
  placeWords: wordSet('улица|площадь|гора|река|озеро|море|остров|область|край|республика|город'),
  capitalisesNouns: false,
  inflectsNames: true,
};

const NEUTRAL: LanguageProfile = {
  connectors: wordSet('de|van|von|der|da|di'),
  titles: wordSet('dr|dr.|prof.'),
  placePrepositions: wordSet(''),
  functionWords: wordSet(''),
  articles: wordSet(''),
  speechVerbs: wordSet(''),
  organizationWords: wordSet(''),
  placeWords: wordSet(''),
  capitalisesNouns: false,
  inflectsNames: false,
};

const PROFILES: Readonly<Record<string, LanguageProfile>> = {
  en: ENGLISH,
  fr: FRENCH,
  de: GERMAN,
  es: SPANISH_PORTUGUESE_ITALIAN,
  pt: SPANISH_PORTUGUESE_ITALIAN,
  it: SPANISH_PORTUGUESE_ITALIAN,
  ru: RUSSIAN,
  uk: { ...RUSSIAN, functionWords: wordSet(''), speechVerbs: wordSet('') },
};

/** The profile of a BCP 47 language, by its first subtag; the neutral one for languages not listed. */
export function languageProfile(lang: string): LanguageProfile {
  return PROFILES[primaryLanguage(lang)] ?? NEUTRAL;
}

/** The first subtag of a BCP 47 tag, lower-cased: "en-GB" → "en". */
export function primaryLanguage(lang: string): string {
  return lang.split('-')[0]!.toLowerCase();
}
