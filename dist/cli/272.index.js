export const id = 272;
export const ids = [272];
export const modules = {

/***/ 2353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ validationFailed),
/* harmony export */   o: () => (/* binding */ failureMessage)
/* harmony export */ });
/** AGILAB validation statuses are free text; these are the ones that mean "failed". */
function validationFailed(status) {
    return ['fail', 'failed', 'error'].includes(status.toLowerCase());
}
/** Why the run failed, from what the manifest knows: executor diagnostics, exit, failed validations. */
function failureMessage(m) {
    const ext = m.proof_capsule?.execution;
    const parts = [...(ext?.diagnostics ?? [])];
    if (ext?.timed_out)
        parts.push('timed out');
    if (ext && ext.exit_code !== null && ext.exit_code !== 0)
        parts.push(`exit code ${ext.exit_code}`);
    if (ext?.signal)
        parts.push(`killed by ${ext.signal}`);
    for (const v of m.validations)
        if (validationFailed(v.status))
            parts.push(`validation ${v.label} failed: ${v.summary}`);
    return parts.length > 0 ? parts.join('; ') : 'run status is fail';
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

/***/ 9272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sw: () => (/* reexport */ buildProvenance),
  TT: () => (/* binding */ buildStandardExports),
  zN: () => (/* reexport */ buildVerificationSummaryStatement),
  NX: () => (/* reexport */ provenanceSubjects),
  Tu: () => (/* reexport */ verifyProvenance)
});

// UNUSED EXPORTS: IN_TOTO_PAYLOAD_TYPE, PROVENANCE_KEY_PATH, PROVENANCE_PATH, VSA_PATH, buildLineage, buildMlflowExport, buildOpenLineageEvent, buildOtelTrace, buildRoCrate, openLineageRunId, pae, verifyDsseEnvelope

// EXTERNAL MODULE: ./src/json/write.ts
var write = __webpack_require__(1249);
// EXTERNAL MODULE: ./src/exports/lineage.ts
var lineage = __webpack_require__(1890);
// EXTERNAL MODULE: ./src/json/parse.ts
var parse = __webpack_require__(7105);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/exports/run-files.ts
var run_files = __webpack_require__(4260);
// EXTERNAL MODULE: ./src/record/time.ts
var time = __webpack_require__(9832);
// EXTERNAL MODULE: ./src/exports/order.ts
var order = __webpack_require__(9827);
;// CONCATENATED MODULE: ./src/exports/mlflow.ts





const MLFLOW_EXPORT_SCHEMA = 'proofcapsule.mlflow_export.v1';
/**
 * `promotion/mlflow_export.json`: the run in MLflow's REST `Run` shape (info, data{params,
 * metrics, tags}). Metrics come from the run's `metrics` outputs that are JSON objects of
 * numbers, read through `readFile`; without it (or for an unreadable file) metrics are left out
 * and the skipped paths are named in the `proof_capsule.metrics_skipped` tag.
 */
function buildMlflowExport(record, readFile) {
    const m = record.manifest;
    const ext = m.proof_capsule;
    const { start, end } = (0,time/* runInterval */.fe)(record);
    const { metrics, skipped } = readMetrics(record, end.unixMillis, readFile);
    const params = [
        { key: 'command', value: m.command.argv.join(' ') },
        { key: 'path_id', value: m.path_id },
        ...(ext
            ? [
                { key: 'bundle.name', value: ext.bundle.name },
                { key: 'bundle.version', value: ext.bundle.version },
                { key: 'bundle.sha256', value: ext.bundle.sha256 },
                { key: 'executor', value: ext.execution.executor },
                { key: 'lane', value: ext.bundle.lane },
                { key: 'max_run_seconds', value: String(ext.bundle.max_run_seconds) },
            ]
            : []),
    ];
    const tags = [
        { key: 'mlflow.runName', value: m.label || m.run_id },
        { key: 'mlflow.source.name', value: m.command.label || m.path_id },
        { key: 'proof_capsule.run_id', value: m.run_id },
        { key: 'proof_capsule.status', value: m.status },
        { key: 'proof_capsule.tool_version', value: ext?.tool.version ?? version/* TOOL_VERSION */.w },
        ...(skipped.length > 0 ? [{ key: 'proof_capsule.metrics_skipped', value: skipped.join(',') }] : []),
    ];
    return {
        schema: MLFLOW_EXPORT_SCHEMA,
        info: {
            run_id: m.run_id,
            run_name: m.label || m.run_id,
            experiment_id: m.path_id || 'default',
            status: m.status === 'pass' ? 'FINISHED' : 'FAILED',
            start_time: start.unixMillis,
            end_time: end.unixMillis,
            lifecycle_stage: 'active',
            artifact_uri: 'artifacts',
        },
        data: { params, metrics, tags: tags.sort((0,order/* byText */.z)((t) => t.key)) },
    };
}
function readMetrics(record, timestamp, readFile) {
    const metrics = [];
    const skipped = [];
    for (const output of (0,run_files/* runOutputs */.M)(record).filter((o) => o.kind === 'metrics')) {
        const values = readFile ? numericLeaves(output.path, readFile(output.path)) : undefined;
        if (!values) {
            skipped.push(output.path);
            continue;
        }
        for (const [key, value] of values)
            metrics.push({ key, value, timestamp, step: 0 });
    }
    metrics.sort((0,order/* byText */.z)((m) => m.key));
    return { metrics, skipped };
}
/** Every finite number in a JSON object, keyed by its dotted path; undefined if the file is not such an object. */
function numericLeaves(path, bytes) {
    if (!bytes)
        return undefined;
    let value;
    try {
        value = (0,parse/* parseJsonStrict */.jM)(bytes.toString('utf8'), path).value;
    }
    catch {
        return undefined;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const out = [];
    const walk = (node, prefix) => {
        if (typeof node === 'number' && Number.isFinite(node))
            out.push([prefix, node]);
        else if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
            for (const [k, v] of Object.entries(node))
                walk(v, prefix ? `${prefix}.${k}` : k);
        }
    };
    walk(value, '');
    return out;
}

// EXTERNAL MODULE: ./src/exports/openlineage.ts
var openlineage = __webpack_require__(4218);
// EXTERNAL MODULE: ./src/exports/otel.ts
var otel = __webpack_require__(9769);
// EXTERNAL MODULE: ./src/exports/failure.ts
var failure = __webpack_require__(2353);
;// CONCATENATED MODULE: ./src/exports/ro-crate.ts





const RO_CRATE_CONTEXT = 'https://w3id.org/ro/crate/1.1/context';
const RO_CRATE_SPEC = 'https://w3id.org/ro/crate/1.1';
const PROCESS_RUN_CRATE = 'https://w3id.org/ro/wfrun/process/0.5';
const ref = (id) => ({ '@id': id });
/** RFC 3986 path for a data entity: each segment percent-encoded, `/` kept. */
function fileId(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
/**
 * RO-Crate 1.1 metadata conforming to Process Run Crate 0.5: the run is one CreateAction whose
 * instrument is the bundle (or the command, for an AGILAB manifest), object its inputs and
 * result its outputs, each output a File with its sha256 and size.
 */
function buildRoCrate(record) {
    const m = record.manifest;
    const { start, end } = (0,time/* runInterval */.fe)(record);
    const inputs = (0,run_files/* runInputs */.H)(record);
    const outputs = (0,run_files/* runOutputs */.M)(record);
    const actionId = `#run-${(0,openlineage/* openLineageRunId */.o)(m.run_id)}`;
    const instrument = instrumentEntity(record);
    const files = [...inputs, ...outputs].map(fileEntity);
    const action = {
        '@id': actionId,
        '@type': 'CreateAction',
        name: `Run ${m.label || m.run_id}`,
        identifier: m.run_id,
        instrument: ref(instrument['@id']),
        object: inputs.map((f) => ref(fileId(f.path))),
        result: outputs.map((f) => ref(fileId(f.path))),
        startTime: start.iso,
        endTime: end.iso,
        actionStatus: ref(m.status === 'pass' ? 'http://schema.org/CompletedActionStatus' : 'http://schema.org/FailedActionStatus'),
        ...(m.status === 'pass' ? {} : { error: m.status === 'fail' ? (0,failure/* failureMessage */.o)(m) : 'run status is unknown' }),
        agent: ref('#proof-capsule'),
    };
    return {
        '@context': RO_CRATE_CONTEXT,
        '@graph': [
            { '@id': 'ro-crate-metadata.json', '@type': 'CreativeWork', conformsTo: ref(RO_CRATE_SPEC), about: ref('./') },
            {
                '@id': './',
                '@type': 'Dataset',
                name: `Proof pack of run ${m.run_id}`,
                description: `Evidence, outputs and exports of run ${m.run_id} (${m.label || m.path_id}), status ${m.status}.`,
                datePublished: (0,time/* recordInstant */.fR)(record).iso,
                conformsTo: ref(PROCESS_RUN_CRATE),
                hasPart: files.map((f) => ref(f['@id'])),
                mentions: ref(actionId),
            },
            { '@id': PROCESS_RUN_CRATE, '@type': 'CreativeWork', name: 'Process Run Crate', version: '0.5' },
            action,
            instrument,
            { '@id': '#proof-capsule', '@type': 'SoftwareApplication', name: version/* TOOL_NAME */.l, version: m.proof_capsule?.tool.version ?? version/* TOOL_VERSION */.w },
            ...files,
        ],
    };
}
function instrumentEntity(record) {
    const m = record.manifest;
    const bundle = m.proof_capsule?.bundle;
    if (bundle)
        return { '@id': '#bundle', '@type': 'SoftwareApplication', name: bundle.name, version: bundle.version, identifier: `sha256:${bundle.sha256}` };
    return { '@id': '#command', '@type': 'SoftwareApplication', name: m.command.label || m.command.argv.join(' ') || m.label };
}
function fileEntity(f) {
    return {
        '@id': fileId(f.path),
        '@type': 'File',
        name: f.path,
        ...(f.sha256 === null ? {} : { sha256: f.sha256 }),
        ...(f.size_bytes === null ? {} : { contentSize: String(f.size_bytes) }),
    };
}

// EXTERNAL MODULE: ./src/keys/ed25519.ts
var ed25519 = __webpack_require__(9805);
// EXTERNAL MODULE: ./src/schemas/registry.ts
var registry = __webpack_require__(3545);
;// CONCATENATED MODULE: ./src/exports/dsse.ts



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
    const issues = (0,registry/* validateAgainst */.sq)('dsse-envelope', envelopeJson);
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
            publicKey = (0,ed25519.publicKeyFromPem)(key.publicKeyPem);
        }
        catch (err) {
            return fail('invalid', `trusted key ${key.keyid}: ${err.message}`);
        }
        if (!sig || !(0,ed25519/* verifyEd25519Strict */._U)(publicKey, message, sig))
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
        value = (0,parse/* parseJsonStrict */.jM)(text, 'DSSE payload', { ijson: true }).value;
    }
    catch (err) {
        return { error: err.message };
    }
    const issues = (0,registry/* validateAgainst */.sq)('in-toto-statement', value);
    if (issues.length > 0)
        return { error: `DSSE payload is not an in-toto Statement v1: ${issues[0].pointer || '/'}: ${issues[0].message}` };
    return { statement: value };
}

// EXTERNAL MODULE: ./src/hash/sha256.ts
var sha256 = __webpack_require__(6813);
// EXTERNAL MODULE: ./src/exports/identity.ts
var identity = __webpack_require__(8681);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/json/canonical.ts
var canonical = __webpack_require__(6680);
;// CONCATENATED MODULE: ./src/exports/statement.ts






const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** in-toto requires at least one subject, each with a digest: anything else is a caller bug, named here. */
function inTotoStatement(subjects, predicateType, predicate) {
    if (subjects.length === 0)
        throw new errors/* CapsuleError */.M('statement_no_subjects', `in-toto statement (${predicateType}) needs at least one subject`);
    const bad = subjects.find((s) => !sha256/* SHA256_HEX */.Y5.test(s.sha256));
    if (bad)
        throw new errors/* CapsuleError */.M('statement_subject_digest_invalid', `in-toto subject ${bad.name}: sha256 ${JSON.stringify(bad.sha256)} is not 64 lowercase hex`);
    const subject = [...subjects].sort((0,order/* byText */.z)((s) => s.name)).map((s) => ({ name: s.name, digest: { sha256: s.sha256 } }));
    return { _type: IN_TOTO_STATEMENT_V1, subject, predicateType, predicate };
}
/** The statement as a DSSE envelope file; the payload is the statement's RFC 8785 bytes, so it is byte-stable. */
function envelopeFile(path, statement, key) {
    return { path, content: (0,write.stableJson)(signDsse((0,canonical/* canonicalBytes */.Mr)(statement), IN_TOTO_PAYLOAD_TYPE, key)) };
}

;// CONCATENATED MODULE: ./src/exports/provenance.ts









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
    const subjects = [...(0,run_files/* runOutputs */.M)(record), ...(0,run_files/* runInputs */.H)(record)].flatMap((f) => (f.sha256 === null ? [] : [{ name: f.path, sha256: f.sha256 }]));
    return subjects.length > 0 ? subjects : [{ name: MANIFEST_SNAPSHOT_PATH, sha256: record.manifestSha256 }];
}
/**
 * `provenance/provenance.intoto.dsse.json`: an in-toto Statement v1 with a SLSA Provenance v1
 * predicate, in a DSSE envelope signed with `key`, and the public key PEM beside it so
 * `openssl pkeyutl -verify -rawin` can check it. Without a key the envelope has no signatures
 * (DSSE needs at least one to verify, so verifiers report it `unsigned`) and no PEM is written.
 */
function buildProvenance(record, subjects, key) {
    const statement = inTotoStatement(subjects, SLSA_PROVENANCE_V1, provenancePredicate(record));
    const files = [envelopeFile(PROVENANCE_PATH, statement, key)];
    if (key)
        files.push({ path: PROVENANCE_KEY_PATH, content: key.publicKeyPem });
    return files;
}
function provenancePredicate(record) {
    const m = record.manifest;
    const ext = m.proof_capsule;
    const { start, end } = (0,time/* runInterval */.fe)(record);
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
                ...(0,run_files/* runInputs */.H)(record).flatMap((f) => (f.sha256 === null ? [] : [{ name: f.path, digest: { sha256: f.sha256 } }])),
            ],
        },
        runDetails: {
            builder: { id: identity/* PRODUCER_URI */.Q6, version: { [version/* TOOL_NAME */.l]: ext?.tool.version ?? version/* TOOL_VERSION */.w } },
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
        envelope = (0,parse/* parseJsonStrict */.jM)(envelopeBytes.toString('utf8'), PROVENANCE_PATH, { ijson: true }).value;
    }
    catch (err) {
        return { ok: false, status: 'invalid', message: err.message };
    }
    const pem = files.get(PROVENANCE_KEY_PATH)?.toString('utf8');
    let trusted = [];
    try {
        if (pem !== undefined)
            trusted = [{ keyid: (0,ed25519.publicKeySha256)(pem), publicKeyPem: pem }];
    }
    catch (err) {
        return { ok: false, status: 'invalid', message: `${PROVENANCE_KEY_PATH}: ${err.message}` };
    }
    const result = verifyDsseEnvelope(envelope, trusted);
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
        const actual = digests.get(subject.name) ?? (bytes ? (0,sha256/* sha256Hex */.fg)(bytes) : undefined);
        if (actual === undefined)
            return `subject ${subject.name} is not in the pack`;
        if (actual !== subject.digest.sha256)
            return `subject ${subject.name} has sha256 ${actual}, provenance says ${subject.digest.sha256}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/exports/vsa.ts




const VSA_PATH = 'promotion/promotion_decision.intoto.dsse.json';
const SLSA_VSA_V1 = 'https://slsa.dev/verification_summary/v1';
/** The policy a promotion decision applies: AGILAB's promotion rules (docs/policy.md) and our gates. */
const PROMOTION_POLICY_URI = 'https://proofcapsule.dev/policies/agilab.promotion_decision.v1';
/**
 * `promotion/promotion_decision.intoto.dsse.json`: the decision as an in-toto statement with the
 * SLSA Verification Summary v1 predicate. Only `promote` is PASSED (manual-review is not a pass);
 * a pass claims SLSA Build L1 (provenance exists and was checked), nothing higher, since the
 * builder is whatever machine ran `capsule` rather than a hardened build platform.
 */
function buildVerificationSummaryStatement(decision, record, subjects, key) {
    const passed = decision.decision === 'promote';
    const predicate = {
        verifier: { id: identity/* PRODUCER_URI */.Q6, version: { [version/* TOOL_NAME */.l]: version/* TOOL_VERSION */.w } },
        timeVerified: (0,time/* recordInstant */.fR)(record).iso,
        resourceUri: `urn:proofcapsule:run:${encodeURIComponent(record.manifest.run_id)}`,
        policy: { uri: PROMOTION_POLICY_URI },
        verificationResult: passed ? 'PASSED' : 'FAILED',
        verifiedLevels: passed ? ['SLSA_BUILD_LEVEL_1'] : ['FAILED'],
        slsaVersion: '1.0',
    };
    return [envelopeFile(VSA_PATH, inTotoStatement(subjects, SLSA_VSA_V1, predicate), key)];
}

;// CONCATENATED MODULE: ./src/exports/index.ts






/** The standards documents of a proof pack, every time derived from the record (byte-deterministic). */
function buildStandardExports(record, options = {}) {
    return [
        { path: 'openlineage.json', content: (0,write.stableJson)((0,openlineage.buildOpenLineageEvent)(record)) },
        { path: 'ro-crate-metadata.json', content: (0,write.stableJson)(buildRoCrate(record)) },
        { path: 'otel-trace.json', content: (0,write.stableJson)((0,otel.buildOtelTrace)(record)) },
        { path: 'promotion/lineage.json', content: (0,write.stableJson)((0,lineage.buildLineage)(record)) },
        { path: 'promotion/mlflow_export.json', content: (0,write.stableJson)(buildMlflowExport(record, options.readFile)) },
    ];
}










/***/ }),

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildLineage: () => (/* binding */ buildLineage)
/* harmony export */ });
/* unused harmony export LINEAGE_SCHEMA */
/* harmony import */ var _openlineage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4218);
/* harmony import */ var _run_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4260);
/* harmony import */ var _record_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9832);



const LINEAGE_SCHEMA = 'proofcapsule.lineage.v1';
/** `promotion/lineage.json`: inputs → run → outputs, each file with its hash (schemas/lineage.schema.json). */
function buildLineage(record) {
    const m = record.manifest;
    const { start, end } = (0,_record_time_js__WEBPACK_IMPORTED_MODULE_1__/* .runInterval */ .fe)(record);
    return {
        schema: LINEAGE_SCHEMA,
        created_at: (0,_record_time_js__WEBPACK_IMPORTED_MODULE_1__/* .recordInstant */ .fR)(record).iso,
        run: {
            run_id: m.run_id,
            openlineage_run_id: (0,_openlineage_js__WEBPACK_IMPORTED_MODULE_0__/* .openLineageRunId */ .o)(m.run_id),
            path_id: m.path_id,
            label: m.label,
            status: m.status,
            started_at: start.iso,
            finished_at: end.iso,
            manifest: { path: record.manifestPath, sha256: record.manifestSha256 },
        },
        inputs: (0,_run_files_js__WEBPACK_IMPORTED_MODULE_2__/* .runInputs */ .H)(record),
        outputs: (0,_run_files_js__WEBPACK_IMPORTED_MODULE_2__/* .runOutputs */ .M)(record),
    };
}


/***/ }),

/***/ 4218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildOpenLineageEvent: () => (/* binding */ buildOpenLineageEvent),
/* harmony export */   o: () => (/* binding */ openLineageRunId)
/* harmony export */ });
/* unused harmony export OPENLINEAGE_SCHEMA_URL */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2353);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8681);
/* harmony import */ var _run_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4260);
/* harmony import */ var _record_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9832);





/** The OpenLineage spec version our events validate against (`../shared/reference/openlineage`). */
const OPENLINEAGE_SCHEMA_URL = 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent';
/** Standard facets used, with the versions of the reference facet schemas. */
const FACETS = {
    ProcessingEngineRunFacet: 'https://openlineage.io/spec/facets/1-1-1/ProcessingEngineRunFacet.json',
    NominalTimeRunFacet: 'https://openlineage.io/spec/facets/1-0-1/NominalTimeRunFacet.json',
    ErrorMessageRunFacet: 'https://openlineage.io/spec/facets/1-0-1/ErrorMessageRunFacet.json',
    TestRunFacet: 'https://openlineage.io/spec/facets/1-0-1/TestRunFacet.json',
    TagsRunFacet: 'https://openlineage.io/spec/facets/1-0-0/TagsRunFacet.json',
    JobTypeJobFacet: 'https://openlineage.io/spec/facets/2-0-4/JobTypeJobFacet.json',
    DatasetTypeDatasetFacet: 'https://openlineage.io/spec/facets/1-0-1/DatasetTypeDatasetFacet.json',
    DatasetVersionDatasetFacet: 'https://openlineage.io/spec/facets/1-0-1/DatasetVersionDatasetFacet.json',
    OutputStatisticsOutputDatasetFacet: 'https://openlineage.io/spec/facets/1-0-2/OutputStatisticsOutputDatasetFacet.json',
};
function facet(name, fields) {
    return { _producer: _identity_js__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCER_URI */ .Q6, _schemaURL: `${FACETS[name]}#/$defs/${name}`, ...fields };
}
/** The OpenLineage run id for a run: a UUID derived from `run_id`, shared by every export that links to it. */
function openLineageRunId(runId) {
    return (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .derivedUuid */ .B)('openlineage-run', runId);
}
/** One RunEvent for the finished run: COMPLETE on pass, FAIL on fail, OTHER when the status is unknown. */
function buildOpenLineageEvent(record) {
    const m = record.manifest;
    const { end } = (0,_record_time_js__WEBPACK_IMPORTED_MODULE_1__/* .runInterval */ .fe)(record);
    return {
        eventType: m.status === 'pass' ? 'COMPLETE' : m.status === 'fail' ? 'FAIL' : 'OTHER',
        eventTime: end.iso,
        producer: _identity_js__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCER_URI */ .Q6,
        schemaURL: OPENLINEAGE_SCHEMA_URL,
        run: { runId: openLineageRunId(m.run_id), facets: runFacets(record) },
        job: {
            namespace: m.path_id || _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l,
            name: m.label || m.run_id,
            facets: { jobType: facet('JobTypeJobFacet', { processingType: 'BATCH', integration: 'PROOF_CAPSULE', jobType: 'COMMAND' }) },
        },
        inputs: (0,_run_files_js__WEBPACK_IMPORTED_MODULE_3__/* .runInputs */ .H)(record).map((f) => ({ namespace: 'file', name: f.path, facets: datasetFacets(f) })),
        outputs: (0,_run_files_js__WEBPACK_IMPORTED_MODULE_3__/* .runOutputs */ .M)(record).map((f) => ({
            namespace: 'file',
            name: f.path,
            facets: datasetFacets(f),
            outputFacets: { outputStatistics: facet('OutputStatisticsOutputDatasetFacet', { fileCount: 1, ...(f.size_bytes === null ? {} : { size: f.size_bytes }) }) },
        })),
    };
}
function runFacets(record) {
    const m = record.manifest;
    const { start, end } = (0,_record_time_js__WEBPACK_IMPORTED_MODULE_1__/* .runInterval */ .fe)(record);
    const facets = {
        processing_engine: facet('ProcessingEngineRunFacet', { name: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l, version: m.proof_capsule?.tool.version ?? _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .w, openlineageAdapterVersion: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .w }),
        nominalTime: facet('NominalTimeRunFacet', { nominalStartTime: start.iso, nominalEndTime: end.iso }),
    };
    if (m.validations.length > 0) {
        facets.test = facet('TestRunFacet', { tests: m.validations.map((v) => ({ name: v.label, status: testStatus(v.status), description: v.summary })) });
    }
    const tags = runTags(m);
    if (tags.length > 0)
        facets.tags = facet('TagsRunFacet', { tags });
    if (m.status === 'fail')
        facets.errorMessage = facet('ErrorMessageRunFacet', { message: (0,_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .failureMessage */ .o)(m), programmingLanguage: 'unknown' });
    return facets;
}
/** OpenLineage's TestExecution statuses are pass | fail | skip. */
function testStatus(status) {
    if ((0,_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .validationFailed */ .$)(status))
        return 'fail';
    return ['pass', 'passed', 'ok'].includes(status.toLowerCase()) ? 'pass' : 'skip';
}
function runTags(m) {
    const ext = m.proof_capsule;
    if (!ext)
        return [];
    const tag = (key, value) => ({ key, value, source: 'PROOF_CAPSULE' });
    return [
        tag('bundle', `${ext.bundle.name}@${ext.bundle.version}`),
        tag('executor', ext.execution.executor),
        tag('lane', ext.bundle.lane),
        tag('evidence_class', ext.evidence.classification),
    ];
}
function datasetFacets(f) {
    return {
        datasetType: facet('DatasetTypeDatasetFacet', { datasetType: f.kind === 'model' ? 'MODEL' : 'FILE', subType: f.kind.toUpperCase() }),
        ...(f.sha256 === null ? {} : { version: facet('DatasetVersionDatasetFacet', { datasetVersion: `sha256:${f.sha256}` }) }),
    };
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

/***/ 9769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildOtelTrace: () => (/* binding */ buildOtelTrace)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8681);
/* harmony import */ var _text_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7466);
/* harmony import */ var _record_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9832);




/** OTLP enums are integers in OTLP/JSON. */
const SPAN_KIND_INTERNAL = 1;
const STATUS_UNSET = 0;
const STATUS_OK = 1;
const STATUS_ERROR = 2;
const str = (key, value) => ({ key, value: { stringValue: value } });
/** int64 values are decimal strings in OTLP/JSON. */
const int = (key, value) => ({ key, value: { intValue: String(value) } });
function statusOf(status, message) {
    const s = status.toLowerCase();
    if (['pass', 'passed', 'ok', 'success', 'completed'].includes(s))
        return { code: STATUS_OK };
    if (['fail', 'failed', 'error', 'timeout', 'timed_out'].includes(s))
        return { code: STATUS_ERROR, message: message ?? `status ${status}` };
    return { code: STATUS_UNSET };
}
/** OTLP/JSON trace: one root span for the run, one child span per recorded pipeline stage. */
function buildOtelTrace(record) {
    const m = record.manifest;
    const runId = m.run_id;
    const traceId = (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .derivedHexId */ .qP)('otel-trace', runId, 32);
    const rootSpanId = (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .derivedHexId */ .qP)('otel-span:run', runId, 16);
    const { start, end } = (0,_record_time_js__WEBPACK_IMPORTED_MODULE_1__/* .runInterval */ .fe)(record);
    const ext = m.proof_capsule;
    const root = {
        traceId,
        spanId: rootSpanId,
        name: `capsule run ${m.label || runId}`,
        kind: SPAN_KIND_INTERNAL,
        startTimeUnixNano: start.unixNanos.toString(),
        endTimeUnixNano: end.unixNanos.toString(),
        attributes: [
            str('proof_capsule.run_id', runId),
            str('proof_capsule.path_id', m.path_id),
            str('proof_capsule.status', m.status),
            ...(ext ? [str('proof_capsule.bundle', `${ext.bundle.name}@${ext.bundle.version}`), str('proof_capsule.executor', ext.execution.executor)] : []),
            ...(ext?.execution.exit_code != null ? [int('process.exit.code', ext.execution.exit_code)] : []),
        ],
        status: statusOf(m.status),
    };
    const stages = stagesOf(ext).map((s, i) => {
        const stageStart = (0,_text_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInstant */ .nV)(s.started_at) ?? start;
        const stageEnd = (0,_text_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInstant */ .nV)(s.finished_at) ?? stageStart;
        return {
            traceId,
            spanId: (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .derivedHexId */ .qP)(`otel-span:stage:${i}:${s.stage}`, runId, 16),
            parentSpanId: rootSpanId,
            name: s.stage,
            kind: SPAN_KIND_INTERNAL,
            startTimeUnixNano: stageStart.unixNanos.toString(),
            endTimeUnixNano: later(stageStart, stageEnd).unixNanos.toString(),
            attributes: [str('proof_capsule.stage', s.stage), str('proof_capsule.stage.status', s.status)],
            status: statusOf(s.status, `stage ${s.stage}: ${s.status}`),
        };
    });
    return {
        resourceSpans: [
            {
                resource: { attributes: [str('service.name', _version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .l), str('service.version', ext?.tool.version ?? _version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_VERSION */ .w)] },
                scopeSpans: [{ scope: { name: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_VERSION */ .w }, spans: [root, ...stages] }],
            },
        ],
    };
}
function stagesOf(ext) {
    return ext?.stages ?? [];
}
function later(a, b) {
    return b.unixNanos >= a.unixNanos ? b : a;
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .M('source_date_epoch_invalid', `SOURCE_DATE_EPOCH=${epoch} is not a whole number of seconds`);
        return (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .isoSeconds */ .nE)(new Date(Number(epoch) * 1000));
    }
    const at = (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(manifest.timing.finished_at) ?? (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(manifest.created_at);
    if (at)
        return (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .isoSeconds */ .nE)(new Date(at.unixMillis));
    const pointer = '/timing/finished_at';
    const where = doc ? doc.locate(pointer) : undefined;
    const prefix = where ? `${file}:${where.line}:${where.column}` : file;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .M('manifest_time_invalid', `${prefix}: ${pointer} ${JSON.stringify(manifest.timing.finished_at)} is not an RFC 3339 timestamp (nor is /created_at)`, { file, pointer, ...where });
}
/** The record's deterministic time; an unreadable one is a bug in whoever built the record. */
function recordInstant(record) {
    const at = (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(record.createdAt);
    if (!at) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .M('record_time_invalid', `${record.manifestPath}: run record time ${JSON.stringify(record.createdAt)} is not an RFC 3339 timestamp`, { file: record.manifestPath });
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
