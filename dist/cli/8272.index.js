export const id = 8272;
export const ids = [8272,9805,7038];
export const modules = {

/***/ 6813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Y5: () => (/* binding */ SHA256_HEX),
/* harmony export */   ch: () => (/* binding */ sha256Chunks),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   ws: () => (/* binding */ DIGEST_READ_BYTES)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Reads for a digest are this large. */
const DIGEST_READ_BYTES = 1 << 20;
/** Streams the file: memory does not grow with its size. */
async function sha256File(path) {
    return sha256Chunks((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: DIGEST_READ_BYTES }));
}
/** The digest of every chunk a stream gives (a file's read stream, say), in order. */
async function sha256Chunks(chunks) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
const SHA256_HEX = /^[0-9a-f]{64}$/;


/***/ }),

/***/ 6680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mr: () => (/* binding */ canonicalBytes),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   u3: () => (/* binding */ jcsNumber)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * RFC 8785 (JCS) canonical form of a JSON value: the bytes that are hashed and signed.
 * Written for what JSON.parse returns (plain objects, arrays, strings, finite numbers,
 * booleans, null) and for the objects our code builds like them: as JSON.stringify does,
 * `undefined` members are left out, `undefined` array items become null and `toJSON` is used.
 * NaN, Infinity and lone surrogates have no canonical form and throw `jcs_unrepresentable`.
 */
function canonicalJson(value, options = {}) {
    return serialize(value, { spellFloat: options.spellFloat ?? jcsNumber, ijson: options.ijson ?? false }, 0);
}
function canonicalBytes(value, options = {}) {
    return Buffer.from(canonicalJson(value, options), 'utf8');
}
/** Deeper than any document we write or read: a cycle or a hostile value, not data. */
const MAX_SERIALIZE_DEPTH = 1000;
/** RFC 8785 §3.2.2.3: ECMAScript's Number.prototype.toString, with -0 as 0. */
function jcsNumber(value) {
    return value === 0 ? '0' : String(value);
}
/** True when `jcsNumber(value)` has a fraction or an exponent (a reader sees a float token). */
function hasFloatSpelling(spelled) {
    for (let i = 0; i < spelled.length; i++) {
        const c = spelled.charCodeAt(i);
        if (c === 0x2e || c === 0x65)
            return true;
    }
    return false;
}
function serialize(value, spelling, depth) {
    switch (typeof value) {
        case 'string':
            return canonicalString(value);
        case 'number': {
            if (!Number.isFinite(value))
                throw unrepresentable(`the number ${value}`);
            const spelled = jcsNumber(value);
            if (spelling.spellFloat === jcsNumber && !spelling.ijson)
                return spelled;
            if (!hasFloatSpelling(spelled)) {
                if (spelling.ijson && Math.abs(value) > Number.MAX_SAFE_INTEGER)
                    throw unrepresentable(`the integer ${spelled}, beyond ±(2^53−1),`);
                return spelled;
            }
            return spelling.spellFloat(value);
        }
        case 'boolean':
            return value ? 'true' : 'false';
        case 'object':
            break;
        default:
            // Top-level undefined, functions, symbols, bigint: JSON has no spelling for them.
            throw unrepresentable(`a ${typeof value}`);
    }
    if (value === null)
        return 'null';
    if (depth >= MAX_SERIALIZE_DEPTH)
        throw unrepresentable(`a value nested deeper than ${MAX_SERIALIZE_DEPTH} levels (a cycle?)`);
    const toJSON = value.toJSON;
    if (typeof toJSON === 'function')
        return serialize(toJSON.call(value), spelling, depth + 1);
    if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
            const item = value[i];
            if (i > 0)
                out += ',';
            out += item === undefined || typeof item === 'symbol' || typeof item === 'function' ? 'null' : serialize(item, spelling, depth + 1);
        }
        return `${out}]`;
    }
    const record = value;
    const keys = Object.keys(record);
    // JCS orders members by UTF-16 code units, which is what the default sort compares.
    if (!isSorted(keys))
        keys.sort();
    let out = '{';
    let first = true;
    for (const key of keys) {
        const member = record[key];
        if (member === undefined || typeof member === 'symbol' || typeof member === 'function')
            continue;
        out += `${first ? '' : ','}${canonicalString(key)}:${serialize(member, spelling, depth + 1)}`;
        first = false;
    }
    return `${out}}`;
}
function isSorted(keys) {
    for (let i = 1; i < keys.length; i++)
        if (keys[i - 1] > keys[i])
            return false;
    return true;
}
/** JSON.stringify escapes exactly as JCS does (only `"`, `\` and controls), lone surrogates aside. */
function canonicalString(value) {
    if (!value.isWellFormed())
        throw unrepresentable('a string with a lone surrogate');
    return JSON.stringify(value);
}
function unrepresentable(what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('jcs_unrepresentable', `${what} has no JSON canonical form (RFC 8785)`);
}


/***/ }),

/***/ 7105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   KX: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   jM: () => (/* binding */ parseJsonStrict),
/* harmony export */   lZ: () => (/* binding */ escapePointer)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _fsio_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1715);


/**
 * Deepest nesting of arrays and objects any reader accepts. Our documents and AGILAB's are
 * under 10 deep; the cap keeps every later recursive walk (schema validation, canonical
 * forms, rendering) far from the stack limit, whoever wrote the file.
 */
const MAX_JSON_DEPTH = 128;
/**
 * Strict JSON (RFC 8259): no comments, no trailing commas, no duplicate keys (JSON.parse keeps
 * the last silently, which lets two readers of one signed document see different values),
 * nesting at most MAX_JSON_DEPTH. One iterative pass builds the value; positions are found
 * again only when a message needs one, so a large document costs what JSON.parse costs.
 */
function parseJsonStrict(text, file, options = {}) {
    const value = new StrictParser(text, file, options).parse();
    return { file, value, locate: (pointer) => positionOf(text, locateOffset(text, pointer)) };
}
/** Reads a JSON file through one descriptor, refusing one larger than `maxBytes` before reading it. */
function readJsonFile(path, options = {}) {
    return parseJsonStrict((0,_fsio_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextFile */ .Gu)(path, options.maxBytes ?? _fsio_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DOCUMENT_FILE_BYTES */ .qp), path, options);
}
function escapePointer(token) {
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
// Runs the scanner skips in one native step rather than a character at a time (a small verify parses
// tens of kilobytes of indented JSON and base64 before any loop has warmed up): the same characters
// the per-character tests name, as UTF-16 code units.
const SPACE_RUN = /[ \n\r\t]*/y;
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;
class StrictParser {
    text;
    file;
    options;
    pos;
    stack = [];
    constructor(text, file, options) {
        this.text = text;
        this.file = file;
        this.options = options;
        this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    parse() {
        this.skipSpace();
        if (this.pos >= this.text.length)
            this.fail('empty document: the file holds no JSON value');
        if (looksLikeYaml(this.text, this.pos))
            this.fail('this is YAML (or another text format), not JSON: write it as JSON');
        let value;
        for (;;) {
            if (this.openContainer())
                continue;
            value = this.scalar();
            // Attach the finished value, then close every container it completes.
            for (;;) {
                const top = this.stack[this.stack.length - 1];
                if (!top)
                    break;
                if (top.isArray)
                    top.container.push(value);
                else
                    setMember(top.container, top.key, value);
                this.skipSpace();
                const c = this.text.charCodeAt(this.pos);
                if (c === 0x2c) {
                    this.pos++;
                    if (!top.isArray)
                        this.memberKey(top);
                    break;
                }
                if (c === (top.isArray ? 0x5d : 0x7d)) {
                    this.pos++;
                    value = top.container;
                    this.stack.pop();
                    continue;
                }
                this.fail(`expected "," or "${top.isArray ? ']' : '}'}"`);
            }
            if (this.stack.length === 0)
                break;
        }
        this.skipSpace();
        if (this.pos < this.text.length)
            this.fail('unexpected text after the document');
        return value;
    }
    /** Opens `{` or `[`; an empty one is a finished scalar-like value, left for scalar(). */
    openContainer() {
        this.skipSpace();
        const c = this.text.charCodeAt(this.pos);
        if (c !== 0x7b && c !== 0x5b)
            return false;
        const isArray = c === 0x5b;
        if (this.stack.length >= MAX_JSON_DEPTH)
            this.fail(`nested deeper than ${MAX_JSON_DEPTH} levels`, 'json_too_deep');
        if (this.peekAfterSpace(this.pos + 1) === (isArray ? 0x5d : 0x7d))
            return false;
        this.pos++;
        const frame = { container: isArray ? [] : {}, key: '', isArray };
        this.stack.push(frame);
        if (!isArray)
            this.memberKey(frame);
        return true;
    }
    memberKey(frame) {
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) !== QUOTE)
            this.fail('expected a property name in double quotes');
        const keyAt = this.pos;
        const key = this.string();
        if (Object.hasOwn(frame.container, key)) {
            frame.key = key;
            this.fail(`duplicate key ${JSON.stringify(key)} at ${this.pointer()}`, 'json_duplicate_key', keyAt);
        }
        frame.key = key;
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) !== 0x3a)
            this.fail('expected ":" after a property name');
        this.pos++;
    }
    scalar() {
        const t = this.text;
        const c = t.charCodeAt(this.pos);
        if (c === QUOTE) {
            const at = this.pos;
            const str = this.string();
            if (this.options.ijson && /\p{Surrogate}/u.test(str))
                this.fail(`string at ${this.pointer() || '/'} holds a lone surrogate (not I-JSON)`, 'json_string_not_ijson', at);
            return str;
        }
        if (c === 0x7b || c === 0x5b) {
            // An empty container (openContainer left it): "{ }" or "[ ]".
            this.pos = this.peekAfterSpaceIndex(this.pos + 1) + 1;
            return c === 0x5b ? [] : {};
        }
        const literal = c === 0x74 ? LITERALS.true : c === 0x66 ? LITERALS.false : c === 0x6e ? LITERALS.null : undefined;
        if (literal && t.startsWith(literal[0], this.pos)) {
            this.pos += literal[0].length;
            return literal[1];
        }
        NUMBER.lastIndex = this.pos;
        const m = NUMBER.exec(t);
        if (!m || m[0].length === 0 || m[0] === '-')
            this.fail(this.pos >= t.length ? 'unexpected end of the document' : 'expected a value');
        const raw = m[0];
        const num = Number(raw);
        if (this.options.ijson && !isIJsonNumber(raw, num))
            this.fail(`number ${raw} at ${this.pointer() || '/'} is outside I-JSON (RFC 7493) range or precision`, 'json_number_not_ijson');
        this.pos += raw.length;
        return num;
    }
    /** A string token at `pos` (the opening quote): control characters and bad escapes refused. */
    string() {
        const t = this.text;
        const start = this.pos;
        let i = start + 1;
        let escaped = false;
        for (;;) {
            PLAIN_RUN.lastIndex = i;
            PLAIN_RUN.test(t);
            i = PLAIN_RUN.lastIndex;
            if (i >= t.length)
                this.fail('unterminated string', 'json_invalid', start);
            const c = t.charCodeAt(i);
            if (c === QUOTE)
                break;
            if (c < 0x20)
                this.fail('control character in a string (escape it)', 'json_invalid', i);
            if (c === BACKSLASH) {
                ESCAPE.lastIndex = i;
                const m = ESCAPE.exec(t);
                if (!m)
                    this.fail('invalid escape in a string', 'json_invalid', i);
                i += m[0].length;
                escaped = true;
            }
            else
                i++;
        }
        this.pos = i + 1;
        return escaped ? JSON.parse(t.slice(start, i + 1)) : t.slice(start + 1, i);
    }
    skipSpace() {
        this.pos = this.peekAfterSpaceIndex(this.pos);
    }
    peekAfterSpaceIndex(from) {
        if (from >= this.text.length)
            return from;
        SPACE_RUN.lastIndex = from;
        SPACE_RUN.test(this.text);
        return SPACE_RUN.lastIndex;
    }
    peekAfterSpace(from) {
        return this.text.charCodeAt(this.peekAfterSpaceIndex(from));
    }
    /** The pointer of the value being read. */
    pointer() {
        return this.stack.map((f) => `/${f.isArray ? f.container.length : escapePointer(f.key)}`).join('');
    }
    fail(what, code = 'json_invalid', offset = this.pos) {
        const at = positionOf(this.text, offset);
        const pointer = this.pointer();
        const prefix = code === 'json_invalid' || code === 'json_too_deep' ? 'invalid JSON: ' : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu(code, `${this.file}:${at.line}:${at.column}: ${prefix}${what}`, { file: this.file, pointer, ...at });
    }
}
/**
 * A document that starts like YAML (`key: value`, `---`, `- item`) rather than a JSON value is
 * named as such: "expected a value" would not tell the user what is wrong with the file. No JSON
 * text starts this way, so a valid document is never refused by it.
 */
const YAML_START = /^(?:---|%YAML|- |[A-Za-z_][\w.-]*[ \t]*:(?:\s|$)|"[^"\n]*"[ \t]*:)/;
function looksLikeYaml(text, at) {
    return YAML_START.test(text.slice(at, at + 200));
}
const LITERALS = { true: ['true', true], false: ['false', false], null: ['null', null] };
/** `__proto__` is an ordinary key in JSON; defineProperty keeps it one. */
function setMember(obj, key, value) {
    if (key === '__proto__')
        Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
    else
        obj[key] = value;
}
function isIJsonNumber(raw, num) {
    if (!Number.isFinite(num))
        return false;
    if (/^-?\d+$/.test(raw))
        return Math.abs(num) <= MAX_SAFE;
    return true;
}
/**
 * The offset of the value at `pointer` in a document that already parsed, or of its nearest
 * existing parent: a walk that skips the members it does not descend into.
 */
function locateOffset(text, pointer) {
    const tokens = pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    const space = (i) => {
        while (i < text.length && ' \n\r\t\ufeff'.includes(text[i]))
            i++;
        return i;
    };
    let at = space(0);
    for (const token of tokens) {
        const open = text[at];
        if (open !== '{' && open !== '[')
            return at;
        let i = space(at + 1);
        let found = -1;
        for (let index = 0; text[i] !== '}' && text[i] !== ']' && i < text.length; index++) {
            let key = null;
            if (open === '{') {
                const end = stringEnd(text, i);
                key = JSON.parse(text.slice(i, end));
                i = space(space(end) + 1);
            }
            if ((open === '{' && key === token) || (open === '[' && String(index) === token)) {
                found = i;
                break;
            }
            i = space(skipValue(text, i));
            if (text[i] === ',')
                i = space(i + 1);
        }
        if (found < 0)
            return at;
        at = found;
    }
    return at;
}
/** The index just past the string token starting at `i`. */
function stringEnd(text, i) {
    let j = i + 1;
    while (j < text.length && text[j] !== '"')
        j += text[j] === '\\' ? 2 : 1;
    return j + 1;
}
/** The index just past the value starting at `i` (iterative: depth is a counter). */
function skipValue(text, i) {
    let depth = 0;
    let j = i;
    do {
        const c = text[j];
        if (c === '"')
            j = stringEnd(text, j);
        else {
            if (c === '{' || c === '[')
                depth++;
            else if (c === '}' || c === ']')
                depth--;
            else if (depth === 0) {
                while (j < text.length && !',}] \n\r\t'.includes(text[j]))
                    j++;
                return j;
            }
            j++;
        }
    } while (depth > 0 && j < text.length);
    return j;
}
function positionOf(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}


/***/ }),

/***/ 9805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canonicalPublicKeyPem: () => (/* binding */ canonicalPublicKeyPem),
/* harmony export */   generateSigningKey: () => (/* binding */ generateSigningKey),
/* harmony export */   isCanonicalPublicKeyPem: () => (/* binding */ isCanonicalPublicKeyPem),
/* harmony export */   keyFileTooOpen: () => (/* binding */ keyFileTooOpen),
/* harmony export */   loadSigningKey: () => (/* binding */ loadSigningKey),
/* harmony export */   publicKeyFileSha256: () => (/* binding */ publicKeyFileSha256),
/* harmony export */   publicKeyFromPem: () => (/* binding */ publicKeyFromPem),
/* harmony export */   publicKeyIdentity: () => (/* binding */ publicKeyIdentity),
/* harmony export */   publicKeySha256: () => (/* binding */ publicKeySha256),
/* harmony export */   signingKeyFromPem: () => (/* binding */ signingKeyFromPem),
/* harmony export */   verifyEd25519Strict: () => (/* binding */ verifyEd25519Strict),
/* harmony export */   writeGeneratedKey: () => (/* binding */ writeGeneratedKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _noble_ed25519__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9605);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _fsio_atomic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9802);
/* harmony import */ var _fsio_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1715);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6813);







// noble's verifier hashes R || A || M with the SHA-512 it is given: Node's, from the node:crypto every
// verify has loaded for SHA-256 already. (@noble/hashes' own, a 59 KB module that builds its round
// constants at load, cost every verify ~1 ms before any signature was in sight.)
_noble_ed25519__WEBPACK_IMPORTED_MODULE_6__/* .hashes */ .RY.sha512 = (message) => new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512').update(message).digest());
/** The group order L: a signature's S must be below it (RFC 8032 §5.1.7, canonical S). */
const L = 2n ** 252n + 27742317777372353535851937790883648493n;
/**
 * The one PEM text of an Ed25519 public key: the SPKI DER in base64 on one line (60 characters,
 * under PEM's 64-column wrap), `\n` line ends, a final `\n`. What OpenSSL, Node and Python's
 * cryptography write, so AGILAB's `public_key_sha256` of a key it wrote is this text's digest.
 */
function canonicalPublicKeyPem(publicKey) {
    return `-----BEGIN PUBLIC KEY-----\n${Buffer.concat([SPKI_ED25519_PREFIX, publicKey]).toString('base64')}\n-----END PUBLIC KEY-----\n`;
}
/**
 * A key's identity (`public_key_sha256`): the SHA-256 of its canonical PEM, computed from the
 * key itself, so another spelling of the same key's PEM (CRLF, another line width) cannot
 * pass for another key, e.g. one not yet revoked.
 */
function publicKeyIdentity(publicKey) {
    return (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Hex */ .fg)(Buffer.from(canonicalPublicKeyPem(publicKey), 'ascii'));
}
/** The identity of the key a PEM holds (CapsuleError when it is not an Ed25519 SPKI PEM). */
function publicKeySha256(pem) {
    return publicKeyIdentity(publicKeyFromPem(pem));
}
/** True when `pem` is exactly the canonical text of its key. */
function isCanonicalPublicKeyPem(pem) {
    try {
        return pem === canonicalPublicKeyPem(publicKeyFromPem(pem));
    }
    catch {
        return false;
    }
}
function fromKeyObject(key, origin) {
    if (key.asymmetricKeyType !== 'ed25519') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('key_not_ed25519', `${origin}: key is ${key.asymmetricKeyType ?? 'not asymmetric'}, expected an Ed25519 private key (PKCS#8 PEM)`, { file: origin });
    }
    const raw = publicKeyFromPem((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key).export({ type: 'spki', format: 'pem' }));
    return {
        publicKeyPem: canonicalPublicKeyPem(raw),
        publicKeySha256: publicKeyIdentity(raw),
        origin,
        sign: (message) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, message, key),
    };
}
/** Parses an unencrypted PKCS#8 PEM Ed25519 private key. */
function signingKeyFromPem(pem, origin) {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('key_unreadable', `${origin}: not an unencrypted PKCS#8 PEM private key (${err.message})`, { file: origin });
    }
    return fromKeyObject(key, origin);
}
function loadSigningKey(path) {
    let pem;
    try {
        pem = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('key_unreadable', `${path}: cannot read signing key: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFsError */ .TQ)(err)}`, { file: path });
    }
    return signingKeyFromPem(pem, path);
}
/** True when group or others can read the key file (it should be 0600). */
function keyFileTooOpen(path) {
    try {
        return ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).mode & 0o077) !== 0;
    }
    catch {
        return false; // loadSigningKey says why it cannot be read
    }
}
function generateSigningKey(origin = 'generated key') {
    const { privateKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ed25519');
    const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' });
    return { privateKeyPem, key: fromKeyObject(privateKey, origin) };
}
/** Writes a new key pair: the private key mode 0600, the public key beside it as `<path>.pub`. */
function writeGeneratedKey(path) {
    const { privateKeyPem, key } = generateSigningKey(path);
    (0,_fsio_atomic_js__WEBPACK_IMPORTED_MODULE_3__.writeFileAtomic)(path, privateKeyPem, 0o600);
    (0,_fsio_atomic_js__WEBPACK_IMPORTED_MODULE_3__.writeFileAtomic)(`${path}.pub`, key.publicKeyPem, 0o644);
    return key;
}
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/**
 * The raw 32-byte key from an SPKI PEM, accepting only Ed25519 (OID 1.3.101.112) in its
 * one DER form, so a PEM of another key type or with trailing bytes is rejected by name.
 */
function publicKeyFromPem(pem) {
    const body = pem.match(/^-----BEGIN PUBLIC KEY-----\r?\n([A-Za-z0-9+/=\r\n]+)-----END PUBLIC KEY-----\r?\n?$/);
    if (!body)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('public_key_invalid', 'public key is not a PEM "PUBLIC KEY" block');
    const der = Buffer.from(body[1].replace(/\s+/g, ''), 'base64');
    if (der.length !== 44 || !der.subarray(0, 12).equals(SPKI_ED25519_PREFIX)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('public_key_invalid', 'public key is not an Ed25519 SubjectPublicKeyInfo (OID 1.3.101.112, 32-byte key)');
    }
    return der.subarray(12);
}
/**
 * RFC 8032 verification with the strict rules OpenSSL lacks: canonical encodings of A and R,
 * S < L, and no small-order A or R (OpenSSL accepts A = R = identity, S = 0 for any message).
 */
function verifyEd25519Strict(publicKey, message, signature) {
    if (publicKey.length !== 32 || signature.length !== 64)
        return false;
    let A;
    let R;
    try {
        A = _noble_ed25519__WEBPACK_IMPORTED_MODULE_6__/* .Point */ .bR.fromBytes(publicKey, false);
        R = _noble_ed25519__WEBPACK_IMPORTED_MODULE_6__/* .Point */ .bR.fromBytes(signature.subarray(0, 32), false);
    }
    catch {
        return false;
    }
    if (A.isSmallOrder() || R.isSmallOrder())
        return false;
    const s = Buffer.from(signature.subarray(32)).reverse();
    if (BigInt(`0x${s.toString('hex')}`) >= L)
        return false;
    try {
        return _noble_ed25519__WEBPACK_IMPORTED_MODULE_6__/* .verify */ .MX(signature, message, publicKey, { zip215: false });
    }
    catch {
        return false;
    }
}
/** The sha256 of the Ed25519 public key in a PEM file; what is wrong with it names the file. */
function publicKeyFileSha256(path) {
    const pem = (0,_fsio_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readTextFile */ .Gu)(path, 64 * 1024);
    try {
        return publicKeySha256(pem);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu(err.code, `${path}: ${err.message}`, { file: path });
        throw err;
    }
}


/***/ })

};
