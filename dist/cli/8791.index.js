export const id = 8791;
export const ids = [8791];
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

/***/ 5283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ baselineGates)
/* harmony export */ });
/* harmony import */ var _manifest_run_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2778);

/**
 * The baseline section's gates, one per metric limit and per output that must be unchanged,
 * each with its own id (`baseline_metric:accuracy:max_drop`, `baseline_output:out/model.json:unchanged`)
 * so a report, the dossier and the summary name exactly which comparison failed. Without a
 * baseline they are skipped, unless the policy requires one (`baseline_present` fails).
 */
function baselineGates(policy, comparison) {
    if (policy === null)
        return [];
    const gates = [];
    if (policy.required) {
        const label = 'A verified baseline was given';
        gates.push(comparison
            ? gate('baseline_present', label, 'pass', `Baseline ${comparison.a.name} (run ${comparison.a.run_id}) verified.`, { baseline: comparison.a })
            : gate('baseline_present', label, 'fail', 'The policy requires a baseline (baseline.required) and none was given: pass --baseline CAPSULE.'));
    }
    for (const rule of policy.metrics) {
        for (const [limit, threshold] of Object.entries(rule.limits)) {
            const id = `baseline_metric:${rule.metric}:${limit}`;
            const label = metricLabel(rule, limit, threshold);
            gates.push(comparison
                ? metricGate(id, label, rule, limit, threshold, comparison)
                : gate(id, label, 'skip', NO_BASELINE));
        }
    }
    for (const path of policy.unchanged_outputs) {
        const id = `baseline_output:${path}:unchanged`;
        const label = `${path} is unchanged from the baseline`;
        gates.push(comparison ? outputGate(id, label, path, comparison) : gate(id, label, 'skip', NO_BASELINE));
    }
    return gates;
}
const NO_BASELINE = 'No baseline given: nothing to compare with.';
function gate(id, label, status, summary, details = {}) {
    return { id, label, status, summary, details };
}
function metricLabel(rule, limit, t) {
    const by = t.relative ? `${t.text} of the baseline` : t.text;
    if (limit === 'max_drop')
        return `${rule.metric} drops at most ${by} below the baseline`;
    if (limit === 'max_rise')
        return `${rule.metric} rises at most ${by} above the baseline`;
    return `${rule.metric} improves on the baseline by at least ${by} (${rule.better} is better)`;
}
/** `accuracy` matches that name in any metrics output; `out/m.json#accuracy` names the output too. */
function findMetric(metrics, key) {
    const hash = key.lastIndexOf('#');
    if (hash > 0) {
        const [output, name] = [key.slice(0, hash), key.slice(hash + 1)];
        const inOutput = (m) => m.output === output || m.output === `artifacts/${output}`;
        const qualified = metrics.filter((m) => m.name === name && inOutput(m));
        if (qualified.length > 0)
            return qualified;
    }
    return metrics.filter((m) => m.name === key);
}
function metricGate(id, label, rule, limit, t, c) {
    const found = findMetric(c.metrics, rule.metric);
    if (found.length > 1) {
        const outputs = found.map((m) => m.output);
        const summary = `${rule.metric} is in more than one metrics output (${outputs.join(', ')}): `
            + `name it as <output>#${rule.metric} in the policy.`;
        return gate(id, label, 'fail', summary, { outputs });
    }
    const m = found[0];
    if (m === undefined || m.a === null || m.b === null) {
        const where = m === undefined
            ? 'is in the metrics outputs of neither the run nor the baseline'
            : m.b === null ? "is not in the run's metrics outputs" : "is not in the baseline's metrics outputs";
        const details = { metric: rule.metric, run: m?.b ?? null, baseline: m?.a ?? null };
        return gate(id, label, 'fail', `${rule.metric} ${where}, so it cannot be compared.`, details);
    }
    const { a, b } = m;
    const allowed = (0,_manifest_run_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .roundDelta */ .p)(t.relative ? t.value * Math.abs(a) : t.value);
    const shown = t.relative ? `${t.text} (${allowed})` : t.text;
    const head = `${rule.metric} ${b} vs baseline ${a}`;
    const details = {
        metric: m.name, output: m.output, run: b, baseline: a, delta: m.delta, relative_delta: m.relative_delta,
        limit, threshold: t.text, allowed,
    };
    if (limit === 'max_drop') {
        const drop = (0,_manifest_run_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .roundDelta */ .p)(a - b);
        const ok = drop <= allowed;
        const summary = drop > 0
            ? `${head}: dropped ${drop} ${ok ? '≤' : '>'} ${shown}`
            : `${head}: ${drop === 0 ? 'unchanged' : `rose ${-drop}`}`;
        return gate(id, label, ok ? 'pass' : 'fail', summary, details);
    }
    if (limit === 'max_rise') {
        const rise = (0,_manifest_run_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .roundDelta */ .p)(b - a);
        const ok = rise <= allowed;
        const summary = rise > 0
            ? `${head}: rose ${rise} ${ok ? '≤' : '>'} ${shown}`
            : `${head}: ${rise === 0 ? 'unchanged' : `dropped ${-rise}`}`;
        return gate(id, label, ok ? 'pass' : 'fail', summary, details);
    }
    const gain = (0,_manifest_run_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .roundDelta */ .p)(rule.better === 'higher' ? b - a : a - b);
    const ok = gain >= allowed;
    const summary = `${head}: improved ${gain} ${ok ? '≥' : '<'} ${shown} required (${rule.better} is better)`;
    return gate(id, label, ok ? 'pass' : 'fail', summary, { ...details, improvement: gain });
}
function outputGate(id, label, path, c) {
    const o = c.outputs.find((x) => x.path === path || x.path === `artifacts/${path}`);
    const details = { path, run: o?.b ?? null, baseline: o?.a ?? null };
    if (!o || o.change === 'added') {
        return gate(id, label, 'fail', `${path}: the baseline has no such output, so it cannot be unchanged.`, details);
    }
    if (o.change === 'removed') {
        return gate(id, label, 'fail', `${path}: the run did not produce it (the baseline did).`, details);
    }
    if (o.change === 'changed') {
        const [run, base] = [o.b, o.a];
        const summary = `${path} changed: sha256 ${run.sha256} (${run.size_bytes} B) `
            + `vs baseline ${base.sha256} (${base.size_bytes} B).`;
        return gate(id, label, 'fail', summary, details);
    }
    return gate(id, label, 'pass', `${path} is byte-identical to the baseline's (sha256 ${o.b.sha256}).`, details);
}


/***/ }),

/***/ 8791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluatePolicy: () => (/* binding */ evaluatePolicy)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/bundle/secrets.ts
var secrets = __webpack_require__(93);
// EXTERNAL MODULE: ./src/promotion/policy.ts + 2 modules
var policy = __webpack_require__(8448);
;// CONCATENATED MODULE: ./src/promotion/gates.ts




function result(id, label, passed, summary, details = {}) {
    return { id, label, status: passed ? 'pass' : 'fail', summary, details };
}
function skipped(id, label, summary) {
    return { id, label, status: 'skip', summary, details: {} };
}
function manifestExists() {
    // Reaching a gate means the manifest was read; kept so AGILAB policies naming it still work.
    return result('manifest_exists', 'Run manifest exists', true, 'Run manifest exists.');
}
function manifestSchemaSupported(input) {
    return result('manifest_schema_supported', 'Run manifest schema is supported', true, 'Run manifest schema is supported.', {
        kind: input.manifest.kind,
        schema_version: input.manifest.schema_version,
    });
}
function manifestStatusPass({ manifest }) {
    return result('manifest_status_pass', 'Run status is pass', manifest.status === 'pass', `Run manifest status is '${manifest.status}'.`, {
        expected: 'pass',
        actual: manifest.status,
    });
}
function validationsPass({ manifest, policy }) {
    const label = 'Required validations pass';
    const byLabel = new Map(manifest.validations.map((v) => [v.label, v.status]));
    if (policy.required_validations === 'all') {
        const failed = manifest.validations.filter((v) => v.status !== 'pass').map((v) => v.label);
        const passed = failed.length === 0 && manifest.validations.length > 0;
        const summary = passed ? 'All manifest validations passed.' : manifest.validations.length === 0 ? 'Manifest has no validations.' : `Failing validations: ${failed.join(', ')}.`;
        return result('validations_pass', label, passed, summary, { required: 'all', failed_validations: failed, validation_count: manifest.validations.length });
    }
    const missing = policy.required_validations.filter((l) => !byLabel.has(l));
    const failed = policy.required_validations.filter((l) => byLabel.has(l) && byLabel.get(l) !== 'pass');
    const passed = missing.length === 0 && failed.length === 0;
    const problems = [failed.length ? `failing: ${failed.join(', ')}` : '', missing.length ? `missing: ${missing.join(', ')}` : ''].filter(Boolean);
    return result('validations_pass', label, passed, passed ? 'All required validations passed.' : `Required validations ${problems.join('; ')}.`, {
        required: policy.required_validations,
        failed_validations: failed,
        missing_validations: missing,
    });
}
function declaredArtifactsPresent({ manifest, manifestPath }) {
    const label = 'Declared artifacts are present';
    if (manifestPath === undefined)
        return skipped('declared_artifacts_present', label, 'No manifest file to resolve artifact paths against.');
    const base = (0,external_node_path_.dirname)(manifestPath);
    const missing = manifest.artifacts.filter((a) => a.exists && !(0,external_node_fs_.existsSync)((0,external_node_path_.isAbsolute)(a.path) ? a.path : (0,external_node_path_.join)(base, a.path))).map((a) => a.path);
    return result('declared_artifacts_present', label, missing.length === 0, missing.length === 0 ? 'All artifacts declared present exist.' : `Artifacts declared present are missing: ${missing.join(', ')}.`, { artifact_count: manifest.artifacts.length, missing });
}
function commandPresent({ manifest }) {
    const n = manifest.command.argv.length;
    return result('command_present', 'Replay command is recorded', n > 0, n > 0 ? 'Replay command is recorded.' : 'Replay command is missing.', { argv_count: n });
}
/**
 * A capsule run replays from its recorded bundle, so the bundle digest is what makes it
 * replayable; a plain AGILAB manifest needs its executable on PATH, as AGILAB checks.
 */
function replayAvailable({ manifest, manifestPath }) {
    const label = 'Replay is available';
    const executable = manifest.command.argv[0] ?? '';
    const bundle = manifest.proof_capsule?.bundle;
    if (bundle) {
        const ok = executable !== '';
        return result('replay_available', label, ok, ok ? `Replay runs the recorded argv in a fresh copy of ${bundle.path} (sha256 ${bundle.sha256}).` : 'No argv recorded to replay.', {
            executable,
            bundle: bundle.path,
            bundle_sha256: bundle.sha256,
        });
    }
    const ok = executable !== '' && executableResolvable(executable, manifestPath);
    return result('replay_available', label, ok, ok ? 'Replay command has a resolvable executable.' : 'Replay command executable is not resolvable on PATH.', { executable });
}
function executableResolvable(executable, manifestPath) {
    if (executable.includes('/'))
        return (0,external_node_fs_.existsSync)((0,external_node_path_.isAbsolute)(executable) ? executable : (0,external_node_path_.resolve)(manifestPath ? (0,external_node_path_.dirname)(manifestPath) : '.', executable));
    return (process.env.PATH ?? '').split(external_node_path_.delimiter).some((dir) => dir !== '' && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, executable)));
}
function secretEnvValuesRedacted({ manifest }) {
    const exposed = Object.entries(manifest.command.env_overrides)
        .filter(([key, value]) => (0,secrets/* isSecretLookingKey */.l)(key) && value !== '' && value !== '<redacted>')
        .map(([key]) => key);
    return result('secret_env_values_redacted', 'Secret-like env values are redacted', exposed.length === 0, exposed.length === 0 ? 'No secret-like environment values are stored in clear text.' : `Secret-like environment values are stored in clear text: ${exposed.join(', ')}.`, { exposed_names: exposed });
}
function runNotTimedOut({ manifest }) {
    const label = 'Run finished within its time limit';
    const pc = manifest.proof_capsule;
    if (!pc)
        return skipped('run_not_timed_out', label, 'Plain AGILAB manifest: no executor record to check for a timeout.');
    const timedOut = pc.execution.timed_out;
    if (timedOut && !pc.bundle.fail_on_timeout) {
        // The bundle chose not to fail on timeout: the run's status (unknown) decides, through manual review.
        return skipped('run_not_timed_out', label, `Run timed out at ${pc.bundle.max_run_seconds} s; the bundle sets failOnTimeout: false, so the timeout alone does not block.`);
    }
    return result('run_not_timed_out', label, !timedOut, timedOut ? `Run timed out: stopped after the bundle's limit of ${pc.bundle.max_run_seconds} s.` : `Run finished within the bundle's limit of ${pc.bundle.max_run_seconds} s.`, { timed_out: timedOut, max_run_seconds: pc.bundle.max_run_seconds, duration_seconds: manifest.timing.duration_seconds });
}
function requiredOutputsPresent({ manifest, policy }) {
    const recorded = new Set([
        ...manifest.artifacts.filter((a) => a.exists).map((a) => a.path),
        ...(manifest.proof_capsule?.outputs ?? []).map((o) => o.path),
    ]);
    // A policy may name an output by its bundle path ("model.bin") or its run-folder path ("artifacts/model.bin").
    const missing = policy.required_outputs.filter((p) => !recorded.has(p) && !recorded.has(`artifacts/${p}`));
    return result('required_outputs_present', 'Required outputs were produced', missing.length === 0, missing.length === 0 ? `All ${policy.required_outputs.length} required outputs were produced.` : `Required outputs missing: ${missing.join(', ')}.`, { required: policy.required_outputs, missing });
}
function durationWithinLimit({ manifest, policy }) {
    const limit = policy.max_duration_seconds ?? Infinity;
    const actual = manifest.timing.duration_seconds;
    return result('duration_within_limit', 'Run duration is within the policy limit', actual <= limit, `Run took ${actual} s; the policy allows ${limit} s.`, { duration_seconds: actual, max_duration_seconds: limit });
}
const GATES = {
    manifest_exists: manifestExists,
    manifest_schema_supported: manifestSchemaSupported,
    manifest_status_pass: manifestStatusPass,
    validations_pass: validationsPass,
    declared_artifacts_present: declaredArtifactsPresent,
    command_present: commandPresent,
    replay_available: replayAvailable,
    secret_env_values_redacted: secretEnvValuesRedacted,
    run_not_timed_out: runNotTimedOut,
    required_outputs_present: requiredOutputsPresent,
    duration_within_limit: durationWithinLimit,
};
/** A selected id no gate has fails as its own rule, as in AGILAB, naming where the policy wrote it. */
function unknownRule(id, { policy }) {
    const where = policy.unknown_rules[id];
    return result(id, 'Unknown policy rule', false, `Unknown or unsupported policy rule: ${id}${where ? ` (${where})` : ''}.`, { known_rules: [...Object.keys(GATES)], ...(where ? { written_at: where } : {}) });
}
function runGate(id, input) {
    return (0,policy/* isGateId */.N)(id) ? GATES[id](input) : unknownRule(id, input);
}

// EXTERNAL MODULE: ./src/promotion/baseline-gates.ts
var baseline_gates = __webpack_require__(5283);
;// CONCATENATED MODULE: ./src/promotion/evaluate.ts



/** Checks that say whether the manifest itself can be trusted, whatever gates the policy selects. */
const INTEGRITY_GATES = ['manifest_schema_supported', 'secret_env_values_redacted', 'declared_artifacts_present'];
/** Runs the policy's selected gates, in the policy's order. Pure apart from artifact/PATH lookups. */
function evaluatePolicy(manifest, policy, context = {}) {
    const input = { manifest, policy, manifestPath: context.manifestPath };
    const rules = [...policy.rules.map((id) => runGate(id, input)), ...(0,baseline_gates/* baselineGates */.K)(policy.baseline, context.baseline ?? null)];
    if (context.strict && policy.unknown_keys.length > 0)
        rules.push(policyKeysKnown(policy));
    const integrityFailed = INTEGRITY_GATES.some((id) => runGate(id, input).status === 'fail');
    return {
        schema: 'agilab.policy_report.v1',
        policy_id: policy.id,
        // Basenames only: documents inside a capsule must not depend on where the files sat.
        policy_source: policy.source === '<default>' ? '<default>' : (0,external_node_path_.basename)(policy.source),
        status: rules.some((r) => r.status === 'fail') ? 'fail' : 'pass',
        manifest_path: context.manifestPath ? (0,external_node_path_.basename)(context.manifestPath) : 'run_manifest.json',
        run_id: manifest.run_id,
        path_id: manifest.path_id,
        rules,
        verification_status: context.verificationStatus ?? (integrityFailed ? 'fail' : 'pass'),
        evidence_class: context.evidenceClass ?? manifest.proof_capsule?.evidence.classification ?? null,
        requirements: requirementsFor(manifest, policy),
        ...(context.baseline ? { baseline: context.baseline.a } : {}),
    };
}
/** Under --strict a policy must be fully understood: a key AGILAB and we both ignore may be a typo that loosens it. */
function policyKeysKnown(policy) {
    return {
        id: 'policy_keys_known',
        label: 'Every policy key is known',
        status: 'fail',
        summary: `${policy.source} has keys no policy field reads: ${policy.unknown_keys.join(', ')}; --strict refuses them.`,
        details: { unknown_keys: policy.unknown_keys },
    };
}
function requirementsFor(manifest, policy) {
    const bundle = manifest.proof_capsule?.bundle;
    const lane = bundle ? policy.lanes[bundle.lane] : undefined;
    return {
        evidence_class: policy.required_evidence_class ?? (manifest.proof_capsule ? 'AUTHORITATIVE_EVIDENCE' : null),
        lane: bundle?.lane ?? null,
        human_gate: bundle ? bundle.human_gate_required || lane.human_gate : false,
        allow_dev_key: lane?.allow_dev_key ?? true,
    };
}


/***/ }),

/***/ 8448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ isGateId),
  loadPromotionPolicy: () => (/* binding */ loadPromotionPolicy),
  policyWarnings: () => (/* binding */ policyWarnings)
});

// UNUSED EXPORTS: DEFAULT_RULES

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/json/parse.ts
var parse = __webpack_require__(7105);
// EXTERNAL MODULE: ./src/fsio/read.ts
var read = __webpack_require__(1715);
// EXTERNAL MODULE: ./src/schemas/registry.ts
var registry = __webpack_require__(3545);
;// CONCATENATED MODULE: ./src/promotion/toml-locate.ts
/**
 * Line and column of the key a JSON pointer names in a TOML text. smol-toml does not
 * report positions of values, so schema errors in a TOML policy are located at the line
 * of the key (or table header) they concern; array indexes resolve to the array's key.
 */
function locateTomlPointer(text, pointer) {
    const wanted = pointer
        .split('/')
        .slice(1)
        .filter((token) => !/^\d+$/.test(token))
        .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
    let table = [];
    let best = { line: 1, column: 1, depth: 0 };
    text.split('\n').forEach((raw, index) => {
        const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(raw);
        const assignment = /^(\s*)([A-Za-z0-9_."'-][A-Za-z0-9_.\s"'-]*?)\s*=/.exec(raw);
        let path;
        let column = 1;
        if (header) {
            table = splitDottedKey(header[1]);
            path = table;
            column = raw.indexOf('[') + 1;
        }
        else if (assignment) {
            path = [...table, ...splitDottedKey(assignment[2])];
            column = assignment[1].length + 1;
        }
        if (!path || path.length > wanted.length || !path.every((part, i) => part === wanted[i]))
            return;
        if (path.length > best.depth)
            best = { line: index + 1, column, depth: path.length };
    });
    return { line: best.line, column: best.column };
}
function splitDottedKey(key) {
    return (key.match(/"[^"]*"|'[^']*'|[^.\s]+/g) ?? []).map((part) => part.replace(/^["']|["']$/g, ''));
}

;// CONCATENATED MODULE: ./src/promotion/baseline-policy.ts
const METRIC_LIMITS = ['max_drop', 'max_rise', 'min_improvement'];
function normalizeBaselinePolicy(file) {
    if (file === undefined)
        return null;
    const metrics = Object.entries(file.metrics ?? {}).map(([metric, rule]) => {
        const limits = {};
        for (const limit of METRIC_LIMITS)
            if (rule[limit] !== undefined)
                limits[limit] = threshold(rule[limit]);
        // A metric only capped from above (a loss, a latency) is one where lower is better.
        const better = rule.better ?? (rule.max_rise !== undefined && rule.max_drop === undefined ? 'lower' : 'higher');
        return { metric, limits, better };
    });
    return { required: file.required ?? false, metrics, unchanged_outputs: file.unchanged_outputs ?? [] };
}
function threshold(written) {
    if (typeof written === 'number')
        return { value: written, relative: false, text: String(written) };
    return { value: Number(written.slice(0, -1)) / 100, relative: true, text: written };
}

;// CONCATENATED MODULE: ./src/promotion/policy.ts








/** The gate ids a policy may select: AGILAB's manifest checks plus ours (docs/policy.md). */
const GATE_IDS = [
    'manifest_exists',
    'manifest_schema_supported',
    'manifest_status_pass',
    'validations_pass',
    'declared_artifacts_present',
    'command_present',
    'replay_available',
    'secret_env_values_redacted',
    'run_not_timed_out',
    'required_outputs_present',
    'duration_within_limit',
];
/** AGILAB's default adoption gate, plus our timeout gate (skipped for plain AGILAB manifests). */
const DEFAULT_RULES = [
    'manifest_schema_supported',
    'manifest_status_pass',
    'validations_pass',
    'declared_artifacts_present',
    'command_present',
    'replay_available',
    'secret_env_values_redacted',
    'run_not_timed_out',
];
const DEFAULT_POLICY_ID = 'proofcapsule.default_promotion_gate.v1';
const DEFAULT_LANES = {
    dev: { human_gate: false, allow_dev_key: true },
    staging: { human_gate: false, allow_dev_key: false },
    prod: { human_gate: true, allow_dev_key: false },
};
/** Reads a JSON or TOML policy (by extension; `.toml`/`.tml` is TOML), or returns the default policy. */
function loadPromotionPolicy(path) {
    if (path === undefined)
        return normalizePolicy({}, '<default>');
    const text = (0,read/* readTextFile */.Gu)(path);
    const isToml = ['.toml', '.tml'].includes((0,external_node_path_.extname)(path).toLowerCase());
    const { value, doc } = isToml ? parseTomlPolicy(text, path) : parseJsonPolicy(text, path);
    (0,registry/* assertValid */.pP)('promotion-policy', value, path, doc);
    return normalizePolicy(value, path, doc);
}
/** One warning line per key the policy has that nothing reads (AGILAB ignores them too). */
function policyWarnings(policy) {
    return policy.unknown_keys.length === 0 ? [] : [`${policy.source}: ${policy.unknown_keys.length === 1 ? 'key' : 'keys'} ${policy.unknown_keys.join(', ')} ${policy.unknown_keys.length === 1 ? 'is' : 'are'} not a policy field and ${policy.unknown_keys.length === 1 ? 'is' : 'are'} ignored (--strict fails the policy on ${policy.unknown_keys.length === 1 ? 'it' : 'them'})`];
}
/** A gate id this version has (the others fail as rules: AGILAB's "Unknown or unsupported policy rule"). */
function isGateId(id) {
    return GATE_IDS.includes(id);
}
function parseJsonPolicy(text, path) {
    const doc = (0,parse/* parseJsonStrict */.jM)(text, path);
    return { value: doc.value, doc };
}
function parseTomlPolicy(text, path) {
    let value;
    try {
        value = (0,dist/* parse */.qg)(text, { maxDepth: parse/* MAX_JSON_DEPTH */.KX });
    }
    catch (err) {
        if (!(err instanceof dist/* TomlError */.zx))
            throw err;
        const firstLine = err.message.split('\n')[0];
        throw new errors/* CapsuleError */.Mu('toml_invalid', `${path}:${err.line}:${err.column}: invalid TOML: ${firstLine}`, { file: path, line: err.line, column: err.column });
    }
    // smol-toml returns its own Date types for datetimes; a plain JSON view is what the schema checks.
    const plain = JSON.parse(JSON.stringify(value));
    return { value: plain, doc: { file: path, value: plain, locate: (pointer) => locateTomlPointer(text, pointer) } };
}
function normalizePolicy(file, source, doc) {
    const rules = selectedRules(file);
    if ((file.required_outputs ?? []).length > 0)
        rules.push('required_outputs_present');
    if (file.max_duration_seconds !== undefined)
        rules.push('duration_within_limit');
    return {
        schema: 'proofcapsule.promotion_policy.v1',
        id: file.id ?? DEFAULT_POLICY_ID,
        source,
        rules: [...new Set(rules)],
        unknown_rules: doc ? unknownRuleSources(file, doc) : {},
        unknown_keys: [...(0,registry/* unknownTopLevelKeys */.IU)('promotion-policy', file), ...ruleObjectExtraKeys(file)],
        required_validations: file.required_validations ?? 'all',
        required_outputs: file.required_outputs ?? [],
        max_duration_seconds: file.max_duration_seconds ?? null,
        required_evidence_class: file.required_evidence_class ?? null,
        lanes: {
            dev: laneOf(file, 'dev'),
            staging: laneOf(file, 'staging'),
            prod: laneOf(file, 'prod'),
        },
        baseline: normalizeBaselinePolicy(file.baseline),
    };
}
/** AGILAB's three spellings: a list of ids, a list of {id, required}, or a map id → enabled. */
function selectedRules(file) {
    const rules = file.rules;
    if (rules === undefined)
        return [...DEFAULT_RULES];
    if (Array.isArray(rules)) {
        return rules.flatMap((rule) => (typeof rule === 'string' ? [rule] : rule.required === false ? [] : [rule.id]));
    }
    return Object.entries(rules).filter(([, enabled]) => enabled).map(([id]) => id);
}
/** Each selected id no gate has, with where the file wrote it. */
function unknownRuleSources(file, doc) {
    const rules = file.rules;
    if (rules === undefined)
        return {};
    const written = Array.isArray(rules)
        ? rules.map((rule, i) => (typeof rule === 'string' ? [rule, `/rules/${i}`] : [rule.id, `/rules/${i}/id`]))
        : Object.keys(rules).map((id) => [id, `/rules/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    const out = {};
    for (const [id, pointer] of written) {
        if (isGateId(id) || id in out)
            continue;
        const at = doc.locate(pointer);
        out[id] = `${doc.file}:${at.line}:${at.column} ${pointer}`;
    }
    return out;
}
/** Keys of `{id, required}` rule objects beyond those two: AGILAB ignores them. */
function ruleObjectExtraKeys(file) {
    if (!Array.isArray(file.rules))
        return [];
    return file.rules.flatMap((rule, i) => (typeof rule === 'string' ? [] : Object.keys(rule).filter((k) => k !== 'id' && k !== 'required').map((k) => `rules/${i}/${k}`)));
}
function laneOf(file, lane) {
    const declared = file.lanes?.[lane] ?? {};
    return {
        // The prod human gate is the floor (docs/policy.md): the schema refuses turning it off.
        human_gate: declared.human_gate ?? DEFAULT_LANES[lane].human_gate,
        allow_dev_key: declared.allow_dev_key ?? file.allow_dev_key ?? DEFAULT_LANES[lane].allow_dev_key,
    };
}


/***/ })

};
