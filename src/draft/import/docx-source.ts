import type mammothModule from 'mammoth/mammoth.browser.js';
import type { SourceReading } from './blocks.js';
import { DraftInputError } from './errors.js';
import { readHtml } from './html-source.js';
import type { Notes } from './notes.js';

type Mammoth = typeof mammothModule;

/** Word's own paragraph styles that have a meaning here: the title, the subtitle and captions. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p.dek:fresh",
  "p[style-name='caption'] => p.caption:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
];

/** A zip file (which a .docx is) starts with a local file header: "PK", 3, 4. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * mammoth's browser build, in Node as in the browser, so that the CLI and the Studio read a file alike:
 * Node loads it as CommonJS (its `default`), a bundler with CommonJS support likewise, and a browser
 * loading it as a module gets the global it sets.
 */
async function loadMammoth(): Promise<Mammoth> {
  const loaded = (await import('mammoth/mammoth.browser.js')) as { default?: Mammoth };
  return loaded.default ?? (globalThis as unknown as { mammoth: Mammoth }).mammoth;
}

/**
 * A Word document, converted to HTML by mammoth and read as HTML. Its images are left out: their bytes
 * would make the article heavy, and a figure's image is an address; the notes say how many there were.
 */
export async function readDocx(data: ArrayBuffer | Uint8Array, notes: Notes): Promise<SourceReading> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new DraftInputError('The file is empty: there is nothing to draft');
  if (!isZip(bytes)) {
    throw new DraftInputError(
      'This file is not a Word document (.docx): save it from Word as .docx, or paste its text',
    );
  }
  const mammoth = await loadMammoth();
  let images = 0;
  const convertImage = mammoth.images.imgElement(() => {
    images += 1;
    return Promise.resolve({ src: '' });
  });
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml(
      { arrayBuffer: arrayBufferOf(bytes) },
      { styleMap: STYLE_MAP, convertImage },
    ));
  } catch {
    throw new DraftInputError(
      'This .docx file cannot be read: it is damaged or not a Word document; paste its text instead',
    );
  }
  if (images > 0) {
    notes.say(
      images === 1
        ? 'The file’s image was left out; add it as a figure with its address.'
        : `The file’s ${images} images were left out; add them as figures with their address.`,
    );
  }
  return readHtml(html, notes);
}
