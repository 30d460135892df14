import type { DraftSource } from '../types.js';
import { checkText, DraftInputError } from './errors.js';

/** The kinds of file the draft reads, by the end of their name. */
const KINDS: { readonly [extension: string]: DraftSource['kind'] } = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
};

/** The encoding a page declares in its first bytes (`<meta charset="windows-1252">`), which UTF-8 does not need. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /<meta[^>]{0,200}charset\s*=\s*["']?([\w-]{1,40})/iu.exec(head)?.[1];
}

/** Text from a file's bytes: UTF-8 (or UTF-16 with its byte-order mark), or the encoding an HTML page declares. */
function decode(bytes: Uint8Array, kind: DraftSource['kind']): string {
  const [first, second] = bytes;
  const utf16 = (first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff);
  const declared = kind === 'html' ? declaredEncoding(bytes) : undefined;
  let label = utf16 ? (first === 0xff ? 'utf-16le' : 'utf-16be') : (declared ?? 'utf-8');
  try {
    new TextDecoder(label);
  } catch {
    label = 'utf-8';
  }
  return new TextDecoder(label).decode(bytes);
}

/**
 * What a person opened, as the draft reads it: the kind by the file's name (`.txt`, `.md`, `.html`,
 * `.htm`, `.docx`; any other name is read as text), its bytes decoded. The CLI and the Studio both
 * read files through this, so a file is read the same way in both. Throws a `DraftInputError` for an
 * empty file, a binary one and a name of a kind the draft cannot read (`.doc`, `.pdf`).
 */
export function sourceFromFile(name: string, data: ArrayBuffer | Uint8Array): DraftSource {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new DraftInputError('The file is empty: there is nothing to draft');
  const extension = /\.([a-z0-9]+)$/iu.exec(name)?.[1]?.toLowerCase() ?? 'txt';
  if (extension === 'doc' || extension === 'odt' || extension === 'rtf' || extension === 'pdf') {
    throw new DraftInputError(
      `.${extension} files cannot be read: save the document as .docx, or copy its text and paste it`,
    );
  }
  if (extension === 'json') {
    throw new DraftInputError(
      'A .json file is an article model already, not an article to draft: check it with glossa validate, or open it in the Studio',
    );
  }
  const kind = KINDS[extension] ?? 'text';
  if (kind === 'docx') return { kind, data: bytes };
  const text = decode(bytes, kind);
  checkText(text, 'The file');
  return kind === 'html' ? { kind, html: text } : { kind, text };
}
