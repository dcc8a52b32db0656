export const id = 8637;
export const ids = [8637,1428,5312];
export const modules = {

/***/ 8637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assessWithBaseline: () => (/* binding */ assessWithBaseline)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _promotion_assess_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8567);
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1428);



/**
 * `policy-check` and `promotion-dossier` with `--baseline`: the baseline is verified first (a
 * bad one refuses the command before the run is read), then the run is assessed as without
 * one, then compared with the baseline from the files of its own folder.
 */
async function assessWithBaseline(target, options) {
    const trust = options.baselineTrustPolicyPath ?? options.trustPolicyPath;
    const baseline = options.baselinePath === undefined ? undefined : await (0,_baseline_js__WEBPACK_IMPORTED_MODULE_2__.loadBaseline)(options.baselinePath, trust);
    const run = await (0,_promotion_assess_js__WEBPACK_IMPORTED_MODULE_1__.assessRun)(target, { trustPolicyPath: options.trustPolicyPath });
    if (!baseline)
        return { ...run, warnings: [] };
    const { manifest, manifestPath, manifestSha256 } = run.record;
    const who = {
        name: target, kind: 'run-folder', sha256: manifestSha256,
        verification_status: run.verificationStatus, evidence_class: run.evidenceClass ?? null,
    };
    const comparison = await (0,_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .compareWithBaseline */ .$)(baseline, manifest, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(manifestPath), who);
    return { ...run, baseline: comparison, warnings: baseline.warnings };
}


/***/ }),

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

/***/ 2778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ roundDelta)
/* harmony export */ });
/**
 * Floating-point differences rounded to 12 significant digits: 0.90 − 0.95 is −0.05, not
 * −0.04999999999999993, both when shown and when a gate compares it with a limit.
 */
function roundDelta(value) {
    return value === 0 ? 0 : Number(value.toPrecision(12));
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
    const verification = await (0,_verify_run_folder_js__WEBPACK_IMPORTED_MODULE_0__.verifyRunFolder)(manifestPath, { trustedPublicKeySha256: (0,_trust_policy_js__WEBPACK_IMPORTED_MODULE_1__.trustedKeysIn)(options.trustPolicyPath) });
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


/***/ })

};
