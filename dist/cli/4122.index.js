export const id = 4122;
export const ids = [4122,1558];
export const modules = {

/***/ 2353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ validationFailed),
/* harmony export */   o: () => (/* binding */ failureMessage)
/* harmony export */ });
/** AGILAB validation statuses are free text; these are the ones that mean "failed". */
function validationFailed(status) {
    return ['fail', 'failed', 'error'].includes(status.toLowerCase());
}
/** Why the run failed, from what the manifest knows: executor diagnostics, exit, failed validations. */
function failureMessage(m) {
    const ext = m.proof_capsule?.execution;
    const parts = [...(ext?.diagnostics ?? [])];
    if (ext?.timed_out)
        parts.push('timed out');
    if (ext && ext.exit_code !== null && ext.exit_code !== 0)
        parts.push(`exit code ${ext.exit_code}`);
    if (ext?.signal)
        parts.push(`killed by ${ext.signal}`);
    for (const v of m.validations)
        if (validationFailed(v.status))
            parts.push(`validation ${v.label} failed: ${v.summary}`);
    return parts.length > 0 ? parts.join('; ') : 'run status is fail';
}


/***/ }),

/***/ 8681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ derivedUuid),
/* harmony export */   Q6: () => (/* binding */ PRODUCER_URI),
/* harmony export */   qP: () => (/* binding */ derivedHexId)
/* harmony export */ });
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6813);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);


/** `producer` / `_producer` of OpenLineage, builder and verifier ids: a URI naming this tool and version. */
const PRODUCER_URI = `https://proofcapsule.dev/tool/${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .l}/${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .w}`;
/** `purpose` keeps ids for different documents apart even though all derive from one run_id. */
function digestOf(purpose, runId) {
    return (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(`proof-capsule:${purpose}\n${runId}`);
}
/**
 * A UUID derived from the run id (no randomness, so exports are byte-deterministic). Laid out
 * as RFC 9562 version 8 ("custom", here SHA-256 name-based): v5 would promise SHA-1.
 */
function derivedUuid(purpose, runId) {
    const hex = digestOf(purpose, runId).slice(0, 32).split('');
    hex[12] = '8';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
/** Lowercase hex id of `length` characters (OTLP traceId 32, spanId 16). */
function derivedHexId(purpose, runId, length) {
    return digestOf(purpose, runId).slice(0, length);
}


/***/ }),

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ buildLineage)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _openlineage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4218);
/* harmony import */ var _run_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4260);
/* harmony import */ var _record_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9832);




const LINEAGE_SCHEMA = 'proofcapsule.lineage.v1';
/** `promotion/lineage.json`: inputs → run → outputs, each file with its hash (schemas/lineage.schema.json). */
function buildLineage(record) {
    const m = record.manifest;
    const { start, end } = (0,_record_time_js__WEBPACK_IMPORTED_MODULE_2__/* .runInterval */ .fe)(record);
    return {
        schema: LINEAGE_SCHEMA,
        created_at: (0,_record_time_js__WEBPACK_IMPORTED_MODULE_2__/* .recordInstant */ .fR)(record).iso,
        run: {
            run_id: m.run_id,
            openlineage_run_id: (0,_openlineage_js__WEBPACK_IMPORTED_MODULE_1__/* .openLineageRunId */ .o)(m.run_id),
            path_id: m.path_id,
            label: m.label,
            status: m.status,
            started_at: start.iso,
            finished_at: end.iso,
            // Named by its file name, never by this machine's path: the pack and a command run on
            // the manifest give the same document on any machine.
            manifest: { path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(record.manifestPath), sha256: record.manifestSha256 },
        },
        inputs: (0,_run_files_js__WEBPACK_IMPORTED_MODULE_3__/* .runInputs */ .H)(record),
        outputs: (0,_run_files_js__WEBPACK_IMPORTED_MODULE_3__/* .runOutputs */ .M)(record),
    };
}


/***/ }),

/***/ 1558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ buildMlflowExport),
/* harmony export */   readerInside: () => (/* binding */ readerInside)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7105);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
/* harmony import */ var _run_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4260);
/* harmony import */ var _record_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9832);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9827);







const MLFLOW_EXPORT_SCHEMA = 'proofcapsule.mlflow_export.v1';
/** A ReadRunFile over the run folder: only files inside it, up to 64 MiB. */
function readerInside(folder) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(folder);
    return (rel) => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, rel);
        if (!path.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile() || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size > 64 * 1024 ** 2)
            return undefined;
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    };
}
/**
 * `promotion/mlflow_export.json`: the run in MLflow's REST `Run` shape (info, data{params,
 * metrics, tags}). Metrics come from the run's `metrics` outputs that are JSON objects of
 * numbers, read through `readFile`; without it (or for an unreadable file) metrics are left out
 * and the skipped paths are named in the `proof_capsule.metrics_skipped` tag.
 */
function buildMlflowExport(record, readFile) {
    const m = record.manifest;
    const ext = m.proof_capsule;
    const { start, end } = (0,_record_time_js__WEBPACK_IMPORTED_MODULE_3__/* .runInterval */ .fe)(record);
    const { metrics, skipped } = readMetrics(record, end.unixMillis, readFile);
    const params = [
        { key: 'command', value: m.command.argv.join(' ') },
        { key: 'path_id', value: m.path_id },
        ...(ext
            ? [
                { key: 'bundle.name', value: ext.bundle.name },
                { key: 'bundle.version', value: ext.bundle.version },
                { key: 'bundle.sha256', value: ext.bundle.sha256 },
                { key: 'executor', value: ext.execution.executor },
                { key: 'lane', value: ext.bundle.lane },
                { key: 'max_run_seconds', value: String(ext.bundle.max_run_seconds) },
            ]
            : []),
    ];
    const tags = [
        { key: 'mlflow.runName', value: m.label || m.run_id },
        { key: 'mlflow.source.name', value: m.command.label || m.path_id },
        { key: 'proof_capsule.run_id', value: m.run_id },
        { key: 'proof_capsule.status', value: m.status },
        { key: 'proof_capsule.tool_version', value: ext?.tool.version ?? _version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL_VERSION */ .w },
        ...(skipped.length > 0 ? [{ key: 'proof_capsule.metrics_skipped', value: skipped.join(',') }] : []),
    ];
    return {
        schema: MLFLOW_EXPORT_SCHEMA,
        info: {
            run_id: m.run_id,
            run_name: m.label || m.run_id,
            experiment_id: m.path_id || 'default',
            status: m.status === 'pass' ? 'FINISHED' : 'FAILED',
            start_time: start.unixMillis,
            end_time: end.unixMillis,
            lifecycle_stage: 'active',
            artifact_uri: 'artifacts',
        },
        data: { params, metrics, tags: tags.sort((0,_order_js__WEBPACK_IMPORTED_MODULE_5__/* .byText */ .z)((t) => t.key)) },
    };
}
function readMetrics(record, timestamp, readFile) {
    const metrics = [];
    const skipped = [];
    for (const output of (0,_run_files_js__WEBPACK_IMPORTED_MODULE_6__/* .runOutputs */ .M)(record).filter((o) => o.kind === 'metrics')) {
        const values = readFile ? numericLeaves(output.path, readFile(output.path)) : undefined;
        if (!values) {
            skipped.push(output.path);
            continue;
        }
        for (const [key, value] of values)
            metrics.push({ key, value, timestamp, step: 0 });
    }
    metrics.sort((0,_order_js__WEBPACK_IMPORTED_MODULE_5__/* .byText */ .z)((m) => m.key));
    return { metrics, skipped };
}
/** Every finite number in a JSON object, keyed by its dotted path; undefined if the file is not such an object. */
function numericLeaves(path, bytes) {
    if (!bytes)
        return undefined;
    let value;
    try {
        value = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonStrict */ .jM)(bytes.toString('utf8'), path).value;
    }
    catch {
        return undefined;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const out = [];
    const walk = (node, prefix) => {
        if (typeof node === 'number' && Number.isFinite(node))
            out.push([prefix, node]);
        else if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
            for (const [k, v] of Object.entries(node))
                walk(v, prefix ? `${prefix}.${k}` : k);
        }
    };
    walk(value, '');
    return out;
}


/***/ }),

/***/ 4218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ buildOpenLineageEvent),
/* harmony export */   o: () => (/* binding */ openLineageRunId)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2353);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8681);
/* harmony import */ var _run_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4260);
/* harmony import */ var _record_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9832);





/** The OpenLineage spec version our events validate against (`../shared/reference/openlineage`). */
const OPENLINEAGE_SCHEMA_URL = 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent';
/** Standard facets used, with the versions of the reference facet schemas. */
const FACETS = {
    ProcessingEngineRunFacet: 'https://openlineage.io/spec/facets/1-1-1/ProcessingEngineRunFacet.json',
    NominalTimeRunFacet: 'https://openlineage.io/spec/facets/1-0-1/NominalTimeRunFacet.json',
    ErrorMessageRunFacet: 'https://openlineage.io/spec/facets/1-0-1/ErrorMessageRunFacet.json',
    TestRunFacet: 'https://openlineage.io/spec/facets/1-0-1/TestRunFacet.json',
    TagsRunFacet: 'https://openlineage.io/spec/facets/1-0-0/TagsRunFacet.json',
    JobTypeJobFacet: 'https://openlineage.io/spec/facets/2-0-4/JobTypeJobFacet.json',
    DatasetTypeDatasetFacet: 'https://openlineage.io/spec/facets/1-0-1/DatasetTypeDatasetFacet.json',
    DatasetVersionDatasetFacet: 'https://openlineage.io/spec/facets/1-0-1/DatasetVersionDatasetFacet.json',
    OutputStatisticsOutputDatasetFacet: 'https://openlineage.io/spec/facets/1-0-2/OutputStatisticsOutputDatasetFacet.json',
};
function facet(name, fields) {
    return { _producer: _identity_js__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCER_URI */ .Q6, _schemaURL: `${FACETS[name]}#/$defs/${name}`, ...fields };
}
/** The OpenLineage run id for a run: a UUID derived from `run_id`, shared by every export that links to it. */
function openLineageRunId(runId) {
    return (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .derivedUuid */ .B)('openlineage-run', runId);
}
/** One RunEvent for the finished run: COMPLETE on pass, FAIL on fail, OTHER when the status is unknown. */
function buildOpenLineageEvent(record) {
    const m = record.manifest;
    const { end } = (0,_record_time_js__WEBPACK_IMPORTED_MODULE_1__/* .runInterval */ .fe)(record);
    return {
        eventType: m.status === 'pass' ? 'COMPLETE' : m.status === 'fail' ? 'FAIL' : 'OTHER',
        eventTime: end.iso,
        producer: _identity_js__WEBPACK_IMPORTED_MODULE_0__/* .PRODUCER_URI */ .Q6,
        schemaURL: OPENLINEAGE_SCHEMA_URL,
        run: { runId: openLineageRunId(m.run_id), facets: runFacets(record) },
        job: {
            namespace: m.path_id || _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l,
            name: m.label || m.run_id,
            facets: { jobType: facet('JobTypeJobFacet', { processingType: 'BATCH', integration: 'PROOF_CAPSULE', jobType: 'COMMAND' }) },
        },
        inputs: (0,_run_files_js__WEBPACK_IMPORTED_MODULE_3__/* .runInputs */ .H)(record).map((f) => ({ namespace: 'file', name: f.path, facets: datasetFacets(f) })),
        outputs: (0,_run_files_js__WEBPACK_IMPORTED_MODULE_3__/* .runOutputs */ .M)(record).map((f) => ({
            namespace: 'file',
            name: f.path,
            facets: datasetFacets(f),
            outputFacets: { outputStatistics: facet('OutputStatisticsOutputDatasetFacet', { fileCount: 1, ...(f.size_bytes === null ? {} : { size: f.size_bytes }) }) },
        })),
    };
}
function runFacets(record) {
    const m = record.manifest;
    const { start, end } = (0,_record_time_js__WEBPACK_IMPORTED_MODULE_1__/* .runInterval */ .fe)(record);
    const facets = {
        processing_engine: facet('ProcessingEngineRunFacet', { name: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l, version: m.proof_capsule?.tool.version ?? _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .w, openlineageAdapterVersion: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .w }),
        nominalTime: facet('NominalTimeRunFacet', { nominalStartTime: start.iso, nominalEndTime: end.iso }),
    };
    if (m.validations.length > 0) {
        facets.test = facet('TestRunFacet', { tests: m.validations.map((v) => ({ name: v.label, status: testStatus(v.status), description: v.summary })) });
    }
    const tags = runTags(m);
    if (tags.length > 0)
        facets.tags = facet('TagsRunFacet', { tags });
    if (m.status === 'fail')
        facets.errorMessage = facet('ErrorMessageRunFacet', { message: (0,_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .failureMessage */ .o)(m), programmingLanguage: 'unknown' });
    return facets;
}
/** OpenLineage's TestExecution statuses are pass | fail | skip. */
function testStatus(status) {
    if ((0,_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .validationFailed */ .$)(status))
        return 'fail';
    return ['pass', 'passed', 'ok'].includes(status.toLowerCase()) ? 'pass' : 'skip';
}
function runTags(m) {
    const ext = m.proof_capsule;
    if (!ext)
        return [];
    const tag = (key, value) => ({ key, value, source: 'PROOF_CAPSULE' });
    return [
        tag('bundle', `${ext.bundle.name}@${ext.bundle.version}`),
        tag('executor', ext.execution.executor),
        tag('lane', ext.bundle.lane),
        tag('evidence_class', ext.evidence.classification),
    ];
}
function datasetFacets(f) {
    return {
        datasetType: facet('DatasetTypeDatasetFacet', { datasetType: f.kind === 'model' ? 'MODEL' : 'FILE', subType: f.kind.toUpperCase() }),
        ...(f.sha256 === null ? {} : { version: facet('DatasetVersionDatasetFacet', { datasetVersion: `sha256:${f.sha256}` }) }),
    };
}


/***/ }),

/***/ 9827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ byText)
/* harmony export */ });
/** Code-unit order (not locale order, which varies by machine), so sorted output is byte-stable everywhere. */
function byText(text) {
    return (a, b) => {
        const x = text(a);
        const y = text(b);
        return x < y ? -1 : x > y ? 1 : 0;
    };
}


/***/ }),

/***/ 9769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ buildOtelTrace)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8681);
/* harmony import */ var _text_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7466);
/* harmony import */ var _record_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9832);




/** OTLP enums are integers in OTLP/JSON. */
const SPAN_KIND_INTERNAL = 1;
const STATUS_UNSET = 0;
const STATUS_OK = 1;
const STATUS_ERROR = 2;
const str = (key, value) => ({ key, value: { stringValue: value } });
/** int64 values are decimal strings in OTLP/JSON. */
const int = (key, value) => ({ key, value: { intValue: String(value) } });
function statusOf(status, message) {
    const s = status.toLowerCase();
    if (['pass', 'passed', 'ok', 'success', 'completed'].includes(s))
        return { code: STATUS_OK };
    if (['fail', 'failed', 'error', 'timeout', 'timed_out'].includes(s))
        return { code: STATUS_ERROR, message: message ?? `status ${status}` };
    return { code: STATUS_UNSET };
}
/** OTLP/JSON trace: one root span for the run, one child span per recorded pipeline stage. */
function buildOtelTrace(record) {
    const m = record.manifest;
    const runId = m.run_id;
    const traceId = (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .derivedHexId */ .qP)('otel-trace', runId, 32);
    const rootSpanId = (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .derivedHexId */ .qP)('otel-span:run', runId, 16);
    const { start, end } = (0,_record_time_js__WEBPACK_IMPORTED_MODULE_1__/* .runInterval */ .fe)(record);
    const ext = m.proof_capsule;
    const root = {
        traceId,
        spanId: rootSpanId,
        name: `capsule run ${m.label || runId}`,
        kind: SPAN_KIND_INTERNAL,
        startTimeUnixNano: start.unixNanos.toString(),
        endTimeUnixNano: end.unixNanos.toString(),
        attributes: [
            str('proof_capsule.run_id', runId),
            str('proof_capsule.path_id', m.path_id),
            str('proof_capsule.status', m.status),
            ...(ext ? [str('proof_capsule.bundle', `${ext.bundle.name}@${ext.bundle.version}`), str('proof_capsule.executor', ext.execution.executor)] : []),
            ...(ext?.execution.exit_code != null ? [int('process.exit.code', ext.execution.exit_code)] : []),
        ],
        status: statusOf(m.status),
    };
    const stages = stagesOf(ext).map((s, i) => {
        const stageStart = (0,_text_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInstant */ .nV)(s.started_at) ?? start;
        const stageEnd = (0,_text_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInstant */ .nV)(s.finished_at) ?? stageStart;
        return {
            traceId,
            spanId: (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .derivedHexId */ .qP)(`otel-span:stage:${i}:${s.stage}`, runId, 16),
            parentSpanId: rootSpanId,
            name: s.stage,
            kind: SPAN_KIND_INTERNAL,
            startTimeUnixNano: stageStart.unixNanos.toString(),
            endTimeUnixNano: later(stageStart, stageEnd).unixNanos.toString(),
            attributes: [str('proof_capsule.stage', s.stage), str('proof_capsule.stage.status', s.status)],
            status: statusOf(s.status, `stage ${s.stage}: ${s.status}`),
        };
    });
    return {
        resourceSpans: [
            {
                resource: { attributes: [str('service.name', _version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .l), str('service.version', ext?.tool.version ?? _version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_VERSION */ .w)] },
                scopeSpans: [{ scope: { name: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_VERSION */ .w }, spans: [root, ...stages] }],
            },
        ],
    };
}
function stagesOf(ext) {
    return ext?.stages ?? [];
}
function later(a, b) {
    return b.unixNanos >= a.unixNanos ? b : a;
}


/***/ }),

/***/ 9362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ buildRoCrate)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2353);
/* harmony import */ var _openlineage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4218);
/* harmony import */ var _run_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4260);
/* harmony import */ var _record_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9832);





const RO_CRATE_CONTEXT = 'https://w3id.org/ro/crate/1.1/context';
const RO_CRATE_SPEC = 'https://w3id.org/ro/crate/1.1';
const PROCESS_RUN_CRATE = 'https://w3id.org/ro/wfrun/process/0.5';
const ref = (id) => ({ '@id': id });
/** RFC 3986 path for a data entity: each segment percent-encoded, `/` kept. */
function fileId(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
/**
 * RO-Crate 1.1 metadata conforming to Process Run Crate 0.5: the run is one CreateAction whose
 * instrument is the bundle (or the command, for an AGILAB manifest), object its inputs and
 * result its outputs, each output a File with its sha256 and size.
 */
function buildRoCrate(record) {
    const m = record.manifest;
    const { start, end } = (0,_record_time_js__WEBPACK_IMPORTED_MODULE_1__/* .runInterval */ .fe)(record);
    const inputs = (0,_run_files_js__WEBPACK_IMPORTED_MODULE_2__/* .runInputs */ .H)(record);
    const outputs = (0,_run_files_js__WEBPACK_IMPORTED_MODULE_2__/* .runOutputs */ .M)(record);
    const actionId = `#run-${(0,_openlineage_js__WEBPACK_IMPORTED_MODULE_0__/* .openLineageRunId */ .o)(m.run_id)}`;
    const instrument = instrumentEntity(record);
    const files = [...inputs, ...outputs].map(fileEntity);
    const action = {
        '@id': actionId,
        '@type': 'CreateAction',
        name: `Run ${m.label || m.run_id}`,
        identifier: m.run_id,
        instrument: ref(instrument['@id']),
        object: inputs.map((f) => ref(fileId(f.path))),
        result: outputs.map((f) => ref(fileId(f.path))),
        startTime: start.iso,
        endTime: end.iso,
        actionStatus: ref(m.status === 'pass' ? 'http://schema.org/CompletedActionStatus' : 'http://schema.org/FailedActionStatus'),
        ...(m.status === 'pass' ? {} : { error: m.status === 'fail' ? (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .failureMessage */ .o)(m) : 'run status is unknown' }),
        agent: ref('#proof-capsule'),
    };
    return {
        '@context': RO_CRATE_CONTEXT,
        '@graph': [
            { '@id': 'ro-crate-metadata.json', '@type': 'CreativeWork', conformsTo: ref(RO_CRATE_SPEC), about: ref('./') },
            {
                '@id': './',
                '@type': 'Dataset',
                name: `Proof pack of run ${m.run_id}`,
                description: `Evidence, outputs and exports of run ${m.run_id} (${m.label || m.path_id}), status ${m.status}.`,
                datePublished: (0,_record_time_js__WEBPACK_IMPORTED_MODULE_1__/* .recordInstant */ .fR)(record).iso,
                conformsTo: ref(PROCESS_RUN_CRATE),
                hasPart: files.map((f) => ref(f['@id'])),
                mentions: ref(actionId),
            },
            { '@id': PROCESS_RUN_CRATE, '@type': 'CreativeWork', name: 'Process Run Crate', version: '0.5' },
            action,
            instrument,
            { '@id': '#proof-capsule', '@type': 'SoftwareApplication', name: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL_NAME */ .l, version: m.proof_capsule?.tool.version ?? _version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL_VERSION */ .w },
            ...files,
        ],
    };
}
function instrumentEntity(record) {
    const m = record.manifest;
    const bundle = m.proof_capsule?.bundle;
    if (bundle)
        return { '@id': '#bundle', '@type': 'SoftwareApplication', name: bundle.name, version: bundle.version, identifier: `sha256:${bundle.sha256}` };
    return { '@id': '#command', '@type': 'SoftwareApplication', name: m.command.label || m.command.argv.join(' ') || m.label };
}
function fileEntity(f) {
    return {
        '@id': fileId(f.path),
        '@type': 'File',
        name: f.path,
        ...(f.sha256 === null ? {} : { sha256: f.sha256 }),
        ...(f.size_bytes === null ? {} : { contentSize: String(f.size_bytes) }),
    };
}


/***/ }),

/***/ 4260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ runInputs),
/* harmony export */   M: () => (/* binding */ runOutputs)
/* harmony export */ });
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9827);

/** What the run consumed: the bundle, when the manifest says which (AGILAB manifests do not). */
function runInputs(record) {
    const bundle = record.manifest.proof_capsule?.bundle;
    if (!bundle)
        return [];
    return [{ path: bundle.path, kind: 'bundle', sha256: bundle.sha256, size_bytes: packedSize(record, bundle.path) }];
}
/**
 * What the run produced: our extension's hashed outputs, else the AGILAB artifacts that exist,
 * hashed from the pack's file list where the pack holds them.
 */
function runOutputs(record) {
    const outputs = record.manifest.proof_capsule?.outputs;
    if (outputs)
        return outputs.map((o) => ({ path: o.path, kind: o.kind, sha256: o.sha256, size_bytes: o.size_bytes })).sort((0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byText */ .z)((f) => f.path));
    return record.manifest.artifacts
        .filter((a) => a.exists)
        .map((a) => {
        const packed = record.files.find((f) => f.path === normalize(a.path));
        return { path: normalize(a.path), kind: a.kind, sha256: packed?.sha256 ?? null, size_bytes: packed?.size_bytes ?? a.size_bytes };
    })
        .sort((0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byText */ .z)((f) => f.path));
}
function packedSize(record, path) {
    return record.files.find((f) => f.path === path)?.size_bytes ?? null;
}
function normalize(path) {
    return path.replace(/^(\.\/)+/, '');
}


/***/ }),

/***/ 4122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildStandardExports: () => (/* binding */ buildStandardExports)
/* harmony export */ });
/* harmony import */ var _json_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1249);
/* harmony import */ var _lineage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1890);
/* harmony import */ var _mlflow_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1558);
/* harmony import */ var _openlineage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4218);
/* harmony import */ var _otel_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9769);
/* harmony import */ var _ro_crate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9362);






/** The standards documents of a proof pack, every time derived from the record (byte-deterministic). */
function buildStandardExports(record, options = {}) {
    return [
        { path: 'openlineage.json', content: (0,_json_write_js__WEBPACK_IMPORTED_MODULE_0__.stableJson)((0,_openlineage_js__WEBPACK_IMPORTED_MODULE_3__/* .buildOpenLineageEvent */ .k)(record)) },
        { path: 'ro-crate-metadata.json', content: (0,_json_write_js__WEBPACK_IMPORTED_MODULE_0__.stableJson)((0,_ro_crate_js__WEBPACK_IMPORTED_MODULE_5__/* .buildRoCrate */ .h)(record)) },
        { path: 'otel-trace.json', content: (0,_json_write_js__WEBPACK_IMPORTED_MODULE_0__.stableJson)((0,_otel_js__WEBPACK_IMPORTED_MODULE_4__/* .buildOtelTrace */ .u)(record)) },
        { path: 'promotion/lineage.json', content: (0,_json_write_js__WEBPACK_IMPORTED_MODULE_0__.stableJson)((0,_lineage_js__WEBPACK_IMPORTED_MODULE_1__/* .buildLineage */ ._)(record)) },
        { path: 'promotion/mlflow_export.json', content: (0,_json_write_js__WEBPACK_IMPORTED_MODULE_0__.stableJson)((0,_mlflow_js__WEBPACK_IMPORTED_MODULE_2__/* .buildMlflowExport */ .S)(record, options.readFile)) },
    ];
}


/***/ }),

/***/ 6813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Y5: () => (/* binding */ SHA256_HEX),
/* harmony export */   ch: () => (/* binding */ sha256Chunks),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   ws: () => (/* binding */ DIGEST_READ_BYTES)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Reads for a digest are this large. */
const DIGEST_READ_BYTES = 1 << 20;
/** Streams the file: memory does not grow with its size. */
async function sha256File(path) {
    return sha256Chunks((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: DIGEST_READ_BYTES }));
}
/** The digest of every chunk a stream gives (a file's read stream, say), in order. */
async function sha256Chunks(chunks) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
const SHA256_HEX = /^[0-9a-f]{64}$/;


/***/ }),

/***/ 7105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   KX: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   jM: () => (/* binding */ parseJsonStrict),
/* harmony export */   lZ: () => (/* binding */ escapePointer)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _fsio_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1715);


/**
 * Deepest nesting of arrays and objects any reader accepts. Our documents and AGILAB's are
 * under 10 deep; the cap keeps every later recursive walk (schema validation, canonical
 * forms, rendering) far from the stack limit, whoever wrote the file.
 */
const MAX_JSON_DEPTH = 128;
/**
 * Strict JSON (RFC 8259): no comments, no trailing commas, no duplicate keys (JSON.parse keeps
 * the last silently, which lets two readers of one signed document see different values),
 * nesting at most MAX_JSON_DEPTH. One iterative pass builds the value; positions are found
 * again only when a message needs one, so a large document costs what JSON.parse costs.
 */
function parseJsonStrict(text, file, options = {}) {
    const value = new StrictParser(text, file, options).parse();
    return { file, value, locate: (pointer) => positionOf(text, locateOffset(text, pointer)) };
}
/** Reads a JSON file through one descriptor, refusing one larger than `maxBytes` before reading it. */
function readJsonFile(path, options = {}) {
    return parseJsonStrict((0,_fsio_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextFile */ .Gu)(path, options.maxBytes ?? _fsio_read_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DOCUMENT_FILE_BYTES */ .qp), path, options);
}
function escapePointer(token) {
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
// Runs the scanner skips in one native step rather than a character at a time (a small verify parses
// tens of kilobytes of indented JSON and base64 before any loop has warmed up): the same characters
// the per-character tests name, as UTF-16 code units.
const SPACE_RUN = /[ \n\r\t]*/y;
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;
class StrictParser {
    text;
    file;
    options;
    pos;
    stack = [];
    constructor(text, file, options) {
        this.text = text;
        this.file = file;
        this.options = options;
        this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    parse() {
        this.skipSpace();
        if (this.pos >= this.text.length)
            this.fail('empty document: the file holds no JSON value');
        if (looksLikeYaml(this.text, this.pos))
            this.fail('this is YAML (or another text format), not JSON: write it as JSON');
        let value;
        for (;;) {
            if (this.openContainer())
                continue;
            value = this.scalar();
            // Attach the finished value, then close every container it completes.
            for (;;) {
                const top = this.stack[this.stack.length - 1];
                if (!top)
                    break;
                if (top.isArray)
                    top.container.push(value);
                else
                    setMember(top.container, top.key, value);
                this.skipSpace();
                const c = this.text.charCodeAt(this.pos);
                if (c === 0x2c) {
                    this.pos++;
                    if (!top.isArray)
                        this.memberKey(top);
                    break;
                }
                if (c === (top.isArray ? 0x5d : 0x7d)) {
                    this.pos++;
                    value = top.container;
                    this.stack.pop();
                    continue;
                }
                this.fail(`expected "," or "${top.isArray ? ']' : '}'}"`);
            }
            if (this.stack.length === 0)
                break;
        }
        this.skipSpace();
        if (this.pos < this.text.length)
            this.fail('unexpected text after the document');
        return value;
    }
    /** Opens `{` or `[`; an empty one is a finished scalar-like value, left for scalar(). */
    openContainer() {
        this.skipSpace();
        const c = this.text.charCodeAt(this.pos);
        if (c !== 0x7b && c !== 0x5b)
            return false;
        const isArray = c === 0x5b;
        if (this.stack.length >= MAX_JSON_DEPTH)
            this.fail(`nested deeper than ${MAX_JSON_DEPTH} levels`, 'json_too_deep');
        if (this.peekAfterSpace(this.pos + 1) === (isArray ? 0x5d : 0x7d))
            return false;
        this.pos++;
        const frame = { container: isArray ? [] : {}, key: '', isArray };
        this.stack.push(frame);
        if (!isArray)
            this.memberKey(frame);
        return true;
    }
    memberKey(frame) {
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) !== QUOTE)
            this.fail('expected a property name in double quotes');
        const keyAt = this.pos;
        const key = this.string();
        if (Object.hasOwn(frame.container, key)) {
            frame.key = key;
            this.fail(`duplicate key ${JSON.stringify(key)} at ${this.pointer()}`, 'json_duplicate_key', keyAt);
        }
        frame.key = key;
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) !== 0x3a)
            this.fail('expected ":" after a property name');
        this.pos++;
    }
    scalar() {
        const t = this.text;
        const c = t.charCodeAt(this.pos);
        if (c === QUOTE) {
            const at = this.pos;
            const str = this.string();
            if (this.options.ijson && /\p{Surrogate}/u.test(str))
                this.fail(`string at ${this.pointer() || '/'} holds a lone surrogate (not I-JSON)`, 'json_string_not_ijson', at);
            return str;
        }
        if (c === 0x7b || c === 0x5b) {
            // An empty container (openContainer left it): "{ }" or "[ ]".
            this.pos = this.peekAfterSpaceIndex(this.pos + 1) + 1;
            return c === 0x5b ? [] : {};
        }
        const literal = c === 0x74 ? LITERALS.true : c === 0x66 ? LITERALS.false : c === 0x6e ? LITERALS.null : undefined;
        if (literal && t.startsWith(literal[0], this.pos)) {
            this.pos += literal[0].length;
            return literal[1];
        }
        NUMBER.lastIndex = this.pos;
        const m = NUMBER.exec(t);
        if (!m || m[0].length === 0 || m[0] === '-')
            this.fail(this.pos >= t.length ? 'unexpected end of the document' : 'expected a value');
        const raw = m[0];
        const num = Number(raw);
        if (this.options.ijson && !isIJsonNumber(raw, num))
            this.fail(`number ${raw} at ${this.pointer() || '/'} is outside I-JSON (RFC 7493) range or precision`, 'json_number_not_ijson');
        this.pos += raw.length;
        return num;
    }
    /** A string token at `pos` (the opening quote): control characters and bad escapes refused. */
    string() {
        const t = this.text;
        const start = this.pos;
        let i = start + 1;
        let escaped = false;
        for (;;) {
            PLAIN_RUN.lastIndex = i;
            PLAIN_RUN.test(t);
            i = PLAIN_RUN.lastIndex;
            if (i >= t.length)
                this.fail('unterminated string', 'json_invalid', start);
            const c = t.charCodeAt(i);
            if (c === QUOTE)
                break;
            if (c < 0x20)
                this.fail('control character in a string (escape it)', 'json_invalid', i);
            if (c === BACKSLASH) {
                ESCAPE.lastIndex = i;
                const m = ESCAPE.exec(t);
                if (!m)
                    this.fail('invalid escape in a string', 'json_invalid', i);
                i += m[0].length;
                escaped = true;
            }
            else
                i++;
        }
        this.pos = i + 1;
        return escaped ? JSON.parse(t.slice(start, i + 1)) : t.slice(start + 1, i);
    }
    skipSpace() {
        this.pos = this.peekAfterSpaceIndex(this.pos);
    }
    peekAfterSpaceIndex(from) {
        if (from >= this.text.length)
            return from;
        SPACE_RUN.lastIndex = from;
        SPACE_RUN.test(this.text);
        return SPACE_RUN.lastIndex;
    }
    peekAfterSpace(from) {
        return this.text.charCodeAt(this.peekAfterSpaceIndex(from));
    }
    /** The pointer of the value being read. */
    pointer() {
        return this.stack.map((f) => `/${f.isArray ? f.container.length : escapePointer(f.key)}`).join('');
    }
    fail(what, code = 'json_invalid', offset = this.pos) {
        const at = positionOf(this.text, offset);
        const pointer = this.pointer();
        const prefix = code === 'json_invalid' || code === 'json_too_deep' ? 'invalid JSON: ' : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu(code, `${this.file}:${at.line}:${at.column}: ${prefix}${what}`, { file: this.file, pointer, ...at });
    }
}
/**
 * A document that starts like YAML (`key: value`, `---`, `- item`) rather than a JSON value is
 * named as such: "expected a value" would not tell the user what is wrong with the file. No JSON
 * text starts this way, so a valid document is never refused by it.
 */
const YAML_START = /^(?:---|%YAML|- |[A-Za-z_][\w.-]*[ \t]*:(?:\s|$)|"[^"\n]*"[ \t]*:)/;
function looksLikeYaml(text, at) {
    return YAML_START.test(text.slice(at, at + 200));
}
const LITERALS = { true: ['true', true], false: ['false', false], null: ['null', null] };
/** `__proto__` is an ordinary key in JSON; defineProperty keeps it one. */
function setMember(obj, key, value) {
    if (key === '__proto__')
        Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
    else
        obj[key] = value;
}
function isIJsonNumber(raw, num) {
    if (!Number.isFinite(num))
        return false;
    if (/^-?\d+$/.test(raw))
        return Math.abs(num) <= MAX_SAFE;
    return true;
}
/**
 * The offset of the value at `pointer` in a document that already parsed, or of its nearest
 * existing parent: a walk that skips the members it does not descend into.
 */
function locateOffset(text, pointer) {
    const tokens = pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    const space = (i) => {
        while (i < text.length && ' \n\r\t\ufeff'.includes(text[i]))
            i++;
        return i;
    };
    let at = space(0);
    for (const token of tokens) {
        const open = text[at];
        if (open !== '{' && open !== '[')
            return at;
        let i = space(at + 1);
        let found = -1;
        for (let index = 0; text[i] !== '}' && text[i] !== ']' && i < text.length; index++) {
            let key = null;
            if (open === '{') {
                const end = stringEnd(text, i);
                key = JSON.parse(text.slice(i, end));
                i = space(space(end) + 1);
            }
            if ((open === '{' && key === token) || (open === '[' && String(index) === token)) {
                found = i;
                break;
            }
            i = space(skipValue(text, i));
            if (text[i] === ',')
                i = space(i + 1);
        }
        if (found < 0)
            return at;
        at = found;
    }
    return at;
}
/** The index just past the string token starting at `i`. */
function stringEnd(text, i) {
    let j = i + 1;
    while (j < text.length && text[j] !== '"')
        j += text[j] === '\\' ? 2 : 1;
    return j + 1;
}
/** The index just past the value starting at `i` (iterative: depth is a counter). */
function skipValue(text, i) {
    let depth = 0;
    let j = i;
    do {
        const c = text[j];
        if (c === '"')
            j = stringEnd(text, j);
        else {
            if (c === '{' || c === '[')
                depth++;
            else if (c === '}' || c === ']')
                depth--;
            else if (depth === 0) {
                while (j < text.length && !',}] \n\r\t'.includes(text[j]))
                    j++;
                return j;
            }
            j++;
        }
    } while (depth > 0 && j < text.length);
    return j;
}
function positionOf(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}


/***/ }),

/***/ 9832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ recordTime),
/* harmony export */   fR: () => (/* binding */ recordInstant),
/* harmony export */   fe: () => (/* binding */ runInterval)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _text_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7466);


/**
 * The one time rule of every document built from a run (pack, exports, promotion verbs), so
 * the same run gives the same times whichever command builds them: SOURCE_DATE_EPOCH wins;
 * else the run's finish time; else its created_at. Second precision, UTC (an offset-less
 * AGILAB time is UTC). Neither readable is an error naming the manifest's line.
 */
function recordTime(manifest, file, doc) {
    const epoch = process.env.SOURCE_DATE_EPOCH;
    if (epoch !== undefined && epoch !== '') {
        if (!/^\d+$/.test(epoch))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('source_date_epoch_invalid', `SOURCE_DATE_EPOCH=${epoch} is not a whole number of seconds`);
        return (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .isoSeconds */ .nE)(new Date(Number(epoch) * 1000));
    }
    const at = (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(manifest.timing.finished_at) ?? (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(manifest.created_at);
    if (at)
        return (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .isoSeconds */ .nE)(new Date(at.unixMillis));
    const pointer = '/timing/finished_at';
    const where = doc ? doc.locate(pointer) : undefined;
    const prefix = where ? `${file}:${where.line}:${where.column}` : file;
    const finished = JSON.stringify(manifest.timing.finished_at);
    const message = `${prefix}: ${pointer} ${finished} is not an RFC 3339 timestamp (nor is /created_at)`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('manifest_time_invalid', message, { file, pointer, ...where });
}
/** The record's deterministic time; an unreadable one is a bug in whoever built the record. */
function recordInstant(record) {
    const at = (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(record.createdAt);
    if (!at) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('record_time_invalid', `${record.manifestPath}: run record time ${JSON.stringify(record.createdAt)} is not an RFC 3339 timestamp`, { file: record.manifestPath });
    }
    return at;
}
/**
 * Start and end of the run from the manifest's `timing`; a time that does not parse falls back
 * to the record's time, so every export still carries the same deterministic instants.
 */
function runInterval(record) {
    const fallback = recordInstant(record);
    const end = (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(record.manifest.timing.finished_at) ?? fallback;
    const start = (0,_text_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(record.manifest.timing.started_at) ?? end;
    return { start: start.unixNanos <= end.unixNanos ? start : end, end };
}


/***/ })

};
