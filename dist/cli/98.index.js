export const id = 98;
export const ids = [98,742];
export const modules = {

/***/ 8553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ readRunManifest)
/* harmony export */ });
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7105);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3545);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6813);



/** Reads and schema-validates a run manifest; errors name the file, pointer and line:column. */
async function readRunManifest(path) {
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsonFile */ .JE)(path, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .assertValid */ .pP)('run-manifest', doc.value, path, doc);
    const { sha256, size } = await (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q3)(path);
    return { manifest: doc.value, path, sha256, size, doc };
}


/***/ }),

/***/ 8567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assessRun: () => (/* binding */ assessRun)
/* harmony export */ });
/* harmony import */ var _verify_run_folder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6777);
/* harmony import */ var _trust_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9742);
/* harmony import */ var _record_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9397);



/**
 * Reads the manifest (a path, or a folder holding run_manifest.json or the snapshot) and
 * verifies its folder as `capsule verify` does, so a decision never rests on what the
 * manifest merely claims about its outputs or its chain.
 */
async function assessRun(target, options = {}) {
    const manifestPath = (0,_verify_run_folder_js__WEBPACK_IMPORTED_MODULE_0__.resolveRunManifestPath)(target);
    const record = await (0,_record_load_js__WEBPACK_IMPORTED_MODULE_2__.loadRunRecord)(manifestPath);
    const verification = await (0,_verify_run_folder_js__WEBPACK_IMPORTED_MODULE_0__.verifyRunFolder)(manifestPath, { trustedPublicKeySha256: options.trustPolicyPath ? (0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_1__.trustedPublicKeys)((0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_1__.loadTrustPolicy)(options.trustPolicyPath)) : [] });
    const chained = record.manifest.proof_capsule !== undefined;
    return {
        record,
        verification,
        verificationStatus: verification.status === 'pass' ? 'pass' : 'fail',
        // A capsule run whose chain could not be classified counts as non-authoritative, never as the claimed class.
        evidenceClass: chained ? (verification.evidence_class ?? 'NON_AUTHORITATIVE_EVIDENCE') : undefined,
    };
}


/***/ }),

/***/ 4929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Md: () => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_0__.loadPromotionPolicy),
/* harmony export */   Uz: () => (/* reexport safe */ _evaluate_js__WEBPACK_IMPORTED_MODULE_1__.evaluatePolicy),
/* harmony export */   g_: () => (/* reexport safe */ _decide_js__WEBPACK_IMPORTED_MODULE_2__.decidePromotion),
/* harmony export */   rI: () => (/* reexport safe */ _files_js__WEBPACK_IMPORTED_MODULE_3__.buildPromotionFiles)
/* harmony export */ });
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8691);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8791);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8946);
/* harmony import */ var _cards_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2418);
/* harmony import */ var _story_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8920);
/* harmony import */ var _replay_script_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9000);
/* harmony import */ var _metadata_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1324);
/* harmony import */ var _assess_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8567);












/***/ }),

/***/ 2479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ parseCapsuleManifest),
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


/***/ }),

/***/ 5098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  proveManifest: () => (/* binding */ proveManifest)
});

// UNUSED EXPORTS: DEFAULT_COPY_CAP

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/exports/index.ts + 6 modules
var src_exports = __webpack_require__(9272);
// EXTERNAL MODULE: ./src/hash/sha256.ts
var sha256 = __webpack_require__(6813);
// EXTERNAL MODULE: ./src/json/write.ts
var write = __webpack_require__(1249);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/promotion/index.ts
var src_promotion = __webpack_require__(4929);
// EXTERNAL MODULE: ./src/prove/capsule-manifest.ts
var capsule_manifest = __webpack_require__(2479);
// EXTERNAL MODULE: ./src/zip/canonical.ts
var canonical = __webpack_require__(7973);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/archiver/index.js + 32 modules
var archiver = __webpack_require__(3201);
;// CONCATENATED MODULE: ./src/zip/write.ts









/**
 * The DOS timestamp the writer stores for `iso` (UTC fields; the writer uses UTC), so
 * the archive does not depend on the packing machine's clock or time zone.
 */
function entryDate(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime()))
        throw new errors/* CapsuleError */.M('capsule_time_invalid', `capsule time ${JSON.stringify(iso)} is not a date`);
    return date;
}
/** Hashes bytes as they pass, so every entry is checked against its recorded digest without a second read. */
class HashingPassThrough extends external_node_stream_.Transform {
    hash = (0,external_node_crypto_.createHash)('sha256');
    _transform(chunk, _enc, done) {
        this.hash.update(chunk);
        done(null, chunk);
    }
}
/**
 * Writes a deterministic ZIP: entries in the given (sorted) order, no directory entries,
 * fixed time and mode, deflate at a fixed level (large entries stored). One entry is streamed at a time (the
 * next is appended only when the previous is written), so memory does not grow with
 * artifact size. A file whose bytes differ from its recorded digest aborts the pack.
 * The archive is written beside `outPath` and renamed into place.
 */
async function writeDeterministicZip(outPath, entries, createdAt) {
    const names = entries.map((e) => e.name);
    const sorted = [...names].sort(canonical/* comparePaths */.cD);
    if (names.some((n, i) => n !== sorted[i]))
        throw new errors/* CapsuleError */.M('capsule_entries_unsorted', 'capsule entries must be given sorted by path');
    const date = entryDate(createdAt);
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(outPath), `.${(0,external_node_path_.basename)(outPath)}.${process.pid}.tmp`);
    const out = (0,external_node_fs_.createWriteStream)(tmp, { mode: 0o644 });
    const archive = new archiver/* ZipArchive */.SJ({ zlib: { level: 6 }, forceZip64: false });
    archive.pipe(out);
    let failure;
    archive.on('error', (err) => { failure = err; });
    try {
        for (const entry of entries) {
            const hashing = new HashingPassThrough();
            (0,external_node_fs_.createReadStream)(entry.source).on('error', (err) => hashing.destroy(err)).pipe(hashing);
            const written = (0,external_node_events_.once)(archive, 'entry');
            archive.append(hashing, { name: entry.name, date, mode: canonical/* ENTRY_MODE */.N1, store: (0,external_node_fs_.statSync)(entry.source).size >= canonical/* STORE_FROM_BYTES */.pR });
            await written;
            if (failure)
                throw failure;
            const actual = hashing.hash.digest('hex');
            if (actual !== entry.sha256) {
                throw new errors/* CapsuleError */.M('capsule_source_changed', `${entry.source}: changed while packing (sha256 ${actual}, recorded ${entry.sha256})`, { file: entry.source });
            }
        }
        await archive.finalize();
        await (0,promises_.finished)(out);
        if (failure)
            throw failure;
        (0,external_node_fs_.renameSync)(tmp, outPath);
    }
    catch (err) {
        archive.abort();
        out.destroy();
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/prove/export-capsule.ts








/**
 * Packs a proof pack directory into the `.agipack`: `agipack-manifest.json` (every entry but
 * itself, with the index's identity fields) plus the pack's files, sorted, streamed one by one.
 */
async function exportCapsule(packDir, files, index, exportPath) {
    const manifest = {
        schema: 'agilab.proof_capsule.v1', created_at: index.created_at, format: 'zip', signed: false, signature: null, integrity: 'sha256-per-entry',
        run_id: index.run_id, path_id: index.path_id, status: index.status, root: capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$, source_manifest: index.source_manifest,
        standards: index.standards, cards: index.cards, entry_count: files.length, entries: files, limitations: index.limitations,
    };
    const manifestText = (0,write.stableJson)(manifest);
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'capsule-manifest-'));
    const manifestFile = (0,external_node_path_.join)(scratch, capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5);
    (0,external_node_fs_.writeFileSync)(manifestFile, manifestText);
    try {
        const entries = [
            { name: capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5, source: manifestFile, sha256: (0,sha256/* sha256Hex */.fg)(manifestText) },
            ...files.map((f) => ({ name: f.path, source: (0,external_node_path_.join)(packDir, ...f.path.split('/')), sha256: f.sha256 })),
        ].sort((a, b) => (0,canonical/* comparePaths */.cD)(a.name, b.name));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(exportPath)), { recursive: true });
        await writeDeterministicZip(exportPath, entries, index.created_at);
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/prove/pack-index.ts

const STANDARDS = { openlineage: 'openlineage.json', ro_crate: 'ro-crate-metadata.json', opentelemetry: 'otel-trace.json' };
const CARDS = { model: 'model-card.json', dataset: 'dataset-card.json', prompt: 'prompt-card.json', eval: 'eval-card.json' };
/** Index entries: every pack file but the index, sorted by path (the caller sorts), named by basename. */
function indexFiles(files) {
    return files.map((f) => ({ name: external_node_path_.posix.basename(f.path), path: f.path, sha256: f.sha256, size_bytes: f.size_bytes }));
}

// EXTERNAL MODULE: ./src/record/load.ts
var load = __webpack_require__(9397);
// EXTERNAL MODULE: ./src/verify/run-folder.ts
var run_folder = __webpack_require__(6777);
;// CONCATENATED MODULE: ./src/prove/proof-pack.ts















const DEFAULT_COPY_CAP = 512 * 1024 ** 2;
/** Run-folder trees copied when the manifest's proof_capsule block is present. */
const RUN_FOLDERS = ['evidence', 'agentplane', 'logs', 'bundle', 'artifacts'];
/** The AGILAB root set every pack has (docs/capsule.md), besides the index itself. */
const ROOT_SET = [capsule_manifest/* SNAPSHOT_NAME */.lE, 'verification-report.json', 'policy-report.json', ...Object.values(STANDARDS), 'metadata-store-entry.json', ...Object.values(CARDS)];
/**
 * `capsule prove M`: builds the proof pack from a run manifest and the run folder beside it,
 * then (with `exportPath`) the deterministic `.agipack`. Every timestamp comes from the run's
 * finish time or SOURCE_DATE_EPOCH, so the same manifest gives the same bytes.
 */
async function proveManifest(manifestPath, options) {
    if (!options.outputDir && !options.exportPath)
        throw new errors/* CapsuleError */.M('prove_no_output', 'prove needs --output-dir or --export');
    const loaded = await (0,read/* readRunManifest */.t)(manifestPath);
    const folder = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(manifestPath));
    const { createdAt } = (0,load/* recordOf */.z)(loaded);
    const staging = options.outputDir ? stagingDirFor(options.outputDir) : (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'capsule-pack-'));
    try {
        const limitations = [];
        const files = [];
        const place = async (path, source) => {
            const target = (0,external_node_path_.join)(staging, ...path.split('/'));
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
            (0,external_node_fs_.copyFileSync)(source, target);
            const d = await (0,sha256/* sha256File */.Q3)(target);
            files.push({ path, sha256: d.sha256, size_bytes: d.size });
        };
        await place(capsule_manifest/* SNAPSHOT_NAME */.lE, manifestPath);
        for (const [path, source] of runFiles(loaded.manifest, folder, options.copyCapBytes ?? DEFAULT_COPY_CAP, limitations))
            await place(path, source);
        files.sort((a, b) => (0,canonical/* comparePaths */.cD)(a.path, b.path));
        const record = (0,load/* recordOf */.z)(loaded, [...files]);
        // The decision in the pack rests on what verification finds, not on what the manifest
        // claims: the chain counts as authoritative only if sealed by a key trusted here.
        const report = await (0,run_folder.verifyRunFolder)(manifestPath, { displayPath: (0,external_node_path_.basename)(manifestPath), trustedPublicKeySha256: trustedSealKeys(options) });
        const promotion = (0,src_promotion/* buildPromotionFiles */.rI)(record, options.policyPath, {
            verificationStatus: report.status,
            evidenceClass: report.evidence_class ?? undefined,
            key: options.key,
        });
        const generated = [
            { path: 'verification-report.json', content: (0,write.stableJson)(report) },
            ...(0,src_exports/* buildStandardExports */.TT)(record, { readFile: (p) => readInside(folder, p) }),
            ...promotion.files,
            ...(0,src_exports/* buildProvenance */.Sw)(record, (0,src_exports/* provenanceSubjects */.NX)(record), options.key),
        ];
        const taken = new Set(files.map((f) => f.path));
        for (const g of generated) {
            if (taken.has(g.path) || g.path === capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$ || g.path === capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5)
                throw new errors/* CapsuleError */.M('pack_path_collision', `${g.path}: generated twice (a run file or builder already wrote it)`);
            taken.add(g.path);
            const target = (0,external_node_path_.join)(staging, ...g.path.split('/'));
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
            (0,external_node_fs_.writeFileSync)(target, g.content);
            const bytes = typeof g.content === 'string' ? Buffer.from(g.content, 'utf8') : g.content;
            files.push({ path: g.path, sha256: (0,sha256/* sha256Hex */.fg)(bytes), size_bytes: bytes.length });
        }
        for (const name of ROOT_SET)
            if (!taken.has(name))
                limitations.push(`${name} was not produced (its builder is not available)`);
        files.sort((a, b) => (0,canonical/* comparePaths */.cD)(a.path, b.path));
        const index = {
            schema: 'agilab.proof_pack.v1', run_id: loaded.manifest.run_id, path_id: loaded.manifest.path_id, status: loaded.manifest.status,
            created_at: createdAt, source_manifest: { path: (0,external_node_path_.basename)(manifestPath), sha256: loaded.sha256 }, output_dir: '.',
            files: indexFiles(files), standards: STANDARDS, cards: CARDS, limitations,
        };
        const indexText = (0,write.stableJson)(index);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(staging, capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$), indexText);
        const indexBytes = Buffer.from(indexText, 'utf8');
        files.push({ path: capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$, sha256: (0,sha256/* sha256Hex */.fg)(indexBytes), size_bytes: indexBytes.length });
        files.sort((a, b) => (0,canonical/* comparePaths */.cD)(a.path, b.path));
        const result = { sha256: (0,sha256/* sha256Hex */.fg)(indexBytes), limitations, record, decision: promotion.decision };
        if (options.exportPath) {
            await exportCapsule(staging, files, index, options.exportPath);
            result.capsulePath = options.exportPath;
            result.sha256 = (await (0,sha256/* sha256File */.Q3)(options.exportPath)).sha256;
        }
        if (options.outputDir) {
            replacePackDir(options.outputDir, staging);
            result.packDir = options.outputDir;
        }
        return result;
    }
    finally {
        (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
    }
}
/**
 * Which run files go into the pack, by manifest-relative path (the same path inside the
 * pack, so artifact paths resolve the same way in an unpacked capsule). With our block:
 * the run folder's evidence/, agentplane/, logs/, bundle/, artifacts/ trees. Always: every
 * existing AGILAB artifact inside the run folder. Above the cap: referenced by hash.
 */
function runFiles(manifest, folder, cap, limitations) {
    const out = new Map();
    const add = (rel, source) => {
        const size = (0,external_node_fs_.statSync)(source).size;
        if (size > cap) {
            limitations.push(`artifact ${JSON.stringify(rel)} (${size} bytes) is above the copy cap of ${cap} bytes: referenced by hash, not copied`);
            return;
        }
        out.set(rel, source);
    };
    if (manifest.proof_capsule) {
        for (const root of RUN_FOLDERS) {
            const dir = (0,external_node_path_.join)(folder, root);
            if ((0,external_node_fs_.existsSync)(dir) && (0,external_node_fs_.statSync)(dir).isDirectory())
                for (const file of walkFiles(dir))
                    add(toPosix((0,external_node_path_.relative)(folder, file)), file);
        }
    }
    for (const a of manifest.artifacts) {
        if (!a.exists)
            continue;
        const rel = external_node_path_.posix.normalize(a.path.replace(/\\/g, '/'));
        const source = (0,external_node_path_.resolve)(folder, rel);
        if (rel.startsWith('../') || external_node_path_.posix.isAbsolute(rel) || ROOT_SET.includes(rel) || rel === capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$ || rel === capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5) {
            limitations.push(`artifact ${JSON.stringify(a.path)} is outside the run folder or shadows a pack file: not copied`);
            continue;
        }
        if (!(0,external_node_fs_.existsSync)(source) || !(0,external_node_fs_.statSync)(source).isFile()) {
            limitations.push(`artifact ${JSON.stringify(a.path)} is marked existing but is not a file: not copied`);
            continue;
        }
        if (!out.has(rel))
            add(rel, source);
    }
    return out;
}
function walkFiles(dir) {
    const out = [];
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            out.push(...walkFiles(path));
        else if (entry.isFile())
            out.push(path);
    }
    return out;
}
function toPosix(path) {
    return path.split(external_node_path_.sep).join('/');
}
function readInside(folder, rel) {
    const path = (0,external_node_path_.resolve)(folder, rel);
    if (!path.startsWith(folder + external_node_path_.sep) || !(0,external_node_fs_.existsSync)(path) || (0,external_node_fs_.statSync)(path).size > 64 * 1024 ** 2)
        return undefined;
    return (0,external_node_fs_.readFileSync)(path);
}
function stagingDirFor(outputDir) {
    const parent = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(outputDir));
    (0,external_node_fs_.mkdirSync)(parent, { recursive: true });
    return (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, `.${(0,external_node_path_.basename)(outputDir)}.staging-`));
}
/** Replaces a previous proof pack at `outputDir`, but refuses to delete a folder that is not one. */
function replacePackDir(outputDir, staging) {
    if ((0,external_node_fs_.existsSync)(outputDir)) {
        const isPack = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(outputDir, capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$));
        if (!isPack && (0,external_node_fs_.readdirSync)(outputDir).length > 0)
            throw new errors/* CapsuleError */.M('output_dir_not_empty', `${outputDir}: exists, is not empty and is not a proof pack; refusing to overwrite`, { file: outputDir });
        (0,external_node_fs_.rmSync)(outputDir, { recursive: true, force: true });
    }
    (0,external_node_fs_.renameSync)(staging, outputDir);
}
function trustedSealKeys(options) {
    return [...(options.key ? [options.key.publicKeySha256] : []), ...(options.trustedPublicKeySha256 ?? [])];
}


/***/ }),

/***/ 9397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadRunRecord: () => (/* binding */ loadRunRecord),
/* harmony export */   z: () => (/* binding */ recordOf)
/* harmony export */ });
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8553);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9832);


/**
 * The one way to make a RunRecord: read and validate the manifest, take its time by the one
 * rule (`recordTime`). `files` are the pack files known so far (none before a pack exists).
 */
async function loadRunRecord(manifestPath, files = []) {
    return recordOf(await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunManifest */ .t)(manifestPath), files);
}
/** A RunRecord from a manifest already read (the caller needed the load for more than the record). */
function recordOf(loaded, files = []) {
    return {
        manifest: loaded.manifest,
        manifestPath: loaded.path,
        manifestSha256: loaded.sha256,
        createdAt: (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .recordTime */ .$l)(loaded.manifest, loaded.path, loaded.doc),
        files,
    };
}


/***/ }),

/***/ 9742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yk: () => (/* binding */ hasAnyAnchor),
/* harmony export */   loadTrustPolicy: () => (/* binding */ loadTrustPolicy),
/* harmony export */   trustedPublicKeys: () => (/* binding */ trustedPublicKeys),
/* harmony export */   ul: () => (/* binding */ anchorAllows),
/* harmony export */   zm: () => (/* binding */ hasKeyAnchor)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _fsio_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1715);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7105);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3545);






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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .M('toml_invalid', `${path}:${err.line}:${err.column}: invalid TOML: ${err.message.split('\n')[0]}`, { file: path, line: err.line, column: err.column });
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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isCapsuleTarget: () => (/* binding */ isCapsuleTarget),
/* harmony export */   resolveRunManifestPath: () => (/* binding */ resolveRunManifestPath),
/* harmony export */   verifyRunFolder: () => (/* binding */ verifyRunFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _chain_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9567);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6813);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7105);
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
/**
 * What every command taking "a capsule or a run" calls a capsule: anything that is neither a
 * folder nor a .json manifest (a tampered or truncated file is still verified as a capsule).
 */
function isCapsuleTarget(target) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isDirectory())
        return false;
    return !target.endsWith('.json');
}
/** A manifest path, or a folder holding `run_manifest.json` or (unpacked capsule / pack dir) the snapshot. */
function resolveRunManifestPath(target) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isDirectory())
        return target;
    for (const name of ['run_manifest.json', _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_NAME */ .lE])
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target, name)))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target, name);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CapsuleError */ .M('run_manifest_missing', `${target}: holds neither run_manifest.json nor ${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_NAME */ .lE}`, { file: target });
}
/**
 * `capsule verify run_manifest.json` (AGILAB's verify takes a manifest): the manifest is valid,
 * its artifacts are where it says with the sizes it records, our outputs match their hashes,
 * the event chain verifies, and in a pack dir the root index matches every file.
 */
async function verifyRunFolder(target, options = {}) {
    const manifestPath = resolveRunManifestPath(target);
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(manifestPath));
    const result = await (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .runSteps */ .rl)(RUN_FOLDER_STEPS, { loaded: 'run_manifest_valid', chain: 'event_chain_valid' }, (facts, warnings) => ({ ...facts, manifestPath, folder, warnings, trusted: options.trustedPublicKeySha256 ?? [] }));
    const loaded = result.fact('loaded');
    return {
        schema: 'agilab.proof_capsule_verification.v1',
        status: result.checks.every((c) => c.status === 'pass') ? 'pass' : 'fail',
        capsule: { path: options.displayPath ?? manifestPath, sha256: loaded?.sha256 ?? null, size_bytes: loaded?.size ?? null },
        strict: false,
        checks: result.checks,
        warnings: result.warnings,
        evidence_class: result.fact('chain')?.classification ?? null,
        // A folder carries no signature: whoever wrote its files is not proven here.
        origin: { verified: false, public_key_sha256: null, summary: 'origin not verified: a run folder carries no signature; this verifies integrity only' },
    };
}
async function checkManifestValid(ctx) {
    const loaded = await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_6__/* .readRunManifest */ .t)(ctx.manifestPath);
    ctx.set('loaded', loaded);
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`run ${loaded.manifest.run_id} (${loaded.manifest.status}): valid agilab.run_manifest`);
}
function checkArtifactsPresent(ctx) {
    const problems = [];
    const artifacts = ctx.get('loaded').manifest.artifacts.filter((a) => a.exists);
    for (const a of artifacts) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.folder, a.path);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile())
            problems.push(`artifact ${a.name}: ${a.path} is missing`);
        else if (a.size_bytes !== null && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size !== a.size_bytes)
            problems.push(`artifact ${a.name}: ${a.path} is ${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size} bytes, ${a.size_bytes} recorded`);
    }
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(problems[0], { problems });
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`${artifacts.length} artifacts present with their recorded sizes`);
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
        const digest = await (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q3)(path);
        if (digest.sha256 !== out.sha256 || digest.size !== out.size_bytes)
            problems.push(`output ${out.path}: sha256 ${digest.sha256} (${digest.size} bytes), recorded ${out.sha256} (${out.size_bytes} bytes)`);
    }
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(problems[0], { problems });
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`${outputs.length} outputs match their recorded sha256`);
}
async function checkFolderChain(ctx) {
    const evidence = ctx.get('loaded').manifest.proof_capsule?.evidence;
    if (!evidence)
        return null;
    const report = await (0,_chain_verify_js__WEBPACK_IMPORTED_MODULE_2__.verifyChainFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.folder, evidence.events), { trustedPublicKeySha256: ctx.trusted });
    ctx.set('chain', report);
    const details = { classification: report.classification, event_count: report.event_count, final_hash: report.final_hash };
    if (report.status !== 'PASS')
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(`${evidence.events}: chain FAIL: ${report.errors[0]?.rule ?? ''}: ${report.errors[0]?.message ?? ''}`, details);
    if (report.final_hash !== evidence.final_hash)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(`${evidence.events}: final hash ${report.final_hash} differs from the manifest's ${evidence.final_hash}`, details);
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`${evidence.events}: ${report.event_count} events verify; ${report.classification}`, details);
}
/** Only in a pack dir or unpacked capsule (the root index sits beside the manifest). */
async function checkPackIndex(ctx) {
    const indexPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.folder, _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PROOF_PACK_INDEX_NAME */ .y$);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(indexPath))
        return null;
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .readJsonFile */ .JE)(indexPath, { ijson: true });
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
        const digest = await (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q3)(path);
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
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .M)
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


/***/ })

};
