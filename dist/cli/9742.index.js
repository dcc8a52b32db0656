export const id = 9742;
export const ids = [9742];
export const modules = {

/***/ 9742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadTrustPolicy: () => (/* binding */ loadTrustPolicy),
/* harmony export */   trustedKeysIn: () => (/* binding */ trustedKeysIn)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _fsio_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1715);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7105);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3545);
/* harmony import */ var _anchors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8948);







const SPELLINGS = {
    publicKeys: ['allowed_public_key_sha256', 'allowed_public_keys_sha256', 'trusted_public_key_sha256', 'trusted_public_keys_sha256'],
    signers: ['allowed_signers', 'trusted_signers'],
    issuers: ['allowed_issuers', 'trusted_issuers'],
    subjects: ['expected_subject_sha256', 'subject_sha256'],
};
/** JSON (strict: no duplicate keys, I-JSON numbers) or TOML (`.toml`, `.tml`, as AGILAB reads them); schema-validated either way. */
function loadTrustPolicy(path) {
    const value = ['.toml', '.tml'].includes((0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(path).toLowerCase()) ? readTomlPolicy(path) : readJsonPolicy(path);
    const raw = value;
    const anchors = (fields) => {
        const present = fields.filter((f) => raw[f] !== undefined);
        return { fields: present, lists: present.map((f) => toList(raw[f])) };
    };
    return {
        path,
        publicKeys: anchors(SPELLINGS.publicKeys),
        signers: anchors(SPELLINGS.signers),
        issuers: anchors(SPELLINGS.issuers),
        subjects: anchors(SPELLINGS.subjects),
        revokedPublicKeys: toList(raw.revoked_public_key_sha256),
        requiredEvidenceClass: raw.required_evidence_class ?? null,
        notAfter: raw.not_after ?? null,
        unknownKeys: (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .unknownTopLevelKeys */ .IU)('trust-policy', raw),
    };
}
/** The public keys the trust policy at `path` trusts (trustedPublicKeys); none without a path (or an empty one). */
function trustedKeysIn(path) {
    return path ? (0,_anchors_js__WEBPACK_IMPORTED_MODULE_6__/* .trustedPublicKeys */ .jz)(loadTrustPolicy(path)) : [];
}
function toList(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
function readJsonPolicy(path) {
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .readJsonFile */ .JE)(path, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValid */ .pP)('trust-policy', doc.value, path, doc);
    return doc.value;
}
function readTomlPolicy(path) {
    const text = (0,_fsio_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)(path);
    let value;
    try {
        value = (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text, { maxDepth: _json_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_JSON_DEPTH */ .KX });
    }
    catch (err) {
        if (err instanceof smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .TomlError */ .zx)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('toml_invalid', `${path}:${err.line}:${err.column}: invalid TOML: ${err.message.split('\n')[0]}`, { file: path, line: err.line, column: err.column });
        throw err;
    }
    // A TOML datetime is an object; the schema wants the RFC 3339 string it was written as.
    if (value.not_after instanceof smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .TomlDate */ .PJ)
        value.not_after = value.not_after.toISOString();
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValid */ .pP)('trust-policy', value, path);
    return value;
}


/***/ })

};
