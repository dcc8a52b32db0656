import { CapsuleError, type ErrorCode } from '../errors.js';
import { jcsNumber } from './canonical.js';

/** What a JSON value is, as its text says (an integer and a float token are told apart). */
export const JsonKind = { Object: 0, Array: 1, String: 2, Integer: 3, Float: 4, True: 5, False: 6, Null: 7 } as const;
export type JsonKind = (typeof JsonKind)[keyof typeof JsonKind];

export interface TextCanonicalizerOptions {
  /** Deepest nesting of arrays and objects accepted (json_too_deep beyond). */
  maxDepth: number;
  /** Spelling of a number token written with a fraction or an exponent; RFC 8785's by default. */
  spellFloat?: (value: number) => string;
}

/** A member of the top-level object, in canonical order, located in `out`. */
export interface TopMember {
  /** The key's canonical string token (quotes included) is out[keyStart, keyEnd). */
  keyStart: number;
  keyEnd: number;
  /** The key is ASCII with nothing escaped: the bytes between its quotes are the key. */
  keyPlain: boolean;
  kind: JsonKind;
  /** The value's canonical bytes are out[start, end). */
  start: number;
  end: number;
  /** A string value whose bytes between the quotes are the string itself (ASCII, nothing escaped). */
  plain: boolean;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** 1 for the bytes a string copies as they are: printable ASCII but `"` and `\`. */
export const VERBATIM = new Uint8Array(256);
for (let c = 0x20; c < 0x80; c++) VERBATIM[c] = c === 0x22 || c === 0x5c ? 0 : 1;
const HEX = '0123456789abcdef';
/** Short escapes JCS writes for these controls (RFC 8785 §3.2.2.2); others are \u00xx. */
const SHORT_ESCAPE: Record<number, number> = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72 };
const UNESCAPE: Record<number, number> = { 0x22: 0x22, 0x5c: 0x5c, 0x2f: 0x2f, 0x62: 0x08, 0x66: 0x0c, 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09 };

/**
 * Reads JSON text as strict I-JSON (RFC 8259 + RFC 7493: UTF-8 only, no duplicate keys, no lone
 * surrogates, integers within ±(2^53−1), finite numbers, nesting bounded) and writes its RFC 8785
 * canonical form into `out`, in one pass over the bytes without building JavaScript values. A line
 * that is already canonical comes out byte-identical, which is how callers tell that it was.
 * Members of the top-level object are listed in `top` (the first `topCount`; the objects are
 * reused), so a caller can read a few fields without parsing again. Errors are CapsuleErrors (json_invalid, json_duplicate_key, json_too_deep,
 * json_number_not_ijson, json_string_not_ijson) whose `details.offset` is the byte offset.
 * One instance is reused for every input: its buffers grow to the largest input and stay.
 */
export class JsonTextCanonicalizer {
  out: Buffer = Buffer.allocUnsafe(1 << 16);
  /** Length of the canonical form in `out` after `canonicalize`. */
  length = 0;
  readonly top: TopMember[] = [];
  topCount = 0;
  /** Float tokens whose `spellFloat` spelling differed from RFC 8785's in the last input. */
  respelled = 0;

  private src: Uint8Array = new Uint8Array(0);
  // Views for reading and writing four bytes at once (plain runs of strings), over the whole
  // of the input last given and of `out`.
  private srcView: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  private viewed: Uint8Array | null = null;
  private outputView: DataView<ArrayBufferLike> = new DataView(this.out.buffer, this.out.byteOffset, this.out.length);
  private base = 0;
  private p = 0;
  private end = 0;
  private o = 0;
  private readonly spellFloat: (value: number) => string;
  private readonly maxDepth: number;
  // The members of every object still open, innermost last: where each one's key and value are.
  private keyStart: number[] = [];
  private keyEnd: number[] = [];
  private segEnd: number[] = [];
  private keyPlain: boolean[] = [];
  private kind: JsonKind[] = [];
  private plainValue: boolean[] = [];
  private sp = 0;
  private lastPlain = true;
  private readonly order: number[] = [];

  constructor(options: TextCanonicalizerOptions) {
    this.maxDepth = options.maxDepth;
    this.spellFloat = options.spellFloat ?? jcsNumber;
  }

  /** Canonicalizes src[start, end); the result is out[0, length). Returns the value's kind. */
  canonicalize(src: Uint8Array, start: number, end: number): JsonKind {
    this.begin(src, start, end);
    this.skipSpace();
    if (this.p >= end) this.fail('empty text');
    const kind = this.value(0);
    this.skipSpace();
    if (this.p < end) this.fail('unexpected text after the value');
    this.length = this.o;
    return kind;
  }

  /**
   * Starts reading src[start, end), for `canonicalize` or for a caller that lays out the
   * top-level object itself (`valueAt`, `setTop`): the output is empty, and has room for the
   * canonical form of the text.
   */
  begin(src: Uint8Array, start: number, end: number): void {
    // Bytes past the text (a reused read buffer's old data) must never read as part of it: a
    // view that ends where the text ends reads them as undefined. A line ending in \n or \r
    // needs no view (one allocation a line): that byte continues no token, and every read past
    // `end` stops at it as at undefined.
    this.src = src[end] === 0x0a || src[end] === 0x0d ? src : src.subarray(0, end);
    if (src !== this.viewed) {
      this.srcView = new DataView(src.buffer, src.byteOffset, src.byteLength);
      this.viewed = src;
    }
    this.base = start;
    this.p = start;
    this.end = end;
    this.o = 0;
    this.sp = 0;
    this.respelled = 0;
    this.topCount = 0;
    this.length = 0;
    // Canonical output is never longer than the text, except numbers (they make room as they
    // are written); twice that leaves room to reorder an object's members in place.
    const room = 2 * (end - start) + 64;
    if (this.out.length < room) this.setOut(Buffer.allocUnsafe(Math.max(room, this.out.length * 2)));
  }

  /**
   * After `begin`: canonicalizes the value at src[p...], a member of the top-level object, into
   * out[o...], exactly as `canonicalize` would there (errors included). Returns its kind (and,
   * for a string, `lastPlain`); `position` and `written` are then just past it.
   */
  valueAt(p: number, o: number): JsonKind {
    if (this.maxDepth < 1) this.fail(`nested deeper than ${this.maxDepth} levels`, 'json_too_deep');
    this.p = p;
    this.o = o;
    return this.value(1);
  }

  /** Where reading stopped (after `valueAt`). */
  get position(): number {
    return this.p;
  }

  /** Bytes of output written (after `valueAt`). */
  get written(): number {
    return this.o;
  }

  /** The input given to `begin` (its whole buffer), for reading several bytes at once. */
  get inputView(): DataView {
    return this.srcView;
  }

  /** `out`, for writing several bytes at once (a new view whenever `out` moves). */
  get outView(): DataView {
    return this.outputView;
  }

  /** The last string read was plain (see TopMember.plain). */
  get lastStringPlain(): boolean {
    return this.lastPlain;
  }

  /** Makes room for `extra` more bytes after out[0, o); returns `out` (it may have moved). */
  reserve(o: number, extra: number): Buffer {
    if (o + extra > this.out.length) {
      this.o = o;
      this.grow(extra);
    }
    return this.out;
  }

  /**
   * Records top-level member i (its key token is out[keyStart, keyEnd), its value follows up to
   * `end`; `keyPlain`: the key needs no decoding, as a caller-written key never does).
   */
  setTop(
    i: number, keyStart: number, keyEnd: number, kind: JsonKind, end: number, plain: boolean, keyPlain = true,
  ): void {
    const t = this.top[i] ?? (this.top[i] = { keyStart: 0, keyEnd: 0, keyPlain: true, kind: JsonKind.Null, start: 0, end: 0, plain: true });
    t.keyStart = keyStart;
    t.keyEnd = keyEnd;
    t.keyPlain = keyPlain;
    t.kind = kind;
    t.start = keyEnd + 1;
    t.end = end;
    t.plain = kind === JsonKind.String && plain;
  }

  /** Ends a caller-laid-out object of `count` members (set by `setTop`) whose canonical form is out[0, length). */
  finishTop(count: number, length: number): void {
    this.topCount = count;
    this.length = length;
  }

  private value(depth: number): JsonKind {
    const c = this.src[this.p];
    switch (c) {
      case 0x7b:
        this.object(depth);
        return JsonKind.Object;
      case 0x5b:
        this.array(depth);
        return JsonKind.Array;
      case 0x22:
        this.lastPlain = this.string();
        return JsonKind.String;
      case 0x74:
        this.literal('true');
        return JsonKind.True;
      case 0x66:
        this.literal('false');
        return JsonKind.False;
      case 0x6e:
        this.literal('null');
        return JsonKind.Null;
      default:
        if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39)) return this.number();
        return this.fail(this.p >= this.end ? 'unexpected end of the text' : 'expected a value');
    }
  }

  private object(depth: number): void {
    if (depth >= this.maxDepth) this.fail(`nested deeper than ${this.maxDepth} levels`, 'json_too_deep');
    const src = this.src;
    this.p++;
    this.out[this.o++] = 0x7b;
    this.skipSpace();
    if (src[this.p] === 0x7d) {
      this.p++;
      this.out[this.o++] = 0x7d;
      return;
    }
    const first = this.sp;
    const contentStart = this.o;
    let sorted = true;
    for (;;) {
      this.skipSpace();
      if (src[this.p] !== 0x22) this.fail('expected a property name in double quotes');
      const m = this.sp++;
      const keyAt = this.p;
      this.keyStart[m] = this.o;
      this.keyPlain[m] = this.string();
      this.keyEnd[m] = this.o;
      if (sorted && m > first) {
        const order = this.compareKeys(m - 1, m);
        if (order === 0) this.duplicate(m, keyAt);
        if (order > 0) sorted = false;
      }
      this.skipSpace();
      if (src[this.p] !== 0x3a) this.fail('expected ":" after a property name');
      this.p++;
      this.out[this.o++] = 0x3a;
      this.skipSpace();
      this.kind[m] = this.value(depth + 1);
      this.plainValue[m] = this.lastPlain;
      this.segEnd[m] = this.o;
      this.skipSpace();
      const c = src[this.p];
      if (c === 0x2c) {
        this.p++;
        this.out[this.o++] = 0x2c;
        continue;
      }
      if (c === 0x7d) {
        this.p++;
        break;
      }
      this.fail('expected "," or "}"');
    }
    const order = sorted ? null : this.reorder(first, contentStart);
    this.out[this.o++] = 0x7d;
    if (depth === 0) this.recordTop(first, order);
    this.sp = first;
  }

  /**
   * Rewrites members first..sp-1 (written in text order from contentStart) in key order, moving
   * their recorded locations with them, and returns that order (valid until the next call).
   */
  private reorder(first: number, contentStart: number): number[] {
    const n = this.sp - first;
    // Reused across objects: only its first n entries mean anything.
    const order = this.order;
    for (let i = 0; i < n; i++) order[i] = first + i;
    // Objects are small: insertion sort beats Array.prototype.sort's call overhead.
    for (let i = 1; i < n; i++) {
      const m = order[i]!;
      let j = i - 1;
      for (; j >= 0; j--) {
        const cmp = this.compareKeys(order[j]!, m);
        if (cmp === 0) this.duplicate(m, -1);
        if (cmp < 0) break;
        order[j + 1] = order[j]!;
      }
      order[j + 1] = m;
    }
    // Park the members after the content, then copy them back in order: copyWithin is one
    // native call per member, with no JavaScript-side checks and no second buffer.
    const length = this.o - contentStart;
    if (this.o + length > this.out.length) this.grow(length + (this.end - this.p) + 64);
    const out = this.out;
    const park = this.o - contentStart;
    out.copyWithin(this.o, contentStart, this.o);
    let o = contentStart;
    const starts = this.keyStart;
    const keyEnds = this.keyEnd;
    const ends = this.segEnd;
    for (let i = 0; i < n; i++) {
      const m = order[i]!;
      if (i > 0) out[o++] = 0x2c;
      const from = starts[m]! + park;
      const to = ends[m]! + park;
      out.copyWithin(o, from, to);
      // Keep the member's location valid for recordTop.
      const shift = o - starts[m]!;
      starts[m] = starts[m]! + shift;
      keyEnds[m] = keyEnds[m]! + shift;
      ends[m] = ends[m]! + shift;
      o += to - from;
    }
    return order;
  }

  private recordTop(first: number, order: number[] | null): void {
    for (let i = 0; i < this.sp - first; i++) {
      const m = order ? order[i]! : first + i;
      this.setTop(i, this.keyStart[m]!, this.keyEnd[m]!, this.kind[m]!, this.segEnd[m]!, this.plainValue[m]!,
        this.keyPlain[m]!);
    }
    this.topCount = this.sp - first;
  }

  /** The key of a top-level member, decoded (for messages). */
  topKey(t: TopMember): string {
    return t.keyPlain ? this.out.toString('latin1', t.keyStart + 1, t.keyEnd - 1) : (JSON.parse(this.out.toString('utf8', t.keyStart, t.keyEnd)) as string);
  }

  /** UTF-16 code unit order of two keys (RFC 8785 §3.2.3). */
  private compareKeys(a: number, b: number): number {
    const out = this.out;
    if (this.keyPlain[a] && this.keyPlain[b]) {
      // ASCII with nothing escaped: byte order is code unit order.
      let i = this.keyStart[a]! + 1;
      let j = this.keyStart[b]! + 1;
      const ie = this.keyEnd[a]! - 1;
      const je = this.keyEnd[b]! - 1;
      for (; i < ie && j < je; i++, j++) {
        const d = out[i]! - out[j]!;
        if (d !== 0) return d;
      }
      return (ie - i) - (je - j);
    }
    const ka = JSON.parse(out.toString('utf8', this.keyStart[a], this.keyEnd[a])) as string;
    const kb = JSON.parse(out.toString('utf8', this.keyStart[b], this.keyEnd[b])) as string;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  }

  private duplicate(m: number, keyAt: number): never {
    const key = JSON.parse(this.out.toString('utf8', this.keyStart[m], this.keyEnd[m])) as string;
    return this.fail(`duplicate key ${JSON.stringify(key)}`, 'json_duplicate_key', keyAt >= 0 ? keyAt : this.p);
  }

  private array(depth: number): void {
    if (depth >= this.maxDepth) this.fail(`nested deeper than ${this.maxDepth} levels`, 'json_too_deep');
    this.p++;
    this.out[this.o++] = 0x5b;
    this.skipSpace();
    if (this.src[this.p] === 0x5d) {
      this.p++;
      this.out[this.o++] = 0x5d;
      return;
    }
    for (;;) {
      this.skipSpace();
      this.value(depth + 1);
      this.skipSpace();
      const c = this.src[this.p];
      if (c === 0x2c) {
        this.p++;
        this.out[this.o++] = 0x2c;
        continue;
      }
      if (c === 0x5d) {
        this.p++;
        this.out[this.o++] = 0x5d;
        return;
      }
      this.fail('expected "," or "]"');
    }
  }

  /**
   * Copies a string token in its canonical spelling: escapes decoded, then only `"`, `\` and
   * controls escaped, UTF-8 checked. Returns whether the result is plain ASCII with no escapes.
   */
  private string(): boolean {
    const src = this.src;
    const out = this.out;
    const end = this.end;
    let p = this.p + 1;
    let o = this.o;
    let plain = true;
    out[o++] = 0x22;
    const inView = this.srcView;
    const outView = this.outputView;
    for (;;) {
      // The common case, ASCII that is copied as it is: four bytes at a time while none of them
      // ends the run, then byte by byte.
      while (p + 4 <= end) {
        const w = inView.getUint32(p, true);
        if (endsPlainRun(w)) break;
        outView.setUint32(o, w, true);
        p += 4;
        o += 4;
      }
      let c = src[p]!;
      while (VERBATIM[c] === 1) {
        out[o++] = c;
        c = src[++p]!;
      }
      if (p >= end) this.fail('unterminated string', 'json_invalid', this.p);
      if (c === 0x22) {
        p++;
        break;
      }
      if (c < 0x20) {
        this.p = p;
        this.fail('control character in a string (it must be escaped)');
      }
      if (c === 0x5c) {
        const e = src[p + 1];
        if (e === 0x75) {
          this.p = p;
          const unit = this.hex4(p + 2);
          p += 6;
          if (unit >= 0xd800 && unit <= 0xdfff) {
            const low = unit <= 0xdbff && src[p] === 0x5c && src[p + 1] === 0x75 ? this.hex4(p + 2) : -1;
            if (low < 0xdc00 || low > 0xdfff) {
              this.p = p - 6;
              this.fail('lone surrogate in a string (not I-JSON)', 'json_string_not_ijson');
            }
            p += 6;
            const cp = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
            out[o++] = 0xf0 | (cp >> 18);
            out[o++] = 0x80 | ((cp >> 12) & 0x3f);
            out[o++] = 0x80 | ((cp >> 6) & 0x3f);
            out[o++] = 0x80 | (cp & 0x3f);
            plain = false;
          } else {
            o = writeUnit(out, o, unit);
            if (unit < 0x20 || unit >= 0x80 || unit === 0x22 || unit === 0x5c) plain = false;
          }
          continue;
        }
        const decoded = e === undefined ? undefined : UNESCAPE[e];
        if (decoded === undefined) {
          this.p = p;
          this.fail('invalid escape in a string');
        }
        o = writeUnit(out, o, decoded);
        if (decoded !== 0x2f) plain = false;
        p += 2;
        continue;
      }
      // A multi-byte UTF-8 sequence: copied as is once checked (shortest form, no surrogates, ≤ U+10FFFF).
      const n = utf8Length(src, p, end);
      if (n === 0) {
        this.p = p;
        this.fail('invalid UTF-8 in a string');
      }
      for (let k = 0; k < n; k++) out[o++] = src[p + k]!;
      p += n;
      plain = false;
    }
    out[o++] = 0x22;
    this.p = p;
    this.o = o;
    return plain;
  }

  private hex4(at: number): number {
    let v = 0;
    for (let k = 0; k < 4; k++) {
      const c = this.src[at + k];
      const d = c === undefined ? -1 : c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;
      if (d < 0 || at + k >= this.end) this.fail('invalid \\u escape in a string');
      v = (v << 4) | d;
    }
    return v;
  }

  private number(): JsonKind {
    const src = this.src;
    const end = this.end;
    const start = this.p;
    let q = start;
    if (src[q] === 0x2d) q++;
    const intStart = q;
    if (src[q] === 0x30) q++;
    else if (q < end && src[q]! >= 0x31 && src[q]! <= 0x39) while (q < end && src[q]! >= 0x30 && src[q]! <= 0x39) q++;
    else {
      this.p = q;
      this.fail('expected a digit');
    }
    const intDigits = q - intStart;
    let float = false;
    if (src[q] === 0x2e) {
      q = this.digits(q + 1);
      float = true;
    }
    if (src[q] === 0x65 || src[q] === 0x45) {
      q++;
      if (src[q] === 0x2b || src[q] === 0x2d) q++;
      q = this.digits(q);
      float = true;
    }
    this.p = q;
    if (!float) {
      // 15 digits are always within ±(2^53−1); longer ones are checked. "-0" is 0.
      if (intDigits > 15 && !(Math.abs(Number(latin1(src, start, q))) <= MAX_SAFE)) {
        this.p = start;
        this.fail(`integer ${excerpt(latin1(src, start, q))} is outside ±(2^53−1) (not I-JSON)`, 'json_number_not_ijson');
      }
      if (q - start === 2 && src[start] === 0x2d && src[start + 1] === 0x30) this.out[this.o++] = 0x30;
      else for (let k = start; k < q; k++) this.out[this.o++] = src[k]!;
      return JsonKind.Integer;
    }
    const text = latin1(src, start, q);
    const value = Number(text);
    if (!Number.isFinite(value)) {
      this.p = start;
      this.fail(`number ${excerpt(text)} is outside the range of a double (not I-JSON)`, 'json_number_not_ijson');
    }
    const rfc = jcsNumber(value);
    const spelled = this.spellFloat === jcsNumber ? rfc : this.spellFloat(value);
    if (spelled !== rfc) this.respelled++;
    // The rest of the text still needs its room: numbers are the only tokens that lengthen.
    if (this.o + spelled.length + (this.end - this.p) + 64 > this.out.length) this.grow(spelled.length + (this.end - this.p) + 64);
    for (let k = 0; k < spelled.length; k++) this.out[this.o++] = spelled.charCodeAt(k);
    return JsonKind.Float;
  }

  private digits(from: number): number {
    let q = from;
    while (q < this.end && this.src[q]! >= 0x30 && this.src[q]! <= 0x39) q++;
    if (q === from) {
      this.p = q;
      this.fail('expected a digit');
    }
    return q;
  }

  private literal(word: 'true' | 'false' | 'null'): void {
    for (let k = 0; k < word.length; k++) {
      if (this.p + k >= this.end || this.src[this.p + k] !== word.charCodeAt(k)) this.fail('expected a value');
      this.out[this.o++] = word.charCodeAt(k);
    }
    this.p += word.length;
  }

  private skipSpace(): void {
    const src = this.src;
    let p = this.p;
    while (p < this.end) {
      const c = src[p];
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      p++;
    }
    this.p = p;
  }

  private grow(extra: number): void {
    const bigger = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.o + extra));
    this.out.copy(bigger, 0, 0, this.o);
    this.setOut(bigger);
  }

  private setOut(out: Buffer): void {
    this.out = out;
    this.outputView = new DataView(out.buffer, out.byteOffset, out.length);
  }

  private fail(what: string, code: ErrorCode = 'json_invalid', at = this.p): never {
    const offset = at - this.base;
    throw new CapsuleError(code, `${code === 'json_invalid' ? 'invalid JSON' : 'not I-JSON'} at byte ${offset + 1}: ${what}`, {}, { offset });
  }
}

/**
 * Some byte of the four in `w` is not copied as it is (VERBATIM is 0 for it): a control, `"`,
 * `\`, or a byte of 0x80 or more. Bit tricks on the whole word (each exact as a yes/no: the
 * lowest byte that matches always sets its flag): any high bit, any byte below 0x20, any byte
 * equal to 0x22 or 0x5c (a zero byte of w XOR that byte repeated).
 */
export function endsPlainRun(w: number): boolean {
  const quote = w ^ 0x22222222;
  const backslash = w ^ 0x5c5c5c5c;
  const below = (w - 0x20202020) & ~w;
  const zeroQuote = (quote - 0x01010101) & ~quote;
  const zeroBackslash = (backslash - 0x01010101) & ~backslash;
  return ((w | below | zeroQuote | zeroBackslash) & 0x80808080) !== 0;
}

function latin1(src: Uint8Array, start: number, end: number): string {
  return Buffer.from(src.buffer, src.byteOffset + start, end - start).toString('latin1');
}

/** A token for a message: at most 40 characters of it. */
function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Writes one BMP code unit (not a surrogate) in its canonical string form; returns the new offset. */
function writeUnit(out: Buffer, at: number, unit: number): number {
  let o = at;
  if (unit < 0x20) {
    out[o++] = 0x5c;
    const short = SHORT_ESCAPE[unit];
    if (short !== undefined) out[o++] = short;
    else {
      out[o++] = 0x75;
      out[o++] = 0x30;
      out[o++] = 0x30;
      out[o++] = HEX.charCodeAt(unit >> 4);
      out[o++] = HEX.charCodeAt(unit & 15);
    }
  } else if (unit === 0x22 || unit === 0x5c) {
    out[o++] = 0x5c;
    out[o++] = unit;
  } else if (unit < 0x80) out[o++] = unit;
  else if (unit < 0x800) {
    out[o++] = 0xc0 | (unit >> 6);
    out[o++] = 0x80 | (unit & 0x3f);
  } else {
    out[o++] = 0xe0 | (unit >> 12);
    out[o++] = 0x80 | ((unit >> 6) & 0x3f);
    out[o++] = 0x80 | (unit & 0x3f);
  }
  return o;
}

/** Length of the well-formed UTF-8 sequence at src[p] (a non-ASCII lead byte), or 0. */
function utf8Length(src: Uint8Array, p: number, end: number): number {
  const c = src[p]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => p + k < end && src[p + k]! >= lo && src[p + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
