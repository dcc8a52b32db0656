export const id = 785;
export const ids = [785];
export const modules = {

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
        command: { argv: [...manifest.command.argv], cwd: manifest.command.cwd, env_names: Object.keys(manifest.command.env_overrides).sort() },
        executor: pc?.execution.executor ?? 'process',
        bundle,
        max_run_seconds: pc?.bundle.max_run_seconds ?? null,
        expected_outputs: outputs,
        recorded_exit_code: pc?.execution.exit_code ?? null,
        steps,
    };
}
function redactedNames(manifest) {
    return Object.entries(manifest.command.env_overrides)
        .filter(([, value]) => value === '<redacted>')
        .map(([name]) => name)
        .sort();
}


/***/ }),

/***/ 7805:
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
;// CONCATENATED MODULE: ./src/replay/extract.ts



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
        throw new errors/* CapsuleError */.M('capsule_not_verified', `${path}: does not verify, so it is not unpacked:\n  ${failed.join('\n  ')}`, { file: path }, { report });
    }
    const root = (0,external_node_path_.resolve)(dir);
    for (const entry of capsule.entries) {
        const target = (0,external_node_path_.resolve)((0,external_node_path_.join)(root, ...entry.record.name.split('/')));
        if (!target.startsWith(root + external_node_path_.sep))
            throw new errors/* CapsuleError */.M('archive_path_unsafe', `${path}!/${entry.record.name}: would be written outside ${root}`, { file: path });
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
            await capsule.copyEntry(entry, (0,external_node_fs_.createWriteStream)(target, { flags: 'wx', mode: 0o644 }));
        }
        catch (err) {
            if (err instanceof errors/* CapsuleError */.M)
                throw err;
            throw new errors/* CapsuleError */.M('capsule_unpack_failed', `${path}!/${entry.record.name}: cannot be unpacked into ${root}: ${err.code ?? err.message}`, { file: path });
        }
    }
}

// EXTERNAL MODULE: ./src/verify/capsule.ts + 13 modules
var capsule = __webpack_require__(6432);
// EXTERNAL MODULE: ./src/verify/run-folder.ts
var run_folder = __webpack_require__(6777);
// EXTERNAL MODULE: ./src/bundle/validate.ts + 3 modules
var validate = __webpack_require__(190);
// EXTERNAL MODULE: ./src/bundle/run-command.ts
var run_command = __webpack_require__(6909);
// EXTERNAL MODULE: ./src/execute/env.ts
var execute_env = __webpack_require__(2436);
// EXTERNAL MODULE: ./src/execute/registry.ts + 24 modules
var registry = __webpack_require__(5412);
// EXTERNAL MODULE: ./src/place/place.ts + 1 modules
var place = __webpack_require__(4642);
// EXTERNAL MODULE: ./src/collect/outputs.ts
var collect_outputs = __webpack_require__(6539);
// EXTERNAL MODULE: ./src/pipeline/workspace.ts
var pipeline_workspace = __webpack_require__(8163);
;// CONCATENATED MODULE: ./src/replay/replay.ts
















/**
 * `capsule replay`: prints the recorded plan; with `execute`, re-runs the recorded bundle in a
 * fresh workspace (same executor kind where this machine has it) and compares output hashes.
 * A capsule is verified before anything is unpacked from it.
 */
async function replayRun(target, options = {}) {
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'capsule-replay-'));
    try {
        const { manifestPath, untrusted } = await manifestOf(target, scratch, options);
        const { manifest } = await (0,read/* readRunManifest */.t)(manifestPath);
        const plan = (0,replay_plan/* buildReplayPlan */.H)(manifest);
        if (!options.execute)
            return { schema: 'proofcapsule.replay_result.v1', plan, executed: null };
        if (!plan.bundle) {
            throw new errors/* CapsuleError */.M('replay_no_bundle', `${target}: the manifest records no bundle (a plain AGILAB manifest), so there is nothing to re-run; the plan above says what ran`, { file: target });
        }
        if (untrusted !== null) {
            if (!options.allowUntrusted) {
                throw new errors/* CapsuleError */.M('replay_untrusted', `${target}: not run, because ${untrusted}. Give the key that must have signed it (--public-key KEY.pem or --trust-policy POLICY), or pass --allow-untrusted to run code nobody vouched for on this host`, { file: target });
            }
            options.onUntrusted?.(untrusted);
        }
        const executed = await execute(plan, (0,external_node_path_.dirname)(manifestPath), scratch, options);
        if (untrusted !== null)
            executed.notes.unshift(`run with --allow-untrusted: ${untrusted}`);
        return { schema: 'proofcapsule.replay_result.v1', plan, executed };
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
    if (!(0,run_folder.isCapsuleTarget)(target))
        return { manifestPath: (0,run_folder.resolveRunManifestPath)(target), untrusted: 'a run folder carries no signature, so nothing proves who wrote its bundle' };
    const verified = await (0,capsule/* openVerifiedCapsule */.YP)(target, { signaturePath: options.signaturePath, trustPolicyPath: options.trustPolicyPath, publicKeyPaths: options.publicKeyPaths });
    try {
        const unpacked = (0,external_node_path_.join)(scratch, 'capsule');
        await extractVerifiedCapsule(verified, unpacked);
        const origin = verified.report.origin;
        return { manifestPath: (0,external_node_path_.join)(unpacked, 'run_manifest.snapshot.json'), untrusted: origin.verified ? null : `the capsule's origin is not verified (${origin.summary.replace(/^origin not verified: /, '').replace(/; this verifies integrity only$/, '')})` };
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
    const command = (0,run_command/* runCommand */.d)(vb);
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
        timeoutSeconds: vb.bundle.spec.policy.maxRunSeconds,
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


/***/ })

};
