import { CapsuleError } from '../errors.js';
import { JsonKind, VERBATIM, endsPlainRun, type JsonTextCanonicalizer } from '../json/canonicalize-text.js';
import { EVENT_FIELDS, HASH_LENGTH } from './events.js';
import { asciiToken, copyBytes, holds, put, type Token } from './words.js';

/*
 * The one layout AgentOps Replay's SDK writes an event in: Python's `json.dumps` of the event
 * dict, members in the order the SDK builds it, `, ` and `: ` between them:
 *
 *   {"seq": 2, "event_type": "…", "session_id": "…", "timestamp": "…", "payload": …,
 *    "prev_hash": "…", "event_hash": "…"}   (one line)
 *
 * Its canonical (RFC 8785) form has the same members in key order, without the spaces. Read
 * member by member against that layout, the canonical form is written straight into place: no
 * key is parsed, compared or sorted and no member moves, which the general reader spends
 * about half its time on for such a line. Three values are read by the general reader
 * (`valueAt`) where they go; the four that must be plain strings or a small integer to be valid
 * at all are scanned here, and copied once the values before them in key order are written.
 * Anything else about the line (other spacing or order, an escape in one of those four, a
 * float seq, a missing or extra member…) returns false, and the caller reads the line with the
 * general reader, whose verdict it is then. One loop over a table of the members keeps the
 * code the JIT compiles small (it compiles it again in every thread).
 */

/** How a member's value is read: by the general reader, or scanned as digits, a plain string, a hash. */
const VALUE = 0;
const DIGITS = 1;
const PLAIN = 2;
const HASH = 3;

interface Member {
  /** Index in key order (EVENT_FIELDS), as the canonicalizer lists top-level members. */
  top: number;
  /** Index in TEXT_ORDER. */
  index: number;
  how: number;
  /** What json.dumps writes before the value (a string's opening quote included when scanned). */
  text: Token;
  /** What the canonical form writes before it, likewise. */
  canonical: Token;
}

function member(key: (typeof EVENT_FIELDS)[number], how: number, index: number): Member {
  const quote = how === VALUE || how === DIGITS ? '' : '"';
  return {
    top: EVENT_FIELDS.indexOf(key),
    index,
    how,
    text: asciiToken(`${index === 0 ? '{' : ', '}"${key}": ${quote}`),
    canonical: asciiToken(`${key === EVENT_FIELDS[0] ? '{' : ','}"${key}":${quote}`),
  };
}

/** In json.dumps' order. */
const TEXT_ORDER = ([
  ['seq', DIGITS],
  ['event_type', VALUE],
  ['session_id', PLAIN],
  ['timestamp', PLAIN],
  ['payload', VALUE],
  ['prev_hash', VALUE],
  ['event_hash', HASH],
] as const).map(([key, how], i) => member(key, how, i));
/** In key order. */
const KEY_ORDER = [...TEXT_ORDER].sort((a, b) => a.top - b.top);
// Writing in one pass needs the hash first in key order (its place, fixed, is kept), then the
// general reader's values in the order they come in the text, then the scanned members.
const values = TEXT_ORDER.filter((m) => m.how === VALUE);
const scanned = KEY_ORDER.filter((m) => m.how !== VALUE && m.how !== HASH);
if (KEY_ORDER[0]!.how !== HASH || ![KEY_ORDER[0], ...values, ...scanned].every((m, i) => m === KEY_ORDER[i])) {
  throw new Error('dumps-line: the member table cannot be written in one pass');
}
const HASH_MEMBER = KEY_ORDER[0]!;
/** Where the first member after the hash starts in the canonical form. */
const AFTER_HASH = HASH_MEMBER.canonical.length + HASH_LENGTH + 1;

/** The longest seq taken here: 15 digits are always within ±(2^53−1), so none needs the I-JSON check. */
const MAX_SEQ_DIGITS = 15;

// Per member (by text order index): where its scanned bytes are; per top index: what was read.
const from = new Int32Array(TEXT_ORDER.length);
const to = new Int32Array(TEXT_ORDER.length);
const kinds: JsonKind[] = [];
const plains: boolean[] = [];
const ends = new Int32Array(TEXT_ORDER.length);
const keyAt = new Int32Array(TEXT_ORDER.length);

/** Where the plain string body starting at src[at] ends (at its closing quote), or -1. */
function plainEnd(src: Uint8Array, view: DataView, at: number, end: number): number {
  let p = at;
  while (p + 4 <= end && !endsPlainRun(view.getUint32(p, true))) p += 4;
  while (p < end && VERBATIM[src[p]!] === 1) p++;
  return p < end && src[p] === 0x22 ? p : -1;
}

/** Where the digits of a seq starting at src[at] end: 0, or up to 15 digits without a leading zero; -1 if none. */
function digitsEnd(src: Uint8Array, at: number, end: number): number {
  if (src[at] === 0x30) return at + 1;
  let p = at;
  while (p < end && src[p]! >= 0x30 && src[p]! <= 0x39) p++;
  return p === at || p - at > MAX_SEQ_DIGITS ? -1 : p;
}

/**
 * Canonicalizes src[start, end) if it is an event in json.dumps' layout, as `c.canonicalize`
 * would (the same out bytes, top-level members and respelled count); false if it is not in
 * that layout, or if reading a value failed (the caller reads the line again with the general
 * reader, for its error).
 */
export function canonicalizeDumpsEvent(c: JsonTextCanonicalizer, src: Uint8Array, start: number, end: number): boolean {
  c.begin(src, start, end);
  const view = c.inputView;
  let p = start;
  let o = AFTER_HASH;
  try {
    for (let i = 0; i < TEXT_ORDER.length; i++) {
      const m = TEXT_ORDER[i]!;
      if (p + m.text.length > end || !holds(view, p, m.text)) return false;
      p += m.text.length;
      if (m.how === VALUE) {
        keyAt[m.top] = o + 1;
        o = put(c.outView, o, m.canonical);
        kinds[m.top] = c.valueAt(p, o);
        plains[m.top] = c.lastStringPlain;
        o = c.written;
        ends[m.top] = o;
        p = c.position;
        continue;
      }
      from[i] = p;
      p = m.how === DIGITS ? digitsEnd(src, p, end) : plainEnd(src, view, p, end);
      if (p < 0 || (m.how === HASH && p - from[i]! !== HASH_LENGTH)) return false;
      to[i] = p;
      if (m.how !== DIGITS) p++;
    }
  } catch (err) {
    if (err instanceof CapsuleError) return false;
    throw err;
  }
  if (p >= end || src[p] !== 0x7d) return false;
  // After the object only whitespace, as the general reader allows.
  for (let q = p + 1; q < end; q++) {
    const w = src[q];
    if (w !== 0x20 && w !== 0x0a && w !== 0x0d && w !== 0x09) return false;
  }
  // The scanned members, in key order: the hash in its place, the others after the values.
  let tail = 1;
  for (let i = 0; i < TEXT_ORDER.length; i++) {
    if (TEXT_ORDER[i]!.how !== VALUE) tail += TEXT_ORDER[i]!.canonical.length + to[i]! - from[i]! + 1;
  }
  c.reserve(o, tail);
  const out = c.outView;
  for (const m of KEY_ORDER) {
    if (m.how === VALUE) continue;
    const i = m.index;
    const at = m.how === HASH ? 0 : o;
    keyAt[m.top] = at + 1;
    let w = copyBytes(view, from[i]!, to[i]! - from[i]!, out, put(out, at, m.canonical));
    if (m.how !== DIGITS) out.setUint8(w++, 0x22);
    kinds[m.top] = m.how === DIGITS ? JsonKind.Integer : JsonKind.String;
    plains[m.top] = true;
    ends[m.top] = w;
    if (m.how !== HASH) o = w;
  }
  out.setUint8(o++, 0x7d);
  for (const m of KEY_ORDER) {
    const key = keyAt[m.top]!;
    c.setTop(m.top, key, key + EVENT_FIELDS[m.top]!.length + 2, kinds[m.top]!, ends[m.top]!, plains[m.top]!);
  }
  c.finishTop(KEY_ORDER.length, o);
  return true;
}
