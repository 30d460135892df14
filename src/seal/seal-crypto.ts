/**
 * The cryptography of a sealed quiz, through WebCrypto (the browser's, and Node's global `crypto`): salted
 * SHA-256 hashes of right answers, and AES-GCM boxes whose keys HKDF derives from an answer.
 */
const VERSION = 'glossa-seal/1';
const IV_BYTES = 12;

const encoder = new TextEncoder();
const utf8 = (text: string) => encoder.encode(text);

export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** A fresh salt: 16 random bytes. */
export function randomSalt(): string {
  return toBase64url(crypto.getRandomValues(new Uint8Array(16)));
}

async function sha256(parts: readonly unknown[]): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(JSON.stringify([VERSION, ...parts]))));
}

/**
 * The hash a sealed question keeps of one right answer: salted by the quiz and by the question, so the same
 * answer to two questions, or to the same question in two sealings, hashes differently.
 */
export async function answerHash(salt: string, questionId: string, canonical: string): Promise<string> {
  return toBase64url(await sha256([salt, questionId, canonical]));
}

/**
 * The AES key of one box, derived by HKDF from what opens it (an answer, or a chosen choice's id) and what
 * the box holds: never the hash above, which is in the page.
 */
async function boxKey(salt: string, questionId: string, opener: string, purpose: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8(JSON.stringify([questionId, opener])), 'HKDF', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: fromBase64url(salt), info: utf8(`${VERSION}:${purpose}`) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Where a box is in the quiz, e.g. `explanation:0` or `feedback:b`: with the salt, it fixes the box's IV. */
export interface BoxPlace {
  readonly salt: string;
  readonly questionId: string;
  readonly purpose: string;
}

/**
 * Seals `text` (padded with NULs to `length` bytes, so boxes of one question can be made the same size) in
 * a box `opener` opens. Each key seals one box only, so the IV may be derived from the box's place: sealing
 * with a given salt is then repeatable.
 */
export async function sealBox(place: BoxPlace, opener: string, text: string, length = 0): Promise<string> {
  const bytes = utf8(text);
  const padded = new Uint8Array(Math.max(length, bytes.length));
  padded.set(bytes);
  const iv = (await sha256(['iv', place.salt, place.questionId, place.purpose, opener])).slice(0, IV_BYTES);
  const key = await boxKey(place.salt, place.questionId, opener, place.purpose);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, padded));
  return `${toBase64url(iv)}.${toBase64url(sealed)}`;
}

/** The text in `box` when `opener` opens it, else undefined. */
export async function openBox(place: BoxPlace, opener: string, box: string): Promise<string | undefined> {
  const [iv = '', data = ''] = box.split('.');
  const key = await boxKey(place.salt, place.questionId, opener, place.purpose);
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64url(iv) }, key, fromBase64url(data));
    return new TextDecoder().decode(plain).replace(/\0+$/, '');
  } catch {
    return undefined;
  }
}

/** How many bytes `text` takes in a box. */
export const byteLength = (text: string) => utf8(text).length;
