/** The shapes of the xAPI 1.0.3 statements Glossa makes: only the parts it fills in. */

import type { InteractionType } from '../quiz/cmi-interaction.js';

/** The interaction types Glossa's question types map to: SCORM's names, which xAPI takes over. */
export type { InteractionType };

/** Text by RFC 5646 language tag: `{ "en": "Who asked the CSTO for help?" }`. */
export type LanguageMap = Readonly<Record<string, string>>;

/**
 * The learner, as the page knows them: an Agent with exactly one identifier (an `mbox` of the form
 * `mailto:…`, its `mbox_sha1sum`, an `openid`, or an `account` on a system). Never read from the article.
 */
export type XapiActor = { readonly objectType?: 'Agent'; readonly name?: string } & (
  | { readonly mbox: string }
  | { readonly mbox_sha1sum: string }
  | { readonly openid: string }
  | { readonly account: { readonly homePage: string; readonly name: string } }
);

export interface XapiVerb {
  readonly id: string;
  readonly display: LanguageMap;
}

/** One choice, item, or side of a match, as the interaction lists it. */
export interface InteractionComponent {
  readonly id: string;
  readonly description: LanguageMap;
}

export interface ActivityDefinition {
  readonly type: string;
  readonly name?: LanguageMap;
  readonly description?: LanguageMap;
  readonly interactionType?: InteractionType;
  readonly correctResponsesPattern?: readonly string[];
  readonly choices?: readonly InteractionComponent[];
  readonly source?: readonly InteractionComponent[];
  readonly target?: readonly InteractionComponent[];
}

export interface XapiActivity {
  readonly objectType: 'Activity';
  readonly id: string;
  readonly definition?: ActivityDefinition;
}

export interface XapiResult {
  readonly score?: { readonly scaled: number; readonly raw: number; readonly min: number; readonly max: number };
  readonly success?: boolean;
  readonly completion?: boolean;
  readonly response?: string;
  /** ISO 8601, e.g. `PT95.5S`. */
  readonly duration?: string;
}

export interface XapiContext {
  readonly registration?: string;
  readonly language?: string;
  readonly contextActivities?: {
    readonly parent?: readonly XapiActivity[];
    readonly grouping?: readonly XapiActivity[];
    readonly category?: readonly XapiActivity[];
    readonly other?: readonly XapiActivity[];
  };
  /** By IRI, e.g. cmi5's session id. */
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** One xAPI 1.0.3 statement, with the client's own UUID so that sending it twice stores it once. */
export interface XapiStatement {
  readonly id: string;
  readonly actor: XapiActor;
  readonly verb: XapiVerb;
  readonly object: XapiActivity;
  readonly result?: XapiResult;
  readonly context?: XapiContext;
  /** ISO 8601 with milliseconds and the time zone, e.g. `2026-12-02T15:30:00.000Z`. */
  readonly timestamp: string;
}
