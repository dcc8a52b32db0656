export const id = 5284;
export const ids = [5284,5312];
export const modules = {

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

/***/ 4350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vs: () => (/* binding */ comparisonRows),
/* harmony export */   hy: () => (/* binding */ unchangedOthers)
/* harmony export */ });
/* unused harmony exports formatNumber, formatDelta */
/** Numbers as recorded (no float noise: deltas are already rounded). */
function formatNumber(value) {
    return value === null ? '—' : String(value);
}
function formatDelta(delta, relative) {
    if (delta === null)
        return '';
    if (delta === 0)
        return '0';
    const sign = delta > 0 ? '+' : '';
    const pct = relative === null ? '' : ` (${relative > 0 ? '+' : ''}${Number((relative * 100).toPrecision(4))}%)`;
    return `${sign}${delta}${pct}`;
}
const short = (sha256) => sha256.slice(0, 12);
/**
 * The comparison as table rows, changes first (metrics, outputs, facts, environment), then
 * the unchanged metrics: a reviewer's first question is which numbers moved and by how much.
 * Unchanged outputs, facts and names are counted by `unchangedOthers`, not listed.
 */
function comparisonRows(c) {
    const metrics = c.metrics.map((m) => ({
        change: m.change,
        what: `metric ${m.name}${c.metrics.some((x) => x.name === m.name && x.output !== m.output) ? ` (${m.output})` : ''}`,
        a: formatNumber(m.a),
        b: formatNumber(m.b),
        delta: formatDelta(m.delta, m.relative_delta),
    }));
    const outputs = c.outputs.map((o) => ({
        change: o.change,
        what: `output ${o.path} (${o.kind})`,
        a: o.a ? `${short(o.a.sha256)} ${o.a.size_bytes} B` : '—',
        b: o.b ? `${short(o.b.sha256)} ${o.b.size_bytes} B` : '—',
        delta: o.a && o.b ? `${o.b.size_bytes - o.a.size_bytes >= 0 ? '+' : ''}${o.b.size_bytes - o.a.size_bytes} B` : '',
    }));
    const facts = c.facts.map((f) => ({
        change: f.change,
        what: f.field,
        a: f.field.endsWith('sha256') && f.a ? short(f.a) : (f.a ?? '—'),
        b: f.field.endsWith('sha256') && f.b ? short(f.b) : (f.b ?? '—'),
        delta: '',
    }));
    const env = c.environment.map((e) => ({
        change: e.change,
        what: `env ${e.name}${e.secret ? ' (secret)' : ''}`,
        a: e.change === 'added' ? '—' : 'set',
        b: e.change === 'removed' ? '—' : 'set',
        delta: e.change === 'changed' ? 'value differs (not shown)' : '',
    }));
    const all = [...metrics, ...outputs, ...facts, ...env];
    return [...all.filter((r) => r.change !== 'same'), ...metrics.filter((r) => r.change === 'same')];
}
/** How many outputs, facts and environment names are the same (listed only by count). */
function unchangedOthers(c) {
    const same = (rows) => rows.filter((r) => r.change === 'same').length;
    return { outputs: same(c.outputs), facts: same(c.facts), environment: same(c.environment) };
}


/***/ }),

/***/ 5284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   viewBaseline: () => (/* binding */ viewBaseline)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5312);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2899);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4350);





/**
 * `capsule view TARGET --baseline B`: the target compared with the verified baseline, as the
 * page shows it. A target that does not verify is not compared (its page says so).
 */
async function viewBaseline(baseline, target, verified, options) {
    const a = baseline.side;
    const shown = {
        name: a.name, sha256: a.sha256, run_id: a.run_id, warnings: baseline.warnings,
        trust_policy: baseline.trustPolicyPath === null ? null : node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(baseline.trustPolicyPath),
    };
    const none = { outputs: 0, facts: 0, environment: 0 };
    const notCompared = { ...shown, differences: null, rows: [], unchanged: none, timing: null };
    if (!verified)
        return notCompared;
    // Compared only as `capsule diff` would: strictly verified (the page's own check is not strict).
    const run = await (0,_load_js__WEBPACK_IMPORTED_MODULE_2__.loadVerifiedRun)(target, { role: 'run', ...options }).catch((err) => {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu && err.code === 'run_not_verified')
            return null;
        throw err;
    });
    if (run === null)
        return notCompared;
    const c = (0,_compare_js__WEBPACK_IMPORTED_MODULE_3__.compareRuns)(a, run.side);
    const rows = (0,_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .comparisonRows */ .Vs)(c);
    return { ...shown, differences: c.differences, rows, unchanged: (0,_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .unchangedOthers */ .hy)(c), timing: c.timing };
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


/***/ })

};
