import type { FormatWarning, OpenQuizInput } from './types.js';

/**
 * What a format without evidence or a pass mark loses of a quiz: one warning naming every question
 * whose evidence is left out (one per question would bury the others), and one for the pass mark.
 */
export function quizWarnings(
  quiz: OpenQuizInput,
  format: string,
  keeps: { readonly passPercent: boolean },
): FormatWarning[] {
  const warnings: FormatWarning[] = [];
  const withEvidence = quiz.questions.filter((question) => (question.evidence?.length ?? 0) > 0);
  if (withEvidence.length > 0) {
    const ids = withEvidence.map((question) => question.id);
    warnings.push({
      question: ids.join(', '),
      message: `the evidence of ${ids.length === 1 ? 'this question' : `these ${ids.length} questions`} is left out: ${format} cannot carry it`,
    });
  }
  if (!keeps.passPercent && quiz.passPercent !== undefined) {
    warnings.push({ message: `the pass mark (${quiz.passPercent} %) is left out: ${format} cannot carry it` });
  }
  return warnings;
}
