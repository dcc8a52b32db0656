export const id = 8542;
export const ids = [8542];
export const modules = {

/***/ 8542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withRunInput: () => (/* binding */ withRunInput)
/* harmony export */ });
/* unused harmony export openRunInput */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2479);
/* harmony import */ var _replay_extract_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2674);
/* harmony import */ var _verify_capsule_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1984);
/* harmony import */ var _verify_run_folder_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6777);
/* harmony import */ var _verify_target_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1756);








/**
 * What every verb that takes a run manifest accepts, as AGILAB's verbs do: a manifest, a run
 * folder (holding `run_manifest.json`, or an unpacked capsule's snapshot), or a `.agipack`,
 * which is verified and then unpacked into a temp folder that is itself a run folder.
 */
async function openRunInput(target) {
    if (!(0,_verify_target_js__WEBPACK_IMPORTED_MODULE_7__/* .isCapsuleTarget */ .J)(target)) {
        const manifestPath = (0,_verify_run_folder_js__WEBPACK_IMPORTED_MODULE_6__.resolveRunManifestPath)(target);
        return { manifestPath, capsule: null, beside: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(manifestPath)), close: () => { } };
    }
    const scratch = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'capsule-input-'));
    const close = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(scratch, { recursive: true, force: true });
    const verified = await (0,_verify_capsule_js__WEBPACK_IMPORTED_MODULE_5__.openVerifiedCapsule)(target);
    try {
        await (0,_replay_extract_js__WEBPACK_IMPORTED_MODULE_4__/* .extractVerifiedCapsule */ .B)(verified, scratch);
    }
    catch (err) {
        close();
        throw err;
    }
    finally {
        verified.close();
    }
    return { manifestPath: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .SNAPSHOT_NAME */ .lE), capsule: target, beside: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(target)), close };
}
/** Runs `use` on the opened input and always cleans up after it. */
async function withRunInput(target, use) {
    const input = await openRunInput(target);
    try {
        return await use(input);
    }
    finally {
        input.close();
    }
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


/***/ })

};
