/** The two SCORM run-times a package can target. */
export type ScormVersion = '1.2' | '2004';

/**
 * What differs between the SCORM 1.2 and the SCORM 2004 run-time: the name of the API object the
 * platform puts on a window, the names of its calls, the names of the data model's elements and the
 * values they take. Everything that reports reads them from here, so one code path serves both.
 */
export interface ScormDialect {
  readonly version: ScormVersion;
  readonly apiName: 'API' | 'API_1484_11';
  readonly calls: {
    readonly initialize: string;
    readonly terminate: string;
    readonly getValue: string;
    readonly setValue: string;
    readonly commit: string;
  };
  /** `resume` in it means the platform kept the suspend data of an earlier session of this attempt. */
  readonly entry: string;
  readonly suspendData: string;
  /** The most characters the platform must keep in `suspendData`. */
  readonly suspendLimit: number;
  readonly exit: string;
  /** Whether the learner has finished: `lesson_status` in 1.2, `completion_status` in 2004. */
  readonly completion: string;
  readonly score: string;
  readonly interactions: string;
  /** What `interactions.n.result` says of a wrong answer. */
  readonly wrong: string;
  /** What separates the parts of a response (`a,b` in 1.2, `a[,]b` in 2004) and a matched pair's two sides. */
  readonly listSeparator: string;
  readonly pairSeparator: string;
  /** The most characters a response or a correct-response pattern may hold. */
  readonly responseLimit: number;
}

export const SCORM_12: ScormDialect = {
  version: '1.2',
  apiName: 'API',
  calls: {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
  },
  entry: 'cmi.core.entry',
  suspendData: 'cmi.suspend_data',
  suspendLimit: 4096,
  exit: 'cmi.core.exit',
  completion: 'cmi.core.lesson_status',
  score: 'cmi.core.score',
  interactions: 'cmi.interactions',
  wrong: 'wrong',
  listSeparator: ',',
  pairSeparator: '.',
  responseLimit: 255,
};

export const SCORM_2004: ScormDialect = {
  version: '2004',
  apiName: 'API_1484_11',
  calls: {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
  },
  entry: 'cmi.entry',
  suspendData: 'cmi.suspend_data',
  // SCORM 2004 4th edition's smallest permitted maximum for cmi.suspend_data.
  suspendLimit: 64000,
  exit: 'cmi.exit',
  completion: 'cmi.completion_status',
  score: 'cmi.score',
  interactions: 'cmi.interactions',
  wrong: 'incorrect',
  listSeparator: '[,]',
  pairSeparator: '[.]',
  responseLimit: 4000,
};

export const dialectOf = (version: string | null | undefined): ScormDialect =>
  version === '2004' ? SCORM_2004 : SCORM_12;
