import { CapsuleError } from '../errors.js';
import { JsonKind, VERBATIM, endsPlainRun, type JsonTextCanonicalizer } from '../json/canonicalize-text.js';
import { HASH_LENGTH } from './events.js';
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
 * about half its time on for such a line. Every value is read by the general reader
 * (`valueAt`) or, for the four that must be plain strings or a small integer to be valid at
 * all, scanned here byte by byte; anything else about the line (other spacing or order, an
 * escape in a field, a float seq, a missing or extra member…) returns false, and the caller
 * reads the line with the general reader, whose verdict it is then.
 */

// What json.dumps writes before each member (text order).
const OPEN_SEQ = asciiToken('{"seq": ');
const AT_TYPE = asciiToken(', "event_type": ');
const AT_SESSION = asciiToken(', "session_id": "');
const AT_TIMESTAMP = asciiToken(', "timestamp": "');
const AT_PAYLOAD = asciiToken(', "payload": ');
const AT_PREV = asciiToken(', "prev_hash": ');
const AT_HASH = asciiToken(', "event_hash": "');
// What the canonical form writes before each member (key order); the quotes of the keys are
// at the token's second byte and just before its colon.
const C_HASH = asciiToken('{"event_hash":"');
const C_TYPE = asciiToken(',"event_type":');
const C_PAYLOAD = asciiToken(',"payload":');
const C_PREV = asciiToken(',"prev_hash":');
const C_SEQ = asciiToken(',"seq":');
const C_SESSION = asciiToken(',"session_id":"');
const C_TIMESTAMP = asciiToken(',"timestamp":"');

/** The longest seq taken here: 15 digits are always within ±(2^53−1), so none needs the I-JSON check. */
const MAX_SEQ_DIGITS = 15;

/** The input (`view`, of its whole buffer) at `at` starts with `t`, within `end`. */
function startsWith(view: DataView, at: number, end: number, t: Token): boolean {
  return at + t.length <= end && holds(view, at, t);
}

/** Where the plain string body starting at src[at] ends (at its closing quote), or -1. */
function plainEnd(src: Uint8Array, view: DataView, at: number, end: number): number {
  let p = at;
  while (p + 4 <= end && !endsPlainRun(view.getUint32(p, true))) p += 4;
  while (p < end && VERBATIM[src[p]!] === 1) p++;
  return p < end && src[p] === 0x22 ? p : -1;
}

/** Copies input bytes [from, to) to out[o...]; returns where they end. */
function copy(view: DataView, from: number, to: number, out: DataView, o: number): number {
  return copyBytes(view, from, to - from, out, o);
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
  if (!startsWith(view, start, end, OPEN_SEQ)) return false;
  // seq: 0, or 1 to 15 digits without a leading zero (anything else is read by the general reader).
  const seqStart = start + OPEN_SEQ.length;
  let p = seqStart;
  if (src[p] === 0x30) p++;
  else while (p < end && src[p]! >= 0x30 && src[p]! <= 0x39) p++;
  const seqEnd = p;
  if (seqEnd === seqStart || seqEnd - seqStart > MAX_SEQ_DIGITS || !startsWith(view, p, end, AT_TYPE)) return false;
  try {
    // The event_hash is first in key order and last in the text: it must be 64 plain bytes
    // to be valid at all, so its place is kept and the members that follow it written now.
    let o = put(c.outView, 0, C_HASH) + HASH_LENGTH + 1;
    const typeKey = o + 1;
    o = put(c.outView, o, C_TYPE);
    const typeKind = c.valueAt(p + AT_TYPE.length, o);
    const typePlain = c.lastStringPlain;
    const typeEnd = c.written;
    p = c.position;
    // session_id and timestamp come last in key order: found now, copied at the end.
    if (!startsWith(view, p, end, AT_SESSION)) return false;
    const sessionStart = p + AT_SESSION.length;
    const sessionEnd = plainEnd(src, view, sessionStart, end);
    if (sessionEnd < 0 || !startsWith(view, sessionEnd + 1, end, AT_TIMESTAMP)) return false;
    const timestampStart = sessionEnd + 1 + AT_TIMESTAMP.length;
    const timestampEnd = plainEnd(src, view, timestampStart, end);
    if (timestampEnd < 0 || !startsWith(view, timestampEnd + 1, end, AT_PAYLOAD)) return false;
    const payloadKey = typeEnd + 1;
    o = put(c.outView, typeEnd, C_PAYLOAD);
    const payloadKind = c.valueAt(timestampEnd + 1 + AT_PAYLOAD.length, o);
    const payloadPlain = c.lastStringPlain;
    const payloadEnd = c.written;
    p = c.position;
    if (!startsWith(view, p, end, AT_PREV)) return false;
    const prevKey = payloadEnd + 1;
    o = put(c.outView, payloadEnd, C_PREV);
    const prevKind = c.valueAt(p + AT_PREV.length, o);
    const prevPlain = c.lastStringPlain;
    const prevEnd = c.written;
    p = c.position;
    if (!startsWith(view, p, end, AT_HASH)) return false;
    const hashStart = p + AT_HASH.length;
    const hashEnd = plainEnd(src, view, hashStart, end);
    if (hashEnd - hashStart !== HASH_LENGTH || hashEnd + 1 >= end || src[hashEnd + 1] !== 0x7d) return false;
    // After the object only whitespace, as the general reader allows.
    for (let q = hashEnd + 2; q < end; q++) {
      const w = src[q];
      if (w !== 0x20 && w !== 0x0a && w !== 0x0d && w !== 0x09) return false;
    }
    const tail = C_SEQ.length + (seqEnd - seqStart) + C_SESSION.length + (sessionEnd - sessionStart) + 1 +
      C_TIMESTAMP.length + (timestampEnd - timestampStart) + 2;
    c.reserve(prevEnd, tail);
    const out = c.outView;
    copy(view, hashStart, hashEnd, out, C_HASH.length);
    out.setUint8(C_HASH.length + HASH_LENGTH, 0x22);
    const seqKey = prevEnd + 1;
    o = put(out, prevEnd, C_SEQ);
    o = copy(view, seqStart, seqEnd, out, o);
    const seqValueEnd = o;
    const sessionKey = o + 1;
    o = put(out, o, C_SESSION);
    o = copy(view, sessionStart, sessionEnd, out, o);
    out.setUint8(o++, 0x22);
    const sessionValueEnd = o;
    const timestampKey = o + 1;
    o = put(out, o, C_TIMESTAMP);
    o = copy(view, timestampStart, timestampEnd, out, o);
    out.setUint8(o++, 0x22);
    const timestampValueEnd = o;
    out.setUint8(o++, 0x7d);
    // The members in key order, as the general reader lists them (EVENT_FIELDS' order).
    const keyEnd = (key: number, token: Token) => key + token.length - 2;
    c.setTop(0, 1, C_HASH.length - 2, JsonKind.String, C_HASH.length + HASH_LENGTH + 1, true);
    c.setTop(1, typeKey, keyEnd(typeKey, C_TYPE), typeKind, typeEnd, typePlain);
    c.setTop(2, payloadKey, keyEnd(payloadKey, C_PAYLOAD), payloadKind, payloadEnd, payloadPlain);
    c.setTop(3, prevKey, keyEnd(prevKey, C_PREV), prevKind, prevEnd, prevPlain);
    c.setTop(4, seqKey, keyEnd(seqKey, C_SEQ), JsonKind.Integer, seqValueEnd, false);
    c.setTop(5, sessionKey, keyEnd(sessionKey, C_SESSION) - 1, JsonKind.String, sessionValueEnd, true);
    c.setTop(6, timestampKey, keyEnd(timestampKey, C_TIMESTAMP) - 1, JsonKind.String, timestampValueEnd, true);
    c.finishTop(7, o);
    return true;
  } catch (err) {
    if (err instanceof CapsuleError) return false;
    throw err;
  }
}
