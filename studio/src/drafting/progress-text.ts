import { DRAFT_STAGES, type DraftProgress, type DraftStage } from '../../../src/draft/types.js';

const STAGE_TEXT: Record<DraftStage, string> = {
  reading: 'reading the text',
  names: 'finding people, organizations and places',
  facts: 'finding key facts',
  timeline: 'finding dates for the timeline',
  questions: 'writing quiz questions',
  summary: 'writing the summary',
  checking: 'checking the draft',
};

/** How many stages a draft has begun, for a progress bar of `DRAFT_STAGES.length`. */
export function stagesBegun(progress: DraftProgress | undefined): number {
  return progress ? DRAFT_STAGES.indexOf(progress.stage) + 1 : 0;
}

/** What the Studio says while it drafts from `name`: "Drafting 40 paragraphs from a.txt: writing quiz questions (5 of 7)". */
export function progressText(name: string, progress: DraftProgress | undefined): string {
  if (!progress) return `Drafting from ${name}…`;
  const paragraphs =
    progress.paragraphs === undefined
      ? ''
      : ` ${progress.paragraphs.toLocaleString('en')} ${progress.paragraphs === 1 ? 'paragraph' : 'paragraphs'}`;
  return `Drafting${paragraphs} from ${name}: ${STAGE_TEXT[progress.stage]} (${stagesBegun(progress)} of ${DRAFT_STAGES.length})…`;
}
