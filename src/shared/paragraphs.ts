/** The paragraphs of a text from the model, which parts them by a blank line (a caption given as a list comes out so). */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
}
