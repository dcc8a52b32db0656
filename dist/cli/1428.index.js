export const id = 1428;
export const ids = [1428,9742];
export const modules = {

/***/ 1428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ compareWithBaseline),
/* harmony export */   loadBaseline: () => (/* binding */ loadBaseline)
/* harmony export */ });
/* unused harmony export BASELINE_REFUSED */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5312);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2899);
/* harmony import */ var _side_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7904);




/** The `details` key of a CapsuleError that refused a baseline (its value names it): callers say so. */
const BASELINE_REFUSED = 'refused_baseline';
/**
 * Loads `--baseline CAPSULE`: it must be a capsule and verify (under the trust policy when one
 * applies), else a CapsuleError names the baseline and its failed checks. Callers load it
 * before anything runs, so a bad baseline refuses the run instead of failing it afterwards.
 */
async function loadBaseline(path, trustPolicyPath) {
    const loaded = (0,_load_js__WEBPACK_IMPORTED_MODULE_1__.loadVerifiedRun)(path, { role: 'baseline', trustPolicyPath, capsuleOnly: true });
    const { side, report } = await loaded.catch((err) => {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu)
            err.details[BASELINE_REFUSED] ??= path;
        throw err;
    });
    const warnings = [...report.warnings];
    if (trustPolicyPath === undefined) {
        warnings.push(`baseline ${path}: verified for integrity only; no trust policy anchors who signed it `
            + '(give a baseline trust policy, or a trust policy for the run)');
    }
    return { path, side, trustPolicyPath: trustPolicyPath ?? null, warnings };
}
/** The run in `folder` (its manifest's record and output files) compared with the baseline. */
async function compareWithBaseline(baseline, manifest, folder, who) {
    return (0,_compare_js__WEBPACK_IMPORTED_MODULE_3__.compareRuns)(baseline.side, await (0,_side_js__WEBPACK_IMPORTED_MODULE_2__/* .runSide */ .D)(manifest, (0,_load_js__WEBPACK_IMPORTED_MODULE_1__/* .folderFiles */ .k)(folder), who));
}


/***/ }),

/***/ 5312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareRuns: () => (/* binding */ compareRuns)
/* harmony export */ });
/* harmony import */ var _manifest_run_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2778);

/** What changed from `a` (the baseline) to `b`. Pure: both sides were read and verified before. */
function compareRuns(a, b) {
    const metrics = compareMetrics(a, b);
    const outputs = compareOutputs(a, b);
    const facts = compareFacts(a, b);
    const environment = compareEnv(a, b);
    const differences = [...metrics, ...outputs, ...facts, ...environment].filter((row) => row.change !== 'same').length;
    return {
        schema: 'proofcapsule.run_diff.v1',
        a: summary(a),
        b: summary(b),
        differences,
        metrics,
        outputs,
        facts,
        environment,
        timing: { a_seconds: a.duration_seconds, b_seconds: b.duration_seconds, delta_seconds: (0,_manifest_run_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .roundDelta */ .p)(b.duration_seconds - a.duration_seconds) },
        notes: [...a.notes.map((n) => `A: ${n}`), ...b.notes.map((n) => `B: ${n}`)],
    };
}
function summary(side) {
    return { name: side.name, kind: side.kind, sha256: side.sha256, run_id: side.run_id, verification_status: side.verification_status, evidence_class: side.evidence_class };
}
function changeOf(inA, inB, equal) {
    if (!inA)
        return 'added';
    if (!inB)
        return 'removed';
    return equal ? 'same' : 'changed';
}
/** Union of keys, in A's order then B's new ones. */
function keysOf(a, b, key) {
    return [...new Set([...a.map(key), ...b.map(key)])];
}
function compareMetrics(a, b) {
    const key = (m) => `${m.output}\u0000${m.name}`;
    const inA = new Map(a.metrics.map((m) => [key(m), m]));
    const inB = new Map(b.metrics.map((m) => [key(m), m]));
    return keysOf(a.metrics, b.metrics, key).map((k) => {
        const ma = inA.get(k);
        const mb = inB.get(k);
        const delta = ma && mb ? (0,_manifest_run_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .roundDelta */ .p)(mb.value - ma.value) : null;
        return {
            output: (ma ?? mb).output,
            name: (ma ?? mb).name,
            a: ma?.value ?? null,
            b: mb?.value ?? null,
            delta,
            relative_delta: delta !== null && ma.value !== 0 ? (0,_manifest_run_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .roundDelta */ .p)(delta / Math.abs(ma.value)) : null,
            change: changeOf(ma !== undefined, mb !== undefined, delta === 0),
        };
    });
}
function compareOutputs(a, b) {
    const inA = new Map(a.outputs.map((o) => [o.path, o]));
    const inB = new Map(b.outputs.map((o) => [o.path, o]));
    return keysOf(a.outputs, b.outputs, (o) => o.path).map((path) => {
        const oa = inA.get(path);
        const ob = inB.get(path);
        return {
            path,
            kind: (ob ?? oa).kind,
            change: changeOf(oa !== undefined, ob !== undefined, oa?.sha256 === ob?.sha256 && oa?.size_bytes === ob?.size_bytes),
            a: oa ? { sha256: oa.sha256, size_bytes: oa.size_bytes } : null,
            b: ob ? { sha256: ob.sha256, size_bytes: ob.size_bytes } : null,
        };
    });
}
/** The recorded facts the issue names: bundle, command, placement and executor, decision, evidence class. */
function compareFacts(a, b) {
    const facts = [
        ['status', (s) => s.status],
        ['bundle.name', (s) => s.bundle?.name ?? null],
        ['bundle.version', (s) => s.bundle?.version ?? null],
        ['bundle.sha256', (s) => s.bundle?.sha256 ?? null],
        ['bundle.lane', (s) => s.bundle?.lane ?? null],
        ['command.argv', (s) => JSON.stringify(s.command.argv)],
        ['command.cwd', (s) => s.command.cwd],
        ['placement.site', (s) => s.placement?.site ?? null],
        ['placement.executor', (s) => s.placement?.executor ?? null],
        ['placement.accel', (s) => s.placement?.accel ?? null],
        ['decision', (s) => s.decision],
        ['evidence_class', (s) => s.evidence_class],
    ];
    return facts.map(([field, read]) => {
        const va = read(a);
        const vb = read(b);
        return { field, a: va, b: vb, change: va === vb ? 'same' : 'changed' };
    });
}
/** Names only: a value is never shown, only whether the recorded values of a name differ. */
function compareEnv(a, b) {
    const secrets = new Set([...a.secret_names, ...b.secret_names]);
    const names = [...new Set([...a.env.keys(), ...b.env.keys(), ...secrets])].sort();
    return names.map((name) => {
        const inA = a.env.has(name) || a.secret_names.includes(name);
        const inB = b.env.has(name) || b.secret_names.includes(name);
        return { name, change: changeOf(inA, inB, a.env.get(name) === b.env.get(name)), secret: secrets.has(name) };
    });
}


/***/ }),

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
/* harmony import */ var _sign_signature_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1491);
/* harmony import */ var _trust_policy_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9742);
/* harmony import */ var _verify_capsule_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(826);
/* harmony import */ var _verify_run_folder_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6777);
/* harmony import */ var _verify_target_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1756);
/* harmony import */ var _view_source_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2784);
/* harmony import */ var _side_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7904);













const MAX_MANIFEST_BYTES = 16 * 1024 ** 2;
/**
 * Verifies a capsule (strictly, under the trust policy when one is given) or a run folder,
 * then reads what a comparison needs from exactly the bytes that verified. Anything that
 * does not verify is refused with a CapsuleError naming the run and its failed checks.
 */
async function loadVerifiedRun(target, options) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('target_missing', `${options.role} ${target}: no such capsule, run folder or manifest`, { file: target });
    if (!(0,_verify_target_js__WEBPACK_IMPORTED_MODULE_10__/* .isCapsuleTarget */ .J)(target)) {
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
    const signaturePath = options.signaturePath ?? (0,_sign_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultSignaturePath */ .x7)(target);
    const verified = await (0,_verify_capsule_js__WEBPACK_IMPORTED_MODULE_8__.openVerifiedCapsule)(target, { signaturePath, trustPolicyPath: options.trustPolicyPath, requireSignature: options.trustPolicyPath !== undefined, strict: true });
    try {
        const report = verified.report;
        refuseUnverified(report, target, options);
        const source = (0,_view_source_js__WEBPACK_IMPORTED_MODULE_11__/* .capsuleSource */ .l)(verified.capsule);
        const entries = new Map((0,_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCapsuleManifest */ .Es)((await readAll(source, _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .CAPSULE_MANIFEST_NAME */ .u5, target)).toString('utf8'), `${target}!/${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .CAPSULE_MANIFEST_NAME */ .u5}`).entries.map((e) => [e.path, e]));
        const manifest = parseManifest(await readAll(source, _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .SNAPSHOT_NAME */ .lE, target), `${target}!/${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .SNAPSHOT_NAME */ .lE}`);
        const files = {
            read: async (path, maxBytes) => (await source.read(path, maxBytes))?.bytes ?? null,
            digest: async (path) => {
                const e = entries.get(path);
                return e ? { sha256: e.sha256, size: e.size_bytes } : null;
            },
        };
        const side = await (0,_side_js__WEBPACK_IMPORTED_MODULE_12__/* .runSide */ .D)(manifest, files, { name: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target), kind: 'capsule', sha256: report.capsule.sha256, verification_status: 'pass', evidence_class: report.evidence_class });
        return { side, report };
    }
    finally {
        verified.close();
    }
}
async function loadRunFolder(target, options) {
    const manifestPath = (0,_verify_run_folder_js__WEBPACK_IMPORTED_MODULE_9__.resolveRunManifestPath)(target);
    const trusted = (0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_7__.trustedKeysIn)(options.trustPolicyPath);
    const report = await (0,_verify_run_folder_js__WEBPACK_IMPORTED_MODULE_9__.verifyRunFolder)(manifestPath, { trustedPublicKeySha256: trusted });
    refuseUnverified(report, target, options);
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(manifestPath));
    const manifest = parseManifest(await readAll((0,_view_source_js__WEBPACK_IMPORTED_MODULE_11__/* .folderSource */ .W)(folder), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(manifestPath), manifestPath), manifestPath);
    const side = await (0,_side_js__WEBPACK_IMPORTED_MODULE_12__/* .runSide */ .D)(manifest, folderFiles(folder), { name: target, kind: 'run-folder', sha256: report.capsule.sha256, verification_status: 'pass', evidence_class: report.evidence_class });
    return { side, report };
}
/** Files of a run folder; a path that leaves it (`..`, a symlink pointing out) reads as absent. */
function folderFiles(folder) {
    const source = (0,_view_source_js__WEBPACK_IMPORTED_MODULE_11__/* .folderSource */ .W)(folder);
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
    const under = options.trustPolicyPath ? ` under ${options.trustPolicyPath}` : '';
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
