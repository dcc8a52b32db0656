export const id = 223;
export const ids = [223];
export const modules = {

/***/ 6552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ EVENT_FIELDS),
/* harmony export */   Di: () => (/* binding */ eventHash),
/* harmony export */   O_: () => (/* binding */ SESSION_LENGTH),
/* harmony export */   Ru: () => (/* binding */ EVENT_TYPES),
/* harmony export */   Sk: () => (/* binding */ GENESIS_PREV_HASH),
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   lx: () => (/* binding */ sealMessage),
/* harmony export */   yJ: () => (/* binding */ HASH_LENGTH)
/* harmony export */ });
/* harmony import */ var _json_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6680);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6813);
/* harmony import */ var _number_spelling_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5787);



/** The twelve AgentOps Replay v1.0 event types. */
const EVENT_TYPES = [
    'SESSION_START',
    'SESSION_END',
    'LLM_CALL',
    'LLM_RESPONSE',
    'TOOL_CALL',
    'TOOL_RESULT',
    'TOOL_ERROR',
    'LOG_DROP',
    'CHAIN_SEAL',
    'CHAIN_BROKEN',
    'REDACTION',
    'FORENSIC_FREEZE',
];
const EVENT_FIELDS = ['event_hash', 'event_type', 'payload', 'prev_hash', 'seq', 'session_id', 'timestamp'];
/** Lengths of the fixed-format fields of a well-formed event: a hash (lowercase hex) and a session_id (a UUID). */
const HASH_LENGTH = 64;
const SESSION_LENGTH = 36;
/** prev_hash of seq 1. */
const GENESIS_PREV_HASH = '0'.repeat(64);
/** The replacement for a redacted value. */
const REDACTED = '[REDACTED]';
/**
 * SHA-256 hex of the RFC 8785 bytes of the event without `event_hash`, numbers with a fraction
 * or an exponent spelled as AgentOps Replay spells them (the reader hashes them that way), and
 * no integer a strict reader refuses.
 */
function eventHash(event) {
    return (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)((0,_json_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalBytes */ .Mr)(event, { spellFloat: _number_spelling_js__WEBPACK_IMPORTED_MODULE_2__/* .agentopsFloatSpelling */ .c, ijson: true }));
}
/**
 * The bytes a CHAIN_SEAL signature covers: the 64 ASCII characters of `payload.final_hash`
 * (lowercase hex, no prefix, no newline). The other seal fields are covered by the seal's
 * own event_hash, which anyone can recompute: only final_hash is authenticated by the key.
 */
function sealMessage(finalHash) {
    return Buffer.from(finalHash, 'ascii');
}


/***/ }),

/***/ 5787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ agentopsFloatSpelling)
/* harmony export */ });
/* unused harmony export pythonFloatRepr */
/**
 * How an event's numbers are spelled in the bytes its event_hash covers.
 *
 * The format hashes the JCS form of the parsed event. JCS implementations agree on every string,
 * key order and integer, but not on numbers written with a fraction or an exponent: AgentOps
 * Replay's reference verifier (Python) hashes such a number as Python's `repr` of the double with
 * `e+` shortened to `e` (`2.0`, `1e-05`, `1e16`), where RFC 8785 writes `2`, `0.00001`,
 * `10000000000000000`. A chain only one of the two verifiers accepts is not interoperable, so
 * both our recorder and our verifier use AgentOps' spelling for those numbers: every chain either
 * side accepts is accepted by the other, and no chain is more authoritative here than there.
 * For everything else (all strings, integers, numbers like 0.5 or 1e-3) the two spellings are the
 * same bytes, so the hash is plain RFC 8785.
 */
function agentopsFloatSpelling(value) {
    if (value === 0)
        return '0';
    return pythonFloatRepr(value).replace('e+', 'e');
}
/** Python's `repr(float)`: the shortest round-trip digits, fixed notation for 1e-4 ≤ |x| < 1e16. */
function pythonFloatRepr(value) {
    if (value === 0)
        return Object.is(value, -0) ? '-0.0' : '0.0';
    // toExponential() gives the same shortest round-trip digits Python's repr uses.
    const [mantissa, exponentText] = value.toExponential().split('e');
    const sign = value < 0 ? '-' : '';
    const digits = mantissa.replace('-', '').replace('.', '');
    const exponent = Number(exponentText);
    if (exponent < -4 || exponent >= 16) {
        const head = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
        return `${sign}${head}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
    }
    if (exponent < 0)
        return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
    const whole = exponent + 1;
    if (digits.length <= whole)
        return `${sign}${digits}${'0'.repeat(whole - digits.length)}.0`;
    return `${sign}${digits.slice(0, whole)}.${digits.slice(whole)}`;
}


/***/ }),

/***/ 223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readingWith: () => (/* binding */ readingWith),
  verifyChainFile: () => (/* binding */ verifyChainFile),
  verifyChainStream: () => (/* binding */ verifyChainStream)
});

// UNUSED EXPORTS: verifyChainLines

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/fsio/read.ts
var fsio_read = __webpack_require__(1715);
// EXTERNAL MODULE: ./src/chain/events.ts
var events = __webpack_require__(6552);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/json/canonical.ts
var canonical = __webpack_require__(6680);
;// CONCATENATED MODULE: ./src/json/canonicalize-text.ts


/** What a JSON value is, as its text says (an integer and a float token are told apart). */
const JsonKind = { Object: 0, Array: 1, String: 2, Integer: 3, Float: 4, True: 5, False: 6, Null: 7 };
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** 1 for the bytes a string copies as they are: printable ASCII but `"` and `\`. */
const VERBATIM = new Uint8Array(256);
for (let c = 0x20; c < 0x80; c++)
    VERBATIM[c] = c === 0x22 || c === 0x5c ? 0 : 1;
const HEX = '0123456789abcdef';
/** Short escapes JCS writes for these controls (RFC 8785 §3.2.2.2); others are \u00xx. */
const SHORT_ESCAPE = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72 };
const UNESCAPE = { 0x22: 0x22, 0x5c: 0x5c, 0x2f: 0x2f, 0x62: 0x08, 0x66: 0x0c, 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09 };
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
class JsonTextCanonicalizer {
    out = Buffer.allocUnsafe(1 << 16);
    /** Length of the canonical form in `out` after `canonicalize`. */
    length = 0;
    top = [];
    topCount = 0;
    /** Float tokens whose `spellFloat` spelling differed from RFC 8785's in the last input. */
    respelled = 0;
    src = new Uint8Array(0);
    // Views for reading and writing four bytes at once (plain runs of strings), over the whole
    // of the input last given and of `out`.
    srcView = new DataView(new ArrayBuffer(0));
    viewed = null;
    outputView = new DataView(this.out.buffer, this.out.byteOffset, this.out.length);
    base = 0;
    p = 0;
    end = 0;
    o = 0;
    spellFloat;
    maxDepth;
    // The members of every object still open, innermost last: where each one's key and value are.
    keyStart = [];
    keyEnd = [];
    segEnd = [];
    keyPlain = [];
    kind = [];
    plainValue = [];
    sp = 0;
    lastPlain = true;
    order = [];
    constructor(options) {
        this.maxDepth = options.maxDepth;
        this.spellFloat = options.spellFloat ?? canonical/* jcsNumber */.u3;
    }
    /** Canonicalizes src[start, end); the result is out[0, length). Returns the value's kind. */
    canonicalize(src, start, end) {
        this.begin(src, start, end);
        this.skipSpace();
        if (this.p >= end)
            this.fail('empty text');
        const kind = this.value(0);
        this.skipSpace();
        if (this.p < end)
            this.fail('unexpected text after the value');
        this.length = this.o;
        return kind;
    }
    /**
     * Starts reading src[start, end), for `canonicalize` or for a caller that lays out the
     * top-level object itself (`valueAt`, `setTop`): the output is empty, and has room for the
     * canonical form of the text.
     */
    begin(src, start, end) {
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
        if (this.out.length < room)
            this.setOut(Buffer.allocUnsafe(Math.max(room, this.out.length * 2)));
    }
    /**
     * After `begin`: canonicalizes the value at src[p...], a member of the top-level object, into
     * out[o...], exactly as `canonicalize` would there (errors included). Returns its kind (and,
     * for a string, `lastPlain`); `position` and `written` are then just past it.
     */
    valueAt(p, o) {
        if (this.maxDepth < 1)
            this.fail(`nested deeper than ${this.maxDepth} levels`, 'json_too_deep');
        this.p = p;
        this.o = o;
        return this.value(1);
    }
    /** Where reading stopped (after `valueAt`). */
    get position() {
        return this.p;
    }
    /** Bytes of output written (after `valueAt`). */
    get written() {
        return this.o;
    }
    /** The input given to `begin` (its whole buffer), for reading several bytes at once. */
    get inputView() {
        return this.srcView;
    }
    /** `out`, for writing several bytes at once (a new view whenever `out` moves). */
    get outView() {
        return this.outputView;
    }
    /** The last string read was plain (see TopMember.plain). */
    get lastStringPlain() {
        return this.lastPlain;
    }
    /** Makes room for `extra` more bytes after out[0, o); returns `out` (it may have moved). */
    reserve(o, extra) {
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
    setTop(i, keyStart, keyEnd, kind, end, plain, keyPlain = true) {
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
    finishTop(count, length) {
        this.topCount = count;
        this.length = length;
    }
    value(depth) {
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
                if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39))
                    return this.number();
                return this.fail(this.p >= this.end ? 'unexpected end of the text' : 'expected a value');
        }
    }
    object(depth) {
        if (depth >= this.maxDepth)
            this.fail(`nested deeper than ${this.maxDepth} levels`, 'json_too_deep');
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
            if (src[this.p] !== 0x22)
                this.fail('expected a property name in double quotes');
            const m = this.sp++;
            const keyAt = this.p;
            this.keyStart[m] = this.o;
            this.keyPlain[m] = this.string();
            this.keyEnd[m] = this.o;
            if (sorted && m > first) {
                const order = this.compareKeys(m - 1, m);
                if (order === 0)
                    this.duplicate(m, keyAt);
                if (order > 0)
                    sorted = false;
            }
            this.skipSpace();
            if (src[this.p] !== 0x3a)
                this.fail('expected ":" after a property name');
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
        if (depth === 0)
            this.recordTop(first, order);
        this.sp = first;
    }
    /**
     * Rewrites members first..sp-1 (written in text order from contentStart) in key order, moving
     * their recorded locations with them, and returns that order (valid until the next call).
     */
    reorder(first, contentStart) {
        const n = this.sp - first;
        // Reused across objects: only its first n entries mean anything.
        const order = this.order;
        for (let i = 0; i < n; i++)
            order[i] = first + i;
        // Objects are small: insertion sort beats Array.prototype.sort's call overhead.
        for (let i = 1; i < n; i++) {
            const m = order[i];
            let j = i - 1;
            for (; j >= 0; j--) {
                const cmp = this.compareKeys(order[j], m);
                if (cmp === 0)
                    this.duplicate(m, -1);
                if (cmp < 0)
                    break;
                order[j + 1] = order[j];
            }
            order[j + 1] = m;
        }
        // Park the members after the content, then copy them back in order: copyWithin is one
        // native call per member, with no JavaScript-side checks and no second buffer.
        const length = this.o - contentStart;
        if (this.o + length > this.out.length)
            this.grow(length + (this.end - this.p) + 64);
        const out = this.out;
        const park = this.o - contentStart;
        out.copyWithin(this.o, contentStart, this.o);
        let o = contentStart;
        const starts = this.keyStart;
        const keyEnds = this.keyEnd;
        const ends = this.segEnd;
        for (let i = 0; i < n; i++) {
            const m = order[i];
            if (i > 0)
                out[o++] = 0x2c;
            const from = starts[m] + park;
            const to = ends[m] + park;
            out.copyWithin(o, from, to);
            // Keep the member's location valid for recordTop.
            const shift = o - starts[m];
            starts[m] = starts[m] + shift;
            keyEnds[m] = keyEnds[m] + shift;
            ends[m] = ends[m] + shift;
            o += to - from;
        }
        return order;
    }
    recordTop(first, order) {
        for (let i = 0; i < this.sp - first; i++) {
            const m = order ? order[i] : first + i;
            this.setTop(i, this.keyStart[m], this.keyEnd[m], this.kind[m], this.segEnd[m], this.plainValue[m], this.keyPlain[m]);
        }
        this.topCount = this.sp - first;
    }
    /** The key of a top-level member, decoded (for messages). */
    topKey(t) {
        return t.keyPlain ? this.out.toString('latin1', t.keyStart + 1, t.keyEnd - 1) : JSON.parse(this.out.toString('utf8', t.keyStart, t.keyEnd));
    }
    /** UTF-16 code unit order of two keys (RFC 8785 §3.2.3). */
    compareKeys(a, b) {
        const out = this.out;
        if (this.keyPlain[a] && this.keyPlain[b]) {
            // ASCII with nothing escaped: byte order is code unit order.
            let i = this.keyStart[a] + 1;
            let j = this.keyStart[b] + 1;
            const ie = this.keyEnd[a] - 1;
            const je = this.keyEnd[b] - 1;
            for (; i < ie && j < je; i++, j++) {
                const d = out[i] - out[j];
                if (d !== 0)
                    return d;
            }
            return (ie - i) - (je - j);
        }
        const ka = JSON.parse(out.toString('utf8', this.keyStart[a], this.keyEnd[a]));
        const kb = JSON.parse(out.toString('utf8', this.keyStart[b], this.keyEnd[b]));
        return ka < kb ? -1 : ka > kb ? 1 : 0;
    }
    duplicate(m, keyAt) {
        const key = JSON.parse(this.out.toString('utf8', this.keyStart[m], this.keyEnd[m]));
        return this.fail(`duplicate key ${JSON.stringify(key)}`, 'json_duplicate_key', keyAt >= 0 ? keyAt : this.p);
    }
    array(depth) {
        if (depth >= this.maxDepth)
            this.fail(`nested deeper than ${this.maxDepth} levels`, 'json_too_deep');
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
    string() {
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
                if (endsPlainRun(w))
                    break;
                outView.setUint32(o, w, true);
                p += 4;
                o += 4;
            }
            let c = src[p];
            while (VERBATIM[c] === 1) {
                out[o++] = c;
                c = src[++p];
            }
            if (p >= end)
                this.fail('unterminated string', 'json_invalid', this.p);
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
                    }
                    else {
                        o = writeUnit(out, o, unit);
                        if (unit < 0x20 || unit >= 0x80 || unit === 0x22 || unit === 0x5c)
                            plain = false;
                    }
                    continue;
                }
                const decoded = e === undefined ? undefined : UNESCAPE[e];
                if (decoded === undefined) {
                    this.p = p;
                    this.fail('invalid escape in a string');
                }
                o = writeUnit(out, o, decoded);
                if (decoded !== 0x2f)
                    plain = false;
                p += 2;
                continue;
            }
            // A multi-byte UTF-8 sequence: copied as is once checked (shortest form, no surrogates, ≤ U+10FFFF).
            const n = utf8Length(src, p, end);
            if (n === 0) {
                this.p = p;
                this.fail('invalid UTF-8 in a string');
            }
            for (let k = 0; k < n; k++)
                out[o++] = src[p + k];
            p += n;
            plain = false;
        }
        out[o++] = 0x22;
        this.p = p;
        this.o = o;
        return plain;
    }
    hex4(at) {
        let v = 0;
        for (let k = 0; k < 4; k++) {
            const c = this.src[at + k];
            const d = c === undefined ? -1 : c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;
            if (d < 0 || at + k >= this.end)
                this.fail('invalid \\u escape in a string');
            v = (v << 4) | d;
        }
        return v;
    }
    number() {
        const src = this.src;
        const end = this.end;
        const start = this.p;
        let q = start;
        if (src[q] === 0x2d)
            q++;
        const intStart = q;
        if (src[q] === 0x30)
            q++;
        else if (q < end && src[q] >= 0x31 && src[q] <= 0x39)
            while (q < end && src[q] >= 0x30 && src[q] <= 0x39)
                q++;
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
            if (src[q] === 0x2b || src[q] === 0x2d)
                q++;
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
            if (q - start === 2 && src[start] === 0x2d && src[start + 1] === 0x30)
                this.out[this.o++] = 0x30;
            else
                for (let k = start; k < q; k++)
                    this.out[this.o++] = src[k];
            return JsonKind.Integer;
        }
        const text = latin1(src, start, q);
        const value = Number(text);
        if (!Number.isFinite(value)) {
            this.p = start;
            this.fail(`number ${excerpt(text)} is outside the range of a double (not I-JSON)`, 'json_number_not_ijson');
        }
        const rfc = (0,canonical/* jcsNumber */.u3)(value);
        const spelled = this.spellFloat === canonical/* jcsNumber */.u3 ? rfc : this.spellFloat(value);
        if (spelled !== rfc)
            this.respelled++;
        // The rest of the text still needs its room: numbers are the only tokens that lengthen.
        if (this.o + spelled.length + (this.end - this.p) + 64 > this.out.length)
            this.grow(spelled.length + (this.end - this.p) + 64);
        for (let k = 0; k < spelled.length; k++)
            this.out[this.o++] = spelled.charCodeAt(k);
        return JsonKind.Float;
    }
    digits(from) {
        let q = from;
        while (q < this.end && this.src[q] >= 0x30 && this.src[q] <= 0x39)
            q++;
        if (q === from) {
            this.p = q;
            this.fail('expected a digit');
        }
        return q;
    }
    literal(word) {
        for (let k = 0; k < word.length; k++) {
            if (this.p + k >= this.end || this.src[this.p + k] !== word.charCodeAt(k))
                this.fail('expected a value');
            this.out[this.o++] = word.charCodeAt(k);
        }
        this.p += word.length;
    }
    skipSpace() {
        const src = this.src;
        let p = this.p;
        while (p < this.end) {
            const c = src[p];
            if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
                break;
            p++;
        }
        this.p = p;
    }
    grow(extra) {
        const bigger = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.o + extra));
        this.out.copy(bigger, 0, 0, this.o);
        this.setOut(bigger);
    }
    setOut(out) {
        this.out = out;
        this.outputView = new DataView(out.buffer, out.byteOffset, out.length);
    }
    fail(what, code = 'json_invalid', at = this.p) {
        const offset = at - this.base;
        throw new errors/* CapsuleError */.Mu(code, `${code === 'json_invalid' ? 'invalid JSON' : 'not I-JSON'} at byte ${offset + 1}: ${what}`, {}, { offset });
    }
}
/**
 * Some byte of the four in `w` is not copied as it is (VERBATIM is 0 for it): a control, `"`,
 * `\`, or a byte of 0x80 or more. Bit tricks on the whole word (each exact as a yes/no: the
 * lowest byte that matches always sets its flag): any high bit, any byte below 0x20, any byte
 * equal to 0x22 or 0x5c (a zero byte of w XOR that byte repeated).
 */
function endsPlainRun(w) {
    const quote = w ^ 0x22222222;
    const backslash = w ^ 0x5c5c5c5c;
    const below = (w - 0x20202020) & ~w;
    const zeroQuote = (quote - 0x01010101) & ~quote;
    const zeroBackslash = (backslash - 0x01010101) & ~backslash;
    return ((w | below | zeroQuote | zeroBackslash) & 0x80808080) !== 0;
}
function latin1(src, start, end) {
    return Buffer.from(src.buffer, src.byteOffset + start, end - start).toString('latin1');
}
/** A token for a message: at most 40 characters of it. */
function excerpt(text) {
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
/** Writes one BMP code unit (not a surrogate) in its canonical string form; returns the new offset. */
function writeUnit(out, at, unit) {
    let o = at;
    if (unit < 0x20) {
        out[o++] = 0x5c;
        const short = SHORT_ESCAPE[unit];
        if (short !== undefined)
            out[o++] = short;
        else {
            out[o++] = 0x75;
            out[o++] = 0x30;
            out[o++] = 0x30;
            out[o++] = HEX.charCodeAt(unit >> 4);
            out[o++] = HEX.charCodeAt(unit & 15);
        }
    }
    else if (unit === 0x22 || unit === 0x5c) {
        out[o++] = 0x5c;
        out[o++] = unit;
    }
    else if (unit < 0x80)
        out[o++] = unit;
    else if (unit < 0x800) {
        out[o++] = 0xc0 | (unit >> 6);
        out[o++] = 0x80 | (unit & 0x3f);
    }
    else {
        out[o++] = 0xe0 | (unit >> 12);
        out[o++] = 0x80 | ((unit >> 6) & 0x3f);
        out[o++] = 0x80 | (unit & 0x3f);
    }
    return o;
}
/** Length of the well-formed UTF-8 sequence at src[p] (a non-ASCII lead byte), or 0. */
function utf8Length(src, p, end) {
    const c = src[p];
    const cont = (k, lo = 0x80, hi = 0xbf) => p + k < end && src[p + k] >= lo && src[p + k] <= hi;
    if (c >= 0xc2 && c <= 0xdf)
        return cont(1) ? 2 : 0;
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

// EXTERNAL MODULE: ./src/json/parse.ts
var parse = __webpack_require__(7105);
;// CONCATENATED MODULE: ./src/chain/words.ts
/**
 * Byte runs compared and copied four bytes at a time through DataViews: a JavaScript loop over
 * single bytes costs about a nanosecond a byte, which is most of the time spent on a chain line.
 */
function token(bytes) {
    if (bytes.length < 4 || bytes.length > 255)
        throw new Error(`a token is 4 to 255 bytes, not ${bytes.length}`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    const at = [];
    for (let i = 0; i + 4 <= bytes.length; i += 4)
        at.push(i);
    if (bytes.length % 4 !== 0)
        at.push(bytes.length - 4);
    return { length: bytes.length, words: Uint32Array.from(at, (i) => view.getUint32(i, true)), at: Uint8Array.from(at) };
}
/** An ASCII token. */
const asciiToken = (s) => token(Buffer.from(s, 'latin1'));
/** view[at, at + token.length) holds the token's bytes (the caller knows they are within the view). */
function holds(view, at, t) {
    const { words, at: offsets } = t;
    for (let i = 0; i < words.length; i++)
        if (view.getUint32(at + offsets[i], true) !== words[i])
            return false;
    return true;
}
/** Writes the token at view[at...]; returns where it ends. */
function put(view, at, t) {
    const { words, at: offsets } = t;
    for (let i = 0; i < words.length; i++)
        view.setUint32(at + offsets[i], words[i], true);
    return at + t.length;
}
/** from[at, at + length) equals to[toAt, toAt + length), length ≥ 4. */
function sameBytes(from, at, length, to, toAt) {
    for (let i = 0; i + 4 <= length; i += 4) {
        if (from.getUint32(at + i, true) !== to.getUint32(toAt + i, true))
            return false;
    }
    return from.getUint32(at + length - 4, true) === to.getUint32(toAt + length - 4, true);
}
/** Copies from[at, at + length) to to[toAt...] (separate memory, or not overlapping); returns where it ends. */
function copyBytes(from, at, length, to, toAt) {
    if (length < 4) {
        for (let i = 0; i < length; i++)
            to.setUint8(toAt + i, from.getUint8(at + i));
        return toAt + length;
    }
    for (let i = 0; i + 4 <= length; i += 4)
        to.setUint32(toAt + i, from.getUint32(at + i, true), true);
    to.setUint32(toAt + length - 4, from.getUint32(at + length - 4, true), true);
    return toAt + length;
}

;// CONCATENATED MODULE: ./src/chain/dumps-line.ts




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
function member(key, how, index) {
    const quote = how === VALUE || how === DIGITS ? '' : '"';
    return {
        top: events/* EVENT_FIELDS */.BI.indexOf(key),
        index,
        how,
        text: asciiToken(`${index === 0 ? '{' : ', '}"${key}": ${quote}`),
        canonical: asciiToken(`${key === events/* EVENT_FIELDS */.BI[0] ? '{' : ','}"${key}":${quote}`),
    };
}
/** In json.dumps' order. */
const TEXT_ORDER = [
    ['seq', DIGITS],
    ['event_type', VALUE],
    ['session_id', PLAIN],
    ['timestamp', PLAIN],
    ['payload', VALUE],
    ['prev_hash', VALUE],
    ['event_hash', HASH],
].map(([key, how], i) => member(key, how, i));
/** In key order. */
const KEY_ORDER = [...TEXT_ORDER].sort((a, b) => a.top - b.top);
// Writing in one pass needs the hash first in key order (its place, fixed, is kept), then the
// general reader's values in the order they come in the text, then the scanned members.
const values = TEXT_ORDER.filter((m) => m.how === VALUE);
const scanned = KEY_ORDER.filter((m) => m.how !== VALUE && m.how !== HASH);
if (KEY_ORDER[0].how !== HASH || ![KEY_ORDER[0], ...values, ...scanned].every((m, i) => m === KEY_ORDER[i])) {
    throw new Error('dumps-line: the member table cannot be written in one pass');
}
const HASH_MEMBER = KEY_ORDER[0];
/** Where the first member after the hash starts in the canonical form. */
const AFTER_HASH = HASH_MEMBER.canonical.length + events/* HASH_LENGTH */.yJ + 1;
/** The longest seq taken here: 15 digits are always within ±(2^53−1), so none needs the I-JSON check. */
const MAX_SEQ_DIGITS = 15;
// Per member (by text order index): where its scanned bytes are; per top index: what was read.
const from = new Int32Array(TEXT_ORDER.length);
const to = new Int32Array(TEXT_ORDER.length);
const kinds = [];
const plains = [];
const ends = new Int32Array(TEXT_ORDER.length);
const keyAt = new Int32Array(TEXT_ORDER.length);
/** Where the plain string body starting at src[at] ends (at its closing quote), or -1. */
function plainEnd(src, view, at, end) {
    let p = at;
    while (p + 4 <= end && !endsPlainRun(view.getUint32(p, true)))
        p += 4;
    while (p < end && VERBATIM[src[p]] === 1)
        p++;
    return p < end && src[p] === 0x22 ? p : -1;
}
/** Where the digits of a seq starting at src[at] end: 0, or up to 15 digits without a leading zero; -1 if none. */
function digitsEnd(src, at, end) {
    if (src[at] === 0x30)
        return at + 1;
    let p = at;
    while (p < end && src[p] >= 0x30 && src[p] <= 0x39)
        p++;
    return p === at || p - at > MAX_SEQ_DIGITS ? -1 : p;
}
/**
 * Canonicalizes src[start, end) if it is an event in json.dumps' layout, as `c.canonicalize`
 * would (the same out bytes, top-level members and respelled count); false if it is not in
 * that layout, or if reading a value failed (the caller reads the line again with the general
 * reader, for its error).
 */
function canonicalizeDumpsEvent(c, src, start, end) {
    c.begin(src, start, end);
    const view = c.inputView;
    let p = start;
    let o = AFTER_HASH;
    try {
        for (let i = 0; i < TEXT_ORDER.length; i++) {
            const m = TEXT_ORDER[i];
            if (p + m.text.length > end || !holds(view, p, m.text))
                return false;
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
            if (p < 0 || (m.how === HASH && p - from[i] !== events/* HASH_LENGTH */.yJ))
                return false;
            to[i] = p;
            if (m.how !== DIGITS)
                p++;
        }
    }
    catch (err) {
        if (err instanceof errors/* CapsuleError */.Mu)
            return false;
        throw err;
    }
    if (p >= end || src[p] !== 0x7d)
        return false;
    // After the object only whitespace, as the general reader allows.
    for (let q = p + 1; q < end; q++) {
        const w = src[q];
        if (w !== 0x20 && w !== 0x0a && w !== 0x0d && w !== 0x09)
            return false;
    }
    // The scanned members, in key order: the hash in its place, the others after the values.
    let tail = 1;
    for (let i = 0; i < TEXT_ORDER.length; i++) {
        if (TEXT_ORDER[i].how !== VALUE)
            tail += TEXT_ORDER[i].canonical.length + to[i] - from[i] + 1;
    }
    c.reserve(o, tail);
    const out = c.outView;
    for (const m of KEY_ORDER) {
        if (m.how === VALUE)
            continue;
        const i = m.index;
        const at = m.how === HASH ? 0 : o;
        keyAt[m.top] = at + 1;
        let w = copyBytes(view, from[i], to[i] - from[i], out, put(out, at, m.canonical));
        if (m.how !== DIGITS)
            out.setUint8(w++, 0x22);
        kinds[m.top] = m.how === DIGITS ? JsonKind.Integer : JsonKind.String;
        plains[m.top] = true;
        ends[m.top] = w;
        if (m.how !== HASH)
            o = w;
    }
    out.setUint8(o++, 0x7d);
    for (const m of KEY_ORDER) {
        const key = keyAt[m.top];
        c.setTop(m.top, key, key + events/* EVENT_FIELDS */.BI[m.top].length + 2, kinds[m.top], ends[m.top], plains[m.top]);
    }
    c.finishTop(KEY_ORDER.length, o);
    return true;
}

// EXTERNAL MODULE: ./src/chain/number-spelling.ts
var number_spelling = __webpack_require__(5787);
;// CONCATENATED MODULE: ./src/chain/event-line.ts








/** What `EventLineReader.read` found on a line. */
const LineKind = { Blank: 0, Invalid: 1, Event: 2 };
/** Rule ids for what the strict JSON reader refuses (all other JSON errors are json_parse). */
const JSON_RULES = {
    json_duplicate_key: 'json_duplicate_key',
    json_too_deep: 'json_too_deep',
    json_number_not_ijson: 'json_number_not_ijson',
    json_string_not_ijson: 'json_string_not_ijson',
};
const quoted = (s) => asciiToken(JSON.stringify(s));
const FIELD_TOKENS = events/* EVENT_FIELDS */.BI.map(quoted);
const TYPE_TOKENS = events/* EVENT_TYPES */.Ru.map(quoted);
/** Indexes of the event types by the length of their token: at most two share one. */
const TYPES_BY_LENGTH = [];
TYPE_TOKENS.forEach((t, i) => (TYPES_BY_LENGTH[t.length] ??= []).push(i));
const [EVENT_HASH, EVENT_TYPE, PAYLOAD, PREV_HASH, SEQ, SESSION_ID, TIMESTAMP] = [0, 1, 2, 3, 4, 5, 6];
/**
 * Reads chain lines: strict I-JSON in any spelling, into the canonical bytes the event hash
 * covers, and the seven fields checked on those bytes (strings are made only where a check or a
 * report needs one). One instance is reused for every line, with no allocation for a well-formed
 * one; the fields below are about the line read last. Its verdict on a line depends on that
 * line's bytes alone: what it remembers of earlier lines (`lastHash`, `firstSession`) only
 * spares format checks and tells whether a line links to the one before.
 */
class EventLineReader {
    canonicalizer = new JsonTextCanonicalizer({
        maxDepth: parse/* MAX_JSON_DEPTH */.KX,
        spellFloat: number_spelling/* agentopsFloatSpelling */.c,
    });
    /** RFC 8785 spelling, only to tell whether a line with respelled numbers is canonical. */
    rfc = null;
    /** The event_hash of the last event read, and the session_id of the first (since `forget`). */
    lastHash = new DataView(new ArrayBuffer(events/* HASH_LENGTH */.yJ));
    haveLast = false;
    firstSession = new DataView(new ArrayBuffer(events/* SESSION_LENGTH */.O_));
    haveSession = false;
    /** After `Invalid`: why. */
    invalid = null;
    // After `Event`: what the checks need, and where the three fixed-format fields sit in `out`.
    seq = 0;
    typeIndex = 0;
    /** The recorded event_hash is the SHA-256 of the canonical form of the event without it. */
    hashOk = false;
    /** The line is byte for byte the RFC 8785 form of its event. */
    canonical = false;
    /** A number was written with a fraction or an exponent that AgentOps spells differently. */
    respelled = false;
    /** prev_hash is the event_hash of the last event read. */
    prevIsLast = false;
    /** session_id is that of the first event read. */
    sessionIsFirst = false;
    /** SHA-256 (hex) of the canonical form of the event without event_hash. */
    computed = '';
    eventHashAt = 0;
    prevHashAt = 0;
    sessionAt = 0;
    /** The canonical bytes of the line read last (the fields' offsets point into it). */
    get outView() {
        return this.canonicalizer.outView;
    }
    /** Forgets the lines read so far: what follows is read as if it were the first. */
    forget() {
        this.haveLast = false;
        this.haveSession = false;
    }
    read(bytes, start, end) {
        let i = start;
        while (i < end && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d))
            i++;
        if (i === end)
            return LineKind.Blank;
        const c = this.canonicalizer;
        let kind;
        let laidOut = false;
        try {
            laidOut = canonicalizeDumpsEvent(c, bytes, start, end);
            kind = laidOut ? JsonKind.Object : c.canonicalize(bytes, start, end);
        }
        catch (err) {
            if (!(err instanceof errors/* CapsuleError */.Mu))
                throw err;
            const rule = JSON_RULES[err.code] ?? 'json_parse';
            this.invalid = { rule, message: `${rule === 'json_parse' ? 'not JSON' : 'refused'}: ${err.message}`, seq: null };
            return LineKind.Invalid;
        }
        if (kind !== JsonKind.Object) {
            this.invalid = { rule: 'field_set', message: 'not a JSON object', seq: null };
            return LineKind.Invalid;
        }
        this.invalid = this.checkFields(laidOut);
        if (this.invalid !== null)
            return LineKind.Invalid;
        this.canonical = this.isCanonical(bytes, start, end);
        this.respelled = c.respelled > 0;
        const out = c.outView;
        copyBytes(out, this.eventHashAt, events/* HASH_LENGTH */.yJ, this.lastHash, 0);
        this.haveLast = true;
        if (!this.haveSession) {
            copyBytes(out, this.sessionAt, events/* SESSION_LENGTH */.O_, this.firstSession, 0);
            this.haveSession = true;
        }
        return LineKind.Event;
    }
    /** The event of the line read last, its payload parsed. */
    fullEvent() {
        const c = this.canonicalizer;
        const payload = c.top[PAYLOAD];
        const ascii = (at, length) => c.out.toString('latin1', at, at + length);
        return {
            seq: this.seq,
            event_type: events/* EVENT_TYPES */.Ru[this.typeIndex],
            session_id: ascii(this.sessionAt, events/* SESSION_LENGTH */.O_),
            timestamp: this.text(c.top[TIMESTAMP]),
            payload: JSON.parse(c.out.toString('utf8', payload.start, payload.end)),
            prev_hash: ascii(this.prevHashAt, events/* HASH_LENGTH */.yJ),
            event_hash: ascii(this.eventHashAt, events/* HASH_LENGTH */.yJ),
        };
    }
    /**
     * Exactly the seven fields (the canonicalizer lists them sorted, as EVENT_FIELDS is), each of
     * its type. `laidOut`: the json.dumps reader wrote the line's keys, which are those seven.
     */
    checkFields(laidOut) {
        const c = this.canonicalizer;
        const top = c.top;
        const out = c.out;
        const view = c.outView;
        let keysRight = c.topCount === FIELD_TOKENS.length;
        for (let i = 0; keysRight && !laidOut && i < FIELD_TOKENS.length; i++) {
            keysRight = equalsToken(view, top[i].keyStart, top[i].keyEnd, FIELD_TOKENS[i]);
        }
        if (!keysRight) {
            const keys = top.slice(0, c.topCount).map((t) => c.topKey(t));
            const seqAt = keys.indexOf('seq');
            const seq = seqAt >= 0 ? this.seqOf(top[seqAt]) : null;
            const missing = events/* EVENT_FIELDS */.BI.filter((k) => !keys.includes(k));
            const extra = keys.filter((k) => !events/* EVENT_FIELDS */.BI.includes(k));
            const lacks = missing.length ? `; missing ${missing.join(', ')}` : '';
            const unknown = extra.length ? `; unknown ${extra.map((k) => JSON.stringify(k)).join(', ')}` : '';
            return { rule: 'field_set', seq, message: `an event has exactly ${events/* EVENT_FIELDS */.BI.join(', ')}${lacks}${unknown}` };
        }
        const seq = this.seqOf(top[SEQ]);
        let wrong = null;
        // An integer written as such: AgentOps' verifier (Python) fails a seq written 1.0, so do we.
        if (seq === null || seq < 1)
            (wrong ??= []).push('seq (a positive integer)');
        const session = top[SESSION_ID];
        this.sessionAt = session.start + 1;
        const sessionPlain = plainString(session, events/* SESSION_LENGTH */.O_);
        this.sessionIsFirst = sessionPlain && this.haveSession &&
            sameBytes(view, this.sessionAt, events/* SESSION_LENGTH */.O_, this.firstSession, 0);
        if (!this.sessionIsFirst && (!sessionPlain || !isUuidV4(out, this.sessionAt))) {
            (wrong ??= []).push('session_id (a lowercase UUIDv4)');
        }
        const timestamp = top[TIMESTAMP];
        if (!plainString(timestamp, 27) || !isTimestamp(out, timestamp.start + 1)) {
            (wrong ??= []).push('timestamp (YYYY-MM-DDTHH:MM:SS.ffffffZ)');
        }
        if (top[PAYLOAD].kind !== JsonKind.Object)
            (wrong ??= []).push('payload (an object)');
        const prev = top[PREV_HASH];
        this.prevHashAt = prev.start + 1;
        const prevPlain = plainString(prev, events/* HASH_LENGTH */.yJ);
        this.prevIsLast = prevPlain && this.haveLast && sameBytes(view, this.prevHashAt, events/* HASH_LENGTH */.yJ, this.lastHash, 0);
        if (!this.prevIsLast && (!prevPlain || !isHex(out, this.prevHashAt, events/* HASH_LENGTH */.yJ))) {
            (wrong ??= []).push('prev_hash (64 lowercase hex)');
        }
        // JCS puts event_hash first; the hashed object is the rest: "{" + what follows its comma.
        const recorded = top[EVENT_HASH];
        const comma = recorded.end;
        out[comma] = 0x7b;
        // A plain Uint8Array view: cheaper to make than a Buffer one, once a line.
        this.computed = (0,external_node_crypto_.hash)('sha256', new Uint8Array(out.buffer, out.byteOffset + comma, c.length - comma), 'hex');
        out[comma] = 0x2c;
        this.eventHashAt = recorded.start + 1;
        this.hashOk = plainString(recorded, events/* HASH_LENGTH */.yJ) &&
            out.toString('latin1', this.eventHashAt, this.eventHashAt + events/* HASH_LENGTH */.yJ) === this.computed;
        if (!this.hashOk && (!plainString(recorded, events/* HASH_LENGTH */.yJ) || !isHex(out, this.eventHashAt, events/* HASH_LENGTH */.yJ))) {
            (wrong ??= []).push('event_hash (64 lowercase hex)');
        }
        if (wrong !== null)
            return { rule: 'field_type', seq, message: `wrong type or format: ${wrong.join(', ')}` };
        this.seq = seq;
        this.typeIndex = this.typeIndexOf();
        if (this.typeIndex < 0) {
            const type = top[EVENT_TYPE];
            const written = c.out.toString('utf8', type.start, type.end);
            const message = `event_type ${written} is not one of the 12 AgentOps Replay types`;
            return { rule: 'event_type_unknown', seq, message };
        }
        return null;
    }
    /** A positive integer token's value (I-JSON has bounded it), or null for anything else. */
    seqOf(t) {
        if (t.kind !== JsonKind.Integer)
            return null;
        const out = this.canonicalizer.out;
        if (out[t.start] === 0x2d)
            return -1;
        let v = 0;
        for (let i = t.start; i < t.end; i++)
            v = v * 10 + out[i] - 0x30;
        return v;
    }
    typeIndexOf() {
        const c = this.canonicalizer;
        const t = c.top[EVENT_TYPE];
        if (t.kind !== JsonKind.String)
            return -1;
        for (const i of TYPES_BY_LENGTH[t.end - t.start] ?? [])
            if (holds(c.outView, t.start, TYPE_TOKENS[i]))
                return i;
        return -1;
    }
    text(t) {
        const out = this.canonicalizer.out;
        if (t.plain)
            return out.toString('latin1', t.start + 1, t.end - 1);
        return JSON.parse(out.toString('utf8', t.start, t.end));
    }
    /** Byte-identical to the canonical form; with respelled numbers, to the RFC 8785 one. */
    isCanonical(bytes, start, end) {
        let c = this.canonicalizer;
        if (c.respelled > 0) {
            this.rfc ??= new JsonTextCanonicalizer({ maxDepth: parse/* MAX_JSON_DEPTH */.KX });
            this.rfc.canonicalize(bytes, start, end);
            c = this.rfc;
        }
        return end - start === c.length && bytes.compare(c.out, 0, c.length, start, end) === 0;
    }
}
function plainString(t, length) {
    return t.kind === JsonKind.String && t.plain && t.end - t.start === length + 2;
}
/** out[start, end) is the token. */
function equalsToken(out, start, end, t) {
    return end - start === t.length && holds(out, start, t);
}
/** Byte classes for the field formats: 1 a digit, 2 lowercase hex (digits included). */
const DIGIT = 1;
const event_line_HEX = 2;
const CLASS = new Uint8Array(256);
for (let c = 0x30; c <= 0x39; c++)
    CLASS[c] = DIGIT | event_line_HEX;
for (let c = 0x61; c <= 0x66; c++)
    CLASS[c] = event_line_HEX;
function isHex(out, at, length) {
    for (let i = at; i < at + length; i++)
        if ((CLASS[out[i]] & event_line_HEX) === 0)
            return false;
    return true;
}
/** 8-4-4-4-12 lowercase hex, version 4, variant 8/9/a/b. */
function isUuidV4(out, at) {
    if (out[at + 8] !== 0x2d || out[at + 13] !== 0x2d || out[at + 18] !== 0x2d || out[at + 23] !== 0x2d)
        return false;
    const groups = isHex(out, at, 8) && isHex(out, at + 9, 4) && isHex(out, at + 14, 4) && isHex(out, at + 19, 4);
    if (!groups || !isHex(out, at + 24, 12))
        return false;
    const variant = out[at + 19];
    return out[at + 14] === 0x34 && (variant === 0x38 || variant === 0x39 || variant === 0x61 || variant === 0x62);
}
/** YYYY-MM-DDTHH:MM:SS.ffffffZ: where the shape has 0 a digit, else that very byte. */
const TIMESTAMP_SHAPE = Buffer.from('0000-00-00T00:00:00.000000Z', 'latin1');
function isTimestamp(out, at) {
    for (let i = 0; i < TIMESTAMP_SHAPE.length; i++) {
        const want = TIMESTAMP_SHAPE[i];
        const c = out[at + i];
        if (want === 0x30 ? (CLASS[c] & DIGIT) === 0 : c !== want)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/chain/report.ts
/** Issues beyond this many are counted in one `error_limit` entry, so memory stays flat. */
const MAX_ISSUES = 100;

;// CONCATENATED MODULE: ./src/chain/line-records.ts




/**
 * What reading a line found, as a few bytes in a buffer: the chain checks consume these records
 * in file order, whether the lines were read on the same thread or by a worker (lines.ts,
 * parallel.ts). Everything a record says depends on its line's bytes and on the lines before it
 * in the same batch only, so a batch read anywhere gives the same records.
 *
 *   blank:    [BLANK]
 *   invalid:  [INVALID, flags]                                   (+ side entry if SIDE)
 *   too long: [TOO_LONG]                                         (the last record of a batch)
 *   event:    [EVENT, flags, type index, 0, seq (float64, 8), event_hash (64),
 *              prev_hash (64) unless LINK_OK, session_id (36) unless SESSION_SAME]
 *                                                                (+ side entry if SIDE)
 */
const RecordKind = { Blank: 1, Invalid: 2, Event: 3, TooLong: 4 };
const Flag = {
    Terminated: 1,
    Canonical: 2,
    Respelled: 4,
    /** event_hash is the hash of the event. */
    HashOk: 8,
    /** prev_hash is the event_hash of the last event before this one in its batch. */
    LinkOk: 16,
    /** session_id is that of the batch's first event, and this is not that event. */
    SessionSame: 32,
    /** A side entry belongs to this record. */
    Side: 64,
};
/** The longest event record. */
const EVENT_RECORD_BYTES = 12 + 2 * events/* HASH_LENGTH */.yJ + events/* SESSION_LENGTH */.O_;
/** Offsets in an event record; what follows event_hash is where the flags say. */
const At = { type: 2, seq: 4, eventHash: 12, afterHash: 12 + events/* HASH_LENGTH */.yJ };
/**
 * Records fit in as many bytes as their lines (a line holding an event is longer than its
 * record; any other is at least one byte, newline included, for at most two): a batch of N
 * bytes needs at most N + this many.
 */
const RECORD_SLACK = 2;
/** Event types whose whole event the checks need (the seal, and what lowers a classification). */
const FULL = ['LOG_DROP', 'CHAIN_SEAL', 'CHAIN_BROKEN'];
const FULL_TYPES = Uint8Array.from(events/* EVENT_TYPES */.Ru, (t) => (FULL.includes(t) ? 1 : 0));
/**
 * Reads lines into records. `begin` starts a batch over a records buffer; `line` reads one line;
 * `lines` reads a run of whole lines. Invalid lines carry their reason only while it can still be
 * listed (at most MAX_ISSUES a batch), so the side entries stay few whatever the lines hold.
 */
class line_records_LineBatchReader {
    options;
    reader = new EventLineReader();
    records = new Uint8Array(0);
    view = new DataView(this.records.buffer);
    /** Bytes of records written. */
    length = 0;
    side = [];
    reasons = 0;
    stopped = false;
    constructor(options) {
        this.options = options;
    }
    get done() {
        return this.stopped;
    }
    begin(records) {
        this.records = records;
        this.view = new DataView(records.buffer, records.byteOffset, records.byteLength);
        this.length = 0;
        this.side = [];
        this.reasons = 0;
        this.stopped = false;
        this.reader.forget();
    }
    /**
     * Starts over in the same records buffer (for records consumed one at a time), keeping the
     * batch's memory of earlier lines.
     */
    rewind() {
        this.length = 0;
        this.side.length = 0;
    }
    /** Reads the lines of bytes[start, end); the last one has no newline after it when `unterminatedLast`. */
    lines(bytes, start, end, unterminatedLast) {
        let from = start;
        while (from < end && !this.stopped) {
            const nl = bytes.indexOf(10, from);
            if (nl === -1 || nl >= end) {
                if (!unterminatedLast)
                    throw new Error('a batch of whole lines ends without a newline');
                this.line(bytes, from, end, false);
                return;
            }
            this.line(bytes, from, nl, true);
            from = nl + 1;
        }
    }
    /** bytes[start, end) is one line, its newline excluded. */
    line(bytes, start, end, terminated) {
        if (end - start > this.options.maxLine) {
            this.records[this.length++] = RecordKind.TooLong;
            this.stopped = true;
            return;
        }
        const r = this.reader;
        const kind = r.read(bytes, start, end);
        const t = terminated ? Flag.Terminated : 0;
        if (kind === LineKind.Blank) {
            this.records[this.length++] = RecordKind.Blank;
            return;
        }
        if (kind === LineKind.Invalid) {
            const listed = this.reasons++ < MAX_ISSUES;
            this.records[this.length++] = RecordKind.Invalid;
            this.records[this.length++] = t | (listed ? Flag.Side : 0);
            if (listed)
                this.side.push({ invalid: r.invalid });
            return;
        }
        const at = this.length;
        const records = this.records;
        let flags = t;
        if (r.canonical)
            flags |= Flag.Canonical;
        if (r.respelled)
            flags |= Flag.Respelled;
        if (r.hashOk)
            flags |= Flag.HashOk;
        if (r.prevIsLast)
            flags |= Flag.LinkOk;
        if (r.sessionIsFirst)
            flags |= Flag.SessionSame;
        const full = this.options.fullEvents || FULL_TYPES[r.typeIndex] === 1;
        if (full || !r.hashOk) {
            flags |= Flag.Side;
            const entry = {};
            if (!r.hashOk)
                entry.computed = r.computed;
            if (full)
                entry.event = r.fullEvent();
            this.side.push(entry);
        }
        records[at] = RecordKind.Event;
        records[at + 1] = flags;
        records[at + At.type] = r.typeIndex;
        this.view.setFloat64(at + At.seq, r.seq, true);
        const out = r.outView;
        const view = this.view;
        let o = copyBytes(out, r.eventHashAt, events/* HASH_LENGTH */.yJ, view, at + At.eventHash);
        if (!(flags & Flag.LinkOk))
            o = copyBytes(out, r.prevHashAt, events/* HASH_LENGTH */.yJ, view, o);
        if (!(flags & Flag.SessionSame))
            o = copyBytes(out, r.sessionAt, events/* SESSION_LENGTH */.O_, view, o);
        this.length = o;
    }
}

// EXTERNAL MODULE: ./src/chain/lines.ts
var lines = __webpack_require__(5842);
// EXTERNAL MODULE: ./src/chain/workers.ts
var chain_workers = __webpack_require__(8190);
;// CONCATENATED MODULE: ./src/chain/parallel.ts


/** Reads one batch: what a worker thread does with each job. */
function readBatch(reader, job) {
    reader.begin(new Uint8Array(job.records));
    reader.lines(Buffer.from(job.bytes, 0, job.length), 0, job.length, job.unterminatedLast);
    return { length: reader.length, side: reader.side };
}
/**
 * Reads every batch on this thread, each after a delay of `delayMs()` (so batches finish out of
 * order), warming while `warming()` says so: the batched path without threads, for tests.
 */
function inlineBatchRunner(maxLine, delayMs = () => 0, warming = () => false) {
    const reader = new LineBatchReader({ maxLine });
    return {
        run: (job) => new Promise((resolve) => setTimeout(() => resolve(readBatch(reader, job)), delayMs())),
        warming,
        close() { },
    };
}
/** Batches a worker holds at most (one being read, one waiting): any more are read on this thread. */
const WORKER_QUEUE = 2;
/**
 * Bytes of lines this thread reads in small batches: some 2,500 AgentOps lines, about as many as
 * V8 runs before it has optimised the reader's hot functions. Past four times as many read in
 * all, batches are whole slots whatever this thread has read (the workers may be reading them all).
 */
const HERE_WARM_BYTES = 1 << 20;
/**
 * Reads batches in the worker threads given (started by `startChainWorkers`, whose count it
 * takes) beside this thread. A batch goes to a started worker with room in its queue, else it
 * is read here at once, so this thread works while the workers start and whenever they are behind.
 * Closing it stops the workers.
 */
function threadedBatchRunner(maxLine, started) {
    const here = new line_records_LineBatchReader({ maxLine });
    // What a worker holds is what it was sent less what it says it finished: its count is seen at
    // once, while its messages wait for this thread's next turn of the event loop (after reading
    // a batch here, say), and a worker thought busy would sit idle meanwhile. A worker still
    // starting holds no batch: this thread reads them, instead of waiting for it later.
    const workers = started.threads.map(({ thread, counters }) => ({ thread, counters, sent: 0 }));
    const held = (w) => (Atomics.load(w.counters, chain_workers/* Counter */.ph.Ready) === 0
        ? Infinity
        : w.sent - Atomics.load(w.counters, chain_workers/* Counter */.ph.Finished));
    const waiting = new Map();
    let failure = null;
    const failAll = (err) => {
        failure ??= err;
        for (const w of waiting.values())
            w.reject(failure);
        waiting.clear();
    };
    for (const worker of workers) {
        worker.thread.on('message', (m) => {
            const w = waiting.get(m.id);
            waiting.delete(m.id);
            w?.resolve(m);
        });
        worker.thread.on('error', failAll);
        worker.thread.on('exit', (code) => failAll(new Error(`chain worker exited (code ${code})`)));
    }
    let next = 0;
    let readHere = 0;
    let readAll = 0;
    return {
        warming: () => (readHere < HERE_WARM_BYTES && readAll < 4 * HERE_WARM_BYTES) ||
            workers.some((w) => Atomics.load(w.counters, chain_workers/* Counter */.ph.Ready) === 0),
        run: (job) => {
            if (failure)
                return Promise.reject(failure);
            readAll += job.length;
            const worker = workers.reduce((a, b) => (held(b) < held(a) ? b : a));
            if (held(worker) >= WORKER_QUEUE) {
                readHere += job.length;
                return Promise.resolve(readBatch(here, job));
            }
            worker.sent += 1;
            return new Promise((resolve, reject) => {
                const id = next++;
                waiting.set(id, { resolve, reject });
                worker.thread.postMessage({ id, ...job });
            });
        },
        close: () => {
            failure ??= new Error('chain workers closed');
            started.close();
        },
    };
}
function slot(size) {
    const shared = new SharedArrayBuffer(size);
    const records = new SharedArrayBuffer(size + RECORD_SLACK);
    return { shared, bytes: Buffer.from(shared), records, recordBytes: Buffer.from(records) };
}
/**
 * Slots in flight at most: twice each worker's queue and one read here. Records are checked in file
 * order, so a slot is free only once every batch before it is: with just the queues' worth, this
 * thread filled every slot while a worker was still on its first (unoptimised) batch and then sat idle
 * until it finished (some 60 ms of a 100k-event AgentOps log in a profile of `chain verify`). Twice as
 * many let it read on meanwhile: ~3% less wall time on interleaved A/Bs, for at most 8 MiB more memory
 * (a slot and its records are 1 MiB; 1-5 MiB more peak RSS measured, bench/chain.mjs).
 */
const SLOTS = 2 * (chain_workers/* MAX_WORKERS */.bP * WORKER_QUEUE + 2);
/**
 * Reads the file front to back into shared slots of whole lines, has the runner read each slot's
 * lines into records, and feeds the records to the checker in file order. Every byte is read once,
 * here, so the checks are about one sequence of bytes however the file changes meanwhile; memory
 * is the slots in flight. Returns null at the end of the file, or, when a line is longer than a
 * slot, the bytes read of it: the caller reads the rest of the file on its own thread.
 *
 * While the runner is warming, a slot is filled only to `warmingBytes` (on to the end of a line).
 * A batch read here before the code is optimised takes some 30 µs a line: a whole slot (~1,200
 * such lines) would keep a worker that has just started, or that has finished its batches, waiting
 * for the next until this thread is done with it.
 */
async function checkInBatches(read, checker, runner, slotBytes, warmingBytes = slotBytes) {
    const free = [];
    const inFlight = [];
    let slots = 0;
    const consumeOldest = async () => {
        const batch = inFlight.shift();
        const r = await batch.result;
        if (!checker.done) {
            checker.beginBatch();
            checker.consume(batch.slot.recordBytes, r.length, r.side);
        }
        free.push(batch.slot);
    };
    const dispatch = async (s, length, unterminatedLast) => {
        const job = { bytes: s.shared, length, unterminatedLast, records: s.records };
        const batch = { slot: s, result: runner.run(job), done: null };
        void batch.result.then((r) => (batch.done = r), () => undefined);
        inFlight.push(batch);
        await Promise.resolve();
        // What is ready in file order is checked now, so its slot is free for the next read.
        while (inFlight.length > 0 && inFlight[0].done !== null)
            await consumeOldest();
    };
    const take = async () => {
        if (free.length === 0 && slots >= SLOTS)
            await consumeOldest();
        return free.pop() ?? (slots++, slot(slotBytes));
    };
    // Fills a slot from the file after `carry` (the bytes after the last newline of the slot read
    // before, copied to its front at once), to `limit` bytes or, if no line ends before, on until one
    // does or the slot is full; resolves to how many bytes it holds and whether the file ended. Each
    // slot is read while the one before is read into records, here or in a worker.
    const fill = (s, carry, limit) => {
        const filled = carry === null ? 0 : carry.copy(s.bytes, 0);
        const reading = (async () => {
            let n = filled;
            let end = false;
            while (!end && n < slotBytes && (n < limit || s.bytes.lastIndexOf(0x0a, n - 1) === -1)) {
                const got = await read(s.bytes, n, (n < limit ? limit : slotBytes) - n);
                end = got === 0;
                n += got;
            }
            return { filled: n, end };
        })();
        // Awaited below; if a batch fails first, this read's own failure is not a second error.
        reading.catch(() => undefined);
        return reading;
    };
    const limit = () => (runner.warming() ? Math.min(warmingBytes, slotBytes) : slotBytes);
    let s = await take();
    let next = fill(s, null, limit());
    for (;;) {
        const { filled, end } = await next;
        if (checker.done)
            break;
        const lastNewline = filled > 0 ? s.bytes.lastIndexOf(0x0a, filled - 1) : -1;
        if (end) {
            if (filled > 0)
                await dispatch(s, filled, lastNewline !== filled - 1);
            break;
        }
        if (lastNewline === -1) {
            while (inFlight.length > 0)
                await consumeOldest();
            return checker.done ? null : s.bytes.subarray(0, filled);
        }
        const following = await take();
        next = fill(following, s.bytes.subarray(lastNewline + 1, filled), limit());
        await dispatch(s, lastNewline + 1, false);
        s = following;
    }
    while (inFlight.length > 0)
        await consumeOldest();
    return null;
}

// EXTERNAL MODULE: ./src/text/shell.ts
var shell = __webpack_require__(6933);
// EXTERNAL MODULE: ./src/zip/format.ts
var format = __webpack_require__(4632);
;// CONCATENATED MODULE: ./src/chain/not-a-log.ts


const ARCHIVE_HEAD_BYTES = 4;
/**
 * Whether a file starting with `head` is a ZIP archive (a capsule, say), not an event log: it
 * opens with a local file header, or with the end record of an empty archive.
 */
function isArchiveHead(head) {
    if (head.length !== ARCHIVE_HEAD_BYTES)
        return false;
    const signature = head.readUInt32LE(0);
    return signature === format/* SIG_LOCAL */.SX || signature === format/* SIG_EOCD */.iM;
}
/**
 * The report on a capsule (or any ZIP archive) given where an event log is expected: one error
 * saying so and what to run instead, not a hundred lines of "not JSON" about compressed bytes.
 */
function archiveReport(path) {
    const message = `${path} is a ZIP archive (a capsule?), not an event log: check a capsule with `
        + `\`capsule verify ${(0,shell/* shellWord */.r7)(path)}\`, which verifies the event log it holds (evidence/events.jsonl)`;
    return {
        schema: 'proofcapsule.chain_report.v1',
        file: path,
        status: 'FAIL',
        classification: 'NON_AUTHORITATIVE_EVIDENCE',
        errors: [{ seq: null, line: 1, rule: 'not_an_event_log', message }],
        warnings: [],
        notes: [],
        event_count: 0,
        verified_through_seq: 0,
        final_hash: null,
        session_id: null,
        sealed: false,
        seal_trusted: false,
        seal_public_key_sha256: null,
        drops: 0,
        dropped_count: 0,
        breaks: 0,
        redactions: 0,
    };
}

// EXTERNAL MODULE: ./src/keys/ed25519.ts
var ed25519 = __webpack_require__(9805);
// EXTERNAL MODULE: ./src/hash/sha256.ts
var sha256 = __webpack_require__(6813);
;// CONCATENATED MODULE: ./src/chain/seal.ts



const BASE64_64_BYTES = /^[A-Za-z0-9+/]{86}==$/;
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/**
 * The AgentOps CHAIN_SEAL fields, checked against the event the seal follows. `event_count`
 * counts the events before the seal (our recorder) or all of them with the seal (AgentOps
 * Replay's ingestion service); either is the chain's length, and only final_hash is signed.
 */
function checkSealFields(seal, previous) {
    const p = seal.payload;
    const out = [];
    for (const key of ['authority', 'server_timestamp', 'server_version']) {
        if (typeof p[key] !== 'string')
            out.push({ severity: 'error', rule: 'seal_fields', message: `CHAIN_SEAL payload.${key} must be a string` });
    }
    if (previous === null || p.final_hash !== previous.event_hash) {
        out.push({ severity: 'error', rule: 'seal_final_hash', message: `CHAIN_SEAL final_hash ${JSON.stringify(p.final_hash)} is not the hash of the event before the seal (${previous?.event_hash ?? 'none'})` });
    }
    if (p.event_count !== seal.seq - 1 && p.event_count !== seal.seq) {
        out.push({ severity: 'error', rule: 'seal_event_count', message: `CHAIN_SEAL event_count ${JSON.stringify(p.event_count)} is neither the number of events before the seal (${seal.seq - 1}) nor with it (${seal.seq})` });
    }
    return out;
}
/**
 * The seal's Ed25519 signature over the ASCII hex of final_hash, with the key embedded as
 * `signature.public_key_pem` (or supplied by the caller). A valid signature makes the seal
 * trusted only when its key is in the trusted list; when a list is given and the key is not
 * in it, that is an error, not a downgrade.
 */
function checkSealSignature(seal, trust) {
    const trustList = trust.trustedPublicKeySha256 ?? [];
    const trustRequested = trustList.length > 0;
    const fail = (rule, message, publicKeySha256 = null) => ({ trusted: false, publicKeySha256, findings: [{ severity: 'error', rule, message }] });
    const sig = seal.payload.signature;
    if (sig === undefined) {
        return { trusted: false, publicKeySha256: null, findings: [{ severity: trustRequested ? 'error' : 'warning', rule: 'seal_unsigned', message: 'CHAIN_SEAL has no signature: the chain cannot be authoritative' }] };
    }
    if (!isRecord(sig) || sig.algorithm !== 'ed25519' || typeof sig.public_key_sha256 !== 'string' || !sha256/* SHA256_HEX */.Y5.test(sig.public_key_sha256) || typeof sig.value !== 'string') {
        return fail('seal_signature_invalid', 'CHAIN_SEAL signature must be {algorithm:"ed25519", public_key_sha256 (64 hex), public_key_pem, value (base64)}');
    }
    const keySha = sig.public_key_sha256;
    const pem = typeof sig.public_key_pem === 'string' ? sig.public_key_pem : trust.publicKeys?.get(keySha);
    if (pem === undefined) {
        return { trusted: false, publicKeySha256: keySha, findings: [{ severity: trustRequested ? 'error' : 'warning', rule: 'seal_key_unavailable', message: `CHAIN_SEAL key ${keySha} is neither embedded nor supplied: the signature cannot be checked` }] };
    }
    let raw;
    try {
        raw = (0,ed25519.publicKeyFromPem)(pem);
    }
    catch (err) {
        return fail('seal_signature_invalid', `CHAIN_SEAL public key: ${err.message}`, keySha);
    }
    // The key's identity is computed from the key, so a re-wrapped PEM is the same (perhaps revoked) key.
    if ((0,ed25519.publicKeyIdentity)(raw) !== keySha)
        return fail('seal_signature_invalid', `CHAIN_SEAL public_key_pem is not the key public_key_sha256 ${keySha} names`, keySha);
    if (!BASE64_64_BYTES.test(sig.value))
        return fail('seal_signature_invalid', 'CHAIN_SEAL signature value is not the base64 of 64 bytes', keySha);
    if (!(0,ed25519.verifyEd25519Strict)(raw, (0,events/* sealMessage */.lx)(String(seal.payload.final_hash)), Buffer.from(sig.value, 'base64'))) {
        return fail('seal_signature_invalid', `CHAIN_SEAL signature does not verify under key ${keySha}`, keySha);
    }
    if (!trustRequested) {
        return { trusted: false, publicKeySha256: keySha, findings: [{ severity: 'warning', rule: 'seal_key_not_anchored', message: `CHAIN_SEAL signature is valid but no trusted keys were given, so key ${keySha} is not trusted` }] };
    }
    if (!trustList.includes(keySha))
        return fail('seal_key_untrusted', `CHAIN_SEAL is signed by key ${keySha}, which is not in the trusted keys`, keySha);
    return { trusted: true, publicKeySha256: keySha, findings: [] };
}

;// CONCATENATED MODULE: ./src/chain/verify.ts











/**
 * Checks one chain line by line in file order, from the records its lines were read into
 * (line-records.ts), keeping only the previous event and counters, so memory does not grow with
 * the chain. Each named check adds issues; a line that fails the structural checks is not
 * linked to, so one bad line does not cascade. Records arrive in batches (one line at a time,
 * or a worker's run of lines): what a record cannot know of the lines before its batch is
 * checked here on its bytes.
 */
class ChainChecker {
    options;
    maxLine;
    report;
    lineNo = 0;
    hasPrevious = false;
    previousSeq = 0;
    /** The previous event's event_hash: where it sits (in a records buffer, or `previousCopy`). */
    previousBytes = Buffer.alloc(events/* HASH_LENGTH */.yJ);
    previousAt = 0;
    previousCopy = Buffer.alloc(events/* HASH_LENGTH */.yJ);
    /** The last verified event's event_hash, likewise. */
    finalBytes = null;
    finalAt = 0;
    finalCopy = Buffer.alloc(events/* HASH_LENGTH */.yJ);
    previousMalformed = false;
    /** The session_id of this batch's first event (null before it), and whether it is the chain's. */
    batchSession = null;
    batchSessionOk = false;
    ended = false;
    lineSealed = false;
    sealGood = false;
    issueOverflow = 0;
    nonCanonical = { count: 0, first: 0 };
    blank = { count: 0, first: 0 };
    respelled = { count: 0, first: 0 };
    unterminated = false;
    /** Reading stopped at a line too long to read: what follows it is unknown. */
    stopped = false;
    constructor(file, options, maxLine) {
        this.options = options;
        this.maxLine = maxLine;
        this.report = {
            schema: 'proofcapsule.chain_report.v1',
            file,
            status: 'PASS',
            classification: 'NON_AUTHORITATIVE_EVIDENCE',
            errors: [],
            warnings: [],
            notes: [],
            event_count: 0,
            verified_through_seq: 0,
            final_hash: null,
            session_id: null,
            sealed: false,
            seal_trusted: false,
            seal_public_key_sha256: null,
            drops: 0,
            dropped_count: 0,
            breaks: 0,
            redactions: 0,
        };
    }
    get done() {
        return this.stopped;
    }
    /** The records that follow were read as a new batch: they know nothing of the lines before. */
    beginBatch() {
        this.batchSession = null;
    }
    /** Checks records[0, length), with their side entries in order; the records may be reused after. */
    consume(records, length, side) {
        let p = 0;
        let s = 0;
        while (p < length && !this.stopped) {
            const kind = records[p];
            if (kind === RecordKind.Event) {
                const flags = records[p + 1];
                p = this.event(records, p, flags, flags & Flag.Side ? side[s++] : null);
            }
            else if (kind === RecordKind.Blank) {
                this.blankLine(++this.lineNo);
                p += 1;
            }
            else if (kind === RecordKind.Invalid) {
                const flags = records[p + 1];
                this.invalidLine(++this.lineNo, flags, flags & Flag.Side ? side[s++].invalid : null);
                p += 2;
            }
            else if (kind === RecordKind.TooLong) {
                this.tooLong(this.maxLine);
                p += 1;
            }
            else
                throw new Error(`chain record kind ${kind} at ${p}`);
        }
        // What still points into the records is copied out before they are reused.
        if (this.previousBytes === records) {
            this.previousBytes = copyHash(records, this.previousAt, this.previousCopy);
            this.previousAt = 0;
        }
        if (this.finalBytes === records) {
            this.finalBytes = copyHash(records, this.finalAt, this.finalCopy);
            this.finalAt = 0;
        }
    }
    tooLong(limit) {
        this.stopped = true;
        const lineNo = this.lineNo + 1;
        this.error(null, lineNo, 'line_too_long', `line ${lineNo} is longer than ${limit} bytes: refused without reading the rest (the chain verifies only up ` +
            `to the line before)`);
    }
    invalidLine(lineNo, flags, invalid) {
        this.previousMalformed = true;
        // A final line cut short is what a crash mid-write leaves.
        if (!(flags & Flag.Terminated))
            return this.error(null, lineNo, 'truncated_final_line', `line ${lineNo} is incomplete and has no newline: a partial write (the chain verifies only up to the line ` +
                `before)`);
        // A batch lists the reasons of its first MAX_ISSUES invalid lines: any later one finds the list full.
        if (invalid === null && this.report.errors.length < MAX_ISSUES) {
            throw new Error(`line ${lineNo}: an invalid line's reason is missing`);
        }
        this.error(invalid?.seq ?? null, lineNo, invalid?.rule ?? 'json_parse', `line ${lineNo}: ${invalid?.message ?? ''}`);
    }
    /** Checks the event record at records[at]; returns where the next record starts. */
    event(records, at, flags, side) {
        const lineNo = ++this.lineNo;
        const seq = records.readDoubleLE(at + At.seq);
        const type = events/* EVENT_TYPES */.Ru[records[at + At.type]];
        const prevAt = flags & Flag.LinkOk ? -1 : at + At.afterHash;
        const sessionAt = flags & Flag.SessionSame ? -1 : at + At.afterHash + (prevAt < 0 ? 0 : events/* HASH_LENGTH */.yJ);
        const terminated = (flags & Flag.Terminated) !== 0;
        if (!terminated)
            this.unterminated = true;
        this.checkSpelling(flags, seq, lineNo, terminated);
        if (!(flags & Flag.HashOk)) {
            this.error(seq, lineNo, 'event_hash_mismatch', `seq ${seq}: event_hash ${ascii(records, at + At.eventHash, events/* HASH_LENGTH */.yJ)} does not match the recomputed ` +
                `${side.computed}`);
        }
        this.report.event_count += 1;
        this.checkSession(records, sessionAt, seq, lineNo);
        this.checkSequence(seq, lineNo);
        this.checkGenesis(records, prevAt, seq, type, lineNo);
        this.checkLink(records, prevAt, seq, lineNo);
        this.checkPlacement(seq, type, side, lineNo);
        this.noteSpecialEvent(seq, type, side, lineNo);
        if (this.report.errors.length === 0) {
            this.report.verified_through_seq = seq;
            this.finalBytes = records;
            this.finalAt = at + At.eventHash;
        }
        if (this.options.onEvent)
            this.options.onEvent(side.event, lineNo);
        this.hasPrevious = true;
        this.previousSeq = seq;
        this.previousBytes = records;
        this.previousAt = at + At.eventHash;
        this.previousMalformed = false;
        return sessionAt >= 0 ? sessionAt + events/* SESSION_LENGTH */.O_ : prevAt >= 0 ? prevAt + events/* HASH_LENGTH */.yJ : at + At.afterHash;
    }
    finish() {
        const r = this.report;
        if (this.finalBytes !== null)
            r.final_hash = ascii(this.finalBytes, this.finalAt, events/* HASH_LENGTH */.yJ);
        if (r.event_count === 0 && r.errors.length === 0)
            this.error(null, 0, 'genesis', 'the chain has no events (expected SESSION_START at seq 1)');
        // AgentOps Replay's verifier fails a session that neither ended nor was sealed; so do we.
        if (!this.ended && !this.lineSealed && r.event_count > 0 && !this.stopped)
            this.error(null, 0, 'session_incomplete', 'the chain has no SESSION_END and no CHAIN_SEAL: the run did not finish recording');
        if (this.issueOverflow > 0) {
            const message = `${this.issueOverflow} further issues not listed`;
            r.errors.push({ seq: null, line: 0, rule: 'error_limit', message });
        }
        r.sealed = this.lineSealed && this.sealGood;
        if (!this.lineSealed) {
            const message = 'the chain has no CHAIN_SEAL: it is not authoritative evidence';
            r.warnings.push({ seq: null, line: 0, rule: 'unsealed', message });
        }
        this.summarize();
        r.status = r.errors.length === 0 ? 'PASS' : 'FAIL';
        r.classification = classify(r);
        return r;
    }
    /**
     * Any JSON spelling of an event is that event (the hash covers the parsed event), so other
     * spellings are noted, not failed, unless every line must be canonical.
     */
    checkSpelling(flags, seq, lineNo, terminated) {
        if (flags & Flag.Respelled)
            this.tally(this.respelled, lineNo);
        const canonical = (flags & Flag.Canonical) !== 0;
        if (this.options.canonicalLines) {
            if (!canonical)
                this.error(seq, lineNo, 'line_not_canonical', `line ${lineNo} is not the RFC 8785 (JCS) form of its event`);
            if (!terminated)
                this.error(seq, lineNo, 'line_not_canonical', `line ${lineNo} has no terminating newline`);
        }
        else if (!canonical)
            this.tally(this.nonCanonical, lineNo);
    }
    blankLine(lineNo) {
        if (this.options.canonicalLines)
            this.error(null, lineNo, 'line_not_canonical', `line ${lineNo} is blank`);
        else
            this.tally(this.blank, lineNo);
    }
    tally(t, lineNo) {
        if (t.count++ === 0)
            t.first = lineNo;
    }
    summarize() {
        const note = (t, rule, message) => {
            if (t.count > 0)
                this.report.notes.push({ seq: null, line: t.first, rule, message });
        };
        const lines = (t) => `${t.count} line${t.count === 1 ? '' : 's'} (first: line ${t.first})`;
        note(this.nonCanonical, 'line_not_canonical', `${lines(this.nonCanonical)} spelled otherwise than RFC 8785 (JCS), as Python's json.dumps writes; accepted, ` +
            `since each event_hash covers the parsed event, not the line's bytes`);
        note(this.blank, 'blank_line', `${lines(this.blank)} blank, skipped`);
        note(this.respelled, 'number_spelling_agentops', `${lines(this.respelled)} with numbers written with a fraction or an exponent, hashed in AgentOps Replay's ` +
            `spelling of them (e.g. 2.0, 1e-05), as its reference verifier does`);
        if (this.unterminated && !this.options.canonicalLines) {
            const message = `line ${this.lineNo}, the last, has no newline after it; it is a complete event`;
            this.report.notes.push({ seq: null, line: this.lineNo, rule: 'final_line_unterminated', message });
        }
    }
    /**
     * Every event's session_id is the first event's. A record whose session_id is its batch's
     * first event's (sessionAt < 0) has the verdict on that one.
     */
    checkSession(records, sessionAt, seq, lineNo) {
        const r = this.report;
        const session = sessionAt < 0 ? this.batchSession : ascii(records, sessionAt, events/* SESSION_LENGTH */.O_);
        r.session_id ??= session;
        if (this.batchSession === null) {
            this.batchSession = session;
            this.batchSessionOk = session === r.session_id;
        }
        const same = sessionAt < 0 ? this.batchSessionOk : session === r.session_id;
        if (!same)
            this.error(seq, lineNo, 'session_mismatch', `seq ${seq}: session_id ${session} differs from the chain's ${r.session_id}`);
    }
    /** File order is the chain order: seq must be exactly one more than the line before's. */
    checkSequence(seq, lineNo) {
        if (!this.hasPrevious || this.previousMalformed)
            return;
        const prev = this.previousSeq;
        if (seq === prev + 1)
            return;
        if (seq === prev)
            this.error(seq, lineNo, 'seq_duplicate', `seq ${seq} repeats the line before's seq`);
        else if (seq < prev)
            this.error(seq, lineNo, 'line_order', `seq ${seq} comes after seq ${prev}: lines are out of order`);
        else
            this.error(seq, lineNo, 'seq_gap', `seq ${seq} follows seq ${prev}: ` +
                `${seq - prev === 2 ? `seq ${prev + 1} is` : `seq ${prev + 1}..${seq - 1} are`} missing`);
    }
    /** prevAt < 0: the record says prev_hash is the event_hash of an event before it in its batch. */
    checkGenesis(records, prevAt, seq, type, lineNo) {
        const first = this.report.event_count === 1;
        if (first) {
            const genesis = prevAt >= 0 && records.compare(GENESIS, 0, events/* HASH_LENGTH */.yJ, prevAt, prevAt + events/* HASH_LENGTH */.yJ) === 0;
            if (seq === 1 && type === 'SESSION_START' && genesis)
                return;
            this.error(seq, lineNo, 'genesis', `the first event must be seq 1, SESSION_START, prev_hash "0"*64; got seq ${seq}, ${type}, prev_hash ` +
                `${prevAt < 0 ? 'of an event before it' : ascii(records, prevAt, 12)}…`);
        }
        else if (type === 'SESSION_START' || seq === 1) {
            this.error(seq, lineNo, 'genesis', `seq ${seq} (${type}) on line ${lineNo}: only the first event may be seq 1 / SESSION_START`);
        }
    }
    checkLink(records, prevAt, seq, lineNo) {
        if (!this.hasPrevious || this.previousMalformed || prevAt < 0)
            return;
        const from = this.previousAt;
        if (records.compare(this.previousBytes, from, from + events/* HASH_LENGTH */.yJ, prevAt, prevAt + events/* HASH_LENGTH */.yJ) !== 0) {
            this.error(seq, lineNo, 'prev_hash_mismatch', `seq ${seq}: prev_hash ${ascii(records, prevAt, events/* HASH_LENGTH */.yJ)} is not the event_hash of the line before ` +
                `(${this.previousHash()})`);
        }
    }
    previousHash() {
        return ascii(this.previousBytes, this.previousAt, events/* HASH_LENGTH */.yJ);
    }
    /** SESSION_END once; after it only CHAIN_SEAL; after the seal nothing. */
    checkPlacement(seq, type, side, lineNo) {
        if (this.lineSealed) {
            this.error(seq, lineNo, 'seal_not_last', `seq ${seq} (${type}) follows CHAIN_SEAL: the seal must be the last line`);
            return;
        }
        if (type === 'CHAIN_SEAL') {
            this.lineSealed = true;
            if (!this.ended)
                this.error(seq, lineNo, 'seal_without_end', `seq ${seq}: CHAIN_SEAL without a SESSION_END before it`);
            this.checkSeal(side.event, lineNo);
        }
        else if (this.ended) {
            this.error(seq, lineNo, 'event_after_end', `seq ${seq} (${type}) follows SESSION_END: only CHAIN_SEAL may`);
        }
        if (type === 'SESSION_END')
            this.ended = true;
    }
    checkSeal(seal, lineNo) {
        const previous = this.hasPrevious && !this.previousMalformed ? { event_hash: this.previousHash() } : null;
        const fieldFindings = checkSealFields(seal, previous);
        const verdict = checkSealSignature(seal, this.options);
        for (const f of [...fieldFindings, ...verdict.findings])
            this.finding(f, seal.seq, lineNo);
        this.sealGood = fieldFindings.length === 0 && !verdict.findings.some((f) => f.severity === 'error');
        this.report.seal_trusted = this.sealGood && verdict.trusted;
        this.report.seal_public_key_sha256 = verdict.publicKeySha256;
    }
    /** LOG_DROP and CHAIN_BROKEN are honoured: they lower the classification, never vanish. */
    noteSpecialEvent(seq, type, side, lineNo) {
        if (type === 'LOG_DROP') {
            const p = side.event.payload;
            this.report.drops += 1;
            if (!isLogDropPayload(p))
                this.error(seq, lineNo, 'log_drop_payload', `seq ${seq}: LOG_DROP needs count (a positive integer), reason (a string) and seq_range_start <= ` +
                    `seq_range_end (positive integers)`);
            else
                this.report.dropped_count += p.count;
            this.warning(seq, lineNo, 'log_drop_recorded', `seq ${seq}: the recorder dropped ${JSON.stringify(p.count)} event(s) (${JSON.stringify(p.reason)})`);
        }
        else if (type === 'CHAIN_BROKEN') {
            this.report.breaks += 1;
            this.warning(seq, lineNo, 'chain_broken_recorded', `seq ${seq}: the recorder recorded a broken chain (${JSON.stringify(side.event.payload)})`);
        }
        else if (type === 'REDACTION') {
            this.report.redactions += 1;
        }
    }
    finding(f, seq, lineNo) {
        if (f.severity === 'error')
            this.error(seq, lineNo, f.rule, f.message);
        else
            this.warning(seq, lineNo, f.rule, f.message);
    }
    error(seq, line, rule, message) {
        if (this.report.errors.length >= MAX_ISSUES)
            this.issueOverflow += 1;
        else
            this.report.errors.push({ seq, line, rule, message });
    }
    warning(seq, line, rule, message) {
        if (this.report.warnings.length < MAX_ISSUES)
            this.report.warnings.push({ seq, line, rule, message });
    }
}
const GENESIS = Buffer.from(events/* GENESIS_PREV_HASH */.Sk, 'latin1');
function ascii(bytes, at, length) {
    return bytes.toString('latin1', at, at + length);
}
/** Copies the 64-byte hash at from[at] into `to`; returns `to`. */
function copyHash(from, at, to) {
    from.copy(to, 0, at, at + events/* HASH_LENGTH */.yJ);
    return to;
}
/**
 * What AgentOps Replay's SDK and spec write: a count of lost events, a reason, and the range of
 * seqs they would have had (the SDK writes one seq for all of them, often the LOG_DROP's own;
 * a server writes an earlier range). The spec names the four fields and their types; a range is
 * a first and a last seq, so first <= last.
 */
function isLogDropPayload(p) {
    const positive = (v) => Number.isSafeInteger(v) && v >= 1;
    const range = positive(p.seq_range_start) && positive(p.seq_range_end) && p.seq_range_start <= p.seq_range_end;
    return positive(p.count) && typeof p.reason === 'string' && p.reason !== '' && range;
}
/**
 * Authority comes from a trusted seal only: an untrusted seal is NON_AUTHORITATIVE even with
 * drops (otherwise recording a LOG_DROP would raise an untrusted chain to PARTIAL).
 */
function classify(r) {
    if (r.status !== 'PASS' || !r.sealed || !r.seal_trusted)
        return 'NON_AUTHORITATIVE_EVIDENCE';
    return r.drops > 0 || r.breaks > 0 ? 'PARTIAL_AUTHORITATIVE_EVIDENCE' : 'AUTHORITATIVE_EVIDENCE';
}
/** Reads each line as it is split into a one-record buffer, checked at once. */
class CheckedLines {
    checker;
    batch;
    records = Buffer.allocUnsafe(EVENT_RECORD_BYTES);
    constructor(checker, options) {
        this.checker = checker;
        this.batch = new line_records_LineBatchReader({ maxLine: checker.maxLine, fullEvents: options.onEvent !== undefined });
        this.batch.begin(this.records);
        checker.beginBatch();
    }
    line(bytes, start, end, terminated) {
        this.batch.rewind();
        this.batch.line(bytes, start, end, terminated);
        this.checker.consume(this.records, this.batch.length, this.batch.side);
    }
    tooLong(limit) {
        this.checker.tooLong(limit);
    }
}
function serial(file, options) {
    const checker = new ChainChecker(file, options, lines/* MAX_CHAIN_LINE_BYTES */.Q);
    return { checker, splitter: new lines/* LineSplitter */.g(new CheckedLines(checker, options)) };
}
/** Verifies chain lines held in memory (each without its newline; `truncatedLast` if the final one had none). */
function verifyChainLines(lines, options = {}, file = '<memory>', truncatedLast = false) {
    const { checker, splitter } = serial(file, options);
    if (lines.length > 0)
        splitter.push(Buffer.from(`${lines.join('\n')}${truncatedLast ? '' : '\n'}`, 'utf8'));
    splitter.finish();
    return checker.finish();
}
/**
 * Verifies a chain arriving in chunks (a ZIP entry's stream, say) without holding it.
 * @public (no caller yet: kept for verifying a capsule's chain in one pass)
 */
async function verifyChainStream(chunks, file, options = {}) {
    const { checker, splitter } = serial(file, options);
    for await (const chunk of chunks) {
        splitter.push(chunk);
        if (splitter.done)
            break;
    }
    splitter.finish();
    return checker.finish();
}
/** Reads the rest of the open file through the splitter, on this thread. */
async function splitRest(read, splitter) {
    while (!splitter.done) {
        const room = splitter.space();
        const bytesRead = await read(room, 0, room.length);
        if (bytesRead === 0)
            break;
        splitter.commit(bytesRead);
    }
    splitter.finish();
}
/**
 * A big file's batches go to the worker threads `workers` gives (null: none can help), a small
 * one's are read on this thread.
 */
function readingFrom(workers) {
    return {
        runner: (size) => {
            const started = size >= chain_workers/* PARALLEL_MIN_BYTES */.rV ? workers() : null;
            return started && threadedBatchRunner(lines/* MAX_CHAIN_LINE_BYTES */.Q, started);
        },
        slotBytes: 1 << 19,
        warmingBytes: 1 << 16,
    };
}
/** Workers started for a big file once it is open. */
const DEFAULT_READING = readingFrom(() => (0,chain_workers/* startChainWorkers */.Z1)());
/**
 * Reading with workers already started (`startChainWorkersFor`, before this module was even
 * loaded), if the file is big enough once opened; the caller closes them either way.
 */
const readingWith = (workers) => readingFrom(() => workers);
/** Fills `head` from the file's first bytes; false if the file is shorter. */
async function readHead(handle, head, unreadable) {
    try {
        return (await handle.read(head, 0, head.length, 0)).bytesRead === head.length;
    }
    catch (err) {
        throw unreadable(err);
    }
}
/**
 * Streams the file: memory stays flat however long the chain or any line in it. The file is
 * opened once and read once, front to back, on this thread; a big one's batches of lines are
 * read into events by worker threads, and checked here in file order, as they would be on one
 * thread. Unreadable file: CapsuleError.
 */
async function verifyChainFile(path, options = {}, reading = DEFAULT_READING) {
    const unreadable = (err) => new errors/* CapsuleError */.Mu('file_unreadable', `${path}: cannot read event chain: ${(0,errors/* describeFsError */.TQ)(err)}`, { file: path });
    let handle;
    try {
        handle = await (0,promises_.open)(path, fsio_read/* OPEN_TO_READ */._);
    }
    catch (err) {
        throw unreadable(err);
    }
    const opened = handle;
    const read = async (buffer, offset, length) => {
        try {
            return (await opened.read(buffer, offset, length, null)).bytesRead;
        }
        catch (err) {
            throw unreadable(err);
        }
    };
    try {
        const { checker, splitter } = serial(path, options);
        let stat;
        try {
            stat = await handle.stat();
        }
        catch (err) {
            throw unreadable(err);
        }
        if (!stat.isFile()) {
            const why = 'is not a regular file, so it is not read as an event chain';
            throw new errors/* CapsuleError */.Mu('file_unreadable', `${path}: ${why}`, { file: path });
        }
        const size = stat.size;
        // Read through this handle, at offset 0 (the reading below starts there too): one open.
        const head = Buffer.alloc(ARCHIVE_HEAD_BYTES);
        const archive = size >= ARCHIVE_HEAD_BYTES && await readHead(opened, head, unreadable) && isArchiveHead(head);
        if (archive)
            return archiveReport(path);
        const runner = options.onEvent === undefined ? reading.runner(size) : null;
        if (runner === null)
            await splitRest(read, splitter);
        else {
            let leftover;
            try {
                leftover = await checkInBatches(read, checker, runner, reading.slotBytes, reading.warmingBytes);
            }
            finally {
                runner.close();
            }
            if (leftover !== null) {
                // A line longer than a slot: the rest is read here, the bytes already read of it first.
                checker.beginBatch();
                splitter.push(leftover);
                await splitRest(read, splitter);
            }
        }
        return checker.finish();
    }
    finally {
        await handle.close();
    }
}


/***/ })

};
