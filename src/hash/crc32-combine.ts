/**
 * The CRC-32 (ZIP's, zlib's) of two pieces of data joined, from the CRC-32 of each and the length
 * of the second: zlib's crc32_combine, which Node does not expose. It lets a second thread take
 * the CRC-32 of a chunk in the middle of an entry while the first hashes it.
 */
const POLY = 0xedb88320;

/** a(x)·b(x) modulo the CRC polynomial, bit-reflected as a CRC-32 is. */
function multModP(a: number, b: number): number {
  let p = 0;
  let q = b;
  for (let m = 0x80000000; m !== 0; m >>>= 1) {
    if ((a & m) !== 0) p ^= q;
    q = q & 1 ? (q >>> 1) ^ POLY : q >>> 1;
  }
  return p >>> 0;
}

/** x^(2^k) modulo the polynomial, k = 0..31. */
const X2N: number[] = [];
for (let k = 0, p = 1 << 30; k < 32; k++, p = multModP(p, p)) X2N.push(p);

/** x^(8n): shifts a CRC-32 past n bytes. */
function shiftPast(bytes: number): number {
  let p = 0x80000000;
  for (let n = bytes, k = 3; n > 0; n = Math.floor(n / 2), k++) {
    if (n % 2 === 1) p = multModP(X2N[k & 31]!, p);
  }
  return p;
}

/** CRC-32 of A followed by B, given crc32(A), crc32(B) and B's length in bytes. */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (multModP(shiftPast(lengthB), crcA >>> 0) ^ (crcB >>> 0)) >>> 0;
}
