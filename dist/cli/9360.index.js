export const id = 9360;
export const ids = [9360,8542];
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

/***/ 8542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withRunInput: () => (/* binding */ withRunInput)
/* harmony export */ });
/* unused harmony export openRunInput */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2479);
/* harmony import */ var _replay_extract_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2674);
/* harmony import */ var _verify_capsule_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1984);
/* harmony import */ var _verify_run_folder_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6777);
/* harmony import */ var _verify_target_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1756);








/**
 * What every verb that takes a run manifest accepts, as AGILAB's verbs do: a manifest, a run
 * folder (holding `run_manifest.json`, or an unpacked capsule's snapshot), or a `.agipack`,
 * which is verified and then unpacked into a temp folder that is itself a run folder.
 */
async function openRunInput(target) {
    if (!(0,_verify_target_js__WEBPACK_IMPORTED_MODULE_7__/* .isCapsuleTarget */ .J)(target)) {
        const manifestPath = (0,_verify_run_folder_js__WEBPACK_IMPORTED_MODULE_6__.resolveRunManifestPath)(target);
        return { manifestPath, capsule: null, beside: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(manifestPath)), close: () => { } };
    }
    const scratch = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'capsule-input-'));
    const close = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(scratch, { recursive: true, force: true });
    const verified = await (0,_verify_capsule_js__WEBPACK_IMPORTED_MODULE_5__.openVerifiedCapsule)(target);
    try {
        await (0,_replay_extract_js__WEBPACK_IMPORTED_MODULE_4__/* .extractVerifiedCapsule */ .B)(verified, scratch);
    }
    catch (err) {
        close();
        throw err;
    }
    finally {
        verified.close();
    }
    return { manifestPath: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .SNAPSHOT_NAME */ .lE), capsule: target, beside: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(target)), close };
}
/** Runs `use` on the opened input and always cleans up after it. */
async function withRunInput(target, use) {
    const input = await openRunInput(target);
    try {
        return await use(input);
    }
    finally {
        input.close();
    }
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

/***/ 6318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ placeArtifacts),
/* harmony export */   w: () => (/* binding */ packPathOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



function expandHome(p) {
    return p === '~' || p.startsWith('~/') ? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)() + p.slice(1) : p;
}
function foundAt(path) {
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : st.isSymbolicLink() ? 'symlink' : 'other';
    }
    catch {
        return 'missing';
    }
}
/**
 * Every artifact of a manifest, placed. AGILAB's own writer records absolute paths (inside the
 * run folder or not) and `kind: "directory"` for folders; other writers record paths relative
 * to the manifest. Both resolve here the way AGILAB's verifier resolves them.
 */
function placeArtifacts(manifest, manifestPath) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(manifestPath));
    return manifest.artifacts.map((artifact, index) => {
        const recorded = expandHome(artifact.path);
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(recorded);
        const location = absolute ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(recorded) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(folder, recorded);
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(folder, location);
        const inside = rel !== '' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel);
        const inRunFolder = inside ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/') : null;
        return { index, artifact, location, absolute, inRunFolder, found: foundAt(location) };
    });
}
/**
 * Where a proof pack holds an artifact found inside the run folder: a relative path as
 * recorded (it resolves the same in the unpacked capsule), an absolute one under `artifacts/`
 * (the snapshot is re-pointed there).
 */
function packPathOf(place) {
    if (place.inRunFolder === null)
        return null;
    if (!place.absolute)
        return place.inRunFolder;
    return place.inRunFolder.startsWith('artifacts/') ? place.inRunFolder : `artifacts/${place.inRunFolder}`;
}


/***/ }),

/***/ 8553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ readRunManifest)
/* harmony export */ });
/* harmony import */ var _fsio_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1715);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7105);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3545);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6813);




/**
 * Reads and schema-validates a run manifest; errors name the file, pointer and line:column.
 * One read: the digest is of the very bytes parsed.
 */
async function readRunManifest(path) {
    const bytes = (0,_fsio_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readFileCapped */ .uh)(path);
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonStrict */ .jM)(bytes.toString('utf8'), path, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .assertValid */ .pP)('run-manifest', doc.value, path, doc);
    return { manifest: doc.value, path, sha256: (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(bytes), size: bytes.length, doc };
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

/***/ 2674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ extractVerifiedCapsule)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('capsule_not_verified', `${path}: does not verify, so it is not unpacked:\n  ${failed.join('\n  ')}`, { file: path }, { report });
    }
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);
    for (const entry of capsule.entries) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...entry.record.name.split('/')));
        if (!target.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('archive_path_unsafe', `${path}!/${entry.record.name}: would be written outside ${root}`, { file: path });
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
            await capsule.copyEntry(entry, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(target, { flags: 'wx', mode: 0o644 }));
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu)
                throw err;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('capsule_unpack_failed', `${path}!/${entry.record.name}: cannot be unpacked into ${root}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFsError */ .TQ)(err)}`, { file: path });
        }
    }
}


/***/ }),

/***/ 6777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   freshRunFolderReport: () => (/* binding */ freshRunFolderReport),
/* harmony export */   resolveRunManifestPath: () => (/* binding */ resolveRunManifestPath),
/* harmony export */   verifyRunFolder: () => (/* binding */ verifyRunFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6813);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7105);
/* harmony import */ var _manifest_artifacts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6318);
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8553);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3545);
/* harmony import */ var _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2479);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5582);










const RUN_FOLDER_STEPS = [
    { id: 'run_manifest_valid', needs: [], run: checkManifestValid },
    { id: 'run_artifacts_present', needs: ['run_manifest_valid'], run: checkArtifactsPresent },
    { id: 'outputs_match_recorded_hashes', needs: ['run_manifest_valid'], run: checkOutputHashes },
    { id: 'event_chain_valid', needs: ['run_manifest_valid'], run: checkFolderChain },
    { id: 'proof_pack_manifest_valid', needs: ['run_manifest_valid'], run: checkPackIndex },
];
/** A manifest path, or a folder holding `run_manifest.json` or (unpacked capsule / pack dir) the snapshot. */
function resolveRunManifestPath(target) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isDirectory())
        return target;
    for (const name of ['run_manifest.json', _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_NAME */ .lE])
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target, name)))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target, name);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('run_manifest_missing', `${target}: holds neither run_manifest.json nor ${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_NAME */ .lE}`, { file: target });
}
/**
 * `capsule verify run_manifest.json` (AGILAB's verify takes a manifest): the manifest is valid,
 * its artifacts are where it says with the sizes it records, our outputs match their hashes,
 * the event chain verifies, and in a pack dir the root index matches every file.
 */
async function verifyRunFolder(target, options = {}) {
    const manifestPath = resolveRunManifestPath(target);
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(manifestPath));
    const result = await (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .runSteps */ .rl)(RUN_FOLDER_STEPS, { loaded: 'run_manifest_valid', chain: 'event_chain_valid' }, (facts, warnings) => ({
        ...facts, manifestPath, folder, warnings, trusted: options.trustedPublicKeySha256 ?? [], skipArtifacts: options.skipArtifacts ?? false,
    }));
    const path = options.displayPath ?? manifestPath;
    return folderReport(result.checks, result.warnings, path, result.fact('loaded'), result.fact('chain'));
}
/**
 * The report `verifyRunFolder` gives for a run folder the pipeline has just made, from what the
 * pipeline knows instead of reading the folder back: it built and validated the manifest (`loaded`,
 * from the bytes it wrote), wrote and hashed every artifact and output it records, and verified
 * the sealed chain (`chain`, under the keys trusted here).
 */
function freshRunFolderReport(loaded, chain, displayPath) {
    const evidence = loaded.manifest.proof_capsule?.evidence;
    const outcomes = [
        ['run_manifest_valid', manifestValid(loaded)],
        ['run_artifacts_present', artifactsPresent(loaded)],
        ['outputs_match_recorded_hashes', outputsMatch(loaded)],
        ['event_chain_valid', evidence ? chainCheck(chain, evidence) : null],
    ];
    const checks = outcomes.flatMap(([id, outcome]) => (outcome ? [{ id, ...outcome }] : []));
    return folderReport(checks, [], displayPath, loaded, evidence ? chain : undefined);
}
function folderReport(checks, warnings, path, loaded, chain) {
    return {
        schema: 'agilab.proof_capsule_verification.v1',
        status: checks.every((c) => c.status === 'pass') ? 'pass' : 'fail',
        capsule: { path, sha256: loaded?.sha256 ?? null, size_bytes: loaded?.size ?? null },
        strict: false,
        checks,
        warnings,
        evidence_class: chain?.classification ?? null,
        // A folder carries no signature: whoever wrote its files is not proven here.
        origin: {
            verified: false,
            public_key_sha256: null,
            summary: 'origin not verified: a run folder carries no signature; this verifies integrity only',
        },
    };
}
const manifestValid = (loaded) => (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`run ${loaded.manifest.run_id} (${loaded.manifest.status}): valid agilab.run_manifest`);
const artifactsPresent = (loaded) => (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`${loaded.manifest.artifacts.filter((a) => a.exists).length} artifacts present with their recorded sizes`);
const outputsMatch = (loaded) => (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`${(loaded.manifest.proof_capsule?.outputs ?? []).length} outputs match their recorded sha256`);
async function checkManifestValid(ctx) {
    const loaded = await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_6__/* .readRunManifest */ .t)(ctx.manifestPath);
    ctx.set('loaded', loaded);
    return manifestValid(loaded);
}
/** As AGILAB checks them: each artifact recorded as existing is there (a file or a folder, absolute or manifest-relative). */
function checkArtifactsPresent(ctx) {
    if (ctx.skipArtifacts)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)('artifact existence checks skipped (--no-artifacts)', { skipped: true });
    const problems = [];
    const places = (0,_manifest_artifacts_js__WEBPACK_IMPORTED_MODULE_5__/* .placeArtifacts */ .X)(ctx.get('loaded').manifest, ctx.manifestPath).filter((p) => p.artifact.exists);
    for (const { artifact: a, found, location } of places) {
        if (found === 'missing' || (found === 'symlink' && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(location)))
            problems.push(`artifact ${a.name}: ${a.path} is missing`);
        else if (found === 'file' && a.size_bytes !== null && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(location).size !== a.size_bytes) {
            problems.push(`artifact ${a.name}: ${a.path} is ${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(location).size} bytes, ${a.size_bytes} recorded`);
        }
    }
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(problems[0], { problems });
    return artifactsPresent(ctx.get('loaded'));
}
async function checkOutputHashes(ctx) {
    const outputs = ctx.get('loaded').manifest.proof_capsule?.outputs ?? [];
    const problems = [];
    for (const out of outputs) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.folder, out.path);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
            problems.push(`output ${out.path} is missing`);
            continue;
        }
        const digest = await (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)(path);
        if (digest.sha256 !== out.sha256 || digest.size !== out.size_bytes)
            problems.push(`output ${out.path}: sha256 ${digest.sha256} (${digest.size} bytes), recorded ${out.sha256} (${out.size_bytes} bytes)`);
    }
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(problems[0], { problems });
    return outputsMatch(ctx.get('loaded'));
}
async function checkFolderChain(ctx) {
    const evidence = ctx.get('loaded').manifest.proof_capsule?.evidence;
    if (!evidence)
        return null;
    // Loaded only for a run that has a chain: a plain AGILAB manifest has none.
    const { verifyChainFile } = await Promise.all(/* import() */[__webpack_require__.e(9605), __webpack_require__.e(7158)]).then(__webpack_require__.bind(__webpack_require__, 7158));
    const report = await verifyChainFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.folder, evidence.events), { trustedPublicKeySha256: ctx.trusted });
    ctx.set('chain', report);
    return chainCheck(report, evidence);
}
function chainCheck(report, evidence) {
    const { events } = evidence;
    const details = { classification: report.classification, event_count: report.event_count, final_hash: report.final_hash };
    if (report.status !== 'PASS') {
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(`${events}: chain FAIL: ${report.errors[0]?.rule ?? ''}: ${report.errors[0]?.message ?? ''}`, details);
    }
    if (report.final_hash !== evidence.final_hash) {
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(`${events}: final hash ${report.final_hash} differs from the manifest's ${evidence.final_hash}`, details);
    }
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`${events}: ${report.event_count} events verify; ${report.classification}`, details);
}
/** Only in a pack dir or unpacked capsule (the root index sits beside the manifest). */
async function checkPackIndex(ctx) {
    const indexPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.folder, _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PROOF_PACK_INDEX_NAME */ .y$);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(indexPath))
        return null;
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .readJsonFile */ .JE)(indexPath, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .assertValid */ .pP)('proof-pack', doc.value, indexPath, doc);
    const index = doc.value;
    const loaded = ctx.get('loaded');
    const problems = [];
    for (const f of index.files) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.folder, f.path);
        if (!path.startsWith(ctx.folder + '/') || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
            problems.push(`${f.path} is missing`);
            continue;
        }
        const digest = await (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)(path);
        if (digest.sha256 !== f.sha256 || digest.size !== f.size_bytes)
            problems.push(`${f.path}: sha256 ${digest.sha256} (${digest.size} bytes), index records ${f.sha256} (${f.size_bytes} bytes)`);
    }
    if (index.source_manifest.sha256 !== loaded.sha256 && ctx.manifestPath.endsWith(_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_NAME */ .lE))
        problems.push(`${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_NAME */ .lE} sha256 ${loaded.sha256} differs from the index's source_manifest`);
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(problems[0], { problems });
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PROOF_PACK_INDEX_NAME */ .y$}: ${index.files.length} files match`);
}


/***/ })

};
