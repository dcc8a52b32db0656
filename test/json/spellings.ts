import fc from 'fast-check';

/**
 * Other JSON spellings of one value, as other writers produce them: whitespace anywhere JSON
 * allows it, any key order, characters escaped or not (`\/`, `\u00e9`, surrogate pairs), and
 * numbers with a fraction or an exponent (`1.0`, `1E0`, `0.5e1`). Every spelling parses
 * (JSON.parse) to the same value.
 */
export const spellingArb = fc.integer();

/** Integers past ±(2^53−1) that JCS writes as integers are not I-JSON: strict readers refuse them. */
export function isIJson(v: unknown): boolean {
  if (typeof v === 'number') return !(Number.isInteger(v) && Math.abs(v) > Number.MAX_SAFE_INTEGER && Math.abs(v) < 1e21);
  if (v !== null && typeof v === 'object') return Object.values(v).every(isIJson);
  return true;
}

const SPACE = ['', ' ', '  ', '\n', '\r\n', '\t', ' \n '];

export function respell(value: unknown, seed: number): string {
  let state = seed >>> 0 || 1;
  const next = (n: number) => {
    // xorshift32: a few random choices per token, reproducible from the seed.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state % n;
  };
  const ws = () => SPACE[next(SPACE.length)]!;
  const spell = (v: unknown): string => {
    if (v === null) return 'null';
    if (typeof v === 'boolean') return String(v);
    if (typeof v === 'number') return spellNumber(v, next(5));
    if (typeof v === 'string') return spellString(v, next);
    if (Array.isArray(v)) return `[${ws()}${v.map((x) => spell(x)).join(`${ws()},${ws()}`)}${ws()}]`;
    const keys = Object.keys(v as object);
    for (let i = keys.length - 1; i > 0; i--) {
      const j = next(i + 1);
      [keys[i], keys[j]] = [keys[j]!, keys[i]!];
    }
    return `{${ws()}${keys.map((k) => `${spellString(k, next)}${ws()}:${ws()}${spell((v as Record<string, unknown>)[k])}`).join(`${ws()},${ws()}`)}${ws()}}`;
  };
  return `${ws()}${spell(value)}${ws()}`;
}

function spellNumber(v: number, choice: number): string {
  if (Object.is(v, -0)) return ['-0', '0', '-0.0', '0e5', '-0E-2'][choice]!;
  const plain = String(v);
  switch (choice) {
    case 0:
      return plain;
    case 1:
      return v.toExponential();
    case 2:
      return v.toExponential().toUpperCase().replace('E+', 'E');
    case 3:
      return Number.isInteger(v) && Math.abs(v) < 1e21 ? `${plain}.0` : plain;
    default:
      // 120e-1 for 12 (not for 0: 00e-1 has a leading zero)
      return Number.isInteger(v) && v !== 0 && Math.abs(v) < 1e15 ? `${plain}0e-1` : plain;
  }
}

function spellString(s: string, next: (n: number) => number): string {
  let out = '"';
  // By code point, so a surrogate pair is escaped whole or not at all.
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const escapeIt = c < 0x20 || next(4) === 0;
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x2f && next(2) === 0) out += '\\/';
    else if (escapeIt) out += Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).map((e) => (next(2) ? e.toUpperCase().replace('\\U', '\\u') : e)).join('');
    else out += ch;
  }
  return `${out}"`;
}
