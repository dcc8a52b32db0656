export const id = 4051;
export const ids = [4051];
export const modules = {

/***/ 5094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ signDsse),
/* harmony export */   Rq: () => (/* binding */ verifyDsseEnvelope),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE)
/* harmony export */ });
/* unused harmony export pae */
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7105);
/* harmony import */ var _keys_ed25519_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9805);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3545);



const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** DSSE v1 pre-authentication encoding: "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in bytes. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `, 'ascii'), type, Buffer.from(` ${payload.length} `, 'ascii'), payload]);
}
/** Signs `payload` (Ed25519 over its PAE); keyid is the sha256 of the public key PEM, as everywhere in a capsule. */
function signDsse(payload, payloadType, key) {
    const signatures = key ? [{ keyid: key.publicKeySha256, sig: key.sign(pae(payloadType, payload)).toString('base64') }] : [];
    return { payload: Buffer.from(payload).toString('base64'), payloadType, signatures };
}
/** Standard base64 only, canonical (re-encodes to the same text), so one envelope has one reading. */
function decodeBase64Strict(text) {
    if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text))
        return undefined;
    const bytes = Buffer.from(text, 'base64');
    return bytes.toString('base64') === text ? bytes : undefined;
}
const fail = (status, message, statement) => ({ ok: false, status, message, ...(statement === undefined ? {} : { statement }) });
/**
 * Verifies an in-toto DSSE envelope: shape, payload type, strict base64, then each signature whose
 * keyid names a trusted key (strict Ed25519 over the rebuilt PAE; one bad signature from a
 * trusted key fails the envelope), then the statement parsed strictly and schema-checked.
 * No signatures → `unsigned`; no trusted key among them → `untrusted`.
 */
function verifyDsseEnvelope(envelopeJson, trustedKeys) {
    const issues = (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .validateAgainst */ .sq)('dsse-envelope', envelopeJson);
    if (issues.length > 0)
        return fail('invalid', `DSSE envelope is malformed: ${issues[0].pointer || '/'}: ${issues[0].message}`);
    const envelope = envelopeJson;
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        return fail('invalid', `DSSE payloadType is ${JSON.stringify(envelope.payloadType)}, expected ${IN_TOTO_PAYLOAD_TYPE}`);
    const payload = decodeBase64Strict(envelope.payload);
    if (!payload)
        return fail('invalid', 'DSSE payload is not canonical standard base64');
    const signed = verifySignatures(envelope, payload, trustedKeys ?? []);
    if (signed.status === 'invalid')
        return signed;
    const parsed = parseStatement(payload);
    if ('error' in parsed)
        return fail('invalid', parsed.error);
    return { ...signed, statement: parsed.statement };
}
function verifySignatures(envelope, payload, trustedKeys) {
    if (envelope.signatures.length === 0)
        return fail('unsigned', 'DSSE envelope is unsigned (no signatures)');
    const message = pae(envelope.payloadType, payload);
    let verifiedBy;
    for (const signature of envelope.signatures) {
        const key = trustedKeys.find((k) => k.keyid === signature.keyid);
        if (!key)
            continue;
        const sig = decodeBase64Strict(signature.sig);
        let publicKey;
        try {
            publicKey = (0,_keys_ed25519_js__WEBPACK_IMPORTED_MODULE_1__.publicKeyFromPem)(key.publicKeyPem);
        }
        catch (err) {
            return fail('invalid', `trusted key ${key.keyid}: ${err.message}`);
        }
        if (!sig || !(0,_keys_ed25519_js__WEBPACK_IMPORTED_MODULE_1__.verifyEd25519Strict)(publicKey, message, sig))
            return fail('invalid', `DSSE signature by key ${signature.keyid} does not verify (payload or signature altered)`);
        verifiedBy = signature.keyid;
    }
    if (!verifiedBy)
        return fail('untrusted', `DSSE envelope is signed by ${envelope.signatures.map((s) => s.keyid || '(no keyid)').join(', ')}, none of them a trusted key`);
    return { ok: true, status: 'verified', message: `DSSE signature verified with key ${verifiedBy}`, keyid: verifiedBy };
}
/** The statement, or why the payload is not a valid in-toto Statement v1. */
function parseStatement(payload) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(payload);
    }
    catch {
        return { error: 'DSSE payload is not UTF-8' };
    }
    let value;
    try {
        value = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonStrict */ .jM)(text, 'DSSE payload', { ijson: true }).value;
    }
    catch (err) {
        return { error: err.message };
    }
    const issues = (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .validateAgainst */ .sq)('in-toto-statement', value);
    if (issues.length > 0)
        return { error: `DSSE payload is not an in-toto Statement v1: ${issues[0].pointer || '/'}: ${issues[0].message}` };
    return { statement: value };
}


/***/ }),

/***/ 8681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ derivedUuid),
/* harmony export */   Q6: () => (/* binding */ PRODUCER_URI),
/* harmony export */   qP: () => (/* binding */ derivedHexId)
/* harmony export */ });
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6813);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);


/** `producer` / `_producer` of OpenLineage, builder and verifier ids: a URI naming this tool and version. */
const PRODUCER_URI = `https://proofcapsule.dev/tool/${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .l}/${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .w}`;
/** `purpose` keeps ids for different documents apart even though all derive from one run_id. */
function digestOf(purpose, runId) {
    return (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(`proof-capsule:${purpose}\n${runId}`);
}
/**
 * A UUID derived from the run id (no randomness, so exports are byte-deterministic). Laid out
 * as RFC 9562 version 8 ("custom", here SHA-256 name-based): v5 would promise SHA-1.
 */
function derivedUuid(purpose, runId) {
    const hex = digestOf(purpose, runId).slice(0, 32).split('');
    hex[12] = '8';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
/** Lowercase hex id of `length` characters (OTLP traceId 32, spanId 16). */
function derivedHexId(purpose, runId, length) {
    return digestOf(purpose, runId).slice(0, length);
}


/***/ }),

/***/ 9827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ byText)
/* harmony export */ });
/** Code-unit order (not locale order, which varies by machine), so sorted output is byte-stable everywhere. */
function byText(text) {
    return (a, b) => {
        const x = text(a);
        const y = text(b);
        return x < y ? -1 : x > y ? 1 : 0;
    };
}


/***/ }),

/***/ 8252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NX: () => (/* binding */ provenanceSubjects),
/* harmony export */   Sw: () => (/* binding */ buildProvenance),
/* harmony export */   Tu: () => (/* binding */ verifyProvenance)
/* harmony export */ });
/* unused harmony exports PROVENANCE_PATH, PROVENANCE_KEY_PATH */
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7105);
/* harmony import */ var _keys_ed25519_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9805);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6813);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(311);
/* harmony import */ var _dsse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5094);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8681);
/* harmony import */ var _run_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4260);
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1410);
/* harmony import */ var _record_time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9832);









const PROVENANCE_PATH = 'provenance/provenance.intoto.dsse.json';
const PROVENANCE_KEY_PATH = 'provenance/signing-key.pub.pem';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** Our build type: a bundle run by `capsule run` (or a run described by an AGILAB manifest). */
const BUILD_TYPE = 'https://proofcapsule.dev/buildtypes/capsule-run/v1';
/** The pack's byte copy of the run manifest: the subject of last resort. */
const MANIFEST_SNAPSHOT_PATH = 'run_manifest.snapshot.json';
/**
 * The provenance subjects of a run: its outputs and its bundle, by digest (outputs without a hash
 * are left out). A run with neither (an AGILAB manifest with no packed artifacts) attests its
 * manifest snapshot instead, since in-toto needs at least one subject.
 */
function provenanceSubjects(record) {
    const subjects = [...(0,_run_files_js__WEBPACK_IMPORTED_MODULE_7__/* .runOutputs */ .M)(record), ...(0,_run_files_js__WEBPACK_IMPORTED_MODULE_7__/* .runInputs */ .H)(record)].flatMap((f) => (f.sha256 === null ? [] : [{ name: f.path, sha256: f.sha256 }]));
    return subjects.length > 0 ? subjects : [{ name: MANIFEST_SNAPSHOT_PATH, sha256: record.manifestSha256 }];
}
/**
 * `provenance/provenance.intoto.dsse.json`: an in-toto Statement v1 with a SLSA Provenance v1
 * predicate, in a DSSE envelope signed with `key`, and the public key PEM beside it so
 * `openssl pkeyutl -verify -rawin` can check it. Without a key the envelope has no signatures
 * (DSSE needs at least one to verify, so verifiers report it `unsigned`) and no PEM is written.
 */
function buildProvenance(record, subjects, key) {
    const statement = (0,_statement_js__WEBPACK_IMPORTED_MODULE_5__/* .inTotoStatement */ .H)(subjects, SLSA_PROVENANCE_V1, provenancePredicate(record));
    const files = [(0,_statement_js__WEBPACK_IMPORTED_MODULE_5__/* .envelopeFile */ .N)(PROVENANCE_PATH, statement, key)];
    if (key)
        files.push({ path: PROVENANCE_KEY_PATH, content: key.publicKeyPem });
    return files;
}
function provenancePredicate(record) {
    const m = record.manifest;
    const ext = m.proof_capsule;
    const { start, end } = (0,_record_time_js__WEBPACK_IMPORTED_MODULE_6__/* .runInterval */ .fe)(record);
    const externalParameters = ext
        ? { bundle: { name: ext.bundle.name, version: ext.bundle.version, sha256: ext.bundle.sha256, path: ext.bundle.path }, executor: ext.execution.executor }
        : { path_id: m.path_id, label: m.label, command: m.command.label };
    return {
        buildDefinition: {
            buildType: BUILD_TYPE,
            externalParameters,
            internalParameters: {
                argv: m.command.argv,
                ...(ext ? { placement_site: ext.placement.site, lane: ext.bundle.lane, max_run_seconds: ext.bundle.max_run_seconds } : {}),
            },
            resolvedDependencies: [
                { name: 'run_manifest', digest: { sha256: record.manifestSha256 } },
                ...(0,_run_files_js__WEBPACK_IMPORTED_MODULE_7__/* .runInputs */ .H)(record).flatMap((f) => (f.sha256 === null ? [] : [{ name: f.path, digest: { sha256: f.sha256 } }])),
            ],
        },
        runDetails: {
            builder: { id: _identity_js__WEBPACK_IMPORTED_MODULE_4__/* .PRODUCER_URI */ .Q6, version: { [_version_js__WEBPACK_IMPORTED_MODULE_8__/* .TOOL_NAME */ .l]: ext?.tool.version ?? _version_js__WEBPACK_IMPORTED_MODULE_8__/* .TOOL_VERSION */ .w } },
            metadata: { invocationId: m.run_id, startedOn: start.iso, finishedOn: end.iso },
            byproducts: ext
                ? [
                    { name: ext.execution.logs.stdout.path, digest: { sha256: ext.execution.logs.stdout.sha256 } },
                    { name: ext.execution.logs.stderr.path, digest: { sha256: ext.execution.logs.stderr.sha256 } },
                    { name: 'evidence_chain_final_hash', digest: { sha256: ext.evidence.final_hash } },
                ]
                : [],
        },
    };
}
/**
 * For the capsule verifier: the pack's provenance envelope verifies with the pack's key, is a
 * SLSA Provenance v1 statement, and every subject's digest equals the hash of the pack file of that name.
 */
/**
 * `files` holds the provenance envelope and key (and, for subjects without a digest in
 * `digests`, the subject bytes); `digests` gives the already verified sha256 of pack files, so
 * a capsule verifier never loads subjects into memory.
 */
function verifyProvenance(files, digests = new Map()) {
    const envelopeBytes = files.get(PROVENANCE_PATH);
    if (!envelopeBytes)
        return { ok: false, status: 'missing', message: `${PROVENANCE_PATH} is missing` };
    let envelope;
    try {
        envelope = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonStrict */ .jM)(envelopeBytes.toString('utf8'), PROVENANCE_PATH, { ijson: true }).value;
    }
    catch (err) {
        return { ok: false, status: 'invalid', message: err.message };
    }
    const pem = files.get(PROVENANCE_KEY_PATH)?.toString('utf8');
    let trusted = [];
    try {
        if (pem !== undefined)
            trusted = [{ keyid: (0,_keys_ed25519_js__WEBPACK_IMPORTED_MODULE_1__.publicKeySha256)(pem), publicKeyPem: pem }];
    }
    catch (err) {
        return { ok: false, status: 'invalid', message: `${PROVENANCE_KEY_PATH}: ${err.message}` };
    }
    const result = (0,_dsse_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyDsseEnvelope */ .Rq)(envelope, trusted);
    if (!result.ok) {
        const why = result.status === 'untrusted' && pem === undefined ? ` (${PROVENANCE_KEY_PATH} is missing)` : '';
        return { ok: false, status: result.status, message: `${PROVENANCE_PATH}: ${result.message}${why}` };
    }
    const statement = result.statement;
    if (statement.predicateType !== SLSA_PROVENANCE_V1) {
        return { ok: false, status: 'invalid', message: `${PROVENANCE_PATH}: predicateType is ${statement.predicateType}, expected ${SLSA_PROVENANCE_V1}` };
    }
    const mismatch = subjectMismatch(statement, files, digests);
    if (mismatch)
        return { ok: false, status: 'subject_mismatch', message: `${PROVENANCE_PATH}: ${mismatch}`, keyid: result.keyid };
    return { ok: true, status: 'verified', message: `${PROVENANCE_PATH}: signature verified with key ${result.keyid}; ${statement.subject.length} subject digest(s) match`, keyid: result.keyid };
}
function subjectMismatch(statement, files, digests) {
    for (const subject of statement.subject) {
        const bytes = files.get(subject.name);
        const actual = digests.get(subject.name) ?? (bytes ? (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(bytes) : undefined);
        if (actual === undefined)
            return `subject ${subject.name} is not in the pack`;
        if (actual !== subject.digest.sha256)
            return `subject ${subject.name} has sha256 ${actual}, provenance says ${subject.digest.sha256}`;
    }
    return undefined;
}


/***/ }),

/***/ 4260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ runInputs),
/* harmony export */   M: () => (/* binding */ runOutputs)
/* harmony export */ });
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9827);

/** What the run consumed: the bundle, when the manifest says which (AGILAB manifests do not). */
function runInputs(record) {
    const bundle = record.manifest.proof_capsule?.bundle;
    if (!bundle)
        return [];
    return [{ path: bundle.path, kind: 'bundle', sha256: bundle.sha256, size_bytes: packedSize(record, bundle.path) }];
}
/**
 * What the run produced: our extension's hashed outputs, else the AGILAB artifacts that exist,
 * hashed from the pack's file list where the pack holds them.
 */
function runOutputs(record) {
    const outputs = record.manifest.proof_capsule?.outputs;
    if (outputs)
        return outputs.map((o) => ({ path: o.path, kind: o.kind, sha256: o.sha256, size_bytes: o.size_bytes })).sort((0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byText */ .z)((f) => f.path));
    return record.manifest.artifacts
        .filter((a) => a.exists)
        .map((a) => {
        const packed = record.files.find((f) => f.path === normalize(a.path));
        return { path: normalize(a.path), kind: a.kind, sha256: packed?.sha256 ?? null, size_bytes: packed?.size_bytes ?? a.size_bytes };
    })
        .sort((0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byText */ .z)((f) => f.path));
}
function packedSize(record, path) {
    return record.files.find((f) => f.path === path)?.size_bytes ?? null;
}
function normalize(path) {
    return path.replace(/^(\.\/)+/, '');
}


/***/ }),

/***/ 1410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ inTotoStatement),
/* harmony export */   N: () => (/* binding */ envelopeFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6813);
/* harmony import */ var _json_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6680);
/* harmony import */ var _json_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1249);
/* harmony import */ var _dsse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5094);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9827);






const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** in-toto requires at least one subject, each with a digest: anything else is a caller bug, named here. */
function inTotoStatement(subjects, predicateType, predicate) {
    if (subjects.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('statement_no_subjects', `in-toto statement (${predicateType}) needs at least one subject`);
    const bad = subjects.find((s) => !_hash_sha256_js__WEBPACK_IMPORTED_MODULE_1__/* .SHA256_HEX */ .Y5.test(s.sha256));
    if (bad)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('statement_subject_digest_invalid', `in-toto subject ${bad.name}: sha256 ${JSON.stringify(bad.sha256)} is not 64 lowercase hex`);
    const subject = [...subjects].sort((0,_order_js__WEBPACK_IMPORTED_MODULE_5__/* .byText */ .z)((s) => s.name)).map((s) => ({ name: s.name, digest: { sha256: s.sha256 } }));
    return { _type: IN_TOTO_STATEMENT_V1, subject, predicateType, predicate };
}
/** The statement as a DSSE envelope file; the payload is the statement's RFC 8785 bytes, so it is byte-stable. */
function envelopeFile(path, statement, key) {
    return { path, content: (0,_json_write_js__WEBPACK_IMPORTED_MODULE_3__.stableJson)((0,_dsse_js__WEBPACK_IMPORTED_MODULE_4__/* .signDsse */ .Be)((0,_json_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalBytes */ .Mr)(statement), _dsse_js__WEBPACK_IMPORTED_MODULE_4__/* .IN_TOTO_PAYLOAD_TYPE */ .T4, key)) };
}


/***/ }),

/***/ 6813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Y5: () => (/* binding */ SHA256_HEX),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Streams the file: memory does not grow with its size. */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1 << 20 })) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
const SHA256_HEX = /^[0-9a-f]{64}$/;


/***/ }),

/***/ 1374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ walkTree),
/* harmony export */   f: () => (/* binding */ treeDigest)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6813);



/** Byte order of the UTF-8 names, the same on every machine and locale. */
function compareUtf8(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/**
 * The digest of a directory: the SHA-256 of its listing, one `path<TAB>size<TAB>sha256<LF>`
 * line per regular file, sorted by the path's UTF-8 bytes. Anyone can recompute it from the
 * files (or from a capsule's entries under the directory) without our code.
 */
function treeDigest(files) {
    const sorted = [...files].sort((a, b) => compareUtf8(a.path, b.path));
    return (0,_sha256_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(sorted.map((f) => `${f.path}\t${f.size_bytes}\t${f.sha256}\n`).join(''));
}
/**
 * The regular files below `dir` (relative, "/"-separated, byte-sorted) without following
 * symlinks; the rest is `skipped`.
 */
function walkTree(dir) {
    const files = [];
    const skipped = [];
    const walk = (abs, rel) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true })) {
            const path = rel ? `${rel}/${entry.name}` : entry.name;
            if (/[\t\n\r]/.test(entry.name))
                skipped.push(path);
            else if (entry.isDirectory())
                walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, entry.name), path);
            else if (entry.isFile())
                files.push(path);
            else
                skipped.push(path);
        }
    };
    walk(dir, '');
    return { files: files.sort(compareUtf8), skipped: skipped.sort(compareUtf8) };
}


/***/ }),

/***/ 2479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ parseCapsuleManifest),
/* harmony export */   _: () => (/* binding */ capsuleManifestOf),
/* harmony export */   lE: () => (/* binding */ SNAPSHOT_NAME),
/* harmony export */   u5: () => (/* binding */ CAPSULE_MANIFEST_NAME),
/* harmony export */   y$: () => (/* binding */ PROOF_PACK_INDEX_NAME)
/* harmony export */ });
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7105);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3545);


const CAPSULE_MANIFEST_NAME = 'agipack-manifest.json';
const PROOF_PACK_INDEX_NAME = 'agilab_proof_pack.json';
const SNAPSHOT_NAME = 'run_manifest.snapshot.json';
/** Parses with the signed-document rules (no duplicate keys, I-JSON numbers) and the exact schema. */
function parseCapsuleManifest(text, file) {
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonStrict */ .jM)(text, file, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .assertValid */ .pP)('capsule-manifest', doc.value, file, doc);
    return doc.value;
}
/** The capsule manifest of a pack: every entry but itself (`files`, sorted), with the index's identity fields. */
function capsuleManifestOf(index, files) {
    return {
        schema: 'agilab.proof_capsule.v1',
        created_at: index.created_at,
        format: 'zip',
        signed: false,
        signature: null,
        integrity: 'sha256-per-entry',
        run_id: index.run_id,
        path_id: index.path_id,
        status: index.status,
        root: PROOF_PACK_INDEX_NAME,
        source_manifest: index.source_manifest,
        standards: index.standards,
        cards: index.cards,
        entry_count: files.length,
        entries: files,
        limitations: index.limitations,
    };
}


/***/ }),

/***/ 9832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ recordTime),
/* harmony export */   fR: () => (/* binding */ recordInstant),
/* harmony export */   fe: () => (/* binding */ runInterval)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _text_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7466);


/**
 * The one time rule of every document built from a run (pack, exports, promotion verbs), so
 * the same run gives the same times whichever command builds them: SOURCE_DATE_EPOCH wins;
 * else the run's finish time; else its created_at. Second precision, UTC (an offset-less
 * AGILAB time is UTC). Neither readable is an error naming the manifest's line.
 */
function recordTime(manifest, file, doc) {
    const epoch = process.env.SOURCE_DATE_EPOCH;
    if (epoch !== undefined && epoch !== '') {
        if (!/^\d+$/.test(epoch))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('source_date_epoch_invalid', `SOURCE_DATE_EPOCH=${epoch} is not a whole number of seconds`);
        return (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .isoSeconds */ .nE)(new Date(Number(epoch) * 1000));
    }
    const at = (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(manifest.timing.finished_at) ?? (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(manifest.created_at);
    if (at)
        return (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .isoSeconds */ .nE)(new Date(at.unixMillis));
    const pointer = '/timing/finished_at';
    const where = doc ? doc.locate(pointer) : undefined;
    const prefix = where ? `${file}:${where.line}:${where.column}` : file;
    const finished = JSON.stringify(manifest.timing.finished_at);
    const message = `${prefix}: ${pointer} ${finished} is not an RFC 3339 timestamp (nor is /created_at)`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('manifest_time_invalid', message, { file, pointer, ...where });
}
/** The record's deterministic time; an unreadable one is a bug in whoever built the record. */
function recordInstant(record) {
    const at = (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(record.createdAt);
    if (!at) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('record_time_invalid', `${record.manifestPath}: run record time ${JSON.stringify(record.createdAt)} is not an RFC 3339 timestamp`, { file: record.manifestPath });
    }
    return at;
}
/**
 * Start and end of the run from the manifest's `timing`; a time that does not parse falls back
 * to the record's time, so every export still carries the same deterministic instants.
 */
function runInterval(record) {
    const fallback = recordInstant(record);
    const end = (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(record.manifest.timing.finished_at) ?? fallback;
    const start = (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(record.manifest.timing.started_at) ?? end;
    return { start: start.unixNanos <= end.unixNanos ? start : end, end };
}


/***/ }),

/***/ 5582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   rl: () => (/* binding */ runSteps)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

function pass(summary, details = {}) {
    return { status: 'pass', summary, details };
}
function fail(summary, details = {}) {
    return { status: 'fail', summary, details };
}
/**
 * Runs the steps in order. A step whose `needs` check failed is not run (a warning says which);
 * one whose `needs` check did not apply does not apply either. A step sees only the facts of
 * the checks it declared, so a check cannot act on anything not yet proven: reading an
 * undeclared fact is an error, and an error thrown by a check is that check's failure.
 */
async function runSteps(steps, producers, contextFor) {
    const checks = [];
    const warnings = [];
    const status = new Map();
    const values = new Map();
    const closure = new Map();
    for (const step of steps) {
        const hard = new Set(step.needs.flatMap((n) => [n, ...(closure.get(n) ?? [])]));
        closure.set(step.id, hard);
        const failedNeed = step.needs.find((n) => status.get(n) === 'fail' || status.get(n) === 'skipped');
        if (failedNeed) {
            warnings.push(`${step.id} not run: ${failedNeed} ${status.get(failedNeed) === 'fail' ? 'failed' : 'was not run'}`);
            status.set(step.id, 'skipped');
            continue;
        }
        if (step.needs.some((n) => status.get(n) !== 'pass'))
            continue;
        const declared = new Set([...hard, ...(step.uses ?? [])]);
        const facts = factAccess(step.id, hard, declared, producers, values, (id) => status.get(id) === 'pass');
        const outcome = await runOne(step, contextFor(facts, warnings));
        if (outcome === null)
            continue;
        checks.push({ id: step.id, ...outcome });
        status.set(step.id, outcome.status);
    }
    return {
        checks,
        warnings,
        fact: (key) => (status.get(producers[key]) === 'pass' ? values.get(key) : undefined),
    };
}
async function runOne(step, ctx) {
    try {
        return await step.run(ctx);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu)
            return fail(err.message, { code: err.code, ...err.location });
        return fail(`${step.id} could not complete: ${err.message ?? String(err)}`, { internal_error: true });
    }
}
function factAccess(step, hard, declared, producers, values, passed) {
    const producer = (key, allowed) => {
        const p = producers[key];
        if (!allowed.has(p))
            throw new Error(`reads ${String(key)}, a fact of ${p}, which it does not declare in needs${allowed === declared ? ' or uses' : ''}`);
        return p;
    };
    return {
        get(key) {
            const p = producer(key, hard);
            if (!values.has(key))
                throw new Error(`reads ${String(key)}, which ${p} did not establish`);
            return values.get(key);
        },
        maybe(key) {
            const p = producer(key, declared);
            return passed(p) ? values.get(key) : undefined;
        },
        set(key, value) {
            if (producers[key] !== step)
                throw new Error(`sets ${String(key)}, a fact of ${producers[key]}`);
            values.set(key, value);
        },
        passed(id) {
            if (!declared.has(id))
                throw new Error(`asks about ${id}, which it does not declare`);
            return passed(id);
        },
    };
}


/***/ }),

/***/ 7973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N1: () => (/* binding */ ENTRY_MODE),
/* harmony export */   cD: () => (/* binding */ comparePaths),
/* harmony export */   pR: () => (/* binding */ STORE_FROM_BYTES)
/* harmony export */ });
/**
 * What makes a capsule's ZIP canonical, shared by the writer and the verifier (which must
 * not pull the writer in): one entry mode, which entries are stored, and entries in byte
 * order of their UTF-8 paths.
 */
/** Every entry gets this mode and no owner, so the bytes depend only on content. */
const ENTRY_MODE = 0o644;
/** Byte order of UTF-8 paths: the same on every platform and locale. */
function comparePaths(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/**
 * Entries from this size on are stored, not deflated. Large artifacts (weights, datasets,
 * archives) rarely shrink much, and deflate ran at ~7 MiB/s on incompressible data here
 * (bench/RESULTS.md), against the disk's speed for stored data. The rule depends only on
 * the entry's size, so capsules stay deterministic; the verifier's compression-ratio cap
 * applies from the same size, so every capsule we write passes it.
 */
const STORE_FROM_BYTES = 8 * 1024 * 1024;


/***/ }),

/***/ 4632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ METHOD_DEFLATE),
/* harmony export */   LL: () => (/* binding */ SIG_LOCATOR64),
/* harmony export */   SX: () => (/* binding */ SIG_LOCAL),
/* harmony export */   cd: () => (/* binding */ U32_MAX),
/* harmony export */   iM: () => (/* binding */ SIG_EOCD),
/* harmony export */   qZ: () => (/* binding */ SIG_EOCD64),
/* harmony export */   st: () => (/* binding */ SIG_CENTRAL),
/* harmony export */   un: () => (/* binding */ SIG_DESCRIPTOR),
/* harmony export */   y$: () => (/* binding */ METHOD_STORED)
/* harmony export */ });
/** The ZIP format's record signatures and numbers, shared by the reader and the writer. */
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_DESCRIPTOR = 0x08074b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
/** A 32-bit field at this value means "see the ZIP64 record". */
const U32_MAX = 0xffffffff;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;


/***/ }),

/***/ 1279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _S: () => (/* binding */ refuseAboveTotalCap),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   e_: () => (/* binding */ sizeCapProblems)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7973);


const DEFAULT_LIMITS = {
    maxEntryBytes: 8 * 1024 ** 3,
    maxTotalBytes: 16 * 1024 ** 3,
    maxRatio: 500,
    // Our writer stores every entry from this size on (ratio 1), so its own capsules always pass.
    ratioFloorBytes: _canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .STORE_FROM_BYTES */ .pR,
    maxDocumentBytes: 16 * 1024 ** 2,
};
/** Every declared size above a cap, by entry. */
function sizeCapProblems(limits, entries) {
    const { maxEntryBytes, maxTotalBytes, maxRatio, ratioFloorBytes } = limits;
    const problems = [];
    let total = 0;
    for (const e of entries) {
        total += e.uncompressedSize;
        if (e.uncompressedSize > maxEntryBytes)
            problems.push(`${JSON.stringify(e.name)}: declares ${e.uncompressedSize} bytes, above the per-entry cap ${maxEntryBytes}`);
        const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
        if (e.uncompressedSize >= ratioFloorBytes && ratio > maxRatio)
            problems.push(`${JSON.stringify(e.name)}: compression ratio ${ratio.toFixed(0)} above the cap ${maxRatio} (decompression bomb)`);
    }
    if (total > maxTotalBytes)
        problems.push(`entries declare ${total} bytes in total, above the cap ${maxTotalBytes}`);
    return problems;
}
const gib = (n) => `${(n / 1024 ** 3).toFixed(2)} GiB`;
/**
 * Refuses files a capsule is to hold that add up to more than the verifier's total cap (a capsule
 * above it would be refused by `capsule verify`, and by this tool's own run), so that the writer
 * stops before it writes one. `file` is what the message is about (the manifest, the run folder);
 * the largest files are named, and `hint` says what to do.
 */
function refuseAboveTotalCap(list, file, hint, cap = DEFAULT_LIMITS.maxTotalBytes) {
    const total = list.reduce((n, f) => n + f.size, 0);
    if (total <= cap)
        return;
    const largest = [...list].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1)).slice(0, 3)
        .map((f) => `${f.path} (${f.size} bytes)`);
    const more = list.length > 3 ? ` and ${list.length - 3} more` : '';
    const message = `${file}: the files to pack add up to ${total} bytes (${gib(total)}), above the ${cap} bytes `
        + `(${gib(cap)}) a capsule may hold in total (capsule verify refuses a larger one); no capsule was written. `
        + `Largest: ${largest.join(', ')}${more}. ${hint}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('capsule_too_large', message, { file }, { total_bytes: total, cap_bytes: cap });
}


/***/ })

};
