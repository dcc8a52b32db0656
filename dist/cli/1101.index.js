export const id = 1101;
export const ids = [1101,8920,2418,69];
export const modules = {

/***/ 765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ signingFiles),
/* harmony export */   Z: () => (/* binding */ nextSteps)
/* harmony export */ });
/* harmony import */ var _text_shell_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6933);

const w = _text_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7;
/**
 * The one "Next:" sentence every surface prints (CLI, job summary, PR comment), computed from
 * what happened: each command in it runs as written and leads where the sentence says.
 */
function nextSteps(f, p) {
    const rerun = p.wrapped ? `capsule run ${p.wrapped.map(w).join(' ')}` : `capsule run ${w(p.bundle)}`;
    const verify = `capsule verify ${w(p.capsule)} --signature ${w(p.signature)} --trust-policy ${w(p.trustPolicy)} --strict`;
    const ids = new Set(f.blockers);
    if (f.decision === 'promote') {
        const release = f.devKey ? ` It is dev-signed: for a release, sign with your own key (${signedRerun(p)}).` : '';
        // The verify line names a trust policy: a receiver who does not hold it yet cannot run it.
        const policy = `(and \`${p.trustPolicy}\`, if the receiver does not hold that trust policy yet)`;
        return `Hand off \`${p.capsule}\` and \`${p.signature}\` ${policy}: the receiver runs \`${verify}\` and promotes on pass.${release}`;
    }
    if (f.decision === 'block') {
        if (f.timedOut) {
            const raise = p.wrapped ? 'raise --timeout' : `raise spec.policy.maxRunSeconds in \`${p.bundleFile}\``;
            return `The job was stopped at its limit of ${f.maxRunSeconds ?? '?'} s: ${raise} (at most 3600) or make the job finish sooner, then rerun \`${rerun}\`.`;
        }
        if (ids.has('verification_status_pass') || [...ids].some((id) => id.startsWith('capsule_') || id.startsWith('archive_'))) {
            return `Do not promote: the capsule failed verification (\`${verify}\` names the failing check). Rerun \`${rerun}\` for a new one.`;
        }
        const gates = [...ids].filter((id) => id !== 'manifest_status_pass').sort();
        const why = f.jobFailure ? `${f.jobFailure}: its stderr is \`${p.stderrLog}\`` : `gate${gates.length === 1 ? '' : 's'} ${gates.join(', ')} failed: details in \`${p.policyResults}\``;
        return `Fix the job (${why}), then rerun \`${rerun}\`.`;
    }
    if (ids.has('dev_key_not_allowed')) {
        return `Lane ${f.lane ?? '?'} does not accept a generated dev key: ${signedRerun(p)}. Signing the capsule afterwards does not help: the key must seal the event chain during the run.`;
    }
    if (ids.has('human_gate_required')) {
        return `A person decides: read \`${p.dossier}\`, run \`${verify}\`, then approve (in CI, the protected environment of lane ${f.lane ?? '?'}).`;
    }
    return `A person decides whether the evidence is enough: read \`${p.dossier}\` and run \`${verify}\`; promote only if they accept it as it is.`;
}
/** Rerun with a key a trust policy anchors: the user's own if there, else made first. */
function signedRerun(p) {
    const k = p.key;
    const keyFlags = `--key ${w(k.key)} --trust-policy ${w(k.trustPolicy)}`;
    const run = p.wrapped ? `capsule run ${keyFlags} ${p.wrapped.map(w).join(' ')}` : `capsule run ${w(p.bundle)} ${keyFlags}`;
    return k.exists ? `rerun \`${run}\`` : `run \`capsule keygen --out ${w(k.key)} --trust-policy ${w(k.trustPolicy)}\`, then \`${run}\``;
}
/** `capsule-key.pem` and `trust-policy.json` in `dir` when both are there or neither is; else the first free numbered pair. */
function signingFiles(exists) {
    for (let i = 1;; i++) {
        const key = i === 1 ? 'capsule-key.pem' : `capsule-key-${i}.pem`;
        const trustPolicy = i === 1 ? 'trust-policy.json' : `trust-policy-${i}.json`;
        if (exists(key) && exists(trustPolicy))
            return { key, trustPolicy, exists: true };
        if (!exists(key) && !exists(trustPolicy) && !exists(`${key}.pub`))
            return { key, trustPolicy, exists: false };
    }
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

/***/ 2557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ artifactRows)
/* harmony export */ });
/**
 * The manifest's artifacts with their digests, taken from the record (the run's output
 * hashes, or the files already packed): builders never read the disk, so documents are
 * the same wherever they are built.
 */
function artifactRows(record) {
    const digests = new Map();
    for (const file of record.files)
        digests.set(file.path, file.sha256);
    for (const output of record.manifest.proof_capsule?.outputs ?? [])
        digests.set(output.path, output.sha256);
    return record.manifest.artifacts.map((a) => ({
        name: a.name,
        path: a.path,
        kind: a.kind,
        exists: a.exists,
        size_bytes: a.size_bytes,
        sha256: digests.get(a.path) ?? null,
    }));
}


/***/ }),

/***/ 2418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CARD_TYPES: () => (/* binding */ CARD_TYPES),
/* harmony export */   buildCards: () => (/* binding */ buildCards)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _artifact_rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2557);


const CARD_TYPES = ['model', 'dataset', 'prompt', 'eval'];
/** The four cards, from the manifest artifacts by kind (model, dataset, prompt, eval). */
function buildCards(record) {
    const { manifest } = record;
    const rows = (0,_artifact_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .artifactRows */ .Y)(record);
    const base = (type) => {
        const own = rows.filter((r) => r.kind === type);
        return {
            schema: 'agilab.evidence_card.v1',
            card_type: type,
            run_id: manifest.run_id,
            path_id: manifest.path_id,
            source_manifest: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(record.manifestPath),
            source_manifest_sha256: record.manifestSha256,
            name: own[0]?.name ?? declaredName(record, type) ?? 'not-declared',
            present: own.length > 0,
            artifacts: own,
        };
    };
    const validations = manifest.validations.map((v) => ({ label: v.label, status: v.status, summary: v.summary }));
    return {
        model: {
            ...base('model'),
            intended_use: manifest.label,
            limitations: ['Generated from run evidence only; enrich with domain model metadata before external certification.'],
            metrics: {
                status: manifest.status,
                validation_count: validations.length,
                passed_validation_count: validations.filter((v) => v.status === 'pass').length,
                duration_seconds: manifest.timing.duration_seconds,
                target_seconds: manifest.timing.target_seconds,
            },
        },
        dataset: {
            ...base('dataset'),
            known_limitations: ['Dataset semantics are inferred from artifact records unless the run declares richer metadata.'],
        },
        prompt: {
            ...base('prompt'),
            command_label: manifest.command.label,
            argv_recorded: manifest.command.argv.length > 0,
            argv: [...manifest.command.argv],
            notes: ['Prompt content is not inferred from command arguments; declare a prompt output (kind prompt) to carry it.'],
        },
        eval: {
            ...base('eval'),
            name: rows.find((r) => r.kind === 'eval')?.name ?? `${manifest.label} evaluation`,
            present: rows.some((r) => r.kind === 'eval') || validations.length > 0,
            status: manifest.status,
            validations,
        },
    };
}
/** AGILAB reads a card's name from a validation's details (`details.model`, `details.dataset`, ...). */
function declaredName(record, type) {
    for (const v of record.manifest.validations) {
        const value = v.details[type];
        if (typeof value === 'string' && value !== '')
            return value;
    }
    return undefined;
}


/***/ }),

/***/ 69:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decidePromotion: () => (/* binding */ decidePromotion)
/* harmony export */ });
/* harmony import */ var _advice_next_steps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(765);
/* harmony import */ var _manifest_run_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4567);


const EVIDENCE_RANK = {
    AUTHORITATIVE_EVIDENCE: 3,
    PARTIAL_AUTHORITATIVE_EVIDENCE: 2,
    NON_AUTHORITATIVE_EVIDENCE: 1,
};
/**
 * AGILAB's floor (docs/policy.md): block when the run failed, verification failed or any
 * selected gate failed; otherwise manual-review when evidence is insufficient or the lane
 * needs a human; otherwise promote.
 */
function decidePromotion(manifest, report, options) {
    const verification = options.verificationStatus ?? report.verification_status;
    const evidenceClass = options.evidenceClass !== undefined ? options.evidenceClass : report.evidence_class;
    const blocking = blockingFindings(manifest, report, verification);
    const review = blocking.length > 0 ? [] : reviewFindings(manifest, report.requirements, verification, evidenceClass);
    const decision = blocking.length > 0 ? 'block' : review.length > 0 ? 'manual-review' : 'promote';
    const findings = blocking.length > 0 ? blocking : review;
    const selected = report.rules.filter((r) => r.status !== 'skip').length;
    return {
        schema: 'agilab.promotion_decision.v1',
        decision,
        reason: decision === 'promote' ? `policy_passed: all ${selected} selected gates passed` : findings.map((f) => f.reason).join('; '),
        status: decision === 'promote' ? 'pass' : 'fail',
        run_id: manifest.run_id,
        path_id: manifest.path_id,
        label: manifest.label,
        manifest_status: manifest.status,
        policy_status: report.status,
        verification_status: verification,
        blockers: [...new Set(findings.flatMap((f) => f.blockers))].sort(),
        next_action: nextAction(decision, manifest, findings),
        created_at: options.createdAt,
    };
}
function blockingFindings(manifest, report, verification) {
    const findings = [];
    const pc = manifest.proof_capsule;
    if (pc?.execution.timed_out && pc.bundle.fail_on_timeout) {
        findings.push({ blockers: ['run_not_timed_out'], reason: `timeout: the run was stopped at the bundle's limit of ${pc.bundle.max_run_seconds} s` });
    }
    else if (manifest.status === 'fail') {
        findings.push({ blockers: ['manifest_status_pass'], reason: 'manifest_failed: the run status is fail' });
    }
    if (verification === 'fail')
        findings.push({ blockers: ['verification_status_pass'], reason: 'verification_failed: the evidence did not verify' });
    const failed = report.rules.filter((r) => r.status === 'fail').map((r) => r.id);
    if (failed.length > 0)
        findings.push({ blockers: failed, reason: `policy_failed: ${failed.length === 1 ? 'gate' : 'gates'} ${failed.join(', ')} failed` });
    return findings;
}
function reviewFindings(manifest, needs, verification, evidenceClass) {
    const findings = [];
    if (manifest.status === 'unknown')
        findings.push({ blockers: ['manifest_status_unknown'], reason: 'insufficient_evidence: the run status is unknown' });
    if (verification === 'unknown')
        findings.push({ blockers: ['verification_unknown'], reason: 'insufficient_evidence: the evidence was not verified' });
    const required = needs.evidence_class;
    if (required && (EVIDENCE_RANK[evidenceClass ?? ''] ?? 0) < EVIDENCE_RANK[required]) {
        findings.push({ blockers: ['evidence_class_insufficient'], reason: `insufficient_evidence: the evidence is ${evidenceClass ?? 'unclassified'}, the policy requires ${required}` });
    }
    if (needs.human_gate) {
        const why = manifest.proof_capsule?.bundle.human_gate_required ? 'the bundle sets humanGateRequired' : `lane ${needs.lane} requires a human gate`;
        findings.push({ blockers: ['human_gate_required'], reason: `human_gate: ${why}` });
    }
    if (manifest.proof_capsule?.signing.dev_key && !needs.allow_dev_key) {
        findings.push({ blockers: ['dev_key_not_allowed'], reason: `dev_key: the capsule is signed with a generated dev key, which lane ${needs.lane} does not accept` });
    }
    return findings;
}
/**
 * The advice recorded in the decision itself, so it must hold wherever the capsule goes: paths
 * are those inside the capsule (and its run folder), the bundle is the copy it carries. The
 * CLI and the job summary print the same advice with the user's own paths (src/advice/).
 */
function nextAction(decision, manifest, findings) {
    const pc = manifest.proof_capsule;
    const name = pc?.bundle.name ?? manifest.label;
    const capsule = `${name}.agipack`;
    return (0,_advice_next_steps_js__WEBPACK_IMPORTED_MODULE_0__/* .nextSteps */ .Z)({
        decision,
        blockers: findings.flatMap((f) => f.blockers),
        lane: pc?.bundle.lane ?? null,
        devKey: pc?.signing.dev_key ?? false,
        timedOut: pc?.execution.timed_out ?? false,
        maxRunSeconds: pc?.bundle.max_run_seconds ?? null,
        jobFailure: pc ? (0,_manifest_run_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRunFailure */ .r)({ status: null, exitCode: pc.execution.exit_code, signal: pc.execution.signal, timedOut: pc.execution.timed_out, limitSeconds: pc.bundle.max_run_seconds }) : null,
    }, {
        bundle: pc ? 'bundle' : 'the command that wrote run_manifest.json',
        bundleFile: pc ? pc.bundle.path : 'run_manifest.json',
        capsule,
        signature: `${capsule}.sig.json`,
        trustPolicy: 'trust-policy.json',
        stderrLog: pc?.execution.logs.stderr.path ?? 'logs/stderr.log',
        policyResults: 'promotion/policy_results.json',
        dossier: 'promotion/promotion_dossier.md',
        key: { key: 'capsule-key.pem', trustPolicy: 'trust-policy.json', exists: false },
    });
}


/***/ }),

/***/ 1101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PROMOTION_DIR: () => (/* binding */ PROMOTION_DIR),
  buildPromotionFiles: () => (/* binding */ buildPromotionFiles)
});

// EXTERNAL MODULE: ./src/exports/provenance.ts
var provenance = __webpack_require__(8252);
// EXTERNAL MODULE: ./src/json/write.ts
var write = __webpack_require__(1249);
// EXTERNAL MODULE: ./src/promotion/cards.ts
var promotion_cards = __webpack_require__(2418);
// EXTERNAL MODULE: ./src/promotion/decide.ts
var decide = __webpack_require__(69);
// EXTERNAL MODULE: ./src/hash/sha256.ts
var sha256 = __webpack_require__(6813);
// EXTERNAL MODULE: ./src/text/markdown.ts
var markdown = __webpack_require__(6590);
;// CONCATENATED MODULE: ./src/promotion/dossier.ts


function dossierFileRow(id, kind, file) {
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
    return { id, kind, path: file.path, exists: true, size_bytes: bytes.length, sha256: (0,sha256/* sha256Hex */.fg)(bytes) };
}
/** promotion/promotion_dossier.md: the decision, why, and what to do next, for a human reviewer. */
function renderDossierMarkdown({ decision, report, story, evidenceClass, lane, files }) {
    const lines = [
        `# Promotion dossier: ${(0,markdown/* oneLine */.TN)(decision.label)}`,
        '',
        '## Decision',
        '',
        `- Decision: ${(0,markdown/* codeSpan */.SS)(decision.decision)}`,
        `- Reason: ${(0,markdown/* oneLine */.TN)(decision.reason)}`,
        `- Next action: ${decision.next_action}`,
        ...(decision.blockers.length > 0 ? [`- Blockers: ${decision.blockers.map(markdown/* codeSpan */.SS).join(', ')}`] : []),
        '',
        '## Run Summary',
        '',
        `- Run ID: ${(0,markdown/* codeSpan */.SS)(decision.run_id)}`,
        `- Path ID: ${(0,markdown/* codeSpan */.SS)(decision.path_id)}`,
        `- Run status: ${(0,markdown/* codeSpan */.SS)(decision.manifest_status)}`,
        `- Verification: ${(0,markdown/* codeSpan */.SS)(decision.verification_status)}`,
        `- Evidence class: ${(0,markdown/* codeSpan */.SS)(evidenceClass ?? 'none (no event chain)')}`,
        `- Lane: ${(0,markdown/* codeSpan */.SS)(lane ?? 'none (plain AGILAB manifest)')}`,
        ...(report.baseline ? [`- Baseline: ${(0,markdown/* codeSpan */.SS)(report.baseline.name)} (run ${(0,markdown/* codeSpan */.SS)(report.baseline.run_id)}, sha256 ${(0,markdown/* codeSpan */.SS)(report.baseline.sha256 ?? 'none')}, verified)`] : []),
        `- Duration: ${(0,markdown/* codeSpan */.SS)(String(story.story.duration_seconds))} seconds`,
        `- Artifact count: ${(0,markdown/* codeSpan */.SS)(String(story.story.artifact_count))}`,
        '',
        `## Policy Results (${(0,markdown/* codeSpan */.SS)(report.policy_id)}: ${(0,markdown/* codeSpan */.SS)(report.status)})`,
        '',
        ...(report.rules.length > 0 ? report.rules.map((r) => `- ${(0,markdown/* codeSpan */.SS)(r.status)} ${r.id}: ${(0,markdown/* oneLine */.TN)(r.summary)}`) : ['- No policy rules were recorded.']),
        '',
        '## Dossier Files',
        '',
        ...files.map((f) => `- ${(0,markdown/* codeSpan */.SS)(f.id)}: ${(0,markdown/* codeSpan */.SS)(f.path)} (sha256 ${(0,markdown/* codeSpan */.SS)(f.sha256)})`),
        '',
        '## Boundary',
        '',
        'This dossier is promotion evidence, not a production certification. It records what ran, what it produced and which gates passed; it does not deploy, serve or certify anything by itself.',
    ];
    return `${lines.join('\n').trimEnd()}\n`;
}

// EXTERNAL MODULE: ./src/promotion/evaluate.ts + 1 modules
var evaluate = __webpack_require__(8791);
// EXTERNAL MODULE: ./src/promotion/metadata-store.ts
var metadata_store = __webpack_require__(1324);
// EXTERNAL MODULE: ./src/promotion/policy.ts + 2 modules
var promotion_policy = __webpack_require__(8448);
// EXTERNAL MODULE: ./src/promotion/replay-plan.ts
var replay_plan = __webpack_require__(8184);
// EXTERNAL MODULE: ./src/text/shell.ts
var shell = __webpack_require__(6933);
;// CONCATENATED MODULE: ./src/promotion/replay-script.ts


function renderReplayScript(manifest, options = {}) {
    const runDir = options.runDir ?? '..';
    const plan = (0,replay_plan/* buildReplayPlan */.H)(manifest);
    const argvWords = plan.command.argv.map(shell/* shQuote */.US).join(' ');
    const env = Object.entries(manifest.command.env_overrides).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const exports = env.filter(([name, value]) => (0,shell/* isShellName */.Uq)(name) && value !== '<redacted>').map(([name, value]) => `  export ${name}=${(0,shell/* shQuote */.US)(value)}`);
    const redactedChecks = env
        .filter(([name, value]) => (0,shell/* isShellName */.Uq)(name) && value === '<redacted>')
        .map(([name]) => `  [ "\${${name}+set}" = set ] || printf 'warning: %s was redacted in the record; set it in your environment\\n' ${(0,shell/* shQuote */.US)(name)} >&2`);
    const outputChecks = plan.expected_outputs.map((o) => `  check_output ${(0,shell/* shQuote */.US)(o.workspace_path)} ${(0,shell/* shQuote */.US)(o.sha256)}`);
    return [
        '#!/bin/sh',
        `# Replay of run ${JSON.stringify(plan.run_id)}, generated by proof-capsule. Needs only POSIX sh, cp, mktemp and sha256sum.`,
        '#   sh promotion/replay.sh                 print the recorded plan',
        '#   sh promotion/replay.sh --execute       re-run in a fresh copy of the bundle, compare output SHA-256',
        `#   options: --keep (keep the workspace), --run-dir DIR (the run folder or unpacked capsule; default: ${JSON.stringify(runDir)} from this script's folder)`,
        'set -u',
        '',
        `run_id=${(0,shell/* shQuote */.US)(plan.run_id)}`,
        `label=${(0,shell/* shQuote */.US)(plan.label)}`,
        `executor=${(0,shell/* shQuote */.US)(plan.executor)}`,
        `bundle_path=${(0,shell/* shQuote */.US)(plan.bundle?.path ?? '')}`,
        `bundle_sha256=${(0,shell/* shQuote */.US)(plan.bundle?.sha256 ?? '')}`,
        `cwd=${(0,shell/* shQuote */.US)(plan.command.cwd)}`,
        `max_run_seconds=${(0,shell/* shQuote */.US)(plan.max_run_seconds === null ? '' : String(plan.max_run_seconds))}`,
        `recorded_exit_code=${(0,shell/* shQuote */.US)(plan.recorded_exit_code === null ? '' : String(plan.recorded_exit_code))}`,
        '',
        `recorded_argv() { "$@" ${argvWords}; }`,
        `print_argv() { for word in ${argvWords}; do printf '  [%s]\\n' "$word"; done; }`,
        `print_env_names() { for name in ${plan.command.env_names.map(shell/* shQuote */.US).join(' ')}; do printf '  %s\\n' "$name"; done; }`,
        'print_outputs() {',
        ...plan.expected_outputs.map((o) => `  printf '  %s  %s\\n' ${(0,shell/* shQuote */.US)(o.sha256)} ${(0,shell/* shQuote */.US)(o.workspace_path)}`),
        '  :',
        '}',
        '',
        'set_env() {',
        ...exports,
        ...redactedChecks,
        '  :',
        '}',
        '',
        'check_output() {',
        '  file="$ws/$1"',
        '  if [ ! -f "$file" ]; then printf \'MISSING  %s\\n\' "$1"; status=1; return; fi',
        '  actual=$(sha256sum < "$file" | cut -d \' \' -f 1)',
        '  if [ "$actual" = "$2" ]; then printf \'MATCH    %s\\n\' "$1"',
        '  else printf \'MISMATCH %s (recorded %s, replayed %s)\\n\' "$1" "$2" "$actual"; status=1; fi',
        '}',
        '',
        'compare_outputs() {',
        ...outputChecks,
        '  :',
        '}',
        '',
        'execute=0; keep=0; run_dir=',
        'while [ $# -gt 0 ]; do',
        '  case $1 in',
        '    --execute) execute=1 ;;',
        '    --keep) keep=1 ;;',
        '    --run-dir) [ $# -ge 2 ] || { echo "replay.sh: --run-dir needs a folder" >&2; exit 2; }; run_dir=$2; shift ;;',
        '    -h|--help) sed -n \'2,5p\' "$0"; exit 0 ;;',
        '    *) printf \'replay.sh: unknown argument: %s\\n\' "$1" >&2; exit 2 ;;',
        '  esac',
        '  shift',
        'done',
        `if [ -z "$run_dir" ]; then run_dir=$(CDPATH= cd -- "$(dirname -- "$0")"/${(0,shell/* shQuote */.US)(runDir)} && pwd -P) || exit 2; fi`,
        '',
        'printf \'run_id: %s\\nlabel: %s\\nexecutor: %s (replayed here as a local process)\\n\' "$run_id" "$label" "$executor"',
        'printf \'bundle: %s\\nbundle sha256: %s\\ncwd: %s\\nmax_run_seconds: %s\\nrecorded exit code: %s\\nargv:\\n\' "$bundle_path" "$bundle_sha256" "$cwd" "$max_run_seconds" "$recorded_exit_code"',
        'print_argv',
        'printf \'env names:\\n\'; print_env_names',
        'printf \'expected outputs (sha256 path):\\n\'; print_outputs',
        '[ "$execute" = 1 ] || { printf \'(plan only; pass --execute to run it)\\n\'; exit 0; }',
        '',
        'if [ -n "$bundle_path" ]; then',
        '  bundle_dir="$run_dir/$bundle_path"',
        '  if [ -f "$bundle_dir" ]; then',
        '    actual=$(sha256sum < "$bundle_dir" | cut -d \' \' -f 1)',
        '    [ "$actual" = "$bundle_sha256" ] || { printf \'bundle sha256 MISMATCH: recorded %s, found %s\\n\' "$bundle_sha256" "$actual"; exit 1; }',
        '    bundle_dir=$(dirname -- "$bundle_dir")',
        '  fi',
        '  [ -d "$bundle_dir" ] || { printf \'replay.sh: bundle folder not found: %s\\n\' "$bundle_dir" >&2; exit 2; }',
        '  ws=$(mktemp -d "${TMPDIR:-/tmp}/capsule-replay.XXXXXX") || exit 2',
        '  [ "$keep" = 1 ] || trap \'rm -rf "$ws"\' EXIT',
        '  cp -R "$bundle_dir/." "$ws/" || exit 2',
        '  case $cwd in /*) work_dir=$ws ;; *) work_dir="$ws/$cwd" ;; esac',
        'else',
        '  ws=$cwd; work_dir=$cwd',
        '  printf \'note: no bundle recorded; running in the recorded cwd, not a fresh copy\\n\'',
        'fi',
        'printf \'workspace: %s\\n\' "$ws"',
        '',
        '(',
        '  cd "$work_dir" || exit 2',
        '  set_env',
        '  if [ -n "$max_run_seconds" ] && command -v timeout >/dev/null 2>&1; then recorded_argv timeout "$max_run_seconds"; else recorded_argv; fi',
        ')',
        'code=$?',
        'status=0',
        'printf \'exit code: %s (recorded %s)\\n\' "$code" "$recorded_exit_code"',
        '[ -z "$recorded_exit_code" ] || [ "$code" = "$recorded_exit_code" ] || { printf \'MISMATCH exit code\\n\'; status=1; }',
        'compare_outputs',
        'if [ "$status" = 0 ]; then printf \'replay: outputs match the record\\n\'; else printf \'replay: MISMATCH with the record\\n\'; fi',
        'exit "$status"',
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/promotion/story.ts
var promotion_story = __webpack_require__(8920);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/exports/identity.ts
var identity = __webpack_require__(8681);
// EXTERNAL MODULE: ./src/exports/statement.ts
var statement = __webpack_require__(1410);
// EXTERNAL MODULE: ./src/record/time.ts
var time = __webpack_require__(9832);
;// CONCATENATED MODULE: ./src/promotion/vsa.ts




const VSA_PATH = 'promotion/promotion_decision.intoto.dsse.json';
const SLSA_VSA_V1 = 'https://slsa.dev/verification_summary/v1';
/** The policy a promotion decision applies: AGILAB's promotion rules (docs/policy.md) and our gates. */
const PROMOTION_POLICY_URI = 'https://proofcapsule.dev/policies/agilab.promotion_decision.v1';
/**
 * `promotion/promotion_decision.intoto.dsse.json`: the decision as an in-toto statement with the
 * SLSA Verification Summary v1 predicate. Only `promote` is PASSED (manual-review is not a pass);
 * a pass claims SLSA Build L1 (provenance exists and was checked), nothing higher, since the
 * builder is whatever machine ran `capsule` rather than a hardened build platform.
 */
function buildVerificationSummaryStatement(decision, record, subjects, key) {
    const passed = decision.decision === 'promote';
    const predicate = {
        verifier: { id: identity/* PRODUCER_URI */.Q6, version: { [version/* TOOL_NAME */.l]: version/* TOOL_VERSION */.w } },
        timeVerified: (0,time/* recordInstant */.fR)(record).iso,
        resourceUri: `urn:proofcapsule:run:${encodeURIComponent(record.manifest.run_id)}`,
        policy: { uri: PROMOTION_POLICY_URI },
        verificationResult: passed ? 'PASSED' : 'FAILED',
        verifiedLevels: passed ? ['SLSA_BUILD_LEVEL_1'] : ['FAILED'],
        slsaVersion: '1.0',
    };
    return [(0,statement/* envelopeFile */.N)(VSA_PATH, (0,statement/* inTotoStatement */.H)(subjects, SLSA_VSA_V1, predicate), key)];
}

;// CONCATENATED MODULE: ./src/promotion/files.ts











const PROMOTION_DIR = 'promotion';
/**
 * The promotion documents of a proof pack: AGILAB's root set (policy report, four cards,
 * metadata-store entry) and `promotion/` (decision, dossier, evidence manifest, policy results,
 * run story, replay.sh, the decision as a SLSA VSA). The file set is the same for every run;
 * every time in it is the record's `createdAt`.
 */
function buildPromotionFiles(record, policyPath, options = {}) {
    const { manifest } = record;
    const policy = options.policy ?? (0,promotion_policy.loadPromotionPolicy)(policyPath);
    const policyReport = options.decided?.policyReport ?? (0,evaluate.evaluatePolicy)(manifest, policy, {
        evidenceClass: options.evidenceClass,
        verificationStatus: options.verificationStatus,
        manifestPath: record.manifestPath,
        strict: options.strict,
        baseline: options.baseline,
    });
    const decision = options.decided?.decision ?? (0,decide.decidePromotion)(manifest, policyReport, { createdAt: record.createdAt });
    const cards = (0,promotion_cards.buildCards)(record);
    const story = (0,promotion_story.buildRunStory)(record);
    const decisionFile = json(`${PROMOTION_DIR}/promotion_decision.json`, decision);
    const dossierParts = [
        ['promotion_decision', 'decision', decisionFile],
        ['policy_results', 'policy', json(`${PROMOTION_DIR}/policy_results.json`, policyReport)],
        ['run_story_json', 'story-json', json(`${PROMOTION_DIR}/run_story.json`, story)],
        ['run_story_markdown', 'story-markdown', { path: `${PROMOTION_DIR}/run_story.md`, content: (0,promotion_story.renderRunStoryMarkdown)(story) }],
        ['replay', 'script', { path: `${PROMOTION_DIR}/replay.sh`, content: renderReplayScript(manifest, { runDir: options.replayRunDir }) }],
    ];
    const decisionRow = dossierFileRow('promotion_decision', 'decision', decisionFile);
    const vsa = buildVerificationSummaryStatement(decision, record, [...(0,provenance/* provenanceSubjects */.NX)(record), { name: decisionRow.path, sha256: decisionRow.sha256 }], options.key);
    dossierParts.push(...vsa.map((file) => ['verification_summary', 'in-toto-slsa-vsa', file]));
    const rows = dossierParts.map(([id, kind, file]) => dossierFileRow(id, kind, file));
    const evidenceClass = policyReport.evidence_class;
    const lane = manifest.proof_capsule?.bundle.lane ?? null;
    const dossier = {
        path: `${PROMOTION_DIR}/promotion_dossier.md`,
        content: renderDossierMarkdown({ decision, report: policyReport, story, evidenceClass, lane, files: rows }),
    };
    const evidenceManifest = {
        schema: 'agilab.promotion_evidence_manifest.v1',
        status: decision.status,
        decision: decision.decision,
        manifest_path: story.manifest_path,
        manifest_sha256: record.manifestSha256,
        policy_id: policy.id,
        policy_path: policyReport.policy_source,
        source_artifacts: story.artifacts,
        dossier_files: [...rows, dossierFileRow('promotion_dossier', 'markdown', dossier)],
    };
    const files = [
        json('policy-report.json', policyReport),
        json('model-card.json', cards.model),
        json('dataset-card.json', cards.dataset),
        json('prompt-card.json', cards.prompt),
        json('eval-card.json', cards.eval),
        json('metadata-store-entry.json', (0,metadata_store.buildMetadataStoreEntry)(record, decision, evidenceClass)),
        ...dossierParts.map(([, , file]) => file),
        dossier,
        json(`${PROMOTION_DIR}/evidence_manifest.json`, evidenceManifest),
    ];
    return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), decision, policyReport };
}
function json(path, value) {
    return { path, content: (0,write.stableJson)(value) };
}


/***/ }),

/***/ 1324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appendToMetadataStore: () => (/* binding */ appendToMetadataStore),
/* harmony export */   buildMetadataStoreEntry: () => (/* binding */ buildMetadataStoreEntry)
/* harmony export */ });
/* unused harmony export readStore */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _fsio_atomic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9802);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7105);
/* harmony import */ var _json_write_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1249);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3545);








function buildMetadataStoreEntry(record, decision, evidenceClass) {
    const m = record.manifest;
    const pc = m.proof_capsule;
    return {
        schema: 'agilab.metadata_entry.v1',
        entry_type: 'run',
        run_id: m.run_id,
        path_id: m.path_id,
        label: m.label,
        status: m.status,
        created_at: m.created_at,
        manifest_path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(record.manifestPath),
        manifest_sha256: record.manifestSha256,
        command: { label: m.command.label, argv: [...m.command.argv], cwd: m.command.cwd },
        environment: { ...m.environment },
        timing: { ...m.timing },
        artifact_count: m.artifacts.length,
        validation_statuses: Object.fromEntries(m.validations.map((v) => [v.label, v.status])),
        ...(decision
            ? {
                promotion: {
                    decision: decision.decision,
                    reason: decision.reason,
                    evidence_class: evidenceClass ?? pc?.evidence.classification ?? null,
                    lane: pc?.bundle.lane ?? null,
                    bundle_sha256: pc?.bundle.sha256 ?? null,
                },
            }
            : {}),
    };
}
/**
 * Adds (or replaces, by run_id) one entry. Writers serialize on `<store>.lock`, created with
 * O_EXCL ('wx'), so concurrent read-modify-writes lose nothing; the store itself is replaced
 * atomically, so readers never see half a file. A lock left by a dead process is taken over.
 */
function appendToMetadataStore(storePath, entry, options = {}) {
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .assertValid */ .pP)('metadata-store-entry', entry, '<metadata store entry>');
    return withStoreLock(storePath, options, () => {
        const store = readStore(storePath);
        const entries = store.entries.filter((e) => e.run_id !== entry.run_id);
        entries.push(entry);
        entries.sort((a, b) => compare(a.created_at, b.created_at) || compare(a.run_id, b.run_id));
        const next = { schema: 'agilab.metadata_store.v1', entry_count: entries.length, entries };
        (0,_fsio_atomic_js__WEBPACK_IMPORTED_MODULE_4__.writeFileAtomic)(storePath, (0,_json_write_js__WEBPACK_IMPORTED_MODULE_6__.stableJson)(next));
        return next;
    });
}
function readStore(storePath) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(storePath))
        return { schema: 'agilab.metadata_store.v1', entry_count: 0, entries: [] };
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonStrict */ .jM)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(storePath, 'utf8'), storePath);
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .assertValid */ .pP)('metadata-store', doc.value, storePath, doc);
    return doc.value;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function withStoreLock(storePath, options, fn) {
    const lock = `${storePath}.lock`;
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    const staleMs = options.staleMs ?? 60_000;
    for (let attempt = 0;; attempt++) {
        try {
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(lock, 'wx');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, JSON.stringify({ pid: process.pid, host: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() }));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            break;
        }
        catch (err) {
            if (err.code !== 'EEXIST') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CapsuleError */ .Mu('store_lock_failed', `${lock}: cannot create the metadata store lock: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFsError */ .TQ)(err)}`, { file: lock });
            }
            const staleIno = staleLockInode(lock, staleMs);
            if (staleIno !== undefined) {
                breakLock(lock, staleIno);
                continue;
            }
            if (Date.now() > deadline) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CapsuleError */ .Mu('store_locked', `${lock}: the metadata store is locked by another writer; remove the lock if no capsule process is running`, { file: lock });
            }
            sleepMs(Math.min(2 * 2 ** Math.min(attempt, 5), 50) * (0.5 + Math.random()));
        }
    }
    try {
        return fn();
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(lock);
    }
}
/**
 * The lock's inode when it is stale: held by a process of this host that no longer exists,
 * or (holder on another host, or never written because its creator died) older than staleMs.
 */
function staleLockInode(lock, staleMs) {
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(lock);
    }
    catch {
        return undefined; // released meanwhile: just retry
    }
    const holder = readHolder(lock);
    const stale = holder && holder.host === (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() ? !processAlive(holder.pid) : Date.now() - info.mtimeMs > staleMs;
    return stale ? info.ino : undefined;
}
function readHolder(lock) {
    try {
        const holder = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(lock, 'utf8'));
        return typeof holder.pid === 'number' && typeof holder.host === 'string' ? { pid: holder.pid, host: holder.host } : undefined;
    }
    catch {
        return undefined;
    }
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * Moves the stale lock aside (of several writers that saw it stale, one succeeds). If what
 * was moved is not the stale inode (a live writer took the lock between our check and the
 * rename), it is put back with link(), which never replaces a newer lock.
 */
function breakLock(lock, staleIno) {
    const aside = `${lock}.stale.${process.pid}.${Date.now()}`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(lock, aside);
    }
    catch {
        return; // another writer broke it first
    }
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(aside).ino !== staleIno)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(aside, lock);
    }
    catch {
        // A newer lock exists already: its holder goes on, we wait for it.
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(aside);
}
function sleepMs(ms) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
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

/***/ 8920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildRunStory: () => (/* binding */ buildRunStory),
/* harmony export */   renderRunStoryMarkdown: () => (/* binding */ renderRunStoryMarkdown)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _artifact_rows_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2557);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6590);
/* harmony import */ var _text_shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6933);




function buildRunStory(record) {
    const { manifest } = record;
    const artifacts = (0,_artifact_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactRows */ .Y)(record);
    const pc = manifest.proof_capsule;
    return {
        schema: 'agilab.run_storyboard.v1',
        status: manifest.status,
        manifest_path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(record.manifestPath),
        manifest_sha256: record.manifestSha256,
        story: {
            headline: headline(manifest),
            run_id: manifest.run_id,
            path_id: manifest.path_id,
            label: manifest.label,
            app_name: manifest.environment.app_name,
            duration_seconds: manifest.timing.duration_seconds,
            target_seconds: manifest.timing.target_seconds,
            artifact_count: artifacts.length,
            validation_count: manifest.validations.length,
        },
        command: {
            label: manifest.command.label,
            argv: [...manifest.command.argv],
            text: manifest.command.argv.map(_text_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shQuote */ .US).join(' '),
            cwd: manifest.command.cwd,
            env_override_keys: Object.keys(manifest.command.env_overrides).sort(),
        },
        environment: {
            python_version: manifest.environment.python_version,
            platform: manifest.environment.platform,
            repo_root: manifest.environment.repo_root,
            active_app: manifest.environment.active_app,
        },
        validations: manifest.validations.map((v) => ({ label: v.label, status: v.status, summary: v.summary })),
        artifacts,
        next_actions: nextActions(manifest, artifacts),
        capsule: pc
            ? {
                bundle: `${pc.bundle.name}@${pc.bundle.version}`,
                lane: pc.bundle.lane,
                executor: pc.execution.executor,
                timed_out: pc.execution.timed_out,
                exit_code: pc.execution.exit_code,
                evidence_class: pc.evidence.classification,
                event_count: pc.evidence.event_count,
            }
            : null,
        provenance: { source: 'run_manifest', source_schema: 'agilab.run_manifest', source_schema_version: 1, executes_commands: false },
    };
}
function headline(manifest) {
    const app = manifest.environment.app_name || manifest.path_id;
    if (manifest.proof_capsule?.execution.timed_out)
        return `${manifest.label} timed out for ${app}.`;
    if (manifest.status === 'pass')
        return `${manifest.label} passed for ${app}.`;
    if (manifest.status === 'fail')
        return `${manifest.label} failed for ${app}.`;
    return `${manifest.label} finished with unknown status for ${app}.`;
}
function nextActions(manifest, artifacts) {
    const missing = artifacts.filter((a) => !a.exists).map((a) => a.name);
    const failing = manifest.validations.filter((v) => v.status !== 'pass').map((v) => v.label);
    if (manifest.proof_capsule?.execution.timed_out)
        return [`Raise spec.policy.maxRunSeconds (now ${manifest.proof_capsule.bundle.max_run_seconds} s) or make the job finish sooner, then rerun it.`];
    if (missing.length > 0)
        return ['Regenerate missing artifacts before sharing the run.', `Missing artifacts: ${missing.sort().join(', ')}`];
    if (failing.length > 0)
        return ['Fix or rerun the failing validation step before promoting the evidence.', `Failing validations: ${failing.sort().join(', ')}`];
    if (manifest.status === 'pass') {
        return [
            'Share run_story.md with reviewers as the human-readable run summary.',
            'Attach run_story.json when a downstream tool needs structured evidence.',
            'Run `capsule promotion-dossier run_manifest.json` for the promotion decision.',
        ];
    }
    return ['Rerun the manifest-producing command until the status is pass or fail.'];
}
/** Markdown view of the story; recorded strings go inside code spans, with backquotes neutralized. */
function renderRunStoryMarkdown(story) {
    const s = story.story;
    const lines = [
        `# ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(s.headline)}`,
        '',
        '## Run',
        '',
        `- Status: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(story.status)}`,
        `- Run ID: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(s.run_id)}`,
        `- Path: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(s.path_id)}`,
        `- App: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(s.app_name)}`,
        `- Duration: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(String(s.duration_seconds))} seconds`,
        ...(story.capsule
            ? [
                `- Bundle: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(story.capsule.bundle)} (lane ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(story.capsule.lane)}, executor ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(story.capsule.executor)})`,
                `- Evidence: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(story.capsule.evidence_class)} (${story.capsule.event_count} chained events)`,
            ]
            : []),
        '',
        '## Command',
        '',
        `- Label: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(story.command.label)}`,
        `- CWD: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(story.command.cwd)}`,
        `- Env overrides: ${story.command.env_override_keys.map(_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS).join(', ') || 'none'}`,
        '',
        ...(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .fenced */ .OF)(story.command.text, 'sh'),
        '',
        '## Validations',
        '',
        ...(story.validations.length > 0 ? story.validations.map((v) => `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(v.status)} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(v.label)}: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(v.summary)}`) : ['- No validation rows were recorded.']),
        '',
        '## Artifacts',
        '',
        ...(story.artifacts.length > 0
            ? story.artifacts.map((a) => `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(a.name)} (${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(a.kind)}): ${a.exists ? 'present' : 'missing'} at ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(a.path)}${a.sha256 ? `, sha256 ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(a.sha256)}` : ''}`)
            : ['- No artifacts were recorded.']),
        '',
        '## Next Actions',
        '',
        ...story.next_actions.map((a) => `- ${a}`),
    ];
    return `${lines.join('\n').trimEnd()}\n`;
}


/***/ }),

/***/ 6590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   TN: () => (/* binding */ oneLine)
/* harmony export */ });
/**
 * Recorded text (from a bundle, a manifest, the engine) made safe for Markdown: one escaper
 * for every document and summary, so a string cannot end a table row, open markup or close
 * a code span wherever it lands.
 */
/** Runs of line breaks become one space: a recorded string cannot start a new block. */
function oneLine(value) {
    return value.replace(/[\r\n]+/g, ' ');
}
/**
 * Text safe in a table cell or a line: markup outside code spans is shown as text (inside
 * them entities would show literally, and markup is inert anyway), pipes and line breaks
 * cannot end the row. Cut at `max` characters with an ellipsis.
 */
function cell(value, max = Number.POSITIVE_INFINITY) {
    const text = String(value);
    const cut = text.length > max ? `${text.slice(0, max)}…` : text;
    return cut
        .split(/(`[^`\n]*`)/)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
        .join('')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
/** A code span that holds any recorded string on one line; `(none)` for an empty one. */
function codeSpan(value) {
    const text = oneLine(value);
    if (text === '')
        return '(none)';
    const fence = '`'.repeat(longestBacktickRun(text) + 1);
    return fence.length > 1 || text.startsWith(' ') || text.endsWith(' ')
        ? `${fence} ${text} ${fence}`
        : `${fence}${text}${fence}`;
}
/** A fenced code block longer than any backtick run inside, so recorded text cannot close it. */
function fenced(text, info) {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    return [`${fence}${info}`, text, fence];
}
function longestBacktickRun(text) {
    return (text.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
}


/***/ })

};
