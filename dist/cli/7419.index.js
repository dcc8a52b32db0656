export const id = 7419;
export const ids = [7419];
export const modules = {

/***/ 7419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderComparisonText: () => (/* binding */ renderComparisonText)
/* harmony export */ });
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4350);
/* harmony import */ var _text_terminal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1555);


/** `capsule diff` for a terminal: who A and B are, then a short table with the changes first. */
function renderComparisonText(c) {
    const side = (label, s) => (0,_text_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalField */ .F)(`${label}  ${s.name}  run ${s.run_id}${s.sha256 ? `  sha256 ${s.sha256.slice(0, 12)}` : ''}  verified${s.evidence_class ? ` (${s.evidence_class})` : ''}`);
    const lines = [side('A', c.a), side('B', c.b), ''];
    lines.push(c.differences === 0 ? 'No differences.' : `${c.differences} difference${c.differences === 1 ? '' : 's'}:`);
    const rows = (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .comparisonRows */ .Vs)(c).map((r) => [r.change === 'same' ? 'same' : r.change.toUpperCase(), r.what, r.a, r.b, r.delta].map(_text_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalField */ .F));
    if (rows.length > 0)
        lines.push('', ...alignColumns([['', 'what', 'A', 'B', 'delta'], ...rows]));
    const same = (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .unchangedOthers */ .hy)(c);
    lines.push('', `Unchanged: ${same.outputs} output(s), ${same.facts} recorded fact(s), ${same.environment} environment name(s).`);
    const t = c.timing;
    lines.push(`Timing: ${t.a_seconds} s → ${t.b_seconds} s (${t.delta_seconds > 0 ? '+' : ''}${t.delta_seconds} s; timing is shown, never counted as a difference).`);
    for (const n of c.notes)
        lines.push(`note: ${(0,_text_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalField */ .F)(n)}`);
    return `${lines.join('\n')}\n`;
}
/** Pads every column but the last to its widest cell. */
function alignColumns(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
    return rows.map((r) => `  ${r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')}`.trimEnd());
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


/***/ })

};
