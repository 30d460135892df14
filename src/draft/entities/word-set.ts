/** The words of a `|`-separated list, for the lists of cue words the language rules are written as. */
export const wordSet = (list: string): ReadonlySet<string> => new Set(list.split('|'));
