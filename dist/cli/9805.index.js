export const id = 9805;
export const ids = [9805];
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
