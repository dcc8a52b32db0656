export const id = 5902;
export const ids = [5902];
export const modules = {

/***/ 5902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runNextSteps: () => (/* binding */ runNextSteps)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _json_untrusted_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1940);
/* harmony import */ var _manifest_run_failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4567);
/* harmony import */ var _next_steps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(765);





/** The "Next:" of one finished run, from its result and the manifest it wrote. */
function runNextSteps(r, o) {
    // Relative where that is shorter to type; a path outside the working folder stays absolute.
    const rel = (p) => {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(o.cwd, p);
        const r = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(o.cwd, abs);
        return r === '' ? '.' : r.startsWith('..') ? abs : r;
    };
    const runFile = (...segments) => rel(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(r.runDir, ...segments));
    const bundleFile = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(o.cwd, o.bundleArg), 'bundle.json')) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(o.bundleArg, 'bundle.json') : o.bundleArg;
    return (0,_next_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .nextSteps */ .Z)(adviceFacts(r), {
        bundle: rel(o.bundleArg),
        bundleFile: rel(bundleFile),
        capsule: rel(r.capsulePath),
        signature: rel(r.signaturePath),
        trustPolicy: rel(o.trustPolicyPath ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(r.runDir, 'keys', 'trust-policy.local.json')),
        stderrLog: runFile('logs', 'stderr.log'),
        policyResults: runFile('proof', 'promotion', 'policy_results.json'),
        dossier: runFile('proof', 'promotion', 'promotion_dossier.md'),
        key: (0,_next_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .signingFiles */ .N)((name) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(o.cwd, name))),
        ...(o.wrapped ? { wrapped: o.wrapped } : {}),
    });
}
function adviceFacts(r) {
    const manifest = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(r.manifestPath) ? (0,_json_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(r.manifestPath, 'utf8'))) : {};
    const ext = (0,_json_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(manifest.proof_capsule);
    const bundle = (0,_json_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(ext.bundle);
    const execution = (0,_json_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(ext.execution);
    const timedOut = (0,_json_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .asBoolean */ .tB)(execution.timed_out) ?? false;
    const maxRunSeconds = (0,_json_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .asNumber */ .i)(bundle.max_run_seconds);
    return {
        decision: r.decision.decision,
        blockers: r.decision.blockers,
        lane: (0,_json_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(bundle.lane),
        devKey: r.devKey,
        timedOut,
        maxRunSeconds,
        jobFailure: (0,_manifest_run_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRunFailure */ .r)({ status: null, exitCode: (0,_json_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .asNumber */ .i)(execution.exit_code), signal: (0,_json_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(execution.signal), timedOut, limitSeconds: maxRunSeconds }),
    };
}


/***/ }),

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


/***/ })

};
