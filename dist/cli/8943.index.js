export const id = 8943;
export const ids = [8943];
export const modules = {

/***/ 6909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fsio_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1715);



/** Reads a script's `#!` line, as the kernel would, without needing the execute bit. */
function shebang(file) {
    const buf = Buffer.alloc(256);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, _fsio_read_js__WEBPACK_IMPORTED_MODULE_2__/* .OPEN_TO_READ */ ._);
    try {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, buf.length, 0);
        const first = buf.subarray(0, n).toString('utf8').split('\n')[0];
        if (!first.startsWith('#!'))
            return null;
        const parts = first.slice(2).trim().split(/\s+/).filter(Boolean);
        return parts.length > 0 ? parts : null;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * The argv and cwd (relative to the workspace) of the run. A script is run through its
 * `#!` interpreter (or /bin/sh), so a script copied without its execute bit (agentplane's
 * example is mode 0444) still runs exactly as its author meant.
 */
function runCommand(vb) {
    const run = vb.bundle.spec.run;
    const cwd = run.cwd ?? '.';
    if (run.argv)
        return { argv: [...run.argv], cwd };
    const script = run.script;
    const fromCwd = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.relative(cwd, script);
    return { argv: [...(shebang((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(vb.dir, script)) ?? ['/bin/sh']), fromCwd.startsWith('../') ? fromCwd : `./${fromCwd}`], cwd };
}


/***/ }),

/***/ 93:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ requiredSecrets),
/* harmony export */   l: () => (/* binding */ isSecretLookingKey)
/* harmony export */ });
/**
 * The one list of words that make an env key name a secret (AGILAB writes such values as
 * "<redacted>"): the run redacts them, the manifest hides them, the promotion gate checks
 * they stayed hidden.
 */
const SECRET_WORDS = new Set(['SECRET', 'SECRETS', 'TOKEN', 'TOKENS', 'PASSWORD', 'PASSWORDS', 'PASSWD', 'KEY', 'KEYS', 'APIKEY', 'CREDENTIAL', 'CREDENTIALS', 'AUTH']);
/**
 * True when a word of the key (split at `_`, `-`, `.` and lower-to-upper case changes) is a
 * secret word: `API_KEY`, `AUTH_TOKEN`, `githubToken` are secrets; `AUTHOR`, `MONKEY`,
 * `KEYBOARD_LAYOUT` are not (a substring match took them for secrets and redacted their values).
 */
function isSecretLookingKey(key) {
    return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').split(/[^A-Za-z0-9]+/).some((word) => SECRET_WORDS.has(word.toUpperCase()));
}
/** Names of the host environment variables the run needs as secrets (values are never stored). */
function requiredSecrets(bundle) {
    return [...(bundle.spec.secrets?.required ?? [])];
}


/***/ }),

/***/ 2436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ buildRunEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _bundle_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93);


/**
 * Host variables a run inherits: enough to find programs (PATH), a home and temp dir for
 * tools that insist on one, and the locale/timezone so output is decoded and dated as on
 * the host. Everything else (tokens, CI variables) stays out unless named as a secret.
 */
const ENV_ALLOWLIST = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR'];
const DEFAULT_PATH = '/usr/local/bin:/usr/bin:/bin';
/** allowlist + bundle env + named secrets from the host; a missing secret is an error naming it. */
function buildRunEnv(bundle, hostEnv, options = {}) {
    const env = { PATH: DEFAULT_PATH };
    for (const name of ENV_ALLOWLIST) {
        const value = hostEnv[name];
        if (value !== undefined)
            env[name] = value;
    }
    Object.assign(env, bundle.spec.run.env ?? {});
    const secretNames = (0,_bundle_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredSecrets */ .H)(bundle);
    const missing = secretNames.filter((name) => hostEnv[name] === undefined || hostEnv[name] === '');
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('secret_missing', `bundle ${bundle.metadata.name} requires secret${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: set ${missing.length > 1 ? 'them' : 'it'} in the environment of capsule run`, { pointer: '/spec/secrets/required' }, { missing });
    }
    const secretValues = [];
    for (const name of secretNames) {
        env[name] = hostEnv[name];
        secretValues.push(hostEnv[name]);
    }
    // A value the bundle itself sets under a secret-looking key is treated as a secret too:
    // it is redacted from logs, the chain and the capsule's copy of the bundle.
    const bundleSecrets = Object.entries(bundle.spec.run.env ?? {}).filter(([k]) => (0,_bundle_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretLookingKey */ .l)(k)).map(([, v]) => v);
    return { env, secretNames, secretValues: [...secretValues, ...bundleSecrets, ...(options.extraSecretValues ?? [])].filter((v) => v.length > 0) };
}


/***/ }),

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

/***/ 8184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ buildReplayPlan)
/* harmony export */ });
/** Outputs are collected from the workspace into `artifacts/<workspace path>` of the run folder. */
function workspacePathOf(artifactPath) {
    return artifactPath.startsWith('artifacts/') ? artifactPath.slice('artifacts/'.length) : artifactPath;
}
function buildReplayPlan(manifest) {
    const pc = manifest.proof_capsule;
    const bundle = pc ? { path: pc.bundle.path, sha256: pc.bundle.sha256 } : null;
    const outputs = (pc?.outputs ?? []).map((o) => ({ path: o.path, workspace_path: workspacePathOf(o.path), sha256: o.sha256 }));
    const steps = [
        ...(bundle ? [{ id: 'copy_bundle', description: `Copy the folder of ${bundle.path} (sha256 ${bundle.sha256}) to a fresh workspace.` }] : []),
        { id: 'enter_cwd', description: `Change to ${manifest.command.cwd || '.'}${bundle ? ' inside the workspace' : ''}.` },
        { id: 'set_env', description: `Set the recorded env overrides; redacted ones (${redactedNames(manifest).join(', ') || 'none'}) must come from the caller.` },
        { id: 'run', description: `Run the recorded argv (${manifest.command.argv.length} arguments)${pc ? ` with the bundle's limit of ${pc.bundle.max_run_seconds} s` : ''}.` },
        ...(outputs.length > 0 ? [{ id: 'compare_outputs', description: `Recompute the SHA-256 of ${outputs.length} outputs and compare with the recorded digests.` }] : []),
    ];
    return {
        schema: 'agilab.replay_plan.v1',
        run_id: manifest.run_id,
        path_id: manifest.path_id,
        label: manifest.label,
        command: {
            label: manifest.command.label, argv: [...manifest.command.argv], cwd: manifest.command.cwd,
            env_overrides: { ...manifest.command.env_overrides }, env_names: Object.keys(manifest.command.env_overrides).sort(),
        },
        executor: pc?.execution.executor ?? 'process',
        bundle,
        max_run_seconds: pc?.bundle.max_run_seconds ?? null,
        expected_outputs: outputs,
        recorded_exit_code: pc?.execution.exit_code ?? null,
        steps,
        safe_default: 'print-only',
        execute_requires: '--execute',
    };
}
function redactedNames(manifest) {
    return Object.entries(manifest.command.env_overrides)
        .filter(([, value]) => value === '<redacted>')
        .map(([name]) => name)
        .sort();
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

/***/ 2674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ extractVerifiedCapsule)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



/**
 * Unpacks a capsule into `dir` only after it verified (paths safe and portable, inventory and
 * hashes match), from the bytes that were verified: each entry is read through the one
 * descriptor and must hash to what the verifying pass hashed, so nothing is written from an
 * archive that could escape, lie about its content, or be swapped in after verification.
 * On a failure part of `dir` may be written: the caller owns and removes it.
 */
async function extractVerifiedCapsule(verified, dir) {
    const { report, capsule } = verified;
    const path = report.capsule.path;
    if (report.status !== 'pass' || capsule === null) {
        const failed = report.checks.filter((c) => c.status === 'fail').map((c) => `${c.id}: ${c.summary}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('capsule_not_verified', `${path}: does not verify, so it is not unpacked:\n  ${failed.join('\n  ')}`, { file: path }, { report });
    }
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);
    for (const entry of capsule.entries) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...entry.record.name.split('/')));
        if (!target.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('archive_path_unsafe', `${path}!/${entry.record.name}: would be written outside ${root}`, { file: path });
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
            await capsule.copyEntry(entry, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(target, { flags: 'wx', mode: 0o644 }));
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu)
                throw err;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('capsule_unpack_failed', `${path}!/${entry.record.name}: cannot be unpacked into ${root}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFsError */ .TQ)(err)}`, { file: path });
        }
    }
}


/***/ }),

/***/ 556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  replayRun: () => (/* binding */ replayRun)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/promotion/replay-plan.ts
var replay_plan = __webpack_require__(8184);
// EXTERNAL MODULE: ./src/replay/extract.ts
var extract = __webpack_require__(2674);
// EXTERNAL MODULE: ./src/verify/capsule.ts + 6 modules
var capsule = __webpack_require__(826);
// EXTERNAL MODULE: ./src/verify/run-folder.ts
var run_folder = __webpack_require__(6777);
// EXTERNAL MODULE: ./src/verify/target.ts
var verify_target = __webpack_require__(1756);
// EXTERNAL MODULE: ./src/bundle/validate.ts + 2 modules
var validate = __webpack_require__(5106);
// EXTERNAL MODULE: ./src/bundle/run-command.ts
var run_command = __webpack_require__(6909);
// EXTERNAL MODULE: ./src/execute/env.ts
var execute_env = __webpack_require__(2436);
// EXTERNAL MODULE: ./src/execute/registry.ts + 11 modules
var registry = __webpack_require__(4516);
// EXTERNAL MODULE: ./src/place/place.ts + 1 modules
var place = __webpack_require__(4642);
// EXTERNAL MODULE: ./src/collect/outputs.ts
var collect_outputs = __webpack_require__(6539);
// EXTERNAL MODULE: ./src/pipeline/workspace.ts
var pipeline_workspace = __webpack_require__(8163);
// EXTERNAL MODULE: ./src/execute/contain/index.ts + 6 modules
var contain = __webpack_require__(2448);
// EXTERNAL MODULE: ./src/execute/process.ts + 1 modules
var execute_process = __webpack_require__(5449);
;// CONCATENATED MODULE: ./src/replay/recorded-command.ts





/** Each stream is kept up to this many bytes (AGILAB keeps all; a runaway job must not fill memory). */
const STREAM_CAP = 4 * 1024 * 1024;
/** No --timeout: wait as long as a timer can (a larger delay would fire at once). */
const NO_TIMEOUT_MS = 2 ** 31 - 1;
/**
 * Runs a manifest's recorded command as AGILAB's `replay --execute` does: its argv, in its
 * cwd, with the caller's environment plus the recorded env overrides. A relative cwd is the
 * manifest's folder's (AGILAB's is the caller's; ours does not depend on where you stand), and
 * a redacted override is left to the caller's environment instead of being set to the
 * placeholder. Runs under the same containment as a bundle's job; never throws for what the
 * command does.
 */
async function replayRecordedCommand(manifest, manifestDir, options = {}) {
    const { argv, cwd: recorded, env_overrides: overrides } = manifest.command;
    if (argv.length === 0) {
        const why = 'the manifest records no command (argv is empty), so there is nothing to re-run';
        throw new errors/* CapsuleError */.Mu('replay_no_command', `${manifestDir}: ${why}`, { file: manifestDir });
    }
    const cwd = recorded === '' ? manifestDir : (0,external_node_path_.isAbsolute)(recorded) ? recorded : (0,external_node_path_.resolve)(manifestDir, recorded);
    if (!(0,external_node_fs_.existsSync)(cwd) || !(0,external_node_fs_.statSync)(cwd).isDirectory()) {
        const why = `the recorded working directory is not here, so ${JSON.stringify(argv[0])} cannot run as recorded`;
        throw new errors/* CapsuleError */.Mu('replay_cwd_missing', `${cwd}: ${why}`, { file: cwd });
    }
    const notes = recorded === cwd ? [] : [`ran in ${cwd} (recorded cwd: ${JSON.stringify(recorded)})`];
    const env = { ...process.env };
    for (const [name, value] of Object.entries(overrides)) {
        if (value === '<redacted>') {
            notes.push(`${name} was redacted in the record: ${name in process.env ? 'your value is used' : 'not set'}`);
        }
        else
            env[name] = value;
    }
    const plan = (0,contain/* planContainment */.eT)();
    if ('problem' in plan)
        throw new errors/* CapsuleError */.Mu('containment_unavailable', plan.problem);
    const job = (0,contain/* spawnContained */.zB)(argv, { cwd, env, plan });
    const streams = { stdout: capture('stdout', options.onOutput), stderr: capture('stderr', options.onOutput) };
    job.stdout.on('data', streams.stdout.push);
    job.stderr.on('data', streams.stderr.push);
    const seconds = options.timeoutSeconds;
    const timeoutMs = seconds === undefined ? NO_TIMEOUT_MS : Math.max(1, Math.round(seconds * 1000));
    const { exit, timedOut } = await (0,contain/* superviseJob */.yg)(job, { timeoutMs, graceMs: execute_process/* KILL_GRACE_MS */.f });
    if (timedOut) {
        const kill = `every process of the command was sent SIGTERM, SIGKILL after ${execute_process/* KILL_GRACE_MS */.f / 1000} s`;
        notes.push(`timed out after ${seconds} s: ${kill}`);
    }
    if (exit.failed)
        notes.push(`cannot run ${JSON.stringify(argv[0])}: ${exit.failed.step} ${exit.failed.code}`);
    for (const s of Object.values(streams)) {
        if (s.dropped > 0)
            notes.push(`${s.name}: ${s.dropped} bytes past the ${STREAM_CAP}-byte cap not kept`);
    }
    return {
        status: exit.code === 0 && !timedOut ? 'pass' : 'fail', returncode: exit.code,
        stdout: streams.stdout.text(), stderr: streams.stderr.text(), timed_out: timedOut, notes,
    };
}
function capture(name, onOutput) {
    const chunks = [];
    let kept = 0;
    const s = {
        name,
        dropped: 0,
        push: (chunk) => {
            onOutput?.(name, chunk.toString('utf8'));
            const room = STREAM_CAP - kept;
            if (room > 0)
                chunks.push(chunk.subarray(0, room));
            kept += Math.min(room, chunk.length);
            s.dropped += Math.max(0, chunk.length - Math.max(room, 0));
        },
        text: () => Buffer.concat(chunks).toString('utf8'),
    };
    return s;
}

;// CONCATENATED MODULE: ./src/replay/replay.ts


















/**
 * `capsule replay`: prints the recorded plan; with `execute`, re-runs the recorded bundle in a
 * fresh workspace (same executor kind where this machine has it) and compares output hashes,
 * or, for a manifest without a bundle (AGILAB's), runs the recorded command as AGILAB does.
 * A capsule is verified before anything is unpacked from it; nothing whose origin is not
 * verified runs without `allowUntrusted`.
 */
async function replayRun(target, options = {}) {
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'capsule-replay-'));
    try {
        const { manifestPath, untrusted } = await manifestOf(target, scratch, options);
        const { manifest } = await (0,read/* readRunManifest */.t)(manifestPath);
        const plan = { ...(0,replay_plan/* buildReplayPlan */.H)(manifest), ...((0,verify_target/* isCapsuleTarget */.J)(target) ? { source_capsule: target } : {}) };
        if (!options.execute)
            return { ...plan, executed: null };
        if (untrusted !== null) {
            if (!options.allowUntrusted) {
                throw new errors/* CapsuleError */.Mu('replay_untrusted', `${target}: not run, because ${untrusted}. Give the key that must have signed it (--public-key KEY.pem or --trust-policy POLICY), or pass --allow-untrusted to run code nobody vouched for on this host`, { file: target });
            }
            options.onUntrusted?.(untrusted);
        }
        const allowed = untrusted === null ? [] : [`run with --allow-untrusted: ${untrusted}`];
        if (!plan.bundle) {
            const ran = await replayRecordedCommand(manifest, (0,external_node_path_.dirname)((0,external_node_path_.resolve)(manifestPath)), options);
            return { ...plan, executed: null, ...ran, notes: [...allowed, ...ran.notes] };
        }
        const executed = await execute(plan, (0,external_node_path_.dirname)(manifestPath), scratch, options);
        executed.notes.unshift(...allowed);
        return { ...plan, executed, status: executed.status === 'match' ? 'pass' : 'fail', returncode: executed.exit_code };
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
/**
 * The manifest to replay: a capsule is verified and unpacked from the bytes verified; `untrusted`
 * says why its bundle's origin is not proven (null when a signature verified under an anchor).
 */
async function manifestOf(target, scratch, options) {
    if (!(0,verify_target/* isCapsuleTarget */.J)(target))
        return { manifestPath: (0,run_folder.resolveRunManifestPath)(target), untrusted: 'a run folder carries no signature, so nothing proves who wrote its bundle' };
    const verified = await (0,capsule.openVerifiedCapsule)(target, { signaturePath: options.signaturePath, trustPolicyPath: options.trustPolicyPath, publicKeyPaths: options.publicKeyPaths });
    try {
        const unpacked = (0,external_node_path_.join)(scratch, 'capsule');
        await (0,extract/* extractVerifiedCapsule */.B)(verified, unpacked);
        const origin = verified.report.origin;
        return { manifestPath: (0,external_node_path_.join)(unpacked, 'run_manifest.snapshot.json'), untrusted: origin.verified ? null : `the capsule's origin is not verified: ${origin.summary.replace(/^origin not verified: /, '').replace(/; this verifies integrity only$/, '')}` };
    }
    finally {
        verified.close();
    }
}
async function execute(plan, manifestDir, scratch, options) {
    const notes = [];
    // The capsule's bundle/ copy is laid out from the bundle's root, so it is the root here.
    const vb = (0,validate.validateBundle)((0,external_node_path_.resolve)(manifestDir, plan.bundle.path), { repoRoot: (0,external_node_path_.resolve)(manifestDir, 'bundle') });
    if (vb.sha256 !== plan.bundle.sha256)
        notes.push(`the bundle file's sha256 is ${vb.sha256}, the recording says ${plan.bundle.sha256}`);
    const wanted = options.executor ?? plan.executor;
    const placement = await (0,place.placeBundle)(vb, { executorOverride: wanted }).catch(async (err) => {
        notes.push(`the recorded executor ${wanted} is not available here (${err.message.split('\n')[0]}); replaying with the process executor`);
        return (0,place.placeBundle)(vb, { executorOverride: 'process' });
    });
    const workspace = (0,external_node_path_.join)(scratch, 'workspace');
    (0,pipeline_workspace/* copyBundle */.QJ)(vb, workspace);
    // The recorded command is what ran; the bundle's own is only a cross-check.
    const command = { argv: plan.command.argv, cwd: plan.command.cwd || '.' };
    const fromBundle = (0,run_command/* runCommand */.d)(vb);
    if (JSON.stringify(fromBundle) !== JSON.stringify(command)) {
        notes.push(`the bundle's command is ${JSON.stringify(fromBundle.argv)} in ${fromBundle.cwd}; the recorded one (${JSON.stringify(command.argv)} in ${command.cwd}) is run`);
    }
    const env = (0,execute_env/* buildRunEnv */.h)(vb.bundle, process.env, {});
    const result = await (0,registry/* executorFor */.l)(placement.executor).run({
        bundle: vb,
        placement,
        workspace,
        logsDir: (0,external_node_path_.join)(scratch, 'logs'),
        argv: command.argv,
        cwd: command.cwd,
        env: env.env,
        secretValues: env.secretValues,
        timeoutSeconds: options.timeoutSeconds ?? vb.bundle.spec.policy.maxRunSeconds,
        logCapBytes: 1024 * 1024,
        onOutput: options.onOutput,
    });
    const found = new Map((await (0,collect_outputs/* collectOutputs */.H)(workspace, vb.bundle.spec.outputs)).outputs.map((o) => [o.path, o.sha256]));
    const outputs = plan.expected_outputs.map((o) => {
        const actual = found.get(o.workspace_path) ?? null;
        return { path: o.workspace_path, expected: o.sha256, actual, match: actual === o.sha256 };
    });
    const exitMatches = result.exitCode === plan.recorded_exit_code;
    if (!exitMatches)
        notes.push(`exit code ${result.exitCode} differs from the recorded ${plan.recorded_exit_code}`);
    return {
        executor: placement.executor,
        status: exitMatches && outputs.every((o) => o.match) ? 'match' : 'mismatch',
        exit_code: result.exitCode,
        recorded_exit_code: plan.recorded_exit_code,
        outputs,
        notes,
    };
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _fsio_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1715);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6813);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7105);
/* harmony import */ var _manifest_artifacts_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6318);
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8553);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3545);
/* harmony import */ var _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2479);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5582);












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
    for (const name of ['run_manifest.json', _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_10__/* .SNAPSHOT_NAME */ .lE])
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target, name)))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target, name);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CapsuleError */ .Mu('run_manifest_missing', `${target}: holds neither run_manifest.json nor ${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_10__/* .SNAPSHOT_NAME */ .lE}`, { file: target });
}
/**
 * `capsule verify run_manifest.json` (AGILAB's verify takes a manifest): the manifest is valid,
 * its artifacts are where it says with the sizes it records, our outputs match their hashes,
 * the event chain verifies, and in a pack dir the root index matches every file.
 */
async function verifyRunFolder(target, options = {}) {
    const manifestPath = resolveRunManifestPath(target);
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(manifestPath));
    const result = await (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .runSteps */ .rl)(RUN_FOLDER_STEPS, { loaded: 'run_manifest_valid', chain: 'event_chain_valid' }, (facts, warnings) => ({
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
const manifestValid = (loaded) => (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .pass */ .IX)(`run ${loaded.manifest.run_id} (${loaded.manifest.status}): valid agilab.run_manifest`);
const artifactsPresent = (loaded) => (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .pass */ .IX)(`${loaded.manifest.artifacts.filter((a) => a.exists).length} artifacts present with their recorded sizes`);
const outputsMatch = (loaded) => (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .pass */ .IX)(`${(loaded.manifest.proof_capsule?.outputs ?? []).length} outputs match their recorded sha256`);
async function checkManifestValid(ctx) {
    const loaded = await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_8__/* .readRunManifest */ .t)(ctx.manifestPath);
    ctx.set('loaded', loaded);
    return manifestValid(loaded);
}
/** As AGILAB checks them: each artifact recorded as existing is there (a file or a folder, absolute or manifest-relative). */
function checkArtifactsPresent(ctx) {
    if (ctx.skipArtifacts)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .pass */ .IX)('artifact existence checks skipped (--no-artifacts)', { skipped: true });
    const problems = [];
    const places = (0,_manifest_artifacts_js__WEBPACK_IMPORTED_MODULE_7__/* .placeArtifacts */ .X)(ctx.get('loaded').manifest, ctx.manifestPath).filter((p) => p.artifact.exists);
    for (const { artifact: a, found, location } of places) {
        if (found === 'missing' || (found === 'symlink' && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(location)))
            problems.push(`artifact ${a.name}: ${a.path} is missing`);
        else if (found === 'file' && a.size_bytes !== null && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(location).size !== a.size_bytes) {
            problems.push(`artifact ${a.name}: ${a.path} is ${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(location).size} bytes, ${a.size_bytes} recorded`);
        }
    }
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .fail */ .fJ)(problems[0], { problems });
    return artifactsPresent(ctx.get('loaded'));
}
async function checkOutputHashes(ctx) {
    const outputs = ctx.get('loaded').manifest.proof_capsule?.outputs ?? [];
    const problems = [];
    for (const out of outputs) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ctx.folder, out.path);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
            problems.push(`output ${out.path} is missing`);
            continue;
        }
        const digest = await regularFileDigest(path);
        if (typeof digest === 'string')
            problems.push(`output ${out.path} ${digest}`);
        else if (digest.sha256 !== out.sha256 || digest.size !== out.size_bytes)
            problems.push(`output ${out.path}: sha256 ${digest.sha256} (${digest.size} bytes), recorded ${out.sha256} (${out.size_bytes} bytes)`);
    }
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .fail */ .fJ)(problems[0], { problems });
    return outputsMatch(ctx.get('loaded'));
}
async function checkFolderChain(ctx) {
    const evidence = ctx.get('loaded').manifest.proof_capsule?.evidence;
    if (!evidence)
        return null;
    // Loaded only for a run that has a chain: a plain AGILAB manifest has none.
    const { verifyChainFile } = await Promise.all(/* import() */[__webpack_require__.e(9605), __webpack_require__.e(223), __webpack_require__.e(7038)]).then(__webpack_require__.bind(__webpack_require__, 223));
    const report = await verifyChainFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ctx.folder, evidence.events), { trustedPublicKeySha256: ctx.trusted });
    ctx.set('chain', report);
    return chainCheck(report, evidence);
}
function chainCheck(report, evidence) {
    const { events } = evidence;
    const details = { classification: report.classification, event_count: report.event_count, final_hash: report.final_hash };
    if (report.status !== 'PASS') {
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .fail */ .fJ)(`${events}: chain FAIL: ${report.errors[0]?.rule ?? ''}: ${report.errors[0]?.message ?? ''}`, details);
    }
    if (report.final_hash !== evidence.final_hash) {
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .fail */ .fJ)(`${events}: final hash ${report.final_hash} differs from the manifest's ${evidence.final_hash}`, details);
    }
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .pass */ .IX)(`${events}: ${report.event_count} events verify; ${report.classification}`, details);
}
/** Only in a pack dir or unpacked capsule (the root index sits beside the manifest). */
async function checkPackIndex(ctx) {
    const indexPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ctx.folder, _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_10__/* .PROOF_PACK_INDEX_NAME */ .y$);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(indexPath))
        return null;
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .readJsonFile */ .JE)(indexPath, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_9__/* .assertValid */ .pP)('proof-pack', doc.value, indexPath, doc);
    const index = doc.value;
    const loaded = ctx.get('loaded');
    const problems = [];
    for (const f of index.files) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ctx.folder, f.path);
        if (!path.startsWith(ctx.folder + '/') || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
            problems.push(`${f.path} is missing`);
            continue;
        }
        const digest = await regularFileDigest(path);
        if (typeof digest === 'string')
            problems.push(`${f.path} ${digest}`);
        else if (digest.sha256 !== f.sha256 || digest.size !== f.size_bytes)
            problems.push(`${f.path}: sha256 ${digest.sha256} (${digest.size} bytes), index records ${f.sha256} (${f.size_bytes} bytes)`);
    }
    if (index.source_manifest.sha256 !== loaded.sha256 && ctx.manifestPath.endsWith(_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_10__/* .SNAPSHOT_NAME */ .lE))
        problems.push(`${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_10__/* .SNAPSHOT_NAME */ .lE} sha256 ${loaded.sha256} differs from the index's source_manifest`);
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .fail */ .fJ)(problems[0], { problems });
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .pass */ .IX)(`${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_10__/* .PROOF_PACK_INDEX_NAME */ .y$}: ${index.files.length} files match`);
}
/**
 * A recorded file's sha256 and size, read through one descriptor opened without blocking; what
 * is wrong with it when it is not a regular file. A FIFO, device or socket planted (or linked)
 * where the run recorded a file is named as such, never read: the read would wait for a writer
 * for ever, or never end (/dev/zero).
 */
async function regularFileDigest(path) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, _fsio_read_js__WEBPACK_IMPORTED_MODULE_4__/* .OPEN_TO_READ */ ._);
    try {
        if (!(await handle.stat()).isFile())
            return 'is not a regular file, so it is not read';
        return await (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Chunks */ .ch)(handle.createReadStream({ autoClose: false, highWaterMark: _hash_sha256_js__WEBPACK_IMPORTED_MODULE_5__/* .DIGEST_READ_BYTES */ .ws }));
    }
    finally {
        await handle.close();
    }
}


/***/ })

};
