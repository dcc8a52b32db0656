export const id = 2418;
export const ids = [2418];
export const modules = {

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


/***/ })

};
