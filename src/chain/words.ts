/**
 * Byte runs compared and copied four bytes at a time through DataViews: a JavaScript loop over
 * single bytes costs about a nanosecond a byte, which is most of the time spent on a chain line.
 */

/**
 * A fixed run of 4 or more bytes, as its little-endian words at 0, 4, 8… and, when its length
 * is not a multiple of 4, at length − 4 (overlapping the one before).
 */
export interface Token {
  readonly length: number;
  readonly words: Uint32Array;
  readonly at: Uint8Array;
}

export function token(bytes: Uint8Array): Token {
  if (bytes.length < 4 || bytes.length > 255) throw new Error(`a token is 4 to 255 bytes, not ${bytes.length}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const at: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) at.push(i);
  if (bytes.length % 4 !== 0) at.push(bytes.length - 4);
  return { length: bytes.length, words: Uint32Array.from(at, (i) => view.getUint32(i, true)), at: Uint8Array.from(at) };
}

/** An ASCII token. */
export const asciiToken = (s: string): Token => token(Buffer.from(s, 'latin1'));

/** view[at, at + token.length) holds the token's bytes (the caller knows they are within the view). */
export function holds(view: DataView, at: number, t: Token): boolean {
  const { words, at: offsets } = t;
  for (let i = 0; i < words.length; i++) if (view.getUint32(at + offsets[i]!, true) !== words[i]) return false;
  return true;
}

/** Writes the token at view[at...]; returns where it ends. */
export function put(view: DataView, at: number, t: Token): number {
  const { words, at: offsets } = t;
  for (let i = 0; i < words.length; i++) view.setUint32(at + offsets[i]!, words[i]!, true);
  return at + t.length;
}

/** from[at, at + length) equals to[toAt, toAt + length), length ≥ 4. */
export function sameBytes(from: DataView, at: number, length: number, to: DataView, toAt: number): boolean {
  for (let i = 0; i + 4 <= length; i += 4) {
    if (from.getUint32(at + i, true) !== to.getUint32(toAt + i, true)) return false;
  }
  return from.getUint32(at + length - 4, true) === to.getUint32(toAt + length - 4, true);
}

/** Copies from[at, at + length) to to[toAt...] (separate memory, or not overlapping); returns where it ends. */
export function copyBytes(from: DataView, at: number, length: number, to: DataView, toAt: number): number {
  if (length < 4) {
    for (let i = 0; i < length; i++) to.setUint8(toAt + i, from.getUint8(at + i));
    return toAt + length;
  }
  for (let i = 0; i + 4 <= length; i += 4) to.setUint32(toAt + i, from.getUint32(at + i, true), true);
  to.setUint32(toAt + length - 4, from.getUint32(at + length - 4, true), true);
  return toAt + length;
}
