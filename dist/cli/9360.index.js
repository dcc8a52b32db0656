export const id = 9360;
export const ids = [9360];
export const modules = {

/***/ 9360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   selectedFormats: () => (/* binding */ selectedFormats),
/* harmony export */   writeExports: () => (/* binding */ writeExports)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _exports_lineage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1890);
/* harmony import */ var _exports_openlineage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4218);
/* harmony import */ var _exports_otel_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9769);
/* harmony import */ var _exports_ro_crate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9362);
/* harmony import */ var _fsio_atomic_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9802);
/* harmony import */ var _json_write_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1249);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1604);
/* harmony import */ var _run_input_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8542);
/* harmony import */ var _record_load_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9397);











/** AGILAB's export formats and file names, and ours (`lineage`: proofcapsule.lineage.v1). */
const FORMATS = {
    openlineage: { file: 'openlineage.json', build: _exports_openlineage_js__WEBPACK_IMPORTED_MODULE_3__/* .buildOpenLineageEvent */ .k },
    'ro-crate': { file: 'ro-crate-metadata.json', build: _exports_ro_crate_js__WEBPACK_IMPORTED_MODULE_5__/* .buildRoCrate */ .h },
    otel: { file: 'otel-trace.json', build: _exports_otel_js__WEBPACK_IMPORTED_MODULE_4__/* .buildOtelTrace */ .u },
    lineage: { file: 'lineage.json', build: _exports_lineage_js__WEBPACK_IMPORTED_MODULE_2__/* .buildLineage */ ._ },
};
/**
 * export-lineage / export-traces, as AGILAB runs them: the selected formats of a run (a
 * manifest, run folder or .agipack), each to `--output FILE` (one format; `-` is stdout) or
 * into `--output-dir` (default: the current folder) under its standard name; `--json` prints
 * the `agilab.evidence_exports.v1` report of what was written.
 */
async function writeExports(target, formats, flags) {
    if (flags.output !== undefined && formats.length !== 1) {
        const selected = `${formats.length} selected: ${formats.join(', ')}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu('usage', `--output can only be used with a single --format (${selected}); use --output-dir`);
    }
    await (0,_run_input_js__WEBPACK_IMPORTED_MODULE_9__.withRunInput)(target, async (input) => {
        const record = await (0,_record_load_js__WEBPACK_IMPORTED_MODULE_10__.loadRunRecord)(input.manifestPath);
        const paths = {};
        for (const format of formats) {
            const text = (0,_json_write_js__WEBPACK_IMPORTED_MODULE_7__.stableJson)(FORMATS[format].build(record));
            if (flags.output === '-') {
                process.stdout.write(text);
                return;
            }
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(flags.output ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(flags.outputDir ?? '.', FORMATS[format].file));
            (0,_fsio_atomic_js__WEBPACK_IMPORTED_MODULE_6__.writeFileAtomic)(path, text);
            paths[format] = path;
        }
        const report = {
            schema: 'agilab.evidence_exports.v1',
            manifest_path: input.capsule ? null : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(input.manifestPath),
            source_capsule: input.capsule ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(input.capsule) : null,
            formats: [...formats].sort(),
            paths,
        };
        if (flags.json)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .printJson */ .Q2)(report);
        else {
            const listed = Object.entries(paths).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}: ${v}\n`);
            process.stdout.write(`${report.schema}: ok\n${listed.join('')}`);
        }
    });
}
function selectedFormats(choice) {
    return choice === 'all' ? ['openlineage', 'ro-crate', 'otel'] : [choice];
}


/***/ }),

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
