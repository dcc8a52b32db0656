export const id = 509;
export const ids = [509];
export const modules = {

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

/***/ 4567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ describeRunFailure)
/* harmony export */ });
/**
 * Why the job itself failed, in words, or null when it did not: the page and the job summary
 * then show its stderr first. A gate or a verification may still block a job that did not fail.
 */
function describeRunFailure(e) {
    if (e.timedOut)
        return `the job was stopped at its time limit${e.limitSeconds !== null ? ` of ${e.limitSeconds} s` : ''}`;
    if (e.signal)
        return `the job was killed by ${e.signal}`;
    if (e.exitCode !== null && e.exitCode !== 0)
        return `the job exited with code ${e.exitCode}`;
    if (e.status === 'fail')
        return 'the run status is fail';
    return null;
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

/***/ 509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildViewModel: () => (/* binding */ buildViewModel)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/prove/capsule-manifest.ts
var capsule_manifest = __webpack_require__(2479);
// EXTERNAL MODULE: ./src/verify/run-folder.ts
var run_folder = __webpack_require__(6777);
// EXTERNAL MODULE: ./src/verify/target.ts
var verify_target = __webpack_require__(1756);
// EXTERNAL MODULE: ./src/verify/capsule.ts + 14 modules
var capsule = __webpack_require__(1984);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/json/parse.ts
var parse = __webpack_require__(7105);
// EXTERNAL MODULE: ./src/text/shell.ts
var shell = __webpack_require__(6933);
// EXTERNAL MODULE: ./src/json/untrusted.ts
var untrusted = __webpack_require__(1940);
;// CONCATENATED MODULE: ./src/view/event-rows.ts

/** Rows beyond this are summarized, so a huge chain still yields a page a browser opens. */
const MAX_EVENT_ROWS = 5000;
/** One table row per line of events.jsonl; a line that is not JSON is shown as such, not dropped. */
function eventRows(text, truncated) {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const rows = lines.slice(0, MAX_EVENT_ROWS).map(eventRow);
    const notes = [];
    if (lines.length > MAX_EVENT_ROWS)
        notes.push(`showing the first ${MAX_EVENT_ROWS} of ${lines.length} events`);
    if (truncated)
        notes.push('events.jsonl is larger than the viewer reads; the last events are not shown');
    return { rows, total_lines: lines.length, note: notes.length > 0 ? notes.join('; ') : null };
}
function eventRow(line) {
    let event;
    try {
        event = (0,untrusted/* asRecord */.qY)(JSON.parse(line));
    }
    catch {
        return { seq: null, event_type: '(not JSON)', tool_name: null, status: null, timestamp: null, hash_prefix: null };
    }
    const payload = (0,untrusted/* asRecord */.qY)(event.payload);
    return {
        seq: (0,untrusted/* asNumber */.i)(event.seq),
        event_type: (0,untrusted/* asString */.oJ)(event.event_type) ?? '(no type)',
        tool_name: (0,untrusted/* asString */.oJ)(payload.tool_name),
        status: (0,untrusted/* asString */.oJ)(payload.status),
        timestamp: (0,untrusted/* asString */.oJ)(event.timestamp),
        hash_prefix: (0,untrusted/* asString */.oJ)(event.event_hash)?.slice(0, 16) ?? null,
    };
}

// EXTERNAL MODULE: ./src/manifest/run-failure.ts
var run_failure = __webpack_require__(4567);
;// CONCATENATED MODULE: ./src/view/run-facts.ts


/** Run facts from a run manifest (AGILAB fields plus our `proof_capsule` block when present). */
function runFacts(manifest) {
    const ext = (0,untrusted/* asRecord */.qY)(manifest.proof_capsule);
    const bundle = (0,untrusted/* asRecord */.qY)(ext.bundle);
    const placement = (0,untrusted/* asRecord */.qY)(ext.placement);
    const execution = (0,untrusted/* asRecord */.qY)(ext.execution);
    const command = (0,untrusted/* asRecord */.qY)(manifest.command);
    const timing = (0,untrusted/* asRecord */.qY)(manifest.timing);
    const signing = (0,untrusted/* asRecord */.qY)(ext.signing);
    return {
        run_id: (0,untrusted/* asString */.oJ)(manifest.run_id),
        label: (0,untrusted/* asString */.oJ)(manifest.label),
        path_id: (0,untrusted/* asString */.oJ)(manifest.path_id),
        status: (0,untrusted/* asString */.oJ)(manifest.status),
        created_at: (0,untrusted/* asString */.oJ)(manifest.created_at),
        bundle: ext.bundle === undefined ? null : {
            name: (0,untrusted/* asString */.oJ)(bundle.name), version: (0,untrusted/* asString */.oJ)(bundle.version), sha256: (0,untrusted/* asString */.oJ)(bundle.sha256), format: (0,untrusted/* asString */.oJ)(bundle.format), lane: (0,untrusted/* asString */.oJ)(bundle.lane),
        },
        executor: (0,untrusted/* asString */.oJ)(execution.executor) ?? (0,untrusted/* asString */.oJ)(placement.executor),
        site: (0,untrusted/* asString */.oJ)(placement.site),
        accel: (0,untrusted/* asString */.oJ)(placement.accel),
        placement_warnings: (0,untrusted/* asStrings */.P7)(placement.warnings),
        rejected: (0,untrusted/* asArray */._j)(placement.rejected).map(untrusted/* asRecord */.qY).map((r) => ({ candidate: (0,untrusted/* asString */.oJ)(r.candidate) ?? '', reason: (0,untrusted/* asString */.oJ)(r.reason) ?? '' })),
        argv: (0,untrusted/* asStrings */.P7)(command.argv),
        cwd: (0,untrusted/* asString */.oJ)(command.cwd),
        exit_code: (0,untrusted/* asNumber */.i)(execution.exit_code),
        signal: (0,untrusted/* asString */.oJ)(execution.signal),
        timed_out: (0,untrusted/* asBoolean */.tB)(execution.timed_out),
        diagnostics: (0,untrusted/* asStrings */.P7)(execution.diagnostics),
        timing: {
            started_at: (0,untrusted/* asString */.oJ)(timing.started_at), finished_at: (0,untrusted/* asString */.oJ)(timing.finished_at),
            duration_seconds: (0,untrusted/* asNumber */.i)(timing.duration_seconds), target_seconds: (0,untrusted/* asNumber */.i)(timing.target_seconds),
        },
        tool_version: (0,untrusted/* asString */.oJ)((0,untrusted/* asRecord */.qY)(ext.tool).version),
        signing: ext.signing === undefined ? null : { public_key_sha256: (0,untrusted/* asString */.oJ)(signing.public_key_sha256), dev_key: (0,untrusted/* asBoolean */.tB)(signing.dev_key) },
    };
}
/** The bundle's gates: AGILAB `validations` entries, whose label doubles as id. */
function gateRows(manifest) {
    return (0,untrusted/* asArray */._j)(manifest.validations).map(untrusted/* asRecord */.qY).map((v) => {
        const label = (0,untrusted/* asString */.oJ)(v.label) ?? '';
        return { id: label, label, status: (0,untrusted/* asString */.oJ)(v.status) ?? 'unknown', summary: (0,untrusted/* asString */.oJ)(v.summary) ?? '' };
    });
}
/** policy-report.json's rules. */
function policyRows(report) {
    return {
        policy_id: (0,untrusted/* asString */.oJ)(report.policy_id),
        status: (0,untrusted/* asString */.oJ)(report.status),
        rules: (0,untrusted/* asArray */._j)(report.rules).map(untrusted/* asRecord */.qY).map((r) => ({
            id: (0,untrusted/* asString */.oJ)(r.id) ?? '', label: (0,untrusted/* asString */.oJ)(r.label) ?? '', status: (0,untrusted/* asString */.oJ)(r.status) ?? 'unknown', summary: (0,untrusted/* asString */.oJ)(r.summary) ?? '',
        })),
    };
}
/**
 * Our recorded outputs with their sha256; a plain AGILAB manifest has only `artifacts`,
 * whose digests come from the proof-pack index when there is one.
 */
function outputRows(manifest, index) {
    const ext = (0,untrusted/* asRecord */.qY)(manifest.proof_capsule);
    if (ext.outputs !== undefined) {
        return (0,untrusted/* asArray */._j)(ext.outputs).map(untrusted/* asRecord */.qY).map((o) => ({
            path: (0,untrusted/* asString */.oJ)(o.path) ?? '', kind: (0,untrusted/* asString */.oJ)(o.kind) ?? '', size_bytes: (0,untrusted/* asNumber */.i)(o.size_bytes), sha256: (0,untrusted/* asString */.oJ)(o.sha256),
        }));
    }
    const digests = new Map((0,untrusted/* asArray */._j)(index.files).map(untrusted/* asRecord */.qY).map((f) => [(0,untrusted/* asString */.oJ)(f.path) ?? '', (0,untrusted/* asString */.oJ)(f.sha256)]));
    return (0,untrusted/* asArray */._j)(manifest.artifacts).map(untrusted/* asRecord */.qY).map((a) => {
        const path = (0,untrusted/* asString */.oJ)(a.path) ?? '';
        return { path, kind: (0,untrusted/* asString */.oJ)(a.kind) ?? '', size_bytes: (0,untrusted/* asNumber */.i)(a.size_bytes), sha256: digests.get(path) ?? null };
    });
}
function decisionFacts(doc) {
    return {
        decision: (0,untrusted/* asString */.oJ)(doc.decision) ?? 'unknown',
        reason: (0,untrusted/* asString */.oJ)(doc.reason) ?? '',
        blockers: (0,untrusted/* asStrings */.P7)(doc.blockers),
        next_action: (0,untrusted/* asString */.oJ)(doc.next_action) ?? '',
        policy_status: (0,untrusted/* asString */.oJ)(doc.policy_status),
        verification_status: (0,untrusted/* asString */.oJ)(doc.verification_status),
    };
}
/** Why the job itself failed, in words, or null when it did not. */
function runFailure(run) {
    if (!run)
        return null;
    return (0,run_failure/* describeRunFailure */.r)({ status: run.status, exitCode: run.exit_code, signal: run.signal, timedOut: run.timed_out, limitSeconds: run.timing.target_seconds });
}

// EXTERNAL MODULE: ./src/fsio/tail.ts
var fsio_tail = __webpack_require__(3797);
// EXTERNAL MODULE: ./src/view/source.ts
var source = __webpack_require__(2784);
;// CONCATENATED MODULE: ./src/view/timeline.ts

/** Bars placed on the span from the first stage start to the last stage finish. */
function stageBars(stages) {
    const rows = (0,untrusted/* asArray */._j)(stages).map(untrusted/* asRecord */.qY).map((s) => ({
        stage: (0,untrusted/* asString */.oJ)(s.stage) ?? '',
        status: (0,untrusted/* asString */.oJ)(s.status) ?? 'unknown',
        started_at: (0,untrusted/* asString */.oJ)(s.started_at) ?? '',
        finished_at: (0,untrusted/* asString */.oJ)(s.finished_at) ?? '',
        message: (0,untrusted/* asString */.oJ)(s.message) ?? '',
        start: Date.parse((0,untrusted/* asString */.oJ)(s.started_at) ?? ''),
        end: Date.parse((0,untrusted/* asString */.oJ)(s.finished_at) ?? ''),
    }));
    const timed = rows.filter(isTimed);
    const first = Math.min(...timed.map((r) => r.start));
    const span = Math.max(1, Math.max(...timed.map((r) => r.end)) - first);
    return rows.map((r) => {
        const { start, end, ...row } = r;
        const ok = isTimed(r);
        return {
            ...row,
            duration_ms: ok ? end - start : null,
            offset_pct: ok ? round2(((start - first) / span) * 100) : null,
            width_pct: ok ? round2(Math.max(0.5, ((end - start) / span) * 100)) : null,
        };
    });
}
function isTimed(r) {
    return Number.isFinite(r.start) && Number.isFinite(r.end) && r.end >= r.start;
}
function round2(n) {
    return Math.round(n * 100) / 100;
}

;// CONCATENATED MODULE: ./src/view/model.ts















/** Largest JSON document (manifest, decision, report, events) read into memory. */
const MAX_DOCUMENT_BYTES = 16 * 1024 ** 2;
/** Each log shows at most its first 64 KiB. */
const MAX_LOG_BYTES = 64 * 1024;
const DECISION_PATH = 'promotion/promotion_decision.json';
const POLICY_REPORT_PATH = 'policy-report.json';
/**
 * Verifies the target, then collects what the page shows. A capsule that fails verification
 * is still read (entries straight from the archive) so the reviewer sees what it claims;
 * the page marks all of it untrusted.
 */
async function buildViewModel(target, options = {}) {
    if (!(0,external_node_fs_.existsSync)(target))
        throw new errors/* CapsuleError */.Mu('target_missing', `${target}: no such capsule, run folder or manifest`, { file: target });
    if (!(0,verify_target/* isCapsuleTarget */.J)(target)) {
        const manifestPath = (0,run_folder.resolveRunManifestPath)(target);
        const report = await (0,run_folder.verifyRunFolder)(target);
        const name = (0,external_node_path_.basename)(target);
        const commands = { verify: `capsule verify ${(0,shell/* shQuote */.US)(name)}`, replay: `capsule replay ${(0,shell/* shQuote */.US)(name)}`, replay_execute: `capsule replay ${(0,shell/* shQuote */.US)(name)} --execute` };
        return assemble('run-folder', name, report, (0,source/* folderSource */.W)((0,external_node_path_.dirname)(manifestPath)), (0,external_node_path_.basename)(manifestPath), commands);
    }
    // The page shows the bytes that were verified: one open, one pass, reads checked against it.
    const verified = await (0,capsule.openVerifiedCapsule)(target, { signaturePath: options.signaturePath, trustPolicyPath: options.trustPolicyPath, publicKeyPaths: options.publicKeyPaths });
    try {
        const name = (0,external_node_path_.basename)(target);
        const anchors = [
            ...(options.trustPolicyPath ? ['--trust-policy', (0,shell/* shQuote */.US)(options.trustPolicyPath)] : []),
            ...(options.publicKeyPaths ?? []).flatMap((k) => ['--public-key', (0,shell/* shQuote */.US)(k)]),
        ];
        const verify = ['capsule verify', (0,shell/* shQuote */.US)(name), '--signature', (0,shell/* shQuote */.US)(options.signaturePath ?? `${name}.sig.json`), ...anchors, '--strict'];
        const commands = { verify: verify.join(' '), replay: `capsule replay ${(0,shell/* shQuote */.US)(name)}`, replay_execute: ['capsule replay', (0,shell/* shQuote */.US)(name), ...anchors, '--execute'].join(' ') };
        return await assemble('capsule', name, verified.report, (0,source/* capsuleSource */.l)(verified.capsule), capsule_manifest/* SNAPSHOT_NAME */.lE, commands);
    }
    finally {
        verified.close();
    }
}
/** As `capsule verify` decides: a directory or a .json file is a run folder / manifest. */
async function assemble(kind, name, report, source, manifestName, commands) {
    const notes = [];
    const manifestDoc = await readJson(source, manifestName, notes);
    if (manifestDoc === null)
        notes.push(`${manifestName}: not found`);
    const manifest = manifestDoc ?? {};
    const decision = await readJson(source, DECISION_PATH, notes);
    const policy = await readJson(source, POLICY_REPORT_PATH, notes);
    const index = (await readJson(source, capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$, notes)) ?? {};
    const ext = (0,untrusted/* asRecord */.qY)(manifest.proof_capsule);
    const logs = (0,untrusted/* asRecord */.qY)((0,untrusted/* asRecord */.qY)(ext.execution).logs);
    const run = manifestDoc ? runFacts(manifest) : null;
    const why = runFailure(run);
    return {
        schema: 'proofcapsule.view.v1',
        source: { kind, name, sha256: report.capsule.sha256, size_bytes: report.capsule.size_bytes },
        verification: {
            status: report.status,
            evidence_class: report.evidence_class,
            checks: report.checks.map((c) => ({ id: c.id, status: c.status, summary: c.summary })),
            failed: report.checks.filter((c) => c.status === 'fail').map((c) => c.id),
            warnings: report.warnings,
        },
        decision: decision ? decisionFacts(decision) : null,
        run,
        gates: gateRows(manifest),
        policy: policy ? policyRows(policy) : null,
        outputs: outputRows(manifest, index),
        stages: stageBars(ext.stages),
        events: await readEvents(source, ext.evidence === undefined ? null : (0,untrusted/* asString */.oJ)((0,untrusted/* asRecord */.qY)(ext.evidence).events) ?? 'evidence/events.jsonl', notes),
        logs: { stdout: await readLog(source, (0,untrusted/* asRecord */.qY)(logs.stdout), 'logs/stdout.log'), stderr: await readLog(source, (0,untrusted/* asRecord */.qY)(logs.stderr), 'logs/stderr.log') },
        failed_run: why === null ? null : { why, stderr_tail: await readStderrTail(source, (0,untrusted/* asString */.oJ)((0,untrusted/* asRecord */.qY)(logs.stderr).path) ?? 'logs/stderr.log') },
        commands,
        notes,
    };
}
async function readStderrTail(source, path) {
    const read = await source.tail(path, fsio_tail/* TAIL_BYTES */.dd);
    if (!read)
        return null;
    const tail = (0,fsio_tail/* lastLines */.w$)(read.text);
    return tail.lines.length === 0 ? null : { path, lines: tail.lines, cut: tail.cut || read.cut };
}
/** A JSON object, or null when absent; a document that does not parse is noted, not thrown. */
async function readJson(source, path, notes) {
    const read = await source.read(path, MAX_DOCUMENT_BYTES);
    if (!read)
        return null;
    if (read.truncated) {
        notes.push(`${path}: larger than ${MAX_DOCUMENT_BYTES} bytes, not shown`);
        return null;
    }
    try {
        return (0,untrusted/* asRecord */.qY)((0,parse/* parseJsonStrict */.jM)(read.bytes.toString('utf8'), path).value);
    }
    catch (err) {
        if (!(err instanceof errors/* CapsuleError */.Mu))
            throw err;
        notes.push(err.message);
        return null;
    }
}
/** `path` is null for a plain AGILAB manifest, which records no event chain. */
async function readEvents(source, path, notes) {
    const read = path === null ? null : await source.read(path, MAX_DOCUMENT_BYTES);
    if (!read) {
        if (path !== null)
            notes.push(`${path}: not found`);
        return { rows: [], total_lines: 0, note: null };
    }
    return eventRows(read.bytes.toString('utf8'), read.truncated);
}
async function readLog(source, record, fallback) {
    const path = (0,untrusted/* asString */.oJ)(record.path) ?? fallback;
    const read = await source.read(path, MAX_LOG_BYTES);
    if (!read)
        return null;
    return {
        path,
        text: read.bytes.toString('utf8'),
        shown_bytes: read.bytes.length,
        total_bytes: read.totalBytes,
        truncated: read.truncated,
        capture_truncated: (0,untrusted/* asBoolean */.tB)(record.truncated) ?? false,
    };
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
