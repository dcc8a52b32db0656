export const id = 1857;
export const ids = [1857];
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

/***/ 1857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPipeline: () => (/* binding */ runPipeline)
});

// EXTERNAL MODULE: ./src/diff/baseline.ts
var diff_baseline = __webpack_require__(1428);
// EXTERNAL MODULE: ./src/diff/compare.ts
var compare = __webpack_require__(5312);
// EXTERNAL MODULE: ./src/diff/load.ts
var load = __webpack_require__(2899);
// EXTERNAL MODULE: ./src/diff/side.ts + 1 modules
var side = __webpack_require__(7904);
// EXTERNAL MODULE: ./src/promotion/baseline-gates.ts
var baseline_gates = __webpack_require__(5283);
;// CONCATENATED MODULE: ./src/pipeline/baseline.ts




/**
 * The gate stage's comparison: the draft manifest and the run folder's output files against the
 * baseline, so the policy's baseline gates decide on what this run actually produced.
 */
async function compareDraft(baseline, draft, runRoot, capsuleName) {
    const who = {
        name: capsuleName, kind: 'capsule', sha256: null,
        verification_status: 'unknown', evidence_class: null,
    };
    const current = await (0,side/* runSide */.D)(draft, (0,load/* folderFiles */.k)(runRoot), who);
    return { baseline, current, comparison: (0,compare.compareRuns)(baseline.side, current) };
}
/**
 * The run's result with the comparison as the run ended (its capsule digest, final decision and
 * evidence class) and the baseline gates' results; unchanged without a baseline.
 */
function withBaseline(result, draft, policy) {
    if (!draft)
        return result;
    const ended = {
        sha256: result.capsuleSha256, verification_status: 'pass',
        decision: result.decision.decision, evidence_class: result.verification.evidence_class,
    };
    const comparison = (0,compare.compareRuns)(draft.baseline.side, { ...draft.current, ...ended });
    const { trustPolicyPath, warnings } = draft.baseline;
    const gates = (0,baseline_gates/* baselineGates */.K)(policy.baseline, comparison);
    return { ...result, baseline: { comparison, gates, trustPolicyPath, warnings } };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/json/write.ts
var write = __webpack_require__(1249);
// EXTERNAL MODULE: ./src/schemas/registry.ts
var registry = __webpack_require__(3545);
;// CONCATENATED MODULE: ./src/agentplane/common.ts
/** Where the pipeline writes each artifact, relative to the run folder. */
const AGENTPLANE_FILES = {
    validation: 'agentplane/validation-artifact.json',
    placementDecision: 'agentplane/placement-decision.json',
    placementReceipt: 'agentplane/placement-receipt.json',
    run: 'agentplane/run-artifact.json',
    replay: 'agentplane/replay-artifact.json',
    promotion: 'agentplane/promotion-artifact.json',
    session: 'agentplane/session-artifact.json',
};
/** agentplane names a bundle `name@version`. */
function bundleRef(vb) {
    return `${vb.bundle.metadata.name}@${vb.bundle.metadata.version}`;
}
/** What actually ran, in agentplane's vocabulary (it has no "auto"). */
function agentplaneIntent(p) {
    if (p.executor === 'process')
        return 'lima-process';
    return p.intent === 'microvm' || p.qemu?.machine === 'microvm' ? 'microvm' : 'qemu';
}
/** agentplane has no dev lane; dev runs are reported as staging (our own lane is kept in x-proofcapsule). */
function agentplaneLane(lane) {
    return lane === 'prod' ? 'prod' : 'staging';
}
function governanceContext(vb) {
    const g = vb.bundle['x-agentplane']?.governanceContext;
    return g !== null && typeof g === 'object' ? g : undefined;
}

;// CONCATENATED MODULE: ./src/bundle/issues.ts
/** The named checks a bundle goes through; the ValidationArtifact lists each with its status. */
const BUNDLE_CHECKS = ['schema', 'license-policy', 'license-file', 'paths-inside-bundle', 'secret-names', 'supported-backend'];

// EXTERNAL MODULE: ./src/bundle/validate.ts + 2 modules
var validate = __webpack_require__(5106);
;// CONCATENATED MODULE: ./src/agentplane/validation-artifact.ts



/** agentplane ValidationArtifact: one check per named bundle check, failed when any issue belongs to it. */
function buildValidationArtifact(input) {
    const issues = input.issues ?? [];
    const vb = input.bundle;
    const checks = BUNDLE_CHECKS.map((name) => {
        const mine = issues.filter((i) => i.check === name);
        return { name, status: mine.length > 0 ? 'fail' : 'pass', message: mine.length > 0 ? mine.map(validate.formatIssue).join('\n') : null };
    });
    const meta = vb?.bundle.metadata;
    return {
        kind: 'ValidationArtifact',
        bundle: vb ? bundleRef(vb) : input.bundlePath,
        bundlePath: input.bundlePath,
        capturedAt: input.capturedAt,
        valid: vb !== undefined && issues.length === 0,
        lane: vb ? agentplaneLane(vb.bundle.spec.policy.lane) : null,
        governanceContext: (vb && governanceContext(vb)) ?? null,
        checks,
        bundleMetadata: { name: meta?.name ?? null, version: meta?.version ?? null, createdAt: meta?.createdAt ?? null },
    };
}

// EXTERNAL MODULE: ./src/execute/qemu/kernels.ts
var kernels = __webpack_require__(8574);
// EXTERNAL MODULE: ./src/json/canonical.ts
var canonical = __webpack_require__(6680);
// EXTERNAL MODULE: ./src/hash/sha256.ts
var hash_sha256 = __webpack_require__(6813);
;// CONCATENATED MODULE: ./src/agentplane/placement-artifacts.ts




/** agentplane PlacementDecision. KVM is never required: without it a VM runs on TCG (with a warning). */
function buildPlacementDecision(placement) {
    return {
        kind: 'PlacementDecision',
        capturedAt: placement.decidedAt,
        backendIntent: agentplaneIntent(placement),
        requiresKvm: false,
        chosenExecutor: placement.site,
        sshRef: placement.site,
        caps: {
            executor: placement.executor,
            accel: placement.accel,
            kvm: placement.accel === 'kvm',
            ...(placement.qemu ? { qemu: placement.qemu.binary, kernel: (0,kernels/* recordedKernelPath */.Ho)(placement.qemu.kernel), machine: placement.qemu.machine } : {}),
            warnings: placement.warnings,
        },
        rejected: placement.rejected.map((r) => ({ name: r.candidate, sshRef: null, reason: r.reason })),
    };
}
/** Our PlacementReceipt: the decision in agentplane's receipt shape, bound to the decision by its JCS hash. */
function buildPlacementReceipt(vb, placement) {
    return {
        kind: 'PlacementReceipt',
        bundle: bundleRef(vb),
        createdAt: placement.decidedAt,
        decision: {
            chosenSite: placement.site,
            backend: placement.executor,
            accel: placement.accel,
            constraints: {
                backendIntent: placement.intent,
                lane: vb.bundle.spec.policy.lane,
                networkMode: vb.bundle.spec.executor.vm?.network ? 'user' : 'none',
            },
            rejectedSites: placement.rejected.map((r) => ({ site: r.candidate, reason: r.reason })),
            warnings: placement.warnings,
        },
        placementDecisionHash: `sha256:${(0,hash_sha256/* sha256Hex */.fg)((0,canonical/* canonicalBytes */.Mr)(buildPlacementDecision(placement)))}`,
        inventory: placement.inventory,
        signedBy: null,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/agentplane/run-artifact.ts


/**
 * agentplane needs an integer exit code: a signal death is reported as 128 + signal (the
 * shell's convention), a process that never started as -1. The real values are kept in
 * x-proofcapsule.
 */
function agentplaneExitCode(r) {
    if (r.exitCode !== null)
        return r.exitCode;
    const n = r.signal ? external_node_os_.constants.signals[r.signal] : undefined;
    return n !== undefined ? 128 + n : -1;
}
/** agentplane RunArtifact, with executor facts (for qemu: kernel/initrd/QEMU hashes and argv from details). */
function buildRunArtifact(vb, placement, result, refs) {
    const g = governanceContext(vb);
    return {
        kind: 'RunArtifact',
        bundle: bundleRef(vb),
        bundlePath: refs.bundlePath,
        capturedAt: result.finishedAt,
        lane: agentplaneLane(vb.bundle.spec.policy.lane),
        executor: placement.site,
        backendIntent: agentplaneIntent(placement),
        status: result.status === 'pass' ? 'success' : 'failure',
        exitCode: agentplaneExitCode(result),
        stdoutRef: refs.stdoutRef,
        stderrRef: refs.stderrRef,
        ...(g ? { governanceContext: g } : {}),
        'x-proofcapsule': {
            lane: vb.bundle.spec.policy.lane,
            executor: result.executor,
            accel: placement.accel,
            argv: result.argv,
            cwd: result.cwd,
            exitCode: result.exitCode,
            timedOut: result.timedOut,
            signal: result.signal,
            diagnostics: result.diagnostics,
            details: result.details,
            startedAt: result.startedAt,
            finishedAt: result.finishedAt,
            durationSeconds: result.durationSeconds,
        },
    };
}

;// CONCATENATED MODULE: ./src/agentplane/replay-artifact.ts

/** agentplane ReplayArtifact: what a re-run needs (bundle, revision, executor, policy pack, secret names). */
function buildReplayArtifact(vb, placement, input) {
    const policy = (vb.bundle['x-agentplane']?.policy ?? {});
    const g = governanceContext(vb);
    return {
        kind: 'ReplayArtifact',
        bundle: bundleRef(vb),
        capturedAt: input.capturedAt,
        executor: placement.site,
        backendIntent: agentplaneIntent(placement),
        inputs: {
            bundlePath: input.bundlePath,
            bundleRev: vb.bundle.metadata.source?.git?.rev ?? null,
            artifactDir: input.artifactDir,
            policyPackRef: typeof policy.policyPackRef === 'string' ? policy.policyPackRef : null,
            policyPackHash: typeof policy.policyPackHash === 'string' ? policy.policyPackHash : null,
            secretsRequired: vb.bundle.spec.secrets?.required ?? [],
            ...(g ? { governanceContext: g } : {}),
        },
    };
}

;// CONCATENATED MODULE: ./src/agentplane/promotion-artifact.ts

/** agentplane PromotionArtifact; a manual-review decision points at the review session. */
function buildPromotionArtifact(vb, decision, promotedObjectRef) {
    return {
        kind: 'PromotionArtifact',
        bundle: bundleRef(vb),
        capturedAt: decision.created_at,
        promotionReceiptRef: `urn:srcos:receipt:promotion:${decision.run_id}`,
        promotedObjectRef,
        reviewSessionRef: decision.decision === 'manual-review' ? `urn:srcos:session:${decision.run_id}` : null,
    };
}

;// CONCATENATED MODULE: ./src/agentplane/session-artifact.ts

/** agentplane SessionArtifact for the evidence session, linking the run and replay artifacts. */
function buildSessionArtifact(vb, result, input) {
    return {
        kind: 'SessionArtifact',
        bundle: bundleRef(vb),
        capturedAt: input.capturedAt,
        sessionRef: `urn:srcos:session:${input.sessionId}`,
        status: result.status === 'pass' ? 'success' : 'failure',
        receiptRef: `urn:srcos:receipt:session:${input.sessionId}`,
        runArtifactRef: AGENTPLANE_FILES.run,
        replayArtifactRef: AGENTPLANE_FILES.replay,
        governanceContext: governanceContext(vb) ?? null,
    };
}

;// CONCATENATED MODULE: ./src/agentplane/write.ts










/** Every agentplane artifact of a run, keyed by its path relative to the run folder. */
function buildAgentplaneArtifacts(f) {
    const bundlePath = `bundle/${(0,external_node_path_.basename)(f.vb.path)}`;
    const artifacts = {
        [AGENTPLANE_FILES.validation]: buildValidationArtifact({ capturedAt: f.createdAt, bundlePath, bundle: f.vb }),
        [AGENTPLANE_FILES.placementDecision]: buildPlacementDecision(f.placement),
        [AGENTPLANE_FILES.placementReceipt]: buildPlacementReceipt(f.vb, f.placement),
        [AGENTPLANE_FILES.run]: buildRunArtifact(f.vb, f.placement, f.result, { bundlePath, stdoutRef: 'logs/stdout.log', stderrRef: 'logs/stderr.log' }),
        [AGENTPLANE_FILES.replay]: buildReplayArtifact(f.vb, f.placement, { capturedAt: f.createdAt, bundlePath, artifactDir: 'artifacts' }),
        [AGENTPLANE_FILES.promotion]: buildPromotionArtifact(f.vb, f.decision, `urn:proofcapsule:run:${f.manifest.run_id}`),
    };
    const sessionId = f.manifest.proof_capsule?.evidence.session_id;
    if (sessionId)
        artifacts[AGENTPLANE_FILES.session] = buildSessionArtifact(f.vb, f.result, { capturedAt: f.createdAt, sessionId });
    return artifacts;
}
const SCHEMA_OF = {
    [AGENTPLANE_FILES.validation]: 'agentplane-validation-artifact',
    [AGENTPLANE_FILES.placementDecision]: 'agentplane-placement-decision',
    [AGENTPLANE_FILES.placementReceipt]: 'agentplane-placement-receipt',
    [AGENTPLANE_FILES.run]: 'agentplane-run-artifact',
    [AGENTPLANE_FILES.replay]: 'agentplane-replay-artifact',
    [AGENTPLANE_FILES.promotion]: 'agentplane-promotion-artifact',
    [AGENTPLANE_FILES.session]: 'agentplane-session-artifact',
};
/** Writes the artifacts into `agentplaneDir` (the run folder's agentplane/), each checked against its schema first. */
function writeAgentplaneArtifacts(agentplaneDir, facts) {
    const written = [];
    for (const [rel, value] of Object.entries(buildAgentplaneArtifacts(facts))) {
        const path = (0,external_node_path_.join)(agentplaneDir, (0,external_node_path_.basename)(rel));
        (0,registry/* assertValid */.pP)(SCHEMA_OF[rel], value, path);
        (0,write/* writeJsonFile */.A)(path, value);
        written.push(path);
    }
    return written;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/fsio/atomic.ts
var atomic = __webpack_require__(9802);
// EXTERNAL MODULE: ./src/text/markdown.ts
var markdown = __webpack_require__(6590);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/chain/stages.ts


function stages_text(value) {
    return typeof value === 'string' ? value : null;
}
/** Streams a chain already verified; memory grows with the number of stages, not of events. */
async function summarizeChain(eventsPath) {
    const stages = [];
    const counts = {};
    const lines = (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(eventsPath), crlfDelay: Infinity });
    for await (const line of lines) {
        if (line.trim() === '')
            continue;
        let event;
        try {
            event = JSON.parse(line);
        }
        catch {
            continue; // a truncated final line: the report already names it
        }
        counts[event.event_type] = (counts[event.event_type] ?? 0) + 1;
        if (event.event_type === 'TOOL_CALL')
            stages.push(openStage(event));
        else if (event.event_type === 'TOOL_RESULT' || event.event_type === 'TOOL_ERROR')
            closeStage(stages, event);
    }
    return { stages, counts };
}
function openStage(event) {
    return {
        seq: event.seq,
        tool_name: stages_text(event.payload.tool_name) ?? '(unnamed)',
        status: 'incomplete',
        started_at: event.timestamp,
        finished_at: null,
        duration_ms: null,
        args_hash: stages_text(event.payload.args_hash),
        result_hash: null,
        error: null,
    };
}
/** Closes the latest open stage of the same tool (TOOL_ERROR may omit tool_name: then the latest open one). */
function closeStage(stages, event) {
    const name = stages_text(event.payload.tool_name);
    const row = [...stages].reverse().find((s) => s.finished_at === null && (name === null || s.tool_name === name));
    if (!row)
        return;
    row.finished_at = event.timestamp;
    row.duration_ms = Date.parse(event.timestamp) - Date.parse(row.started_at);
    if (event.event_type === 'TOOL_ERROR') {
        row.status = 'error';
        row.error = `${stages_text(event.payload.error_type) ?? 'error'}: ${stages_text(event.payload.error_message) ?? ''}`;
    }
    else {
        row.status = stages_text(event.payload.status) ?? 'pass';
        row.result_hash = stages_text(event.payload.result_hash);
    }
}

;// CONCATENATED MODULE: ./src/chain/markdown.ts







const MANIFEST_NAME = 'run_evidence_manifest.json';
/** What each pipeline stage does, for a reader without the code. */
const STAGE_PURPOSE = [
    ['validate', 'Check the bundle against its schema and the licence policy'],
    ['place', 'Choose the executor and site the bundle may run on'],
    ['run', 'Execute the bundle command in an isolated workspace'],
    ['collect', 'Collect the declared outputs and hash them'],
    ['gate', 'Evaluate the validation gates on the outputs'],
];
/** A table cell (the one Markdown escaper); a dash for nothing recorded. */
function cell(value) {
    return value === null || value === undefined || value === '' ? '—' : (0,markdown/* cell */.Hn)(value);
}
function code(value) {
    return value ? (0,markdown/* codeSpan */.SS)(value) : '—';
}
function table(header, rows) {
    return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
function duration(ms) {
    return ms === null ? '—' : `${(ms / 1000).toFixed(3)} s`;
}
function renderPlan(input) {
    const { facts, report } = input;
    return `# Run plan: ${cell(facts.bundleName)}

What this run was set up to do, before it ran.

${table(['Field', 'Value'], [
        ['Run id', code(facts.runId)],
        ['Bundle', cell(facts.bundleName)],
        ['Lane', cell(facts.lane)],
        ['Executor', cell(facts.executor)],
        ['Command (argv)', cell(facts.argv.map((a) => JSON.stringify(a)).join(' '))],
        ['Evidence chain session', code(report.session_id)],
    ])}

## Stages

${table(['#', 'Stage', 'Purpose'], STAGE_PURPOSE.map(([name, purpose], i) => [String(i + 1), name, purpose]))}

## Declared outputs

${facts.outputs.length === 0 ? 'None declared.' : table(['Path', 'Kind'], facts.outputs.map((o) => [cell(o.path), cell(o.kind)]))}

## Gates

${facts.gates.length === 0 ? 'No gates selected.' : table(['Gate'], facts.gates.map((g) => [cell(g.label)]))}
`;
}
function stageRow(s, i) {
    return [String(i + 1), cell(s.tool_name), cell(s.status), cell(s.started_at), cell(s.finished_at), duration(s.duration_ms), code(s.args_hash), code(s.result_hash ?? s.error)];
}
function renderProcess(input, summary, eventsSha256) {
    const { facts, report } = input;
    const counts = Object.keys(summary.counts).sort().map((type) => [type, String(summary.counts[type])]);
    return `# Run process: ${cell(facts.bundleName)}

How the run went, step by step, as recorded in the hash-chained event log
\`events.jsonl\` (session ${code(report.session_id)}, ${report.event_count} events, SHA-256 ${code(eventsSha256)}).

## Stages

${summary.stages.length === 0 ? 'No stages recorded.' : table(['#', 'Stage', 'Status', 'Started (UTC)', 'Finished (UTC)', 'Duration', 'Args hash', 'Result hash / error'], summary.stages.map(stageRow))}

## Events by type

${table(['Event type', 'Count'], counts)}

## Loss and redaction

${table(['What', 'Count'], [
        ['LOG_DROP events (events lost by the recorder)', `${report.drops} (${report.dropped_count} lost)`],
        ['CHAIN_BROKEN events', String(report.breaks)],
        ['REDACTION events', String(report.redactions)],
    ])}
`;
}
function renderReport(input) {
    const { facts, report } = input;
    const decision = facts.decision ? `**Decision: ${cell(facts.decision.decision)}** — ${cell(facts.decision.reason)}\n\n` : '';
    const errors = report.errors.length === 0 ? 'None.' : table(['Line', 'Seq', 'Rule', 'Message'], report.errors.map((e) => [String(e.line), cell(e.seq), code(e.rule), cell(e.message)]));
    return `# Run report: ${cell(facts.bundleName)}

${decision}## Evidence chain

${table(['Check', 'Result'], [
        ['Verification', report.status],
        ['Classification', report.classification],
        ['Events', String(report.event_count)],
        ['Verified through seq', String(report.verified_through_seq)],
        ['Chain head hash', code(report.final_hash)],
        ['Sealed', report.sealed ? 'yes' : 'no'],
        ['Seal key SHA-256', code(report.seal_public_key_sha256)],
        ['Seal key trusted', report.seal_trusted ? 'yes' : 'no'],
    ])}

### Chain errors

${errors}

## Outputs

${facts.outputs.length === 0 ? 'No outputs.' : table(['Path', 'Kind', 'Size (bytes)', 'SHA-256'], facts.outputs.map((o) => [cell(o.path), cell(o.kind), String(o.size_bytes), code(o.sha256)]))}

## Gates

${facts.gates.length === 0 ? 'No gates selected.' : table(['Gate', 'Status', 'Summary'], facts.gates.map((g) => [cell(g.label), cell(g.status), cell(g.summary)]))}
`;
}
/**
 * Writes RUN_PLAN.md, RUN_PROCESS.md, RUN_REPORT.md and run_evidence_manifest.json into
 * `dir` (the run's `evidence/` folder). Same inputs, same bytes.
 */
async function writeRunMarkdownEvidence(dir, input) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const events = await (0,hash_sha256/* sha256File */.Q3)(input.eventsPath);
    const summary = await summarizeChain(input.eventsPath);
    const docs = [
        ['RUN_PLAN.md', renderPlan(input)],
        ['RUN_PROCESS.md', renderProcess(input, summary, events.sha256)],
        ['RUN_REPORT.md', renderReport(input)],
    ];
    const files = docs.map(([name, body]) => {
        const bytes = Buffer.from(body, 'utf8');
        (0,atomic.writeFileAtomic)((0,external_node_path_.join)(dir, name), bytes);
        return { name, path: name, sha256: (0,hash_sha256/* sha256Hex */.fg)(bytes), size_bytes: bytes.length };
    });
    const manifest = {
        schema: 'agilab.run_markdown_evidence.v1',
        created_at: input.createdAt,
        run_id: input.facts.runId,
        session_id: input.report.session_id,
        status: input.report.status,
        classification: input.report.classification,
        events: { path: (0,external_node_path_.relative)(dir, input.eventsPath).split(external_node_path_.sep).join('/'), sha256: events.sha256, size_bytes: events.size },
        files,
    };
    (0,write/* writeJsonFile */.A)((0,external_node_path_.join)(dir, MANIFEST_NAME), manifest);
    return manifest;
}

// EXTERNAL MODULE: ./src/chain/verify.ts + 9 modules
var verify = __webpack_require__(223);
// EXTERNAL MODULE: ./src/json/parse.ts
var parse = __webpack_require__(7105);
;// CONCATENATED MODULE: ./src/manifest/write.ts





/**
 * Writes a run manifest and returns it as `readRunManifest` would load it (validated, hashed,
 * its text parsed), from the bytes written: what comes next need not read it back.
 */
function writeRunManifest(path, manifest) {
    const text = (0,write.stableJson)(manifest);
    const doc = (0,parse/* parseJsonStrict */.jM)(text, path, { ijson: true });
    (0,registry/* assertValid */.pP)('run-manifest', doc.value, path, doc);
    (0,atomic.writeFileAtomic)(path, text);
    const size = Buffer.byteLength(text, 'utf8');
    return { manifest: doc.value, path, sha256: (0,hash_sha256/* sha256Hex */.fg)(text), size, doc };
}

// EXTERNAL MODULE: ./src/promotion/files.ts + 3 modules
var files = __webpack_require__(1101);
// EXTERNAL MODULE: ./src/record/time.ts
var time = __webpack_require__(9832);
// EXTERNAL MODULE: ./src/promotion/decide.ts
var decide = __webpack_require__(69);
// EXTERNAL MODULE: ./src/promotion/evaluate.ts + 1 modules
var evaluate = __webpack_require__(8791);
;// CONCATENATED MODULE: ./src/promotion/staged.ts



/**
 * The one decision of a run: `manifest` as the pipeline will write it, its evidence taken as
 * verified and authoritative (the pipeline seals the chain with its own key next), compared
 * with its verified baseline when it has one (for the policy's baseline gates).
 */
function draftDecision(manifest, policy, manifestPath, baseline) {
    const context = { evidenceClass: 'AUTHORITATIVE_EVIDENCE', verificationStatus: 'pass', manifestPath };
    const policyReport = (0,evaluate.evaluatePolicy)(manifest, policy, { ...context, baseline });
    const createdAt = (0,time/* recordTime */.$l)(manifest, manifestPath);
    const decision = (0,decide.decidePromotion)(manifest, policyReport, { ...context, createdAt });
    return { decision: decision, policyReport };
}
/** The draft as packed: unchanged when the run folder verifies as the draft assumed, else block. */
function packedDecision(draft, folder) {
    const borneOut = folder.status === 'pass' && folder.evidence_class === 'AUTHORITATIVE_EVIDENCE';
    return (borneOut ? draft : blockedBy(draft, folder));
}
/** The packed decision, or block naming the checks the capsule failed. */
function finalDecision(packed, capsule) {
    return (capsule.status === 'pass' ? packed : blockedBy(packed, capsule));
}
function blockedBy(decision, report) {
    const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
    const reason = failed.length > 0
        ? `the capsule failed verification: ${failed.join(', ')}`
        : `the evidence is ${report.evidence_class ?? 'unclassified'}, not AUTHORITATIVE_EVIDENCE`;
    const blockers = [...decision.blockers, ...failed];
    return { ...decision, decision: 'block', reason, verification_status: 'fail', blockers };
}

// EXTERNAL MODULE: ./src/sign/sign.ts
var sign = __webpack_require__(7256);
// EXTERNAL MODULE: ./src/verify/capsule.ts + 6 modules
var capsule = __webpack_require__(826);
// EXTERNAL MODULE: ./src/verify/run-folder.ts
var run_folder = __webpack_require__(6777);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/bundle/run-command.ts
var run_command = __webpack_require__(6909);
// EXTERNAL MODULE: ./src/chain/lines.ts
var lines = __webpack_require__(5842);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/chain/events.ts
var events = __webpack_require__(6552);
;// CONCATENATED MODULE: ./src/chain/redact.ts





/**
 * Secrets are scrubbed first, so a `_hash` sibling never hashes content that held a secret.
 * A string is hashed as its UTF-8 bytes (matching content_hash conventions); any other
 * value as its RFC 8785 bytes.
 */
function redactPayload(payload, rules) {
    const secrets = rules.secretValues.filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
    const hashKeys = new Set(rules.redactKeys);
    const result = { payload: {}, hashedPointers: [], secretPointers: [] };
    result.payload = walk(payload, '', secrets, hashKeys, result);
    // A scrubbed key whose value was scrubbed too is one place, listed once.
    result.secretPointers = [...new Set(result.secretPointers)];
    return result;
}
function scrub(text, secrets) {
    let out = text;
    for (const secret of secrets)
        out = out.split(secret).join(events/* REDACTED */.XF);
    return out;
}
/** An own property even for "__proto__", which plain assignment would turn into a prototype change. */
function redact_define(target, key, value) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
function walk(value, pointer, secrets, hashKeys, result) {
    if (typeof value === 'string') {
        const clean = scrub(value, secrets);
        if (clean !== value)
            result.secretPointers.push(pointer);
        return clean;
    }
    if (Array.isArray(value))
        return value.map((item, i) => walk(item, `${pointer}/${i}`, secrets, hashKeys, result));
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const [rawKey, child] of Object.entries(value)) {
        const key = scrub(rawKey, secrets);
        const childPointer = `${pointer}/${(0,parse/* escapePointer */.lZ)(key)}`;
        if (key !== rawKey)
            result.secretPointers.push(childPointer);
        const clean = walk(child, childPointer, secrets, hashKeys, result);
        if (!hashKeys.has(key) || clean === events/* REDACTED */.XF) {
            redact_define(out, key, clean);
            continue;
        }
        const hashKey = `${key}_hash`;
        if (Object.hasOwn(value, hashKey)) {
            throw new errors/* CapsuleError */.Mu('redaction_key_collision', `cannot redact ${childPointer}: the payload already has a sibling ${JSON.stringify(hashKey)}`, { pointer: childPointer });
        }
        redact_define(out, key, events/* REDACTED */.XF);
        redact_define(out, hashKey, (0,hash_sha256/* sha256Hex */.fg)(typeof clean === 'string' ? Buffer.from(clean, 'utf8') : (0,canonical/* canonicalBytes */.Mr)(clean)));
        result.hashedPointers.push(childPointer);
    }
    return out;
}

// EXTERNAL MODULE: ./src/text/time.ts
var text_time = __webpack_require__(7466);
;// CONCATENATED MODULE: ./src/chain/recorder.ts









/** Types with their own method, so their payloads always have the documented shape. */
const RESERVED = new Set(['SESSION_START', 'SESSION_END', 'CHAIN_SEAL', 'LOG_DROP', 'REDACTION']);
/**
 * Appends a hash-chained event log. Each event is one `writeSync` of a full line followed by
 * `fsyncSync`: a crash leaves every earlier line intact and at most one partial final line,
 * which the verifier reports as `truncated_final_line`.
 */
class ChainRecorder {
    path;
    sessionId;
    fd;
    rules;
    clock;
    maxQueue;
    queue = [];
    queueDropped = 0;
    seq = 0;
    head = events/* GENESIS_PREV_HASH */.Sk;
    state = 'open';
    constructor(path, fd, options) {
        this.path = path;
        this.fd = fd;
        this.sessionId = options.sessionId ?? (0,external_node_crypto_.randomUUID)();
        this.rules = { secretValues: options.secretValues ?? [], redactKeys: options.redactKeys ?? [] };
        this.clock = options.clock ?? (() => new Date());
        this.maxQueue = options.maxQueue ?? 10_000;
    }
    /** Creates the file (never overwrites evidence) and writes SESSION_START as seq 1. */
    static create(path, options = {}) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(path, 'wx', 0o644);
        }
        catch (err) {
            throw new errors/* CapsuleError */.Mu('chain_create_failed', `${path}: cannot create event chain: ${(0,errors/* describeFsError */.TQ)(err)}`, { file: path });
        }
        const recorder = new ChainRecorder(path, fd, options);
        recorder.write('SESSION_START', options.start ?? {});
        return recorder;
    }
    get lastSeq() {
        return this.seq;
    }
    get lastHash() {
        return this.head;
    }
    append(type, payload) {
        if (RESERVED.has(type))
            throw new errors/* CapsuleError */.Mu('chain_event_reserved', `${this.path}: ${type} is written by its own recorder method, not append()`, { file: this.path });
        this.flush();
        return this.write(type, payload);
    }
    /** Buffers an event for a later `flush`; beyond `maxQueue` the event is dropped and counted. */
    enqueue(type, payload) {
        if (RESERVED.has(type))
            throw new errors/* CapsuleError */.Mu('chain_event_reserved', `${this.path}: ${type} cannot be queued`, { file: this.path });
        this.assertState('open');
        if (this.queue.length >= this.maxQueue)
            this.queueDropped += 1;
        else
            this.queue.push({ type, payload });
    }
    /** Writes queued events, then one LOG_DROP for any that overflowed the queue. */
    flush() {
        for (const item of this.queue.splice(0))
            this.write(item.type, item.payload);
        if (this.queueDropped > 0) {
            const count = this.queueDropped;
            this.queueDropped = 0;
            this.drop(count, 'buffer_overflow');
        }
    }
    /**
     * Records that `count` events were lost. `seq_range_start` is the last event recorded before
     * the loss and `seq_range_end` this LOG_DROP's own seq: the lost events fell between them.
     */
    drop(count, reason) {
        if (!Number.isInteger(count) || count < 1)
            throw new errors/* CapsuleError */.Mu('chain_drop_count', `${this.path}: LOG_DROP count must be a positive integer, got ${count}`, { file: this.path });
        return this.write('LOG_DROP', { count, reason, seq_range_start: this.seq, seq_range_end: this.seq + 1 });
    }
    end(payload) {
        this.flush();
        const event = this.write('SESSION_END', payload);
        this.state = 'ended';
        return event;
    }
    /** Writes CHAIN_SEAL (prev_hash = SESSION_END's hash) and closes the file. */
    seal(key, options) {
        this.assertState('ended');
        const finalHash = this.head;
        const event = this.writeEvent('CHAIN_SEAL', {
            final_hash: finalHash,
            authority: options.authority,
            event_count: this.seq,
            server_timestamp: (0,text_time/* isoMicros */.$6)(this.clock()),
            server_version: options.serverVersion,
            signature: {
                algorithm: 'ed25519',
                public_key_pem: key.publicKeyPem,
                public_key_sha256: key.publicKeySha256,
                value: key.sign((0,events/* sealMessage */.lx)(finalHash)).toString('base64'),
            },
        });
        this.state = 'sealed';
        this.close();
        return event;
    }
    /** Closes without sealing (an unsealed chain is NON_AUTHORITATIVE evidence). */
    close() {
        if (this.state === 'closed')
            return;
        (0,external_node_fs_.closeSync)(this.fd);
        this.state = 'closed';
    }
    assertState(expected) {
        if (this.state !== expected) {
            throw new errors/* CapsuleError */.Mu('chain_state', `${this.path}: cannot record: the chain is ${this.state}${expected === 'ended' ? ' (seal needs SESSION_END first)' : ''}`, { file: this.path });
        }
    }
    /** Redacts, writes the event, then a REDACTION event naming what was redacted. */
    write(type, payload) {
        this.assertState('open');
        const redacted = redactPayload(payload, this.rules);
        const event = this.writeEvent(type, redacted.payload);
        if (redacted.hashedPointers.length + redacted.secretPointers.length > 0) {
            this.writeEvent('REDACTION', {
                redaction_reason: redacted.secretPointers.length > 0 ? 'secret_value' : 'sensitive_content',
                redacted_seq: event.seq,
                redacted_event_hash: event.event_hash,
                hashed_pointers: redacted.hashedPointers,
                secret_pointers: redacted.secretPointers,
            });
        }
        return event;
    }
    writeEvent(type, payload) {
        const unhashed = {
            seq: this.seq + 1,
            event_type: type,
            session_id: this.sessionId,
            timestamp: (0,text_time/* isoMicros */.$6)(this.clock()),
            payload,
            prev_hash: this.head,
        };
        let hashed;
        try {
            hashed = (0,events/* eventHash */.Di)(unhashed);
        }
        catch (err) {
            if (!(err instanceof errors/* CapsuleError */.Mu))
                throw err;
            throw new errors/* CapsuleError */.Mu('chain_event_unrepresentable', `${this.path}: cannot record ${type}: ${err.message}`, { file: this.path });
        }
        const event = { ...unhashed, event_hash: hashed };
        const line = Buffer.from(`${(0,canonical/* canonicalJson */.dj)(event)}\n`, 'utf8');
        // The verifier refuses longer lines unread; writing one would record an unverifiable chain.
        if (line.length - 1 > lines/* MAX_CHAIN_LINE_BYTES */.Q)
            throw new errors/* CapsuleError */.Mu('chain_line_too_long', `${this.path}: cannot record ${type}: its line would be ${line.length - 1} bytes, more than the ${lines/* MAX_CHAIN_LINE_BYTES */.Q} a chain line may be (hash large content instead of storing it)`, { file: this.path });
        const written = (0,external_node_fs_.writeSync)(this.fd, line);
        if (written !== line.length)
            throw new errors/* CapsuleError */.Mu('chain_write_short', `${this.path}: short write (${written} of ${line.length} bytes)`, { file: this.path });
        (0,external_node_fs_.fsyncSync)(this.fd);
        this.seq = event.seq;
        this.head = event.event_hash;
        return event;
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/bundle/paths.ts
var paths = __webpack_require__(4792);
;// CONCATENATED MODULE: ./src/collect/gates.ts



function exitCodeGate(v, ctx) {
    const expected = v.equals ?? 0;
    const ok = ctx.exitCode === expected;
    return { label: v.label, status: ok ? 'pass' : 'fail', summary: `exit code ${ctx.exitCode ?? 'none'} ${ok ? '=' : '≠'} ${expected}`, details: { kind: v.kind, expected, actual: ctx.exitCode } };
}
function outputExistsGate(v, ctx) {
    const match = picomatch_default()(v.path.replace(/^\.\//, ''), { dot: true });
    const matched = ctx.outputs.filter((o) => match(o.path)).map((o) => o.path);
    const ok = matched.length > 0 || 'path' in (0,paths/* resolveInside */.LI)(ctx.workspace, v.path);
    return { label: v.label, status: ok ? 'pass' : 'fail', summary: ok ? `${v.path} exists` : `${v.path} was not produced`, details: { kind: v.kind, path: v.path, matched } };
}
function metricGate(v, ctx) {
    const details = { kind: v.kind, path: v.path, metric: v.metric, min: v.min ?? null, max: v.max ?? null };
    const fail = (summary) => ({ label: v.label, status: 'fail', summary, details });
    const file = (0,paths/* resolveInside */.LI)(ctx.workspace, v.path);
    if ('problem' in file)
        return fail(`metrics file ${v.path} ${file.problem.replace('bundle folder', 'workspace')}`);
    let doc;
    try {
        doc = JSON.parse((0,external_node_fs_.readFileSync)(file.path, 'utf8'));
    }
    catch (err) {
        return fail(`metrics file ${v.path} is not readable JSON: ${err.message}`);
    }
    // Dotted names reach into nested objects ("eval.accuracy").
    const value = v.metric.split('.').reduce((o, k) => (o !== null && typeof o === 'object' ? o[k] : undefined), doc);
    if (typeof value !== 'number' || !Number.isFinite(value))
        return fail(`metric ${v.metric} in ${v.path} is not a number`);
    details.value = value;
    const low = v.min !== undefined && value < v.min;
    const high = v.max !== undefined && value > v.max;
    const bounds = [v.min !== undefined ? `≥ ${v.min}` : '', v.max !== undefined ? `≤ ${v.max}` : ''].filter(Boolean).join(' and ');
    return { label: v.label, status: low || high ? 'fail' : 'pass', summary: `${v.metric} = ${value} (required ${bounds})`, details };
}
/** One result per declared validation, in declaration order. */
function evaluateGates(validations, ctx) {
    return validations.map((v) => (v.kind === 'exit-code' ? exitCodeGate(v, ctx) : v.kind === 'output-exists' ? outputExistsGate(v, ctx) : metricGate(v, ctx)));
}

// EXTERNAL MODULE: ./src/collect/outputs.ts
var outputs = __webpack_require__(6539);
// EXTERNAL MODULE: ./src/execute/env.ts
var env = __webpack_require__(2436);
// EXTERNAL MODULE: ./src/execute/registry.ts + 11 modules
var execute_registry = __webpack_require__(4516);
// EXTERNAL MODULE: ./src/place/place.ts + 1 modules
var place = __webpack_require__(4642);
;// CONCATENATED MODULE: ./src/pipeline/machine-paths.ts


/**
 * The run's result with this machine's folders taken out of what the executor wrote down
 * (details, diagnostics): a path inside the run folder becomes relative to it
 * (`logs/console.log`), one inside the bundle folder relative to that, so a capsule never holds
 * a home directory or a runner's workspace, and two machines making the same run record the
 * same text. The run folder goes first: it may lie inside the bundle folder.
 */
function withoutMachinePaths(result, folders) {
    const prefixes = [folders.runFolder, folders.bundleDir]
        .flatMap((dir) => [...new Set([realOrSelf(dir), (0,external_node_path_.resolve)(dir)])]);
    const strip = (s) => prefixes.reduce((t, p) => t.split(`${p}/`).join('').split(p).join('.'), s);
    return { ...result, details: mapStrings(result.details, strip), diagnostics: result.diagnostics.map(strip) };
}
function mapStrings(value, f) {
    if (typeof value === 'string')
        return f(value);
    if (Array.isArray(value))
        return value.map((v) => mapStrings(v, f));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
    }
    return value;
}
function realOrSelf(dir) {
    try {
        return (0,external_node_fs_.realpathSync)(dir);
    }
    catch {
        return (0,external_node_path_.resolve)(dir);
    }
}

// EXTERNAL MODULE: ./src/pipeline/workspace.ts
var workspace = __webpack_require__(8163);
;// CONCATENATED MODULE: ./src/pipeline/job.ts


/** A bundle file: validated in the validate stage, copied into `bundle/` and the workspace. */
function bundleJob(bundlePath, repoRoot) {
    return {
        args: { bundle: bundlePath },
        validate: async () => (0,validate.validateBundle)(bundlePath, { repoRoot }),
        stage: async (vb, { layout, command, rules, secretValues }) => {
            const { redactedBundleFiles, inventory } = (0,workspace/* stageBundle */.Th)(vb, layout, command, rules, secretValues);
            return { workspace: layout.workspace, redactedBundleFiles, inventory, collect: {} };
        },
    };
}

// EXTERNAL MODULE: ./src/execute/redact.ts
var redact = __webpack_require__(5462);
// EXTERNAL MODULE: ./src/prove/pack-limits.ts
var pack_limits = __webpack_require__(8426);
// EXTERNAL MODULE: ./src/zip/names.ts
var names = __webpack_require__(3639);
;// CONCATENATED MODULE: ./src/pipeline/outputs.ts





/**
 * Copies the collected outputs into the run folder's `artifacts/`, keeping their relative
 * paths. An output whose name or bytes contain a secret value is not copied: a capsule must
 * never hold a secret (its path would become an entry name and appear in the manifests), and
 * redacting an artifact would silently change what the job produced. Paths of outputs left
 * out are recorded redacted.
 */
async function copyOutputs(layout, workspace, collection, secretValues) {
    const result = { packed: [], leftOut: collection.refused.map((r) => ({ path: redactText(r.path, secretValues), why: 'not-a-regular-file', reason: r.reason })) };
    const unportable = unportableNames(collection.outputs.map((o) => o.path));
    for (const o of collection.outputs) {
        const problem = unportable.get(o.path);
        if (problem !== undefined) {
            const reason = redactText(problem, secretValues);
            result.leftOut.push({ path: redactText(o.path, secretValues), why: 'unportable-name', reason });
            continue;
        }
        const inName = secretValues.findIndex((s) => s.length > 0 && o.path.includes(s));
        if (inName >= 0) {
            result.leftOut.push({ path: redactText(o.path, secretValues), why: 'secret-in-name', secretIndex: inName });
            continue;
        }
        const source = (0,external_node_path_.join)(workspace, o.path);
        const secretIndex = await findSecret(source, secretValues);
        if (secretIndex >= 0) {
            result.leftOut.push({ path: o.path, why: 'secret-in-content', secretIndex });
            continue;
        }
        const target = (0,external_node_path_.join)(layout.artifactsDir, o.path);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        (0,external_node_fs_.copyFileSync)(source, target);
        result.packed.push(o);
    }
    return result;
}
/** One failing gate per output left out: the run cannot pass with a leak or a refused output. */
function leftOutGates(leftOut, secretNames) {
    return leftOut.map((l) => {
        const secret = l.secretIndex === undefined ? null : (secretNames[l.secretIndex] ?? 'a registered secret');
        if (l.why === 'not-a-regular-file') {
            return { label: `output ${l.path} is a regular file`, status: 'fail', summary: `${l.path} is ${l.reason}; it was not collected`, details: { path: l.path, reason: l.reason } };
        }
        if (l.why === 'unportable-name') {
            const summary = `${l.path}: its name cannot be a capsule entry (${l.reason}); it was left out of the capsule`;
            const label = `output ${l.path} has a name a capsule can hold`;
            return { label, status: 'fail', summary, details: { path: l.path, reason: l.reason } };
        }
        const where = l.why === 'secret-in-name' ? 'name' : 'content';
        return {
            label: `output ${l.path} holds no secret${where === 'name' ? ' in its name' : ''}`,
            status: 'fail',
            summary: `${where === 'name' ? `the name of ${l.path}` : l.path} contains the value of ${secret}; it was left out of the capsule`,
            details: { path: l.path, secret, where },
        };
    });
}
const WHY = {
    'secret-in-name': 'a secret value in its name', 'secret-in-content': 'a secret value in its content',
    'not-a-regular-file': 'not a regular file', 'unportable-name': 'a name a capsule cannot hold',
};
/** The outputs left out and why, for the collect stage's one-line message (the first three named). */
function describeLeftOut(leftOut) {
    const named = leftOut.slice(0, 3).map((l) => `${l.path} (${l.why === 'not-a-regular-file' ? l.reason : WHY[l.why]})`);
    return `${named.join(', ')}${leftOut.length > 3 ? ` and ${leftOut.length - 3} more` : ''}`;
}
/**
 * Outputs whose capsule entry (`artifacts/<path>`) the verifier would refuse, by output path, with
 * why: its own name checks, and of two names one case-insensitive file system makes one, the later.
 */
function unportableNames(paths) {
    const out = new Map();
    for (const path of paths) {
        const problem = (0,pack_limits/* entryProblem */.q)(`artifacts/${path}`);
        if (problem !== null)
            out.set(path, problem);
    }
    const rest = paths.filter((p) => !out.has(p));
    for (const problem of (0,names/* entryNameCollisions */.Z0)(rest.map((p) => `artifacts/${p}`))) {
        // Each collision is named by the entry it is about, first: `"artifacts/x": …`.
        const path = rest.find((p) => problem.startsWith(`${JSON.stringify(`artifacts/${p}`)}:`));
        if (path !== undefined && !out.has(path))
            out.set(path, problem);
    }
    return out;
}
function redactText(text, secretValues) {
    const r = (0,redact/* createRedactor */.l)(secretValues);
    return Buffer.concat([r.push(Buffer.from(text)), r.end()]).toString('utf8');
}
/** Index of the first secret whose value occurs in the file (streamed, overlap kept across chunks), or -1. */
async function findSecret(path, secretValues) {
    const needles = secretValues.filter((s) => s.length > 0).map((s) => Buffer.from(s, 'utf8'));
    if (needles.length === 0)
        return -1;
    const overlap = Math.max(...needles.map((n) => n.length)) - 1;
    let tail = Buffer.alloc(0);
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })) {
        const window = Buffer.concat([tail, chunk]);
        const hit = needles.findIndex((n) => window.includes(n));
        if (hit >= 0)
            return hit;
        tail = window.subarray(Math.max(0, window.length - overlap));
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/pipeline/planted-links.ts



/**
 * Refuses to go on writing into a run folder the job has planted symbolic links in. The job runs
 * as the user, so it can write into the run folder around its workspace; `capsule` itself makes
 * no link there (its workspace aside), so each one is the job's, and writing on through one (an
 * `artifacts/` swapped for a link to another folder) would write outside the folder the user
 * named. Checked once the job has ended and before anything more is written.
 */
function refusePlantedLinks(layout) {
    const planted = [];
    const walk = (dir) => {
        for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
            const path = (0,external_node_path_.join)(dir, name);
            const st = (0,external_node_fs_.lstatSync)(path);
            // The workspace is the job's own (links in it are outputs' business), but not a link to elsewhere.
            if (path === layout.workspace && !st.isSymbolicLink())
                continue;
            const shown = (0,external_node_path_.relative)(layout.root, path).split(external_node_path_.sep).join('/');
            if (st.isSymbolicLink())
                planted.push(`${shown} -> ${(0,external_node_fs_.readlinkSync)(path)}`);
            else if (st.isDirectory())
                walk(path);
        }
    };
    if ((0,external_node_fs_.lstatSync)(layout.root).isSymbolicLink())
        planted.push(`${layout.root} itself -> ${(0,external_node_fs_.readlinkSync)(layout.root)}`);
    else
        walk(layout.root);
    if (planted.length === 0)
        return;
    const shown = planted.slice(0, 3).join(', ') + (planted.length > 3 ? ` and ${planted.length - 3} more` : '');
    const why = `the job planted symbolic links in the run folder while it ran (${shown}); `
        + 'nothing more is written there, so nothing is written through them';
    throw new errors/* CapsuleError */.Mu('out_dir_unusable', `${layout.root}: ${why}`, { file: layout.root });
}

// EXTERNAL MODULE: ./src/bundle/secrets.ts
var secrets = __webpack_require__(93);
;// CONCATENATED MODULE: ./src/pipeline/run-manifest.ts





function buildRunManifest(m) {
    const { vb, result, layout } = m;
    const b = vb.bundle;
    const envOverrides = {};
    for (const [k, v] of Object.entries(b.spec.run.env ?? {})) {
        envOverrides[k] = (0,secrets/* isSecretLookingKey */.l)(k) || m.secretValues.some((s) => s && v.includes(s)) ? '<redacted>' : v;
    }
    for (const name of m.secretNames)
        envOverrides[name] = '<redacted>';
    const logs = {
        stdout: { ...result.logs.stdout, path: (0,workspace/* relativeToRun */.X$)(layout, result.logs.stdout.path) },
        stderr: { ...result.logs.stderr, path: (0,workspace/* relativeToRun */.X$)(layout, result.logs.stderr.path) },
    };
    return {
        schema_version: 1,
        kind: 'agilab.run_manifest',
        run_id: m.runId,
        path_id: `${b.metadata.name}@${b.metadata.version}`,
        label: b.metadata.name,
        status: m.status,
        command: { label: b.metadata.name, argv: result.argv, cwd: result.cwd, env_overrides: envOverrides },
        environment: {
            // AGILAB's environment block is Python-shaped; a capsule run is not a Python run, so
            // these stay empty and the Node version is recorded in proof_capsule.tool.
            python_version: '',
            python_executable: '',
            platform: `${(0,external_node_os_.platform)()}-${(0,external_node_os_.release)()}-${(0,external_node_os_.arch)()}`,
            // The bundle folder as the capsule holds it (relative to the manifest), not this machine's path.
            repo_root: 'bundle',
            active_app: b.metadata.name,
            app_name: b.metadata.name,
        },
        timing: {
            started_at: result.startedAt,
            finished_at: result.finishedAt,
            duration_seconds: result.durationSeconds,
            target_seconds: b.spec.policy.maxRunSeconds,
        },
        artifacts: [
            ...m.outputs.map((o) => ({ name: o.path, path: `artifacts/${o.path}`, kind: o.kind, exists: true, size_bytes: o.size_bytes })),
            { name: 'stdout', path: logs.stdout.path, kind: 'log', exists: true, size_bytes: logs.stdout.storedBytes },
            { name: 'stderr', path: logs.stderr.path, kind: 'log', exists: true, size_bytes: logs.stderr.storedBytes },
        ],
        validations: [
            {
                label: 'execution',
                status: result.status === 'pass' ? 'pass' : 'fail',
                summary: executionSummary(result, b.spec.policy.maxRunSeconds),
                details: { exit_code: result.exitCode, signal: result.signal, timed_out: result.timedOut, diagnostics: result.diagnostics },
            },
            ...m.gates,
        ],
        created_at: (0,text_time/* isoSeconds */.nE)(new Date(result.finishedAt)),
        proof_capsule: {
            schema: 'proofcapsule.run_extension.v1',
            tool: { name: src_version/* TOOL_NAME */.l, version: src_version/* TOOL_VERSION */.w, node_version: process.version },
            bundle: {
                name: b.metadata.name,
                version: b.metadata.version,
                path: `bundle/${m.inPlace ? 'bundle.json' : relativeBundleFile(vb)}`,
                sha256: vb.sha256,
                format: vb.format,
                lane: b.spec.policy.lane,
                human_gate_required: b.spec.policy.humanGateRequired,
                max_run_seconds: b.spec.policy.maxRunSeconds,
                fail_on_timeout: b.spec.policy.failOnTimeout,
                ...(m.redactedBundleFiles.length > 0 ? { redacted_files: m.redactedBundleFiles } : {}),
                packed_files: m.inventory.packed,
                staged: {
                    inventory: (0,workspace/* relativeToRun */.X$)(layout, layout.stagedInventory),
                    files: m.inventory.files.length,
                    bytes: m.inventory.files.reduce((n, f) => n + f.size_bytes, 0),
                    excluded: m.inventory.excluded.length,
                },
            },
            placement: { site: m.placement.site, executor: m.placement.executor, accel: m.placement.accel, rejected: m.placement.rejected, warnings: m.placement.warnings },
            execution: {
                executor: result.executor,
                exit_code: result.exitCode,
                signal: result.signal,
                timed_out: result.timedOut,
                diagnostics: result.diagnostics,
                details: result.details,
                logs,
            },
            outputs: m.outputs.map((o) => ({ ...o, path: `artifacts/${o.path}` })),
            evidence: {
                events: (0,workspace/* relativeToRun */.X$)(layout, layout.events),
                session_id: m.chain.session_id ?? '',
                event_count: m.chain.event_count,
                final_hash: m.chain.final_hash ?? '',
                classification: m.chain.classification,
                seal_public_key_sha256: m.chain.seal_public_key_sha256,
            },
            ...(m.inPlace ? { in_place: m.inPlace } : {}),
            secrets: { names: [...m.secretNames].sort() },
            signing: m.signing,
            stages: m.stages,
        },
    };
}
function executionSummary(result, maxRunSeconds) {
    if (result.timedOut)
        return `timed out after ${maxRunSeconds}s (maxRunSeconds); the process group was killed`;
    if (result.diagnostics.length > 0 && result.status === 'fail')
        return result.diagnostics.join('; ');
    if (result.signal)
        return `killed by ${result.signal}`;
    return `exited with code ${result.exitCode}`;
}
function relativeBundleFile(vb) {
    const rel = vb.path.startsWith(vb.dir) ? vb.path.slice(vb.dir.length).replace(/^[\\/]+/, '') : 'bundle.json';
    return rel.split(/[\\/]/).join('/');
}

// EXTERNAL MODULE: ./src/keys/ed25519.ts
var ed25519 = __webpack_require__(9805);
;// CONCATENATED MODULE: ./src/pipeline/signing.ts




/**
 * The key given (read with the other inputs, before the run), or a freshly generated dev key
 * saved 0600 in the run's `keys/` folder (never packed) with a local trust policy that
 * anchors exactly it.
 */
function resolveSigning(given, options, keysDir) {
    let key;
    let devKey = false;
    if (given)
        key = given;
    else {
        const generated = (0,ed25519.generateSigningKey)('generated dev key');
        (0,atomic.writeFileAtomic)((0,external_node_path_.join)(keysDir, 'dev-signing-key.pem'), generated.privateKeyPem, 0o600);
        (0,atomic.writeFileAtomic)((0,external_node_path_.join)(keysDir, 'dev-signing-key.pub.pem'), generated.key.publicKeyPem);
        key = generated.key;
        devKey = true;
    }
    if (options.trustPolicyPath)
        return { key, devKey, trustPolicyPath: options.trustPolicyPath, localTrustPolicy: false };
    const trustPolicyPath = (0,external_node_path_.join)(keysDir, 'trust-policy.local.json');
    (0,write/* writeJsonFile */.A)(trustPolicyPath, {
        schema: 'agilab.proof_capsule_trust_policy.v1',
        allowed_public_key_sha256: [key.publicKeySha256],
    });
    return { key, devKey, trustPolicyPath, localTrustPolicy: true };
}

// EXTERNAL MODULE: ./src/zip/limits.ts
var limits = __webpack_require__(1279);
;// CONCATENATED MODULE: ./src/pipeline/job-stages.ts






















/** What to do when a run's outputs add up to more than a capsule may hold. */
const OUTPUTS_TOO_LARGE_HINT = 'The outputs were not copied (they are where the job left them); the run folder keeps '
    + 'the logs and the event chain. Name fewer outputs.';
/** Default cap for each stored log stream (the full stream is still hashed). */
const LOG_CAP_BYTES = 4 * 1024 * 1024;
/** The job a run's options name: theirs, or the bundle file's (stateless, so asking twice is the same job). */
function jobOf(options) {
    return options.job ?? bundleJob(options.bundlePath, options.repoRoot);
}
function validateStage(log, options) {
    const job = jobOf(options);
    return log.run('validate', job.args, () => job.validate(), (v) => ({
        message: `${v.bundle.metadata.name}@${v.bundle.metadata.version} (${job.describe?.(v) ?? v.format}) is valid`,
        result: { sha256: v.sha256, format: v.format },
    }));
}
function placeStage(log, vb, options) {
    const override = options.executor ?? 'auto';
    return log.run('place', { intent: vb.bundle.spec.executor.backendIntent, override }, () => (0,place.placeBundle)(vb, { inventoryPath: options.inventoryPath, executorOverride: override }), (p) => {
        const where = `${p.executor}${p.accel ? ` (${p.accel})` : ''} on ${p.site}`;
        const message = `${where}${p.warnings.length ? `; ${p.warnings.join('; ')}` : ''}`;
        return { status: p.warnings.length > 0 ? 'warn' : 'pass', message, result: p };
    });
}
/**
 * Claims the run folder, takes the key read with the other inputs, opens the chain (every later
 * stage is recorded in it), stages the bundle.
 */
async function openRun(log, vb, placement, inputs, options) {
    const runEnv = (0,env/* buildRunEnv */.h)(vb.bundle, process.env, { extraSecretValues: options.secretValues ?? [] });
    const command = (0,run_command/* runCommand */.d)(vb);
    const layout = (0,workspace/* createRunFolder */.kg)(options.outDir, options.outDirNumbered);
    const signing = resolveSigning(inputs.key, options, layout.keysDir);
    const { name, version } = vb.bundle.metadata;
    const runId = `${name}-${(0,text_time/* compactStamp */.nd)(new Date())}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
    const chain = ChainRecorder.create(layout.events, {
        secretValues: runEnv.secretValues,
        start: {
            run_id: runId, bundle: name, bundle_version: version, bundle_sha256: vb.sha256,
            tool: `${src_version/* TOOL_NAME */.l}@${src_version/* TOOL_VERSION */.w}`,
        },
    });
    log.attach(chain);
    const run = { options, log, vb, policy: inputs.policy, placement, runEnv, command, layout, signing, runId, chain };
    try {
        const stageContext = { layout, command, rules: inputs.ignoreRules, secretValues: runEnv.secretValues };
        return { ...run, ...(await jobOf(options).stage(vb, stageContext)) };
    }
    catch (err) {
        chain.close();
        throw err;
    }
}
function runStage(run) {
    const { vb, placement, layout, command, runEnv, workspace } = run;
    const maxRunSeconds = vb.bundle.spec.policy.maxRunSeconds;
    const envNames = Object.keys(runEnv.env).sort();
    const args = { argv: command.argv, cwd: command.cwd, env_names: envNames, executor: placement.executor };
    // What the executor wrote down is recorded without this machine's run and bundle folders.
    const folders = { runFolder: layout.root, bundleDir: vb.dir };
    return run.log.run('run', args, async () => withoutMachinePaths(await (0,execute_registry/* executorFor */.l)(placement.executor).run({
        bundle: vb,
        placement,
        workspace,
        skip: run.collect.skip,
        skipFolder: run.collect.skipFolder,
        logsDir: layout.logsDir,
        argv: command.argv,
        cwd: command.cwd,
        env: runEnv.env,
        secretValues: runEnv.secretValues,
        timeoutSeconds: maxRunSeconds,
        logCapBytes: LOG_CAP_BYTES,
        onOutput: run.options.onOutput,
    }), folders), (r) => ({
        status: r.status === 'pass' ? 'pass' : 'fail',
        message: executionSummary(r, maxRunSeconds),
        result: {
            exit_code: r.exitCode, signal: r.signal, timed_out: r.timedOut,
            stdout_sha256: r.logs.stdout.sha256, stderr_sha256: r.logs.stderr.sha256,
        },
    }));
}
function collectStage(run) {
    const { layout, vb } = run;
    const leftOut = (c) => (c.leftOut.length > 0 ? `; left out: ${describeLeftOut(c.leftOut)}` : '');
    return run.log.run('collect', { globs: vb.bundle.spec.outputs }, async () => {
        // The job has ended, and ran as the user: it may have rewritten the inventory on disk to
        // match a bundle/ file it replaced. The one taken before it started is what is packed.
        refusePlantedLinks(layout);
        (0,write/* writeJsonFile */.A)(layout.stagedInventory, run.inventory);
        // Held to the capsule's total cap before a byte is read or copied (outputs above the
        // per-entry cap are referenced, not packed).
        const beforeHashing = (found) => (0,limits/* refuseAboveTotalCap */._S)(found.filter((f) => f.size <= limits/* DEFAULT_LIMITS */.dR.maxEntryBytes), layout.root, OUTPUTS_TOO_LARGE_HINT);
        const collection = await (0,outputs/* collectOutputs */.H)(run.workspace, vb.bundle.spec.outputs, { ...run.collect, beforeHashing });
        return copyOutputs(layout, run.workspace, collection, run.runEnv.secretValues);
    }, (c) => ({
        status: c.leftOut.length > 0 ? 'fail' : 'pass',
        message: `${c.packed.length} output file(s)${leftOut(c)}`,
        result: { packed: c.packed, left_out: c.leftOut.map((l) => l.path) },
    }));
}
/**
 * The gates, and the run's one promotion decision (a draft), taken on the evidence as it will be
 * once sealed with a trusted key; it is recorded in the chain and packed as it is.
 */
function gateStage(run, result, collected, baseline) {
    const { vb, layout, options } = run;
    const validations = vb.bundle.spec.validations ?? [];
    const compareWith = baseline && { baseline: baseline.side.sha256 };
    const input = { validations, policy: options.policyPath ?? 'default', ...compareWith };
    return run.log.run('gate', input, async () => {
        const outputs = collected.packed;
        const gates = [
            ...evaluateGates(validations, { exitCode: result.exitCode, outputs, workspace: run.workspace }),
            ...leftOutGates(collected.leftOut, run.runEnv.secretNames),
        ];
        const judged = { result, outputs, gates };
        const unsealed = await (0,verify.verifyChainFile)(layout.events);
        const manifest = manifestOf(run, judged, unsealed);
        const capsuleName = `${vb.bundle.metadata.name}.agipack`;
        const compared = baseline && await compareDraft(baseline, manifest, layout.root, capsuleName);
        const draft = draftDecision(manifest, run.policy, layout.manifest, compared?.comparison);
        return { ...judged, draft, ...(compared && { compared }) };
    }, ({ gates, draft: { decision } }) => ({
        status: decision.decision === 'promote' ? 'pass' : decision.decision === 'block' ? 'fail' : 'warn',
        message: `${gates.filter((x) => x.status === 'pass').length}/${gates.length} bundle validation(s) passed; `
            + `decision ${decision.decision}`,
        result: { gates, decision: decision.decision, reason: decision.reason },
    }));
}
/** The run's status: unknown after a timeout the bundle tolerates; else pass only if the job and every gate passed. */
function runStatus(run, judged) {
    const { result, gates } = judged;
    if (result.timedOut && !run.vb.bundle.spec.policy.failOnTimeout)
        return 'unknown';
    return result.status === 'pass' && gates.every((g) => g.status === 'pass') ? 'pass' : 'fail';
}
/** The run manifest on what is known now: the chain as `chain` reports it, the stages timed so far. */
function manifestOf(run, judged, chain) {
    const { runId, vb, placement, runEnv, signing, layout } = run;
    return buildRunManifest({
        runId, vb, placement, result: judged.result, outputs: judged.outputs, gates: judged.gates,
        status: runStatus(run, judged), chain,
        secretNames: runEnv.secretNames, secretValues: runEnv.secretValues,
        signing: { public_key_sha256: signing.key.publicKeySha256, dev_key: signing.devKey },
        stages: run.log.toManifest(), layout, redactedBundleFiles: run.redactedBundleFiles, inventory: run.inventory,
        inPlace: run.inPlace?.(judged.outputs),
    });
}

// EXTERNAL MODULE: ./src/pipeline/prove-manifest.ts + 6 modules
var prove_manifest = __webpack_require__(6405);
;// CONCATENATED MODULE: ./src/pipeline/capsule-stages.ts















/** Where the capsule and its detached signature go. */
function capsulePaths(run) {
    const capsulePath = (0,external_node_path_.join)(run.layout.root, `${run.vb.bundle.metadata.name}.agipack`);
    return { capsulePath, signaturePath: `${capsulePath}.sig.json` };
}
/**
 * Ends the chain with the run's status and draft decision, then seals it. Nothing enters the chain
 * after this: sealing, packing and signing are proven by the seal itself, the capsule manifest and
 * the detached signature, so the later stages are only timed and reported. Returns the sealed
 * chain as verified under the run's key.
 */
async function sealStage(run, judged) {
    const { chain, signing } = run;
    chain.end({ run_id: run.runId, status: runStatus(run, judged), decision: judged.draft.decision.decision });
    run.log.detach();
    await run.log.run('seal', {}, () => {
        chain.seal(signing.key, { authority: src_version/* TOOL_NAME */.l, serverVersion: src_version/* TOOL_VERSION */.w });
        chain.close();
        return chain.lastSeq;
    }, (count) => ({ message: `event chain sealed (${count} events)` }));
    return (0,verify.verifyChainFile)(run.layout.events, { trustedPublicKeySha256: [signing.key.publicKeySha256] });
}
/** Writes the evidence that tells the sealed run (Markdown reports, agentplane artifacts) and the run manifest last. */
async function writeEvidence(run, judged, chainReport) {
    const { vb, layout, placement, runId } = run;
    const { result, outputs, gates, draft: { decision } } = judged;
    const manifest = manifestOf(run, judged, chainReport);
    const createdAt = manifest.created_at;
    await writeRunMarkdownEvidence(layout.evidenceDir, {
        eventsPath: layout.events,
        report: chainReport,
        facts: {
            bundleName: vb.bundle.metadata.name, runId, lane: vb.bundle.spec.policy.lane, executor: placement.executor,
            argv: result.argv, outputs, gates, decision,
        },
        createdAt,
    });
    writeAgentplaneArtifacts(layout.agentplaneDir, { vb, placement, result, outputs, decision, manifest, createdAt });
    return writeRunManifest(layout.manifest, manifest);
}
/**
 * Packs the proof pack and the capsule from what this run made and verified (the manifest it
 * wrote, the chain it sealed), not by reading its folder back; the draft decision is packed as it
 * is when the run folder bears it out.
 */
async function proveStage(run, judged, loaded, chainReport) {
    const { layout, signing, policy } = run;
    const { capsulePath } = capsulePaths(run);
    const folderReport = (0,run_folder.freshRunFolderReport)(loaded, chainReport, (0,external_node_path_.basename)(layout.manifest));
    const packed = packedDecision(judged.draft.decision, folderReport);
    const decided = { decision: packed, policyReport: judged.draft.policyReport };
    const promotion = (record) => (0,files.buildPromotionFiles)(record, undefined, { policy, key: signing.key, decided });
    const options = { exportPath: capsulePath, outputDir: (0,external_node_path_.join)(layout.root, 'proof'), key: signing.key };
    await run.log.run('prove', {}, () => (0,prove_manifest/* packVerifiedRun */.x)(loaded, folderReport, options, promotion), () => ({ message: `packed ${(0,external_node_path_.basename)(capsulePath)} and the proof pack in proof/` }));
    return packed;
}
async function signStage(run) {
    const { signing, options } = run;
    const { capsulePath, signaturePath } = capsulePaths(run);
    const how = signing.devKey ? 'dev-signed with a generated key (not a release signature):' : 'signed';
    const signed = { signaturePath, signer: options.signer, issuer: options.issuer };
    await run.log.run('sign', {}, () => (0,sign.signCapsule)(capsulePath, signing.key, signed), () => ({ status: signing.devKey ? 'warn' : 'pass', message: `${how} ${(0,external_node_path_.basename)(signaturePath)}` }));
}
/** Verifies the signed capsule strictly, as anyone receiving it would, under the run's trust policy. */
function verifyStage(run) {
    const { signing } = run;
    const { capsulePath, signaturePath } = capsulePaths(run);
    const under = signing.localTrustPolicy ? 'the local trust policy' : (0,external_node_path_.basename)(signing.trustPolicyPath);
    const options = { signaturePath, trustPolicyPath: signing.trustPolicyPath, strict: true, requireSignature: true };
    return run.log.run('verify', {}, () => (0,capsule.verifyCapsule)(capsulePath, options), (v) => ({
        status: v.status === 'pass' ? 'pass' : 'fail',
        message: `${v.status === 'pass' ? 'verified' : 'FAILED'} under ${under} (${v.checks.length} checks)`,
    }));
}
function decideStage(run, packed, verification) {
    return run.log.run('decide', {}, () => finalDecision(packed, verification), (d) => ({
        status: d.decision === 'promote' ? 'pass' : d.decision === 'block' ? 'fail' : 'warn',
        message: `${d.decision}: ${d.reason}`,
    }));
}
/** What the run returns to the CLI and the Action. */
async function pipelineResult(run, judged, outcome) {
    const { capsulePath, signaturePath } = capsulePaths(run);
    const { verification } = outcome;
    // The bytes the verify stage read and checked, not a second read of a path that may have changed.
    const { sha256, size_bytes } = verification.capsule;
    const digest = sha256 !== null && size_bytes !== null ? { sha256, size: size_bytes } : await (0,hash_sha256/* sha256File */.Q3)(capsulePath);
    return {
        decision: outcome.decision,
        evidenceClass: verification.evidence_class ?? outcome.chainReport.classification,
        runDir: run.layout.root,
        manifestPath: run.layout.manifest,
        capsulePath,
        capsuleSha256: digest.sha256,
        capsuleSize: digest.size,
        signaturePath,
        publicKeySha256: run.signing.key.publicKeySha256,
        devKey: run.signing.devKey,
        selfAnchored: run.signing.localTrustPolicy,
        verification,
        job: {
            argv: judged.result.argv, exitCode: judged.result.exitCode, signal: judged.result.signal,
            timedOut: judged.result.timedOut,
            summary: executionSummary(judged.result, run.vb.bundle.spec.policy.maxRunSeconds),
        },
        gates: judged.gates.map(({ label, status, summary }) => ({ label, status, summary })),
        outputs: judged.outputs.map(({ path, sha256, size_bytes }) => ({ path, sha256, size_bytes })),
        stages: run.log.stages,
    };
}

// EXTERNAL MODULE: ./src/promotion/policy.ts + 2 modules
var promotion_policy = __webpack_require__(8448);
// EXTERNAL MODULE: ./src/trust/policy.ts
var trust_policy = __webpack_require__(9742);
// EXTERNAL MODULE: ./src/pipeline/staging.ts
var staging = __webpack_require__(1883);
;// CONCATENATED MODULE: ./src/pipeline/inputs.ts




/**
 * Reads and validates every input file before the run folder is claimed or anything runs:
 * a bad policy, trust policy, key or `.capsuleignore` is exit 2 with nothing run and no
 * run folder left behind. The trust policy is read again by verify; this read is its check.
 */
function readRunInputs(options, vb) {
    const policy = (0,promotion_policy.loadPromotionPolicy)(options.policyPath);
    if (options.trustPolicyPath)
        (0,trust_policy.loadTrustPolicy)(options.trustPolicyPath);
    const key = options.keyPem ? (0,ed25519.signingKeyFromPem)(options.keyPem, 'signing key (from input)')
        : options.keyPath ? (0,ed25519.loadSigningKey)(options.keyPath) : null;
    return { policy, key, ignoreRules: (0,staging/* readCapsuleIgnore */.qh)(vb.dir) };
}

;// CONCATENATED MODULE: ./src/pipeline/stages.ts


const hashOf = (value) => (0,hash_sha256/* sha256Hex */.fg)((0,canonical/* canonicalJson */.dj)(value ?? null));
/**
 * Times each pipeline stage, reports it to the caller (progress, log groups) and records it in
 * the chain as TOOL_CALL then TOOL_RESULT (or TOOL_ERROR). Arguments and results are hashed,
 * not stored: the chain proves order and content without holding either.
 */
class StageLog {
    onStage;
    records = [];
    chain;
    constructor(onStage) {
        this.onStage = onStage;
    }
    /** Stages that finished before the chain existed (validate, place) are recorded first, in order. */
    attach(chain) {
        this.chain = chain;
        for (const r of this.records) {
            chain.append('TOOL_CALL', { tool_name: r.stage, args_hash: r.argsHash, started_at: r.startedAt });
            chain.append('TOOL_RESULT', { tool_name: r.stage, status: r.status, result_hash: r.resultHash, duration_ms: r.durationMs, summary: r.message.slice(0, 500) });
        }
    }
    /** After the seal nothing more may enter the chain; later stages are only timed and reported. */
    detach() {
        this.chain = undefined;
    }
    async run(stage, args, fn, describe) {
        const started = new Date();
        const argsHash = hashOf(args);
        this.onStage?.({ stage, status: 'start', message: `${stage}…` });
        this.chain?.append('TOOL_CALL', { tool_name: stage, args_hash: argsHash, started_at: started.toISOString() });
        let value;
        try {
            value = await fn();
        }
        catch (err) {
            const message = err.message;
            this.push({ stage, status: 'fail', message, started, argsHash, resultHash: hashOf(message) });
            this.chain?.append('TOOL_ERROR', { tool_name: stage, error_type: err.code ?? 'error', error_message: message.slice(0, 500) });
            throw err;
        }
        const { status = 'pass', message, result } = describe(value);
        const record = this.push({ stage, status, message, started, argsHash, resultHash: hashOf(result) });
        this.chain?.append('TOOL_RESULT', { tool_name: stage, status, result_hash: record.resultHash, duration_ms: record.durationMs, summary: message.slice(0, 500) });
        return value;
    }
    get stages() {
        return this.records.map(({ stage, status, durationMs, message }) => ({ stage, status, durationMs, message }));
    }
    /** For the manifest's `proof_capsule.stages` (timelines, OTLP spans). */
    toManifest() {
        return this.records.map((r) => ({ stage: r.stage, status: r.status, started_at: r.startedAt, finished_at: r.finishedAt, message: r.message }));
    }
    push(r) {
        const finished = new Date();
        const record = {
            stage: r.stage,
            status: r.status,
            message: r.message,
            durationMs: finished.getTime() - r.started.getTime(),
            startedAt: r.started.toISOString(),
            finishedAt: finished.toISOString(),
            argsHash: r.argsHash,
            resultHash: r.resultHash,
        };
        this.records.push(record);
        this.onStage?.({ stage: r.stage, status: r.status, message: r.message, durationMs: record.durationMs });
        return record;
    }
}

;// CONCATENATED MODULE: ./src/pipeline/run.ts






/**
 * The main job: Bundle → validate → place → run → collect → gate → seal → evidence → prove →
 * sign → verify → decide. Every stage is timed and, from the run on, recorded in the event chain;
 * the chain is sealed before the capsule is packed, so it covers everything up to the decision,
 * which is taken once (a draft at the gate), packed as it is, and made final by verification.
 */
async function runPipeline(options) {
    const log = new StageLog(options.onStage);
    const vb = await validateStage(log, options);
    const inputs = readRunInputs(options, vb);
    // Verified before anything runs: a baseline that does not verify refuses the run (exit 2).
    const baselineTrust = options.baselineTrustPolicyPath ?? options.trustPolicyPath;
    const baseline = options.baselinePath === undefined
        ? undefined
        : await (0,diff_baseline.loadBaseline)(options.baselinePath, baselineTrust);
    const placement = await placeStage(log, vb, options);
    const run = await openRun(log, vb, placement, inputs, options);
    try {
        const result = await runStage(run);
        const collected = await collectStage(run);
        const judged = await gateStage(run, result, collected, baseline);
        const chainReport = await sealStage(run, judged);
        const manifest = await writeEvidence(run, judged, chainReport);
        const packed = await proveStage(run, judged, manifest, chainReport);
        await signStage(run);
        const verification = await verifyStage(run);
        const decision = await decideStage(run, packed, verification);
        const ended = await pipelineResult(run, judged, { decision, verification, chainReport });
        return withBaseline(ended, judged.compared, inputs.policy);
    }
    finally {
        // A run that fails midway still leaves its chain readable (unsealed: non-authoritative evidence).
        run.chain.close();
    }
}


/***/ }),

/***/ 7256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signCapsule: () => (/* binding */ signCapsule)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6813);
/* harmony import */ var _json_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1249);
/* harmony import */ var _text_time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7466);
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1491);






/**
 * Writes the detached `<capsule>.sig.json` (docs/capsule.md). The capsule is streamed once for
 * its digest; the signed bytes are the fixed message naming that digest.
 */
async function signCapsule(capsulePath, key, options = {}) {
    const { sha256, size } = await (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q3)(capsulePath);
    if (options.expectedSha256 !== undefined && sha256 !== options.expectedSha256) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu('capsule_changed', `${capsulePath}: changed since it was verified (sha256 ${options.expectedSha256}, now ${sha256}); not signed`, { file: capsulePath });
    }
    const message = (0,_signature_js__WEBPACK_IMPORTED_MODULE_4__/* .signatureMessage */ .ML)(sha256);
    const document = {
        schema: _signature_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_SCHEMA */ .NY,
        created_at: options.createdAt ?? (0,_text_time_js__WEBPACK_IMPORTED_MODULE_5__/* .isoSeconds */ .nE)(new Date()),
        signature_type: 'detached',
        subject: { media_type: _signature_js__WEBPACK_IMPORTED_MODULE_4__/* .CAPSULE_MEDIA_TYPE */ .k5, path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(capsulePath), sha256, size_bytes: size },
        signer: options.signer ?? 'proof-capsule',
        issuer: options.issuer ?? 'local',
        key: { algorithm: 'ed25519', public_key_pem: key.publicKeyPem, public_key_sha256: key.publicKeySha256 },
        signature: { algorithm: 'ed25519', message, encoding: 'base64', value: key.sign(Buffer.from(message, 'utf8')).toString('base64') },
    };
    const path = options.signaturePath ?? (0,_signature_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultSignaturePath */ .x7)(capsulePath);
    (0,_json_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonFile */ .A)(path, document);
    return { path, document };
}


/***/ })

};
