export const id = 69;
export const ids = [69];
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


/***/ })

};
