export const id = 8252;
export const ids = [8252];
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


/***/ })

};
