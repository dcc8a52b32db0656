export const id = 6405;
export const ids = [6405];
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

/***/ 1374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ walkTree),
/* harmony export */   f: () => (/* binding */ treeDigest)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6813);



/** Byte order of the UTF-8 names, the same on every machine and locale. */
function compareUtf8(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/**
 * The digest of a directory: the SHA-256 of its listing, one `path<TAB>size<TAB>sha256<LF>`
 * line per regular file, sorted by the path's UTF-8 bytes. Anyone can recompute it from the
 * files (or from a capsule's entries under the directory) without our code.
 */
function treeDigest(files) {
    const sorted = [...files].sort((a, b) => compareUtf8(a.path, b.path));
    return (0,_sha256_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(sorted.map((f) => `${f.path}\t${f.size_bytes}\t${f.sha256}\n`).join(''));
}
/**
 * The regular files below `dir` (relative, "/"-separated, byte-sorted) without following
 * symlinks; the rest is `skipped`.
 */
function walkTree(dir) {
    const files = [];
    const skipped = [];
    const walk = (abs, rel) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true })) {
            const path = rel ? `${rel}/${entry.name}` : entry.name;
            if (/[\t\n\r]/.test(entry.name))
                skipped.push(path);
            else if (entry.isDirectory())
                walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, entry.name), path);
            else if (entry.isFile())
                files.push(path);
            else
                skipped.push(path);
        }
    };
    walk(dir, '');
    return { files: files.sort(compareUtf8), skipped: skipped.sort(compareUtf8) };
}


/***/ }),

/***/ 6405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ packVerifiedRun),
  proveManifest: () => (/* binding */ proveManifest)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/json/write.ts
var write = __webpack_require__(1249);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/promotion/files.ts + 3 modules
var files = __webpack_require__(1101);
// EXTERNAL MODULE: ./src/promotion/policy.ts + 2 modules
var promotion_policy = __webpack_require__(8448);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/exports/standard.ts
var standard = __webpack_require__(4122);
// EXTERNAL MODULE: ./src/exports/provenance.ts
var provenance = __webpack_require__(8252);
// EXTERNAL MODULE: ./src/zip/limits.ts
var limits = __webpack_require__(1279);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/fsio/atomic.ts
var atomic = __webpack_require__(9802);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/hash/slot-digest.ts



/** On the calling thread: for data too small to pay for a worker's start. */
function inlineSlotDigest(views, withCrc) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let crc = 0;
    return {
        update(slot, length) {
            const bytes = views[slot].subarray(0, length);
            hash.update(bytes);
            if (withCrc)
                crc = (0,external_node_zlib_.crc32)(bytes, crc);
            return Promise.resolve();
        },
        digest: () => Promise.resolve({ sha256: hash.digest('hex'), crc32: crc >>> 0 }),
        abort() { },
    };
}
// An eval'd CommonJS worker: one source string, nothing for the bundler to find or miss. Messages
// are handled in order, so replies come back in the order the updates were sent.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { crc32 } = require('node:zlib');
const views = workerData.slots.map((s) => new Uint8Array(s));
const hash = createHash('sha256');
let crc = 0;
parentPort.on('message', (m) => {
  if (m.slot === undefined) return parentPort.postMessage({ sha256: hash.digest('hex'), crc32: crc >>> 0 });
  const bytes = views[m.slot].subarray(0, m.length);
  hash.update(bytes);
  if (workerData.withCrc) crc = crc32(bytes, crc);
  parentPort.postMessage({});
});`;
/** On a second thread, so the hash costs the writer no time of its own. */
function workerSlotDigest(slots, withCrc) {
    // worker_threads is loaded only here: a small prove never pays for it.
    const { Worker } = (0,external_node_module_.createRequire)(import.meta.url)('node:worker_threads');
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { slots, withCrc } });
    const waiting = [];
    let failure = null;
    let done = false;
    const failAll = (err) => {
        failure ??= err;
        for (const w of waiting.splice(0))
            w.reject(failure);
    };
    worker.on('message', (m) => waiting.shift()?.resolve(m));
    worker.on('error', failAll);
    worker.on('exit', (code) => {
        if (!done)
            failAll(new Error(`hash worker exited (code ${code})`));
    });
    const ask = (message) => new Promise((resolve, reject) => {
        if (failure)
            return reject(failure);
        waiting.push({ resolve, reject });
        worker.postMessage(message);
    });
    return {
        update: async (slot, length) => {
            await ask({ slot, length });
        },
        digest: async () => {
            const m = await ask({});
            done = true;
            void worker.terminate();
            return { sha256: m.sha256, crc32: m.crc32 };
        },
        abort: () => {
            done = true;
            void worker.terminate();
        },
    };
}

// EXTERNAL MODULE: ./src/hash/sha256.ts
var hash_sha256 = __webpack_require__(6813);
// EXTERNAL MODULE: ./src/zip/canonical.ts
var canonical = __webpack_require__(7973);
// EXTERNAL MODULE: ./src/zip/format.ts
var format = __webpack_require__(4632);
;// CONCATENATED MODULE: ./src/zip/write.ts








/**
 * The DOS timestamp the writer stores for `iso` (UTC fields), so the archive does not depend
 * on the packing machine's clock or time zone.
 */
function entryDate(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) {
        throw new errors/* CapsuleError */.Mu('capsule_time_invalid', `capsule time ${JSON.stringify(iso)} is not a date`);
    }
    return date;
}
/** MS-DOS date and time in one 32-bit field (date high, time low), clamped to what it can hold. */
function dosTime(date) {
    const year = date.getUTCFullYear();
    if (year < 1980)
        return 0x00210000;
    if (year >= 2044)
        return 0x7f9fbf7d;
    return (((year - 1980) << 25) | ((date.getUTCMonth() + 1) << 21) | (date.getUTCDate() << 16)
        | (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1)) >>> 0;
}
/** Sizes in a data descriptor after the data; bit 11 (UTF-8) only on names that are not ASCII. */
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const VERSION = 20;
const VERSION_ZIP64 = 45;
/** Made by Unix (3), spec version 4.5. */
const MADE_BY = (3 << 8) | 45;
/** Regular file with ENTRY_MODE in the Unix half, the DOS archive bit in the other. */
const EXTERNAL_ATTRS = ((0o100000 | canonical/* ENTRY_MODE */.N1) << 16 | 0x20) >>> 0;
/**
 * Stored data moves through eight shared 256 KiB slots (a read, two hashes and a write in flight),
 * 2 MiB in all, so a chunk stays in a core's L2 cache between them, as verify's pass reads
 * (src/zip/scan.ts). With four 4 MiB slots a 256 MiB prove took ~20% more CPU on an interleaved A/B
 * with other work on the machine (0.95–1.12 s against 0.77–0.81 s), for the same bytes.
 */
const CHUNK_BYTES = 256 * 1024;
const SLOTS = 8;
/** From this size a hash runs on a worker thread (its start, ~20 ms, costs more below). */
const WORKER_MIN_BYTES = 32 * 1024 ** 2;
/**
 * Writes a deterministic ZIP, front to back, once: no directory entries, fixed time and mode,
 * deflate at level 6 (entries from STORE_FROM_BYTES on stored), each entry's sizes in a data
 * descriptor after it, ZIP64 only where a size or offset needs it. Entries lie in the file in
 * the order they are added, and the central directory lists them sorted by path: so a caller
 * can add files first and then documents that name their digests. Added in sorted order, the
 * bytes are those the archiver package wrote (test/zip/write.test.ts compares them).
 *
 * Each file is read once: its SHA-256 and CRC-32 are taken of the very bytes written (large
 * files stream through shared slots, hashed on worker threads while the main thread writes),
 * and the archive's own SHA-256 as it is written. Memory does not grow with file size. The
 * archive is written beside `outPath` and renamed into place by `close`; `abort` leaves nothing.
 */
class ZipWriter {
    outPath;
    written = [];
    names = new Set();
    time;
    tmp;
    fd;
    slots = Array.from({ length: SLOTS }, () => new SharedArrayBuffer(CHUNK_BYTES));
    views = this.slots.map((s) => new Uint8Array(s));
    /** Settles when both hashes are done with the slot. */
    released = this.views.map(() => Promise.resolve());
    archive;
    slot = 0;
    /** Bytes waiting in the current slot (headers, small entries) to be written and hashed. */
    fill = 0;
    offset = 0;
    constructor(outPath, createdAt, options = {}) {
        this.outPath = outPath;
        this.time = dosTime(entryDate(createdAt));
        // The folder may be one others write to (a run folder a job could plant links in).
        ({ tmp: this.tmp, fd: this.fd } = (0,atomic/* createTempBeside */.F)(outPath));
        const threaded = (options.expectedBytes ?? 0) >= WORKER_MIN_BYTES;
        this.archive = threaded ? workerSlotDigest(this.slots, false) : inlineSlotDigest(this.views, false);
    }
    /** Adds the file at `source` as `name`, reading it once; `copyTo` also gets its bytes. Returns their digest. */
    async addFile(name, source, copyTo) {
        const fd = (0,external_node_fs_.openSync)(source, 'r');
        const copy = copyTo === undefined ? null : (0,external_node_fs_.openSync)(copyTo, 'w', 0o644);
        try {
            const before = (0,external_node_fs_.fstatSync)(fd);
            if (before.size < canonical/* STORE_FROM_BYTES */.pR) {
                const data = readExactly(fd, before.size, source);
                unchanged(source, fd, before);
                if (copy !== null)
                    writeAll(copy, data, data.length);
                return await this.addDeflated(name, data);
            }
            return await this.addStored(name, fd, before, source, copy);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
            if (copy !== null)
                (0,external_node_fs_.closeSync)(copy);
        }
    }
    /** Adds generated bytes (deflated below STORE_FROM_BYTES, as a file of that size would be). */
    async addBytes(name, content) {
        const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
        if (data.length < canonical/* STORE_FROM_BYTES */.pR)
            return this.addDeflated(name, data);
        const start = await this.startEntry(name, data.length, format/* METHOD_STORED */.y$);
        for (let at = 0; at < data.length; at += CHUNK_BYTES)
            await this.put(data.subarray(at, at + CHUNK_BYTES));
        return this.endEntry(start, (0,hash_sha256/* sha256Hex */.fg)(data), (0,external_node_zlib_.crc32)(data), data.length, data.length);
    }
    /** Writes the central directory (sorted by path) and the end records, and renames the archive into place. */
    async close() {
        const sorted = [...this.written].sort((a, b) => Buffer.compare(a.name, b.name));
        const start = this.offset;
        for (const e of sorted)
            await this.put(centralRecord(e, this.time));
        await this.put(endRecords(sorted.length, start, this.offset - start));
        this.flush();
        await Promise.all(this.released);
        const { sha256 } = await this.archive.digest();
        (0,external_node_fs_.closeSync)(this.fd);
        (0,external_node_fs_.renameSync)(this.tmp, this.outPath);
        return sha256;
    }
    /** Stops, removing the partial archive (an archive already at `outPath` stays as it was). */
    abort() {
        this.archive.abort();
        try {
            (0,external_node_fs_.closeSync)(this.fd);
        }
        catch {
            // already closed
        }
        (0,external_node_fs_.rmSync)(this.tmp, { force: true });
    }
    async addDeflated(name, data) {
        const start = await this.startEntry(name, data.length, format/* METHOD_DEFLATE */.An);
        const deflated = (0,external_node_zlib_.deflateRawSync)(data, { level: 6 });
        await this.put(deflated);
        return this.endEntry(start, (0,hash_sha256/* sha256Hex */.fg)(data), (0,external_node_zlib_.crc32)(data), data.length, deflated.length);
    }
    /** Streams `declared` bytes from `fd` through the slots: each is hashed for the entry and the archive, and written. */
    async addStored(name, fd, before, source, copy) {
        const start = await this.startEntry(name, before.size, format/* METHOD_STORED */.y$);
        this.flush();
        const entry = before.size >= WORKER_MIN_BYTES ? workerSlotDigest(this.slots, true) : inlineSlotDigest(this.views, true);
        try {
            let done = 0;
            while (done < before.size) {
                const slot = await this.nextSlot();
                const view = this.views[slot];
                const n = (0,external_node_fs_.readSync)(fd, view, 0, Math.min(CHUNK_BYTES, before.size - done), null);
                if (n === 0)
                    throw changed(source, `it ended at ${done} bytes, ${before.size} when packing began`);
                done += n;
                const hashed = Promise.all([entry.update(slot, n), this.archive.update(slot, n)]);
                hashed.catch(() => undefined);
                this.released[slot] = hashed;
                writeAll(this.fd, view, n);
                if (copy !== null)
                    writeAll(copy, view, n);
                this.offset += n;
            }
            if ((0,external_node_fs_.readSync)(fd, Buffer.alloc(1), 0, 1, null) !== 0)
                throw changed(source, `it grew past the ${before.size} bytes it had when packing began`);
            unchanged(source, fd, before);
            const digest = await entry.digest();
            return await this.endEntry(start, digest.sha256, digest.crc32, before.size, before.size);
        }
        catch (err) {
            entry.abort();
            throw err;
        }
    }
    async startEntry(nameText, size, method) {
        if (this.names.has(nameText))
            throw new errors/* CapsuleError */.Mu('pack_path_collision', `${nameText}: added to the capsule twice`);
        this.names.add(nameText);
        const name = Buffer.from(nameText, 'utf8');
        const flags = FLAG_DESCRIPTOR | (name.length !== nameText.length ? FLAG_UTF8 : 0);
        const offset = this.offset;
        const zip64 = size >= format/* U32_MAX */.cd || offset >= format/* U32_MAX */.cd;
        const local = Buffer.alloc(30 + name.length + (zip64 ? 20 : 0));
        local.writeUInt32LE(format/* SIG_LOCAL */.SX, 0);
        local.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION, 4);
        local.writeUInt16LE(flags, 6);
        local.writeUInt16LE(method, 8);
        local.writeUInt32LE(this.time, 10);
        local.writeUInt16LE(name.length, 26);
        local.writeUInt16LE(zip64 ? 20 : 0, 28);
        name.copy(local, 30);
        if (zip64) {
            local.writeUInt16LE(0x0001, 30 + name.length);
            local.writeUInt16LE(16, 32 + name.length);
        }
        await this.put(local);
        return { name, flags, method, crc: 0, compressed: 0, size, offset, zip64 };
    }
    async endEntry(e, sha256, crc, size, compressed) {
        const descriptor = Buffer.alloc(e.zip64 ? 24 : 16);
        descriptor.writeUInt32LE(format/* SIG_DESCRIPTOR */.un, 0);
        descriptor.writeUInt32LE(crc >>> 0, 4);
        if (e.zip64) {
            descriptor.writeBigUInt64LE(BigInt(compressed), 8);
            descriptor.writeBigUInt64LE(BigInt(size), 16);
        }
        else {
            descriptor.writeUInt32LE(compressed, 8);
            descriptor.writeUInt32LE(size, 12);
        }
        await this.put(descriptor);
        this.written.push({ ...e, crc: crc >>> 0, compressed, size });
        return { sha256, size };
    }
    /** Appends bytes through the current slot, writing and hashing each slot as it fills. */
    async put(bytes) {
        for (let at = 0; at < bytes.length;) {
            if (this.fill === 0)
                this.slot = await this.nextSlot();
            const n = Math.min(CHUNK_BYTES - this.fill, bytes.length - at);
            this.views[this.slot].set(bytes.subarray(at, at + n), this.fill);
            this.fill += n;
            this.offset += n;
            at += n;
            if (this.fill === CHUNK_BYTES)
                this.flush();
        }
    }
    /** Writes and hashes what waits in the current slot. */
    flush() {
        if (this.fill === 0)
            return;
        const view = this.views[this.slot];
        const hashed = this.archive.update(this.slot, this.fill);
        hashed.catch(() => undefined);
        this.released[this.slot] = hashed;
        writeAll(this.fd, view, this.fill);
        this.fill = 0;
    }
    /** The next slot, once both hashes are done with what it held. */
    async nextSlot() {
        const slot = (this.slot + 1) % SLOTS;
        this.slot = slot;
        await this.released[slot];
        return slot;
    }
}
function writeAll(fd, bytes, length) {
    for (let done = 0; done < length;)
        done += (0,external_node_fs_.writeSync)(fd, bytes, done, length - done);
}
function readExactly(fd, size, source) {
    const data = Buffer.allocUnsafe(size);
    let done = 0;
    for (let n; done < size && (n = (0,external_node_fs_.readSync)(fd, data, done, size - done, null)) > 0;)
        done += n;
    if (done < size)
        throw changed(source, `it ended at ${done} bytes, ${size} when packing began`);
    if ((0,external_node_fs_.readSync)(fd, Buffer.alloc(1), 0, 1, null) !== 0)
        throw changed(source, `it grew past the ${size} bytes it had when packing began`);
    return data;
}
/** The file's size and change times after the read are those before it: no write happened in between. */
function unchanged(source, fd, before) {
    const after = (0,external_node_fs_.fstatSync)(fd);
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || after.ctimeMs !== before.ctimeMs) {
        throw changed(source, 'it was written to while being read');
    }
}
function changed(source, what) {
    return new errors/* CapsuleError */.Mu('capsule_source_changed', `${source}: changed while packing (${what}); nothing was written`, { file: source });
}
function centralRecord(e, time) {
    const record = Buffer.alloc(46 + e.name.length + (e.zip64 ? 28 : 0));
    record.writeUInt32LE(format/* SIG_CENTRAL */.st, 0);
    record.writeUInt16LE(MADE_BY, 4);
    record.writeUInt16LE(e.zip64 ? VERSION_ZIP64 : VERSION, 6);
    record.writeUInt16LE(e.flags, 8);
    record.writeUInt16LE(e.method, 10);
    record.writeUInt32LE(time, 12);
    record.writeUInt32LE(e.crc, 16);
    record.writeUInt32LE(e.zip64 ? format/* U32_MAX */.cd : e.compressed, 20);
    record.writeUInt32LE(e.zip64 ? format/* U32_MAX */.cd : e.size, 24);
    record.writeUInt16LE(e.name.length, 28);
    record.writeUInt16LE(e.zip64 ? 28 : 0, 30);
    record.writeUInt32LE(EXTERNAL_ATTRS, 38);
    record.writeUInt32LE(e.zip64 ? format/* U32_MAX */.cd : e.offset, 42);
    e.name.copy(record, 46);
    if (e.zip64) {
        const at = 46 + e.name.length;
        record.writeUInt16LE(0x0001, at);
        record.writeUInt16LE(24, at + 2);
        record.writeBigUInt64LE(BigInt(e.size), at + 4);
        record.writeBigUInt64LE(BigInt(e.compressed), at + 12);
        record.writeBigUInt64LE(BigInt(e.offset), at + 20);
    }
    return record;
}
/** The ZIP64 end record and locator where a count, offset or length needs them, then the end record. */
function endRecords(count, start, length) {
    const zip64 = count > 0xffff || start > format/* U32_MAX */.cd || length > format/* U32_MAX */.cd;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(format/* SIG_EOCD */.iM, 0);
    end.writeUInt16LE(zip64 ? 0xffff : count, 8);
    end.writeUInt16LE(zip64 ? 0xffff : count, 10);
    end.writeUInt32LE(zip64 ? format/* U32_MAX */.cd : length, 12);
    end.writeUInt32LE(zip64 ? format/* U32_MAX */.cd : start, 16);
    if (!zip64)
        return end;
    const record = Buffer.alloc(56 + 20);
    const at = start + length;
    record.writeUInt32LE(format/* SIG_EOCD64 */.qZ, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(VERSION_ZIP64, 12);
    record.writeUInt16LE(VERSION_ZIP64, 14);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(length), 40);
    record.writeBigUInt64LE(BigInt(start), 48);
    record.writeUInt32LE(format/* SIG_LOCATOR64 */.LL, 56);
    record.writeBigUInt64LE(BigInt(at), 64);
    record.writeUInt32LE(1, 72);
    return Buffer.concat([record, end]);
}

// EXTERNAL MODULE: ./src/prove/capsule-manifest.ts
var capsule_manifest = __webpack_require__(2479);
// EXTERNAL MODULE: ./src/hash/tree.ts
var hash_tree = __webpack_require__(1374);
// EXTERNAL MODULE: ./src/manifest/artifacts.ts
var artifacts = __webpack_require__(6318);
;// CONCATENATED MODULE: ./src/prove/artifacts.ts





/**
 * Which recorded artifacts the pack copies, read as AGILAB's writer means them: a file or a
 * whole directory inside the run folder is packed (an absolute path under `artifacts/`), one
 * outside the run folder is recorded and not packed, and the record says which.
 * `reserved` are pack paths taken by generated documents; above `cap` a file is referenced.
 */
async function planArtifacts(manifest, manifestPath, cap, reserved) {
    const plan = { copies: new Map(), records: [], repointed: new Map(), limitations: [] };
    const record = (a, rest) => {
        plan.records.push({ name: a.name, path: a.path, kind: a.kind, ...rest });
    };
    const notPacked = (a, note, limitation = true) => {
        record(a, { packed: 'not packed', pack_path: null, sha256: null, size_bytes: a.size_bytes, note });
        if (limitation)
            plan.limitations.push(`artifact ${JSON.stringify(a.path)} ${note}`);
    };
    for (const place of (0,artifacts/* placeArtifacts */.X)(manifest, manifestPath)) {
        const a = place.artifact;
        const packPath = (0,artifacts/* packPathOf */.w)(place);
        if (!a.exists)
            notPacked(a, 'is recorded as not produced (exists: false)', false);
        else if (packPath === null)
            notPacked(a, 'is outside the run folder: recorded, not packed');
        else if (reserved.has(packPath))
            notPacked(a, 'shadows a file the proof pack generates: not copied');
        else if (place.found === 'file') {
            const size = (0,external_node_fs_.statSync)(place.location).size;
            if (size > cap) {
                const { sha256 } = await (0,hash_sha256/* sha256File */.Q3)(place.location);
                const over = `above the copy cap of ${cap} bytes`;
                record(a, { packed: 'referenced', pack_path: null, sha256, size_bytes: size, note: over });
                const what = `artifact ${JSON.stringify(packPath)} (${size} bytes)`;
                plan.limitations.push(`${what} is ${over}: referenced by hash, not copied`);
            }
            else {
                plan.copies.set(packPath, place.location);
                record(a, { packed: 'file', pack_path: packPath, sha256: null, size_bytes: size });
            }
        }
        else if (place.found === 'directory') {
            const { files, skipped } = (0,hash_tree/* walkTree */.I)(place.location);
            for (const f of files)
                plan.copies.set(`${packPath}/${f}`, (0,external_node_path_.join)(place.location, ...f.split('/')));
            const note = skipped.length > 0 ? `not packed (not regular files): ${skipped.join(', ')}` : undefined;
            record(a, {
                packed: 'directory', pack_path: packPath, sha256: null, size_bytes: null, file_count: files.length,
                ...(note ? { note } : {}),
            });
            if (note)
                plan.limitations.push(`artifact ${JSON.stringify(a.path)}: ${note}`);
        }
        else if (place.found === 'missing')
            notPacked(a, 'is marked existing but is missing: not copied');
        else
            notPacked(a, `is a ${place.found}, not a file or folder: not copied`);
        const packed = plan.records.at(-1).packed;
        if (place.absolute && (packed === 'file' || packed === 'directory'))
            plan.repointed.set(place.index, packPath);
    }
    return plan;
}
/** Fills in each packed artifact's digest from the files as placed (a folder's from its files' digests). */
function completeRecords(records, files) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    return records.map((r) => {
        if (r.packed === 'file') {
            const f = byPath.get(r.pack_path);
            return { ...r, sha256: f.sha256, size_bytes: f.size_bytes };
        }
        if (r.packed !== 'directory')
            return r;
        const prefix = `${r.pack_path}/`;
        const tree = files.filter((f) => f.path.startsWith(prefix))
            .map((f) => ({ path: f.path.slice(prefix.length), size_bytes: f.size_bytes, sha256: f.sha256 }));
        return { ...r, sha256: (0,hash_tree/* treeDigest */.f)(tree), size_bytes: tree.reduce((n, f) => n + f.size_bytes, 0) };
    });
}

;// CONCATENATED MODULE: ./src/prove/pack-index.ts

const STANDARDS = { openlineage: 'openlineage.json', ro_crate: 'ro-crate-metadata.json', opentelemetry: 'otel-trace.json' };
const CARDS = { model: 'model-card.json', dataset: 'dataset-card.json', prompt: 'prompt-card.json', eval: 'eval-card.json' };
/** Index entries: every pack file but the index, sorted by path (the caller sorts), named by basename. */
function indexFiles(files) {
    return files.map((f) => ({ name: external_node_path_.posix.basename(f.path), path: f.path, sha256: f.sha256, size_bytes: f.size_bytes }));
}

;// CONCATENATED MODULE: ./src/prove/pack-output.ts




/** What to do when a run's files add up to more than a capsule may hold. */
const PACK_TOO_LARGE_HINT = 'Keep large files outside the run folder (an artifact outside it is recorded '
    + 'by path, not packed), or pack fewer; the run folder itself is unchanged.';
/**
 * Where prove puts each pack file: the proof pack folder being staged, the `.agipack` being
 * written, or both. A run file is read once from where the run left it: into the archive,
 * hashed as it is written (and copied into the folder in the same pass); a folder-only pack
 * copies it and hashes the copy. Either way the digest is of the bytes the pack holds.
 * The run files were held to the archive's total cap before the archive was begun; each
 * document is held to it before it is written, so no archive the verifier refuses is finished.
 */
class PackOutput {
    staging;
    zip;
    source;
    maxTotalBytes;
    archived = [];
    constructor(staging, zip, 
    /** The manifest packed: what a refusal names. */
    source, maxTotalBytes = limits/* DEFAULT_LIMITS */.dR.maxTotalBytes) {
        this.staging = staging;
        this.zip = zip;
        this.source = source;
        this.maxTotalBytes = maxTotalBytes;
    }
    async addFile(path, source) {
        const copy = this.stagedPath(path);
        let digest;
        if (this.zip) {
            digest = await this.zip.addFile(path, source, copy ?? undefined);
            this.archived.push({ path, size: digest.size });
        }
        else {
            (0,external_node_fs_.copyFileSync)(source, copy);
            digest = await (0,hash_sha256/* sha256File */.Q3)(copy);
        }
        return { path, sha256: digest.sha256, size_bytes: digest.size };
    }
    async addDocument(path, content) {
        const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
        const copy = this.stagedPath(path);
        if (copy !== null)
            (0,external_node_fs_.writeFileSync)(copy, bytes);
        const digest = this.zip
            ? await this.addArchiveDocument(path, bytes)
            : { sha256: (0,hash_sha256/* sha256Hex */.fg)(bytes), size: bytes.length };
        return { path, sha256: digest.sha256, size_bytes: digest.size };
    }
    /** A document of the archive alone (its own manifest), held to the total cap first. */
    addArchiveDocument(path, content) {
        const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
        this.archived.push({ path, size: bytes.length });
        (0,limits/* refuseAboveTotalCap */._S)(this.archived, this.source, PACK_TOO_LARGE_HINT, this.maxTotalBytes);
        return this.zip.addBytes(path, bytes);
    }
    stagedPath(path) {
        if (this.staging === null)
            return null;
        const target = (0,external_node_path_.join)(this.staging, ...path.split('/'));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        return target;
    }
}

// EXTERNAL MODULE: ./src/prove/pack-limits.ts
var pack_limits = __webpack_require__(8426);
// EXTERNAL MODULE: ./src/record/load.ts
var load = __webpack_require__(9397);
;// CONCATENATED MODULE: ./src/prove/proof-pack.ts















/** Run-folder trees copied when the manifest's proof_capsule block is present. */
const RUN_FOLDERS = ['evidence', 'agentplane', 'logs', 'bundle', 'artifacts'];
/** The AGILAB root set every pack has (docs/capsule.md), besides the index itself. */
const ROOT_SET = [capsule_manifest/* SNAPSHOT_NAME */.lE, 'verification-report.json', 'policy-report.json', ...Object.values(STANDARDS), 'metadata-store-entry.json', ...Object.values(CARDS)];
/**
 * Builds the proof pack from a run manifest and the run folder beside it, then (with
 * `exportPath`) the deterministic `.agipack`. Every timestamp comes from the record's one
 * time rule, so the same manifest gives the same bytes. The run's files go in first, each
 * read once and hashed as it is written; then the documents built from those digests; then
 * the root index and the capsule manifest, which list them all.
 */
async function buildProofPack(loaded, options) {
    if (!options.outputDir && !options.exportPath)
        throw new errors/* CapsuleError */.Mu('usage', 'prove needs --output-dir or --export');
    const manifestPath = loaded.path;
    const folder = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(manifestPath));
    const { createdAt } = (0,load/* recordOf */.z)(loaded);
    const staging = options.outputDir ? stagingDirFor(options.outputDir) : null;
    let zip = null;
    try {
        const limitations = [];
        // A capsule must pass its own verifier, which refuses an entry above its per-entry cap: larger files are referenced by hash.
        const cap = Math.min(options.copyCapBytes ?? Infinity, limits/* DEFAULT_LIMITS */.dR.maxEntryBytes);
        const reserved = new Set([...ROOT_SET, capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$, capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5]);
        const artifacts = await planArtifacts(loaded.manifest, manifestPath, cap, reserved);
        limitations.push(...artifacts.limitations);
        const snapshot = snapshotOf(loaded.doc.value, artifacts.repointed);
        if (snapshot !== null) {
            const n = artifacts.repointed.size;
            limitations.push(`${capsule_manifest/* SNAPSHOT_NAME */.lE} re-points ${n} absolute artifact ${n === 1 ? 'path' : 'paths'} inside the run folder to where this pack holds ${n === 1 ? 'it' : 'them'}; ${(0,external_node_path_.basename)(manifestPath)} as the run wrote it has sha256 ${loaded.sha256}`);
        }
        const sources = runFiles(loaded.manifest, folder, cap, limitations, artifacts.copies);
        if (snapshot === null)
            sources.set(capsule_manifest/* SNAPSHOT_NAME */.lE, manifestPath);
        if (options.exportPath) {
            const sized = [...sources].map(([path, source]) => ({ path, size: (0,external_node_fs_.statSync)(source).size }));
            (0,limits/* refuseAboveTotalCap */._S)(sized, manifestPath, PACK_TOO_LARGE_HINT);
            (0,pack_limits/* refuseUnpackable */.R)(sized, manifestPath);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(options.exportPath)), { recursive: true });
            zip = new ZipWriter(options.exportPath, createdAt, { expectedBytes: sized.reduce((n, f) => n + f.size, 0) });
        }
        const out = new PackOutput(staging, zip, manifestPath);
        const files = [];
        const runPaths = [...sources.keys(), ...(snapshot === null ? [] : [capsule_manifest/* SNAPSHOT_NAME */.lE])].sort(canonical/* comparePaths */.cD);
        for (const path of runPaths) {
            files.push(path === capsule_manifest/* SNAPSHOT_NAME */.lE && snapshot !== null ? await out.addDocument(path, snapshot) : await out.addFile(path, sources.get(path)));
        }
        const record = (0,load/* recordOf */.z)(loaded, [...files]);
        const generated = [
            ...options.documents(record),
            ...(0,standard.buildStandardExports)(record, { readFile: (p) => readInside(folder, p) }),
            ...(0,provenance/* buildProvenance */.Sw)(record, (0,provenance/* provenanceSubjects */.NX)(record), options.key),
        ];
        const taken = new Set(files.map((f) => f.path));
        for (const g of generated) {
            if (taken.has(g.path) || g.path === capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$ || g.path === capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5)
                throw new errors/* CapsuleError */.Mu('pack_path_collision', `${g.path}: generated twice (a run file or builder already wrote it)`);
            taken.add(g.path);
        }
        for (const g of generated.sort((a, b) => (0,canonical/* comparePaths */.cD)(a.path, b.path)))
            files.push(await out.addDocument(g.path, g.content));
        for (const name of ROOT_SET)
            if (!taken.has(name))
                limitations.push(`${name} was not produced (its builder is not available)`);
        files.sort((a, b) => (0,canonical/* comparePaths */.cD)(a.path, b.path));
        const index = {
            schema: 'agilab.proof_pack.v1', run_id: loaded.manifest.run_id, path_id: loaded.manifest.path_id, status: loaded.manifest.status,
            created_at: createdAt, source_manifest: { path: (0,external_node_path_.basename)(manifestPath), sha256: files.find((f) => f.path === capsule_manifest/* SNAPSHOT_NAME */.lE).sha256 }, output_dir: '.',
            files: indexFiles(files), standards: STANDARDS, cards: CARDS, limitations,
            artifacts: completeRecords(artifacts.records, files),
            ...(snapshot === null ? {} : { original_manifest: { path: (0,external_node_path_.basename)(manifestPath), sha256: loaded.sha256 } }),
        };
        const indexFile = await out.addDocument(capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$, (0,write.stableJson)(index));
        files.push(indexFile);
        files.sort((a, b) => (0,canonical/* comparePaths */.cD)(a.path, b.path));
        const result = { sha256: indexFile.sha256, limitations, record, index };
        if (zip && options.exportPath) {
            const manifest = (0,capsule_manifest/* capsuleManifestOf */._)(index, files);
            await out.addArchiveDocument(capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5, (0,write.stableJson)(manifest));
            result.sha256 = await zip.close();
            zip = null;
            result.capsuleManifest = manifest;
            result.capsulePath = options.exportPath;
        }
        if (options.outputDir && staging) {
            replacePackDir(options.outputDir, staging);
            result.packDir = options.outputDir;
        }
        return result;
    }
    catch (err) {
        zip?.abort();
        throw err;
    }
    finally {
        if (staging)
            (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
    }
}
/**
 * Which run files go into the pack, by pack path: with our block, the run folder's
 * evidence/, agentplane/, logs/, bundle/, artifacts/ trees at their manifest-relative paths
 * (so they resolve the same in an unpacked capsule); then the recorded artifacts as planned
 * (planArtifacts). Run-folder files above the cap are referenced by hash.
 */
function runFiles(manifest, folder, cap, limitations, artifactCopies) {
    const out = new Map();
    if (manifest.proof_capsule) {
        for (const root of RUN_FOLDERS) {
            const dir = (0,external_node_path_.join)(folder, root);
            if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory())
                continue;
            for (const file of walkFiles(dir)) {
                const rel = toPosix((0,external_node_path_.relative)(folder, file));
                const size = (0,external_node_fs_.statSync)(file).size;
                if (size > cap)
                    limitations.push(`artifact ${JSON.stringify(rel)} (${size} bytes) is above the copy cap of ${cap} bytes: referenced by hash, not copied`);
                else
                    out.set(rel, file);
            }
        }
    }
    for (const [rel, source] of artifactCopies)
        if (!out.has(rel))
            out.set(rel, source);
    return out;
}
/**
 * The snapshot's bytes when absolute artifact paths are re-pointed to their place in the
 * pack (so the unpacked capsule is a run folder), or null when it stays a byte copy.
 */
function snapshotOf(manifest, repointed) {
    if (repointed.size === 0)
        return null;
    return (0,write.stableJson)({ ...manifest, artifacts: manifest.artifacts.map((a, i) => (repointed.has(i) ? { ...a, path: repointed.get(i) } : a)) });
}
function walkFiles(dir) {
    const out = [];
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            out.push(...walkFiles(path));
        else if (entry.isFile())
            out.push(path);
    }
    return out;
}
function toPosix(path) {
    return path.split(external_node_path_.sep).join('/');
}
function readInside(folder, rel) {
    const path = (0,external_node_path_.resolve)(folder, rel);
    if (!path.startsWith(folder + external_node_path_.sep) || !(0,external_node_fs_.existsSync)(path) || (0,external_node_fs_.statSync)(path).size > 64 * 1024 ** 2)
        return undefined;
    return (0,external_node_fs_.readFileSync)(path);
}
function stagingDirFor(outputDir) {
    const parent = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(outputDir));
    (0,external_node_fs_.mkdirSync)(parent, { recursive: true });
    return (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, `.${(0,external_node_path_.basename)(outputDir)}.staging-`));
}
/** Replaces a previous proof pack at `outputDir`, but refuses to delete a folder that is not one. */
function replacePackDir(outputDir, staging) {
    if ((0,external_node_fs_.existsSync)(outputDir)) {
        const isPack = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(outputDir, capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$));
        if (!isPack && (0,external_node_fs_.readdirSync)(outputDir).length > 0)
            throw new errors/* CapsuleError */.Mu('out_dir_not_empty', `${outputDir}: exists, is not empty and is not a proof pack; refusing to overwrite`, { file: outputDir });
        (0,external_node_fs_.rmSync)(outputDir, { recursive: true, force: true });
    }
    (0,external_node_fs_.renameSync)(staging, outputDir);
}

// EXTERNAL MODULE: ./src/promotion/metadata-store.ts
var metadata_store = __webpack_require__(1324);
// EXTERNAL MODULE: ./src/verify/run-folder.ts
var run_folder = __webpack_require__(6777);
;// CONCATENATED MODULE: ./src/pipeline/prove-manifest.ts








/**
 * `capsule prove M`: verifies the run folder beside the manifest, decides promotion on what
 * verification found, and packs both with the run's evidence. The decision rests on what
 * verification finds, not on what the manifest claims: the chain counts as authoritative
 * only if sealed by a key trusted here.
 */
async function proveManifest(manifestPath, options) {
    const loaded = await (0,read/* readRunManifest */.t)(manifestPath);
    const policy = (0,promotion_policy.loadPromotionPolicy)(options.policyPath);
    const trusted = [...(options.key ? [options.key.publicKeySha256] : []), ...(options.trustedPublicKeySha256 ?? [])];
    const report = await (0,run_folder.verifyRunFolder)(manifestPath, {
        displayPath: (0,external_node_path_.basename)(manifestPath),
        trustedPublicKeySha256: trusted,
    });
    return packVerifiedRun(loaded, report, options, (record) => (0,files.buildPromotionFiles)(record, undefined, {
        policy,
        verificationStatus: report.status,
        evidenceClass: report.evidence_class ?? undefined,
        key: options.key,
    }));
}
/** Packs a run with its verification report and the promotion documents `promotion` builds from its record. */
async function packVerifiedRun(loaded, report, options, promotion) {
    let decision;
    let storeEntry;
    const pack = await buildProofPack(loaded, {
        outputDir: options.outputDir,
        exportPath: options.exportPath,
        key: options.key,
        copyCapBytes: options.copyCapBytes,
        documents: (record) => {
            const built = promotion(record);
            decision = built.decision;
            storeEntry = built.files.find((f) => f.path === 'metadata-store-entry.json');
            return [{ path: 'verification-report.json', content: (0,write.stableJson)(report) }, ...built.files];
        },
    });
    // After the pack is written, so the store never names a pack that was not.
    if (options.metadataStorePath && storeEntry) {
        (0,metadata_store.appendToMetadataStore)(options.metadataStorePath, JSON.parse(storeEntry.content.toString()));
    }
    return { ...pack, decision: decision };
}


/***/ }),

/***/ 8426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ refuseUnpackable),
/* harmony export */   q: () => (/* binding */ entryProblem)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _json_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1249);
/* harmony import */ var _zip_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1279);
/* harmony import */ var _zip_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3639);
/* harmony import */ var _capsule_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2479);





/** What the verifier finds wrong with `name` as the writer stores it (UTF-8 flag set when not ASCII), or null. */
function entryProblem(name) {
    return (0,_zip_names_js__WEBPACK_IMPORTED_MODULE_3__/* .entryNameProblem */ .j2)({ raw: Buffer.from(name, 'utf8'), utf8Flag: Buffer.byteLength(name) !== name.length });
}
/**
 * Refuses, before the archive is begun, run files the verifier would refuse as capsule entries:
 * names it does not take (a Windows device name, a trailing dot, a name over 512 bytes, two
 * names one case-insensitive file system makes one), or so many that the capsule manifest
 * listing them would be larger than the verifier reads of a document.
 */
function refuseUnpackable(files, manifestPath) {
    const names = files.map((f) => f.path);
    const problems = names.map(entryProblem).filter((p) => p !== null);
    problems.push(...(0,_zip_names_js__WEBPACK_IMPORTED_MODULE_3__/* .entryNameCollisions */ .Z0)(names));
    if (problems.length > 0) {
        const more = problems.length > 3 ? ` and ${problems.length - 3} more` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('zip_entry_unsafe', `${manifestPath}: ${problems.length === 1 ? 'a file' : 'files'} of the run cannot be capsule entries `
            + `(capsule verify refuses ${problems.length === 1 ? 'it' : 'them'}): ${problems.slice(0, 3).join('; ')}${more}; `
            + 'no capsule was written. Rename or leave out those files; the run folder itself is unchanged.', { file: manifestPath }, { problems });
    }
    // The listing holds at least each entry's record as one JSON object (nested deeper, it is longer).
    const cap = _zip_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LIMITS */ .dR.maxDocumentBytes;
    let least = 0;
    for (const f of files)
        least += (0,_json_write_js__WEBPACK_IMPORTED_MODULE_1__.stableJson)({ path: f.path, sha256: '0'.repeat(64), size_bytes: f.size }).length;
    if (least > cap) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('capsule_too_large', `${manifestPath}: the run has ${files.length} files to pack; ${_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .CAPSULE_MANIFEST_NAME */ .u5}, which lists them, `
            + `would be more than ${least} bytes, above the ${cap} bytes capsule verify reads of a document; `
            + 'no capsule was written. Pack fewer, larger files (one archive of a folder, say); '
            + 'the run folder itself is unchanged.', { file: manifestPath }, { files: files.length, cap_bytes: cap });
    }
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
