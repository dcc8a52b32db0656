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
/* harmony import */ var _sign_signature_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1491);
/* harmony import */ var _trust_policy_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9742);
/* harmony import */ var _verify_capsule_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1984);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('baseline_not_capsule', `${options.role} ${target}: is a run folder; a baseline must be a signed .agipack capsule, so its origin can be checked under a trust policy`, { file: target });
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

/***/ 3797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dd: () => (/* binding */ TAIL_BYTES),
/* harmony export */   lq: () => (/* binding */ readFileTail),
/* harmony export */   rm: () => (/* binding */ dropPartialFirstLine),
/* harmony export */   w$: () => (/* binding */ lastLines)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** How much of a log's end the summary and the page show without a click. */
const TAIL_LINES = 20;
const TAIL_BYTES = 4096;
const LINE_CHARS = 300;
/**
 * The last non-empty lines of a log, each cut at 300 characters: what a reader needs to see
 * why a job failed, small enough to sit above the fold.
 */
function lastLines(text, maxLines = TAIL_LINES) {
    const all = text.replace(/\r\n?/g, '\n').split('\n');
    while (all.length > 0 && all[all.length - 1].trim() === '')
        all.pop();
    const lines = all.slice(-maxLines).map((l) => (l.length > LINE_CHARS ? `${l.slice(0, LINE_CHARS)}…` : l));
    return { lines, cut: all.length > lines.length };
}
/** The last `maxBytes` of a file (a log can be megabytes; its end is what explains a failure). */
function readFileTail(path, maxBytes = TAIL_BYTES) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        const length = Math.min(size, maxBytes);
        const buf = Buffer.alloc(length);
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, length, size - length);
        return { text: dropPartialFirstLine(buf.subarray(0, read).toString('utf8'), size > length), cut: size > length };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** A read that starts mid-file starts mid-line (maybe mid-character): drop up to the first newline. */
function dropPartialFirstLine(text, startedMidFile) {
    if (!startedMidFile)
        return text;
    const nl = text.indexOf('\n');
    return nl < 0 ? text : text.slice(nl + 1);
}


/***/ }),

/***/ 1940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P7: () => (/* binding */ asStrings),
/* harmony export */   _j: () => (/* binding */ asArray),
/* harmony export */   i: () => (/* binding */ asNumber),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   qY: () => (/* binding */ asRecord),
/* harmony export */   tB: () => (/* binding */ asBoolean)
/* harmony export */ });
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
function asString(value) {
    return typeof value === 'string' ? value : null;
}
function asNumber(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
function asBoolean(value) {
    return typeof value === 'boolean' ? value : null;
}
function asStrings(value) {
    return asArray(value).filter((v) => typeof v === 'string');
}


/***/ }),

/***/ 6318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ placeArtifacts),
/* harmony export */   w: () => (/* binding */ packPathOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



function expandHome(p) {
    return p === '~' || p.startsWith('~/') ? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)() + p.slice(1) : p;
}
function foundAt(path) {
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : st.isSymbolicLink() ? 'symlink' : 'other';
    }
    catch {
        return 'missing';
    }
}
/**
 * Every artifact of a manifest, placed. AGILAB's own writer records absolute paths (inside the
 * run folder or not) and `kind: "directory"` for folders; other writers record paths relative
 * to the manifest. Both resolve here the way AGILAB's verifier resolves them.
 */
function placeArtifacts(manifest, manifestPath) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(manifestPath));
    return manifest.artifacts.map((artifact, index) => {
        const recorded = expandHome(artifact.path);
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(recorded);
        const location = absolute ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(recorded) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(folder, recorded);
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(folder, location);
        const inside = rel !== '' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel);
        const inRunFolder = inside ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/') : null;
        return { index, artifact, location, absolute, inRunFolder, found: foundAt(location) };
    });
}
/**
 * Where a proof pack holds an artifact found inside the run folder: a relative path as
 * recorded (it resolves the same in the unpacked capsule), an absolute one under `artifacts/`
 * (the snapshot is re-pointed there).
 */
function packPathOf(place) {
    if (place.inRunFolder === null)
        return null;
    if (!place.absolute)
        return place.inRunFolder;
    return place.inRunFolder.startsWith('artifacts/') ? place.inRunFolder : `artifacts/${place.inRunFolder}`;
}


/***/ }),

/***/ 8553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ readRunManifest)
/* harmony export */ });
/* harmony import */ var _fsio_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1715);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7105);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3545);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6813);




/**
 * Reads and schema-validates a run manifest; errors name the file, pointer and line:column.
 * One read: the digest is of the very bytes parsed.
 */
async function readRunManifest(path) {
    const bytes = (0,_fsio_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readFileCapped */ .uh)(path);
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonStrict */ .jM)(bytes.toString('utf8'), path, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .assertValid */ .pP)('run-manifest', doc.value, path, doc);
    return { manifest: doc.value, path, sha256: (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(bytes), size: bytes.length, doc };
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


/***/ }),

/***/ 6777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   freshRunFolderReport: () => (/* binding */ freshRunFolderReport),
/* harmony export */   resolveRunManifestPath: () => (/* binding */ resolveRunManifestPath),
/* harmony export */   verifyRunFolder: () => (/* binding */ verifyRunFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6813);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7105);
/* harmony import */ var _manifest_artifacts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6318);
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8553);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3545);
/* harmony import */ var _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2479);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5582);










const RUN_FOLDER_STEPS = [
    { id: 'run_manifest_valid', needs: [], run: checkManifestValid },
    { id: 'run_artifacts_present', needs: ['run_manifest_valid'], run: checkArtifactsPresent },
    { id: 'outputs_match_recorded_hashes', needs: ['run_manifest_valid'], run: checkOutputHashes },
    { id: 'event_chain_valid', needs: ['run_manifest_valid'], run: checkFolderChain },
    { id: 'proof_pack_manifest_valid', needs: ['run_manifest_valid'], run: checkPackIndex },
];
/** A manifest path, or a folder holding `run_manifest.json` or (unpacked capsule / pack dir) the snapshot. */
function resolveRunManifestPath(target) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isDirectory())
        return target;
    for (const name of ['run_manifest.json', _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_NAME */ .lE])
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target, name)))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target, name);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('run_manifest_missing', `${target}: holds neither run_manifest.json nor ${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_NAME */ .lE}`, { file: target });
}
/**
 * `capsule verify run_manifest.json` (AGILAB's verify takes a manifest): the manifest is valid,
 * its artifacts are where it says with the sizes it records, our outputs match their hashes,
 * the event chain verifies, and in a pack dir the root index matches every file.
 */
async function verifyRunFolder(target, options = {}) {
    const manifestPath = resolveRunManifestPath(target);
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(manifestPath));
    const result = await (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .runSteps */ .rl)(RUN_FOLDER_STEPS, { loaded: 'run_manifest_valid', chain: 'event_chain_valid' }, (facts, warnings) => ({
        ...facts, manifestPath, folder, warnings, trusted: options.trustedPublicKeySha256 ?? [], skipArtifacts: options.skipArtifacts ?? false,
    }));
    const path = options.displayPath ?? manifestPath;
    return folderReport(result.checks, result.warnings, path, result.fact('loaded'), result.fact('chain'));
}
/**
 * The report `verifyRunFolder` gives for a run folder the pipeline has just made, from what the
 * pipeline knows instead of reading the folder back: it built and validated the manifest (`loaded`,
 * from the bytes it wrote), wrote and hashed every artifact and output it records, and verified
 * the sealed chain (`chain`, under the keys trusted here).
 */
function freshRunFolderReport(loaded, chain, displayPath) {
    const evidence = loaded.manifest.proof_capsule?.evidence;
    const outcomes = [
        ['run_manifest_valid', manifestValid(loaded)],
        ['run_artifacts_present', artifactsPresent(loaded)],
        ['outputs_match_recorded_hashes', outputsMatch(loaded)],
        ['event_chain_valid', evidence ? chainCheck(chain, evidence) : null],
    ];
    const checks = outcomes.flatMap(([id, outcome]) => (outcome ? [{ id, ...outcome }] : []));
    return folderReport(checks, [], displayPath, loaded, evidence ? chain : undefined);
}
function folderReport(checks, warnings, path, loaded, chain) {
    return {
        schema: 'agilab.proof_capsule_verification.v1',
        status: checks.every((c) => c.status === 'pass') ? 'pass' : 'fail',
        capsule: { path, sha256: loaded?.sha256 ?? null, size_bytes: loaded?.size ?? null },
        strict: false,
        checks,
        warnings,
        evidence_class: chain?.classification ?? null,
        // A folder carries no signature: whoever wrote its files is not proven here.
        origin: {
            verified: false,
            public_key_sha256: null,
            summary: 'origin not verified: a run folder carries no signature; this verifies integrity only',
        },
    };
}
const manifestValid = (loaded) => (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`run ${loaded.manifest.run_id} (${loaded.manifest.status}): valid agilab.run_manifest`);
const artifactsPresent = (loaded) => (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`${loaded.manifest.artifacts.filter((a) => a.exists).length} artifacts present with their recorded sizes`);
const outputsMatch = (loaded) => (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`${(loaded.manifest.proof_capsule?.outputs ?? []).length} outputs match their recorded sha256`);
async function checkManifestValid(ctx) {
    const loaded = await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_6__/* .readRunManifest */ .t)(ctx.manifestPath);
    ctx.set('loaded', loaded);
    return manifestValid(loaded);
}
/** As AGILAB checks them: each artifact recorded as existing is there (a file or a folder, absolute or manifest-relative). */
function checkArtifactsPresent(ctx) {
    if (ctx.skipArtifacts)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)('artifact existence checks skipped (--no-artifacts)', { skipped: true });
    const problems = [];
    const places = (0,_manifest_artifacts_js__WEBPACK_IMPORTED_MODULE_5__/* .placeArtifacts */ .X)(ctx.get('loaded').manifest, ctx.manifestPath).filter((p) => p.artifact.exists);
    for (const { artifact: a, found, location } of places) {
        if (found === 'missing' || (found === 'symlink' && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(location)))
            problems.push(`artifact ${a.name}: ${a.path} is missing`);
        else if (found === 'file' && a.size_bytes !== null && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(location).size !== a.size_bytes) {
            problems.push(`artifact ${a.name}: ${a.path} is ${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(location).size} bytes, ${a.size_bytes} recorded`);
        }
    }
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(problems[0], { problems });
    return artifactsPresent(ctx.get('loaded'));
}
async function checkOutputHashes(ctx) {
    const outputs = ctx.get('loaded').manifest.proof_capsule?.outputs ?? [];
    const problems = [];
    for (const out of outputs) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.folder, out.path);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
            problems.push(`output ${out.path} is missing`);
            continue;
        }
        const digest = await (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)(path);
        if (digest.sha256 !== out.sha256 || digest.size !== out.size_bytes)
            problems.push(`output ${out.path}: sha256 ${digest.sha256} (${digest.size} bytes), recorded ${out.sha256} (${out.size_bytes} bytes)`);
    }
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(problems[0], { problems });
    return outputsMatch(ctx.get('loaded'));
}
async function checkFolderChain(ctx) {
    const evidence = ctx.get('loaded').manifest.proof_capsule?.evidence;
    if (!evidence)
        return null;
    // Loaded only for a run that has a chain: a plain AGILAB manifest has none.
    const { verifyChainFile } = await Promise.all(/* import() */[__webpack_require__.e(9605), __webpack_require__.e(7158)]).then(__webpack_require__.bind(__webpack_require__, 7158));
    const report = await verifyChainFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.folder, evidence.events), { trustedPublicKeySha256: ctx.trusted });
    ctx.set('chain', report);
    return chainCheck(report, evidence);
}
function chainCheck(report, evidence) {
    const { events } = evidence;
    const details = { classification: report.classification, event_count: report.event_count, final_hash: report.final_hash };
    if (report.status !== 'PASS') {
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(`${events}: chain FAIL: ${report.errors[0]?.rule ?? ''}: ${report.errors[0]?.message ?? ''}`, details);
    }
    if (report.final_hash !== evidence.final_hash) {
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(`${events}: final hash ${report.final_hash} differs from the manifest's ${evidence.final_hash}`, details);
    }
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`${events}: ${report.event_count} events verify; ${report.classification}`, details);
}
/** Only in a pack dir or unpacked capsule (the root index sits beside the manifest). */
async function checkPackIndex(ctx) {
    const indexPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.folder, _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PROOF_PACK_INDEX_NAME */ .y$);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(indexPath))
        return null;
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .readJsonFile */ .JE)(indexPath, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .assertValid */ .pP)('proof-pack', doc.value, indexPath, doc);
    const index = doc.value;
    const loaded = ctx.get('loaded');
    const problems = [];
    for (const f of index.files) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.folder, f.path);
        if (!path.startsWith(ctx.folder + '/') || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
            problems.push(`${f.path} is missing`);
            continue;
        }
        const digest = await (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)(path);
        if (digest.sha256 !== f.sha256 || digest.size !== f.size_bytes)
            problems.push(`${f.path}: sha256 ${digest.sha256} (${digest.size} bytes), index records ${f.sha256} (${f.size_bytes} bytes)`);
    }
    if (index.source_manifest.sha256 !== loaded.sha256 && ctx.manifestPath.endsWith(_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_NAME */ .lE))
        problems.push(`${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_NAME */ .lE} sha256 ${loaded.sha256} differs from the index's source_manifest`);
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(problems[0], { problems });
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PROOF_PACK_INDEX_NAME */ .y$}: ${index.files.length} files match`);
}


/***/ }),

/***/ 2784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ folderSource),
/* harmony export */   l: () => (/* binding */ capsuleSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _fsio_tail_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3797);
/* harmony import */ var _zip_entry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7283);







/** How far an entry of a capsule that failed its structure checks is inflated to find its end. */
const MAX_RAW_TAIL_BYTES = 64 * 1024 ** 2;
/**
 * Reads entries through the capsule's one descriptor (nothing is unpacked to disk). An entry
 * the verifying pass hashed is streamed whole and must hash the same, so the page shows the
 * bytes that were verified; a capsule that failed its structure checks is still shown from
 * its raw entries, under the page's "not verified" banner. Either way only `maxBytes` are
 * kept. Duplicate names resolve to the first entry.
 */
function capsuleSource(capsule) {
    const entries = new Map();
    for (const entry of capsule?.entries ?? [])
        if (!entries.has(entry.record.name))
            entries.set(entry.record.name, entry);
    /**
     * Streams the entry into `sink`; null when it cannot be read (the page shows it absent). An
     * unverified entry is read no further than `rawLimit`: its declared size may be a lie.
     */
    const readInto = async (path, sink, rawLimit) => {
        const entry = entries.get(path);
        if (!capsule || !entry)
            return null;
        try {
            if (entry.scan !== null && !('error' in entry.scan))
                await capsule.copyEntry(entry, sink);
            else
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,_zip_entry_js__WEBPACK_IMPORTED_MODULE_6__/* .openEntryData */ .H)(capsule.file, entry.record, rawLimit), sink);
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CapsuleError */ .Mu && err.code === 'capsule_changed')
                throw err;
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CapsuleError */ .Mu && err.code === 'zip_entry_too_large'))
                return null;
        }
        return entry;
    };
    return {
        async read(path, maxBytes) {
            const kept = new Kept(maxBytes, 'head');
            const entry = await readInto(path, kept, maxBytes + 1);
            if (!entry)
                return null;
            const truncated = kept.total > maxBytes;
            return { bytes: kept.bytes(), totalBytes: kept.total, truncated };
        },
        async tail(path, maxBytes) {
            const kept = new Kept(maxBytes, 'tail');
            if (!(await readInto(path, kept, MAX_RAW_TAIL_BYTES)))
                return null;
            const cut = kept.total > maxBytes;
            return { text: (0,_fsio_tail_js__WEBPACK_IMPORTED_MODULE_5__/* .dropPartialFirstLine */ .rm)(kept.bytes().toString('utf8'), cut), cut };
        },
    };
}
/** Keeps the first (or last) `max` bytes written to it and counts them all: memory stays bounded whatever the entry says. */
class Kept extends node_stream__WEBPACK_IMPORTED_MODULE_2__.Writable {
    max;
    keep;
    buf = Buffer.alloc(0);
    total = 0;
    constructor(max, keep) {
        super();
        this.max = max;
        this.keep = keep;
    }
    _write(chunk, _enc, done) {
        this.total += chunk.length;
        if (this.keep === 'tail') {
            this.buf = Buffer.concat([this.buf, chunk]);
            if (this.buf.length > this.max)
                this.buf = this.buf.subarray(this.buf.length - this.max);
        }
        else if (this.buf.length < this.max) {
            this.buf = Buffer.concat([this.buf, chunk.subarray(0, this.max - this.buf.length)]);
        }
        done();
    }
    bytes() {
        return this.buf;
    }
}
/**
 * Files under `folder`; a path that would leave it (`..`, absolute, or a symlink pointing
 * out) reads as absent, so a crafted folder cannot copy other local files into the page.
 */
function folderSource(folder) {
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(folder);
    const inside = (path) => {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return null;
        const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(candidate);
        return target.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isFile() ? target : null;
    };
    return {
        async tail(path, maxBytes) {
            const target = inside(path);
            return target === null ? null : (0,_fsio_tail_js__WEBPACK_IMPORTED_MODULE_5__/* .readFileTail */ .lq)(target, maxBytes);
        },
        async read(path, maxBytes) {
            const target = inside(path);
            if (target === null)
                return null;
            const totalBytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).size;
            const bytes = Buffer.alloc(Math.min(totalBytes, maxBytes));
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(target, 'r');
            try {
                const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, 0, bytes.length, 0);
                return { bytes: bytes.subarray(0, read), totalBytes, truncated: totalBytes > maxBytes };
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
        },
    };
}


/***/ })

};
