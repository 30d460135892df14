/** The items of a list attribute, separated by commas, spaces or both: `kinds="person, place"`, `questions="q1 q4"`. */
export function listAttribute(value: string | undefined): string[] {
  return value?.split(/[\s,]+/).filter(Boolean) ?? [];
}
