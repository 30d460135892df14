/** The words of `root` as a screen reader reads them: text hidden from it (`aria-hidden`) left out. */
export function spokenText(root: Node): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[aria-hidden="true"]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const words: string[] = [];
  while (walker.nextNode()) words.push(walker.currentNode.nodeValue ?? '');
  return words.join(' ').replace(/\s+/g, ' ').trim();
}
