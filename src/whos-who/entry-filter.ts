/**
 * How long the first frame spends taking entries out and putting them back, in milliseconds: a
 * keystroke's own frame, which the reader waits for.
 */
const FIRST_FRAME_MS = 4;
/**
 * The longest a later frame spends. Each frame after a change of the list costs its layout, paint
 * and the entries' visibility checks, tens of milliseconds over thousands of entries whatever it
 * moved, so each later frame spends twice as long as the one before, up to this, rather than paying
 * that cost for every few entries.
 */
const LAST_FRAME_MS = 32;

interface Place {
  readonly entry: HTMLElement;
  readonly list: Node;
  /** The node after the entry when rendered: Lit's marker, which stays in the list while the entry is out. */
  readonly before: Node | null;
}

interface Group {
  readonly group: HTMLElement;
  readonly places: readonly Place[];
}

/**
 * Shows the entries a search keeps and hides the rest by taking them out of their list and putting
 * them back where they were, rather than hiding them: hiding or showing most of 5,000 entries at
 * once costs a second of style and layout. Applied progressively, the top of the lists (what is on
 * screen) is right in the first frame and the rest follows frame by frame; a newer `apply` replaces
 * one still under way. A group none of whose entries show is hidden at once.
 */
export class EntryFilter {
  #groups: readonly Group[] = [];
  /** Counts the calls of `apply`, so that the frames of an older one stop. */
  #generation = 0;

  /** Reads the groups and their entries from a fresh render, every entry in its list. */
  collect(groups: Iterable<HTMLElement>, entrySelector: string): void {
    this.#groups = [...groups].map((group) => ({
      group,
      places: [...group.querySelectorAll<HTMLElement>(entrySelector)].flatMap((entry) =>
        entry.parentNode ? [{ entry, list: entry.parentNode, before: entry.nextSibling }] : [],
      ),
    }));
  }

  /** Puts every entry back at once and forgets them, so that they can render again where they were. */
  restore(): void {
    this.#generation += 1;
    for (const { places } of this.#groups) for (const place of places) putBack(place);
    this.#groups = [];
  }

  /** Shows the entries `shows` keeps and takes out the others: all now, or the top now and the rest in later frames. */
  apply(shows: (entry: HTMLElement) => boolean, { progressive }: { progressive: boolean }): void {
    const generation = (this.#generation += 1);
    for (const { group, places } of this.#groups) {
      const any = places.some(({ entry }) => shows(entry));
      if (group.hidden === any) group.hidden = !any;
    }
    const places = this.#groups.flatMap((group) => group.places);
    // Leaving a for…of does not close an array's iterator: the next frame goes on where this one stopped.
    const pending = places.values();
    const frame = (frameMs: number) => {
      if (generation !== this.#generation) return;
      const start = performance.now();
      for (const place of pending) {
        const shown = place.entry.parentNode === place.list;
        if (shows(place.entry) !== shown) {
          if (shown) place.entry.remove();
          else putBack(place);
        }
        if (progressive && performance.now() - start > frameMs) {
          requestAnimationFrame(() => frame(Math.min(frameMs * 2, LAST_FRAME_MS)));
          return;
        }
      }
    };
    frame(FIRST_FRAME_MS);
  }
}

function putBack({ entry, list, before }: Place): void {
  if (entry.parentNode !== list) list.insertBefore(entry, before);
}
