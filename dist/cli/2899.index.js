export const id = 2899;
export const ids = [2899,9742];
export const modules = {

/***/ 2899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ folderFiles),
/* harmony export */   loadVerifiedRun: () => (/* binding */ loadVerifiedRun)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6813);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7105);
/* harmony import */ var _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2479);
/* harmony import */ var _keys_ed25519_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9805);
/* harmony import */ var _sign_signature_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1491);
/* harmony import */ var _trust_policy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9742);
/* harmony import */ var _verify_capsule_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(826);
/* harmony import */ var _verify_run_folder_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6777);
/* harmony import */ var _verify_target_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1756);
/* harmony import */ var _view_source_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2784);
/* harmony import */ var _side_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7904);














const MAX_MANIFEST_BYTES = 16 * 1024 ** 2;
/**
 * Verifies a capsule (strictly, under the trust policy when one is given) or a run folder,
 * then reads what a comparison needs from exactly the bytes that verified. Anything that
 * does not verify is refused with a CapsuleError naming the run and its failed checks.
 */
async function loadVerifiedRun(target, options) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('target_missing', `${options.role} ${target}: no such capsule, run folder or manifest`, { file: target });
    if (!(0,_verify_target_js__WEBPACK_IMPORTED_MODULE_11__/* .isCapsuleTarget */ .J)(target)) {
        if (options.capsuleOnly) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('baseline_not_capsule', `${options.role} ${target}: is a folder or a manifest, not a .agipack; a baseline must be a signed .agipack capsule, so its origin can be checked under a trust policy`, { file: target });
        }
        return loadRunFolder(target, options);
    }
    return loadCapsule(target, options);
}
/**
 * The capsule is opened once and read once by verification, and every entry compared is read
 * through that descriptor and checked against that pass: a file swapped on disk after
 * verification cannot be what is compared.
 */
async function loadCapsule(target, options) {
    const signaturePath = options.signaturePath ?? (0,_sign_signature_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultSignaturePath */ .x7)(target);
    const { trustPolicyPath, publicKeyPaths } = options;
    const requireSignature = trustPolicyPath !== undefined || (publicKeyPaths?.length ?? 0) > 0;
    const verified = await (0,_verify_capsule_js__WEBPACK_IMPORTED_MODULE_9__.openVerifiedCapsule)(target, { signaturePath, trustPolicyPath, publicKeyPaths, requireSignature, strict: true });
    try {
        const report = verified.report;
        refuseUnverified(report, target, options);
        const source = (0,_view_source_js__WEBPACK_IMPORTED_MODULE_12__/* .capsuleSource */ .l)(verified.capsule);
        const entries = new Map((0,_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCapsuleManifest */ .Es)((await readAll(source, _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .CAPSULE_MANIFEST_NAME */ .u5, target)).toString('utf8'), `${target}!/${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .CAPSULE_MANIFEST_NAME */ .u5}`).entries.map((e) => [e.path, e]));
        const manifest = parseManifest(await readAll(source, _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .SNAPSHOT_NAME */ .lE, target), `${target}!/${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .SNAPSHOT_NAME */ .lE}`);
        const files = {
            read: async (path, maxBytes) => (await source.read(path, maxBytes))?.bytes ?? null,
            digest: async (path) => {
                const e = entries.get(path);
                return e ? { sha256: e.sha256, size: e.size_bytes } : null;
            },
        };
        const side = await (0,_side_js__WEBPACK_IMPORTED_MODULE_13__/* .runSide */ .D)(manifest, files, { name: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target), kind: 'capsule', sha256: report.capsule.sha256, verification_status: 'pass', evidence_class: report.evidence_class });
        return { side, report };
    }
    finally {
        verified.close();
    }
}
async function loadRunFolder(target, options) {
    const manifestPath = (0,_verify_run_folder_js__WEBPACK_IMPORTED_MODULE_10__.resolveRunManifestPath)(target);
    const trusted = [...(0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_8__.trustedKeysIn)(options.trustPolicyPath), ...(options.publicKeyPaths ?? []).map(_keys_ed25519_js__WEBPACK_IMPORTED_MODULE_6__.publicKeyFileSha256)];
    const report = await (0,_verify_run_folder_js__WEBPACK_IMPORTED_MODULE_10__.verifyRunFolder)(manifestPath, { trustedPublicKeySha256: trusted });
    refuseUnverified(report, target, options);
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(manifestPath));
    const manifest = parseManifest(await readAll((0,_view_source_js__WEBPACK_IMPORTED_MODULE_12__/* .folderSource */ .W)(folder), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(manifestPath), manifestPath), manifestPath);
    const side = await (0,_side_js__WEBPACK_IMPORTED_MODULE_13__/* .runSide */ .D)(manifest, folderFiles(folder), { name: target, kind: 'run-folder', sha256: report.capsule.sha256, verification_status: 'pass', evidence_class: report.evidence_class });
    return { side, report };
}
/** Files of a run folder; a path that leaves it (`..`, a symlink pointing out) reads as absent. */
function folderFiles(folder) {
    const source = (0,_view_source_js__WEBPACK_IMPORTED_MODULE_12__/* .folderSource */ .W)(folder);
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(folder);
    return {
        read: async (path, maxBytes) => (await source.read(path, maxBytes))?.bytes ?? null,
        digest: async (path) => {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(full).startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
                return null;
            const d = await (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)(full);
            return { sha256: d.sha256, size: d.size };
        },
    };
}
function refuseUnverified(report, target, options) {
    if (report.status === 'pass')
        return;
    const failed = report.checks.filter((c) => c.status === 'fail').map((c) => `${c.id}: ${c.summary}`);
    const anchors = [...(options.trustPolicyPath ? [options.trustPolicyPath] : []), ...(options.publicKeyPaths ?? [])];
    const under = anchors.length > 0 ? ` under ${anchors.join(', ')}` : '';
    const so = options.role === 'baseline' ? 'so it cannot be a baseline' : 'so it is not compared';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('run_not_verified', `${options.role} ${target}: does not verify${under}, ${so}:\n  ${failed.join('\n  ')}`, { file: target }, { report });
}
async function readAll(source, path, where) {
    const read = await source.read(path, MAX_MANIFEST_BYTES);
    if (!read || read.truncated)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('run_manifest_missing', `${where}: ${path} is missing or larger than ${MAX_MANIFEST_BYTES} bytes`, { file: where });
    return read.bytes;
}
/** Verification already validated the manifest against its schema; this reads the same bytes. */
function parseManifest(bytes, file) {
    return (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonStrict */ .jM)(bytes.toString('utf8'), file, { ijson: true }).value;
}


/***/ }),

/***/ 7904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ runSide)
});

// UNUSED EXPORTS: DECISION_PATH

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/hash/sha256.ts
var sha256 = __webpack_require__(6813);
// EXTERNAL MODULE: ./src/json/parse.ts
var parse = __webpack_require__(7105);
// EXTERNAL MODULE: ./src/json/untrusted.ts
var untrusted = __webpack_require__(1940);
;// CONCATENATED MODULE: ./src/diff/metrics.ts


/** A metrics file with more numbers than this is a data set, not a summary: the rest is noted, not compared. */
const MAX_METRICS_PER_OUTPUT = 1000;
/**
 * The numbers of one metrics output (JSON): every numeric leaf, named by its dotted path
 * (`accuracy`, `eval.f1`, `per_class.0`). A file that is not JSON yields no metrics and a
 * note; booleans and strings are not metrics.
 */
function metricsOf(output, bytes, notes) {
    let value;
    try {
        value = (0,parse/* parseJsonStrict */.jM)(bytes.toString('utf8'), output).value;
    }
    catch (err) {
        if (!(err instanceof errors/* CapsuleError */.Mu))
            throw err;
        notes.push(`${output}: a metrics output that is not JSON, so no metrics are read from it (${err.message.split('\n')[0]})`);
        return [];
    }
    const metrics = [];
    const walk = (node, name) => {
        if (metrics.length > MAX_METRICS_PER_OUTPUT)
            return;
        if (typeof node === 'number')
            metrics.push({ output, name: name || '(value)', value: node });
        else if (Array.isArray(node))
            node.forEach((item, i) => walk(item, name ? `${name}.${i}` : String(i)));
        else if (typeof node === 'object' && node !== null)
            for (const [key, item] of Object.entries(node))
                walk(item, name ? `${name}.${key}` : key);
    };
    walk(value, '');
    if (metrics.length > MAX_METRICS_PER_OUTPUT) {
        notes.push(`${output}: more than ${MAX_METRICS_PER_OUTPUT} numbers; only the first ${MAX_METRICS_PER_OUTPUT} are compared`);
        metrics.length = MAX_METRICS_PER_OUTPUT;
    }
    return metrics;
}

;// CONCATENATED MODULE: ./src/diff/side.ts





/** Largest metrics output or decision document read into memory. */
const MAX_DOCUMENT_BYTES = 16 * 1024 ** 2;
const DECISION_PATH = 'promotion/promotion_decision.json';
/**
 * The comparable facts of one run: the manifest's record, the outputs with their digests,
 * the numbers of every metrics output, and the recorded decision when the run has one. A
 * metrics file whose bytes do not hash to what the record says is not read.
 */
async function runSide(manifest, files, who) {
    const notes = [];
    const pc = manifest.proof_capsule;
    const outputs = pc ? pc.outputs.map((o) => ({ ...o })) : await agilabOutputs(manifest, files);
    const metrics = [];
    for (const o of outputs.filter((x) => x.kind === 'metrics')) {
        const bytes = await files.read(o.path, MAX_DOCUMENT_BYTES);
        if (bytes === null)
            notes.push(`${o.path}: metrics output not found in the run`);
        else if ((0,sha256/* sha256Hex */.fg)(bytes) !== o.sha256)
            notes.push(`${o.path}: does not hash to the recorded ${o.sha256} (or is larger than ${MAX_DOCUMENT_BYTES} bytes); its metrics are not compared`);
        else
            metrics.push(...metricsOf(o.path, bytes, notes));
    }
    return {
        ...who,
        run_id: manifest.run_id,
        status: manifest.status,
        bundle: pc ? { name: pc.bundle.name, version: pc.bundle.version, sha256: pc.bundle.sha256, lane: pc.bundle.lane } : null,
        command: { argv: manifest.command.argv, cwd: manifest.command.cwd },
        env: new Map(Object.entries(manifest.command.env_overrides).map(([name, value]) => [name, (0,sha256/* sha256Hex */.fg)(value)])),
        secret_names: pc?.secrets.names ?? [],
        placement: pc ? { site: pc.placement.site, executor: pc.execution.executor, accel: pc.placement.accel } : null,
        duration_seconds: manifest.timing.duration_seconds,
        decision: await recordedDecision(files, notes),
        outputs: outputs.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0)),
        metrics,
        notes,
    };
}
/** A plain AGILAB manifest lists artifacts without digests: take them from the run's files. */
async function agilabOutputs(manifest, files) {
    const outputs = [];
    for (const a of manifest.artifacts.filter((x) => x.exists)) {
        const d = await files.digest(a.path);
        if (d)
            outputs.push({ path: a.path, kind: a.kind, sha256: d.sha256, size_bytes: d.size });
    }
    return outputs;
}
async function recordedDecision(files, notes) {
    const bytes = await files.read(DECISION_PATH, MAX_DOCUMENT_BYTES);
    if (bytes === null)
        return null;
    try {
        return (0,untrusted/* asString */.oJ)((0,untrusted/* asRecord */.qY)((0,parse/* parseJsonStrict */.jM)(bytes.toString('utf8'), DECISION_PATH).value).decision);
    }
    catch (err) {
        if (!(err instanceof errors/* CapsuleError */.Mu))
            throw err;
        notes.push(err.message.split('\n')[0]);
        return null;
    }
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


/***/ }),

/***/ 1491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ decodeBase64Strict),
/* harmony export */   ML: () => (/* binding */ signatureMessage),
/* harmony export */   NY: () => (/* binding */ SIGNATURE_SCHEMA),
/* harmony export */   k5: () => (/* binding */ CAPSULE_MEDIA_TYPE),
/* harmony export */   tL: () => (/* binding */ parseSignatureDocument),
/* harmony export */   x7: () => (/* binding */ defaultSignaturePath)
/* harmony export */ });
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7105);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3545);


const CAPSULE_MEDIA_TYPE = 'application/vnd.agilab.proof-capsule+zip';
const SIGNATURE_SCHEMA = 'agilab.proof_capsule_signature.v1';
/** The exact signed bytes; always rebuilt from the real capsule's digest, never read from the document. */
function signatureMessage(capsuleSha256) {
    return `${SIGNATURE_SCHEMA}\nsha256:${capsuleSha256}\n`;
}
/** `X.agipack` → `X.agipack.sig.json`: where `sign` writes and `verify` looks by default. */
function defaultSignaturePath(capsulePath) {
    return `${capsulePath}.sig.json`;
}
/** Parses a signature document with the signed-document JSON rules and the exact schema. */
function parseSignatureDocument(text, path) {
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonStrict */ .jM)(text, path, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .assertValid */ .pP)('capsule-signature', doc.value, path, doc);
    return doc.value;
}
/**
 * Strict base64 (RFC 4648 §4, padded, no whitespace): Node's decoder skips bad characters,
 * which would let two different strings decode to one signature.
 */
function decodeBase64Strict(value) {
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value))
        return null;
    const bytes = Buffer.from(value, 'base64');
    return bytes.toString('base64') === value ? bytes : null;
}


/***/ }),

/***/ 8948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yk: () => (/* binding */ hasAnyAnchor),
/* harmony export */   jz: () => (/* binding */ trustedPublicKeys),
/* harmony export */   ul: () => (/* binding */ anchorAllows),
/* harmony export */   zm: () => (/* binding */ hasKeyAnchor)
/* harmony export */ });
// What a loaded trust policy trusts, apart from reading one (./policy.ts): verify checks a capsule
// against these without loading the policy reader, whose TOML parser a run without --trust-policy
// never needs.
/** True when every declared list of this anchor kind holds `value` exactly. */
function anchorAllows(anchor, value) {
    return anchor.lists.every((list) => list.includes(value));
}
function hasAnyAnchor(policy) {
    return [policy.publicKeys, policy.signers, policy.issuers, policy.subjects].some((a) => a.lists.length > 0);
}
/**
 * The public keys this policy trusts: those every declared key list allows (lists AND
 * together, docs/trust-policy.md), minus revoked ones. Used wherever a key must be trusted by
 * itself, such as an event chain's seal, so all such places agree.
 */
function trustedPublicKeys(policy) {
    const [first = [], ...rest] = policy.publicKeys.lists;
    return first.filter((k) => rest.every((list) => list.includes(k)) && !policy.revokedPublicKeys.includes(k));
}
/** Signer and issuer names are self-declared; only a key or subject hash authenticates. */
function hasKeyAnchor(policy) {
    return policy.publicKeys.lists.length > 0 || policy.subjects.lists.length > 0;
}


/***/ }),

/***/ 9742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadTrustPolicy: () => (/* binding */ loadTrustPolicy),
/* harmony export */   trustedKeysIn: () => (/* binding */ trustedKeysIn)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _fsio_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1715);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7105);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3545);
/* harmony import */ var _anchors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8948);







const SPELLINGS = {
    publicKeys: ['allowed_public_key_sha256', 'allowed_public_keys_sha256', 'trusted_public_key_sha256', 'trusted_public_keys_sha256'],
    signers: ['allowed_signers', 'trusted_signers'],
    issuers: ['allowed_issuers', 'trusted_issuers'],
    subjects: ['expected_subject_sha256', 'subject_sha256'],
};
/** JSON (strict: no duplicate keys, I-JSON numbers) or TOML (`.toml`, `.tml`, as AGILAB reads them); schema-validated either way. */
function loadTrustPolicy(path) {
    const value = ['.toml', '.tml'].includes((0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(path).toLowerCase()) ? readTomlPolicy(path) : readJsonPolicy(path);
    const raw = value;
    const anchors = (fields) => {
        const present = fields.filter((f) => raw[f] !== undefined);
        return { fields: present, lists: present.map((f) => toList(raw[f])) };
    };
    return {
        path,
        publicKeys: anchors(SPELLINGS.publicKeys),
        signers: anchors(SPELLINGS.signers),
        issuers: anchors(SPELLINGS.issuers),
        subjects: anchors(SPELLINGS.subjects),
        revokedPublicKeys: toList(raw.revoked_public_key_sha256),
        requiredEvidenceClass: raw.required_evidence_class ?? null,
        notAfter: raw.not_after ?? null,
        unknownKeys: (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .unknownTopLevelKeys */ .IU)('trust-policy', raw),
    };
}
/** The public keys the trust policy at `path` trusts (trustedPublicKeys); none without a path (or an empty one). */
function trustedKeysIn(path) {
    return path ? (0,_anchors_js__WEBPACK_IMPORTED_MODULE_6__/* .trustedPublicKeys */ .jz)(loadTrustPolicy(path)) : [];
}
function toList(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
function readJsonPolicy(path) {
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .readJsonFile */ .JE)(path, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValid */ .pP)('trust-policy', doc.value, path, doc);
    return doc.value;
}
function readTomlPolicy(path) {
    const text = (0,_fsio_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)(path);
    let value;
    try {
        value = (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text, { maxDepth: _json_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_JSON_DEPTH */ .KX });
    }
    catch (err) {
        if (err instanceof smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .TomlError */ .zx)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('toml_invalid', `${path}:${err.line}:${err.column}: invalid TOML: ${err.message.split('\n')[0]}`, { file: path, line: err.line, column: err.column });
        throw err;
    }
    // A TOML datetime is an object; the schema wants the RFC 3339 string it was written as.
    if (value.not_after instanceof smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .TomlDate */ .PJ)
        value.not_after = value.not_after.toISOString();
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValid */ .pP)('trust-policy', value, path);
    return value;
}


/***/ })

};
