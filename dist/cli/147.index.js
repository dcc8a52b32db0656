export const id = 147;
export const ids = [147,742];
export const modules = {

/***/ 2479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ parseCapsuleManifest),
/* harmony export */   lE: () => (/* binding */ SNAPSHOT_NAME),
/* harmony export */   u5: () => (/* binding */ CAPSULE_MANIFEST_NAME),
/* harmony export */   y$: () => (/* binding */ PROOF_PACK_INDEX_NAME)
/* harmony export */ });
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7105);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3545);


const CAPSULE_MANIFEST_NAME = 'agipack-manifest.json';
const PROOF_PACK_INDEX_NAME = 'agilab_proof_pack.json';
const SNAPSHOT_NAME = 'run_manifest.snapshot.json';
/** Parses with the signed-document rules (no duplicate keys, I-JSON numbers) and the exact schema. */
function parseCapsuleManifest(text, file) {
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonStrict */ .jM)(text, file, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .assertValid */ .pP)('capsule-manifest', doc.value, file, doc);
    return doc.value;
}


/***/ }),

/***/ 1491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ decodeBase64Strict),
/* harmony export */   L6: () => (/* binding */ readSignatureFile),
/* harmony export */   ML: () => (/* binding */ signatureMessage),
/* harmony export */   NY: () => (/* binding */ SIGNATURE_SCHEMA),
/* harmony export */   k5: () => (/* binding */ CAPSULE_MEDIA_TYPE),
/* harmony export */   x7: () => (/* binding */ defaultSignaturePath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7105);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3545);




const CAPSULE_MEDIA_TYPE = 'application/vnd.agilab.proof-capsule+zip';
const SIGNATURE_SCHEMA = 'agilab.proof_capsule_signature.v1';
/** The exact signed bytes; always rebuilt from the real capsule's digest, never read from the document. */
function signatureMessage(capsuleSha256) {
    return `${SIGNATURE_SCHEMA}\nsha256:${capsuleSha256}\n`;
}
/** `X.agipack` → `X.agipack.sig.json`: where `sign` writes and `verify` looks by default. */
function defaultSignaturePath(capsulePath) {
    return `${capsulePath}.sig.json`;
}
/** Reads a signature document with the signed-document JSON rules and the exact schema. */
function readSignatureFile(path, maxBytes) {
    let size;
    try {
        size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .M('file_unreadable', `${path}: cannot read: ${err.code ?? err.message}`, { file: path });
    }
    if (size > maxBytes)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .M('signature_too_large', `${path}: ${size} bytes, more than a signature document can be (${maxBytes})`, { file: path });
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonStrict */ .jM)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), path, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .assertValid */ .pP)('capsule-signature', doc.value, path, doc);
    return { path, document: doc.value };
}
/**
 * Strict base64 (RFC 4648 §4, padded, no whitespace): Node's decoder skips bad characters,
 * which would let two different strings decode to one signature.
 */
function decodeBase64Strict(value) {
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value))
        return null;
    const bytes = Buffer.from(value, 'base64');
    return bytes.toString('base64') === value ? bytes : null;
}


/***/ }),

/***/ 9742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yk: () => (/* binding */ hasAnyAnchor),
/* harmony export */   loadTrustPolicy: () => (/* binding */ loadTrustPolicy),
/* harmony export */   trustedPublicKeys: () => (/* binding */ trustedPublicKeys),
/* harmony export */   ul: () => (/* binding */ anchorAllows),
/* harmony export */   zm: () => (/* binding */ hasKeyAnchor)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _fsio_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1715);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7105);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3545);






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
/** True when every declared list of this anchor kind holds `value` exactly. */
function anchorAllows(anchor, value) {
    return anchor.lists.every((list) => list.includes(value));
}
function hasAnyAnchor(policy) {
    return [policy.publicKeys, policy.signers, policy.issuers, policy.subjects].some((a) => a.lists.length > 0);
}
/**
 * The public keys this policy trusts: those every declared key list allows (lists AND
 * together, docs/trust-policy.md), minus revoked ones. Used wherever a key must be trusted by
 * itself, such as an event chain's seal, so all such places agree.
 */
function trustedPublicKeys(policy) {
    const [first = [], ...rest] = policy.publicKeys.lists;
    return first.filter((k) => rest.every((list) => list.includes(k)) && !policy.revokedPublicKeys.includes(k));
}
/** Signer and issuer names are self-declared; only a key or subject hash authenticates. */
function hasKeyAnchor(policy) {
    return policy.publicKeys.lists.length > 0 || policy.subjects.lists.length > 0;
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .M('toml_invalid', `${path}:${err.line}:${err.column}: invalid TOML: ${err.message.split('\n')[0]}`, { file: path, line: err.line, column: err.column });
        throw err;
    }
    // A TOML datetime is an object; the schema wants the RFC 3339 string it was written as.
    if (value.not_after instanceof smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .TomlDate */ .PJ)
        value.not_after = value.not_after.toISOString();
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValid */ .pP)('trust-policy', value, path);
    return value;
}


/***/ }),

/***/ 1147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyCapsule: () => (/* binding */ verifyCapsule)
});

// UNUSED EXPORTS: CAPSULE_STEPS

// EXTERNAL MODULE: ./src/verify/steps.ts
var steps = __webpack_require__(5582);
// EXTERNAL MODULE: ./src/verify/checks/context.ts
var context = __webpack_require__(6816);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
// EXTERNAL MODULE: ./src/hash/sha256.ts
var sha256 = __webpack_require__(6813);
// EXTERNAL MODULE: ./src/zip/canonical.ts
var canonical = __webpack_require__(7973);
// EXTERNAL MODULE: ./src/zip/read.ts
var read = __webpack_require__(563);
;// CONCATENATED MODULE: ./src/verify/checks/archive.ts






async function checkCapsuleExists(ctx) {
    let stat;
    try {
        stat = (0,external_node_fs_.statSync)(ctx.path);
    }
    catch (err) {
        return (0,context/* fail */.fJ)(`${ctx.path}: ${err.code ?? 'cannot stat'}`);
    }
    if (!stat.isFile())
        return (0,context/* fail */.fJ)(`${ctx.path} is not a regular file`);
    const digest = await (0,sha256/* sha256File */.Q3)(ctx.path);
    ctx.capsuleSha256 = digest.sha256;
    ctx.capsuleSize = digest.size;
    return (0,context/* pass */.IX)(`${ctx.path} (${digest.size} bytes)`, { sha256: digest.sha256, size_bytes: digest.size });
}
/** An independent, lenient reader (yauzl) must list the archive too: the strict layout check comes next. */
async function checkZipReadable(ctx) {
    try {
        const count = await countEntriesWithYauzl(ctx.path);
        return (0,context/* pass */.IX)(`ZIP central directory lists ${count} entries`, { entry_count: count });
    }
    catch (err) {
        return (0,context/* fail */.fJ)(`not a readable ZIP archive: ${err.message}`);
    }
}
function countEntriesWithYauzl(path) {
    return new Promise((resolve, reject) => {
        // decodeStrings:false: names are judged by archive_paths_safe, not rewritten or refused here.
        yauzl.open(path, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: true }, (err, zip) => {
            if (err || !zip)
                return reject(err ?? new Error('cannot open'));
            let count = 0;
            zip.on('entry', () => {
                count++;
                zip.readEntry();
            });
            zip.on('end', () => resolve(count));
            zip.on('error', reject);
            zip.readEntry();
        });
    });
}
/** Local headers agree with the central directory, no stray bytes, no encryption, stored/deflate only, ZIP64 consistent, size caps. */
function checkArchiveStructure(ctx) {
    const layout = (0,read/* readZipLayout */.up)(ctx.path);
    ctx.layout = layout;
    const problems = [...layout.problems, ...sizeCapProblems(ctx, layout.entries)];
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(`archive layout is not strict: ${problems[0]}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`, { problems });
    return (0,context/* pass */.IX)(`${layout.entries.length} entries, contiguous, local headers match the central directory`);
}
function sizeCapProblems(ctx, entries) {
    const { maxEntryBytes, maxTotalBytes, maxRatio, ratioFloorBytes } = ctx.limits;
    const problems = [];
    let total = 0;
    for (const e of entries) {
        total += e.uncompressedSize;
        if (e.uncompressedSize > maxEntryBytes)
            problems.push(`${JSON.stringify(e.name)}: declares ${e.uncompressedSize} bytes, above the per-entry cap ${maxEntryBytes}`);
        const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
        if (e.uncompressedSize >= ratioFloorBytes && ratio > maxRatio)
            problems.push(`${JSON.stringify(e.name)}: compression ratio ${ratio.toFixed(0)} above the cap ${maxRatio} (decompression bomb)`);
    }
    if (total > maxTotalBytes)
        problems.push(`entries declare ${total} bytes in total, above the cap ${maxTotalBytes}`);
    return problems;
}
const regularFile = (mode) => ((0o100000 | mode) << 16) >>> 0;
const WRITER_PROFILES = [
    { name: 'proof-capsule', versionsMadeBy: new Set([(3 << 8) | 45]), externalAttributes: new Set([(regularFile(canonical/* ENTRY_MODE */.N1) | 0x20) >>> 0]) },
    {
        name: 'python-zipfile',
        versionsMadeBy: new Set([(3 << 8) | 20, (3 << 8) | 45, 20, 45]),
        externalAttributes: new Set([(0o600 << 16) >>> 0, regularFile(0o600), regularFile(0o640), regularFile(0o644), regularFile(0o664)]),
    },
];
function profileProblems(profile, entries) {
    const problems = [];
    for (const e of entries) {
        const name = JSON.stringify(e.name);
        if (!profile.versionsMadeBy.has(e.versionMadeBy))
            problems.push(`${name}: version made by 0x${e.versionMadeBy.toString(16)} is not ${profile.name}'s`);
        if (e.internalAttributes !== 0)
            problems.push(`${name}: internal attributes 0x${e.internalAttributes.toString(16)}, expected 0`);
        if (!profile.externalAttributes.has(e.externalAttributes) && !isSymlink(e))
            problems.push(`${name}: external attributes 0x${e.externalAttributes.toString(16)} are not a ${profile.name} regular file`);
        if (e.versionNeeded !== 20 && e.versionNeeded !== 45)
            problems.push(`${name}: version needed ${e.versionNeeded}, expected 20 (or 45 with ZIP64)`);
    }
    return problems;
}
/**
 * The fields that only the central directory holds (so a change there is not caught by
 * comparing with the local header) must match one known writer's form, for every entry.
 */
function checkArchiveCanonicalForm(ctx) {
    const entries = ctx.layout.entries;
    const results = WRITER_PROFILES.map((profile) => ({ profile, problems: profileProblems(profile, entries) }));
    const match = results.find((r) => r.problems.length === 0);
    if (match)
        return (0,context/* pass */.IX)(`every entry is in ${match.profile.name}'s form: regular files, no extra attributes`, { writer: match.profile.name });
    const closest = results.reduce((a, b) => (b.problems.length < a.problems.length ? b : a));
    return (0,context/* fail */.fJ)(`entries are not in a known writer's canonical form (closest: ${closest.profile.name}): ${closest.problems[0]}`, { problems: closest.problems, writer: closest.profile.name });
}
function isSymlink(e) {
    return e.versionMadeBy >> 8 === 3 && ((e.externalAttributes >>> 16) & 0o170000) === 0o120000;
}
/** Zip-slip, symlinks, duplicates, non-UTF-8 and non-NFC names: each rejected by name. */
function checkArchivePathsSafe(ctx) {
    const problems = [];
    const seen = new Map();
    const folded = new Set();
    for (const e of ctx.layout.entries) {
        const problem = pathProblem(e);
        if (problem)
            problems.push(problem);
        if (isSymlink(e))
            problems.push(`${JSON.stringify(e.name)}: symlink entry`);
        if (seen.has(e.name))
            problems.push(`${JSON.stringify(e.name)}: duplicate entry name`);
        // Two names one case-insensitive file system would merge on extraction.
        else if (folded.has(e.name.toLowerCase()))
            problems.push(`${JSON.stringify(e.name)}: differs from another entry only by case`);
        seen.set(e.name, e);
        folded.add(e.name.toLowerCase());
    }
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(`unsafe entry names: ${problems[0]}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`, { problems });
    ctx.entries = seen;
    return (0,context/* pass */.IX)(`${seen.size} entry names are relative, unique, UTF-8 NFC paths`);
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
function pathProblem(e) {
    let name;
    try {
        name = utf8.decode(e.rawName);
    }
    catch {
        return `entry name bytes ${e.rawName.toString('hex')} are not UTF-8`;
    }
    const q = JSON.stringify(name);
    if (!(e.flags & read/* FLAG_UTF8 */.Tq) && /[^\x20-\x7e]/.test(name))
        return `${q}: non-ASCII name without the UTF-8 flag (would be read as CP437)`;
    if (name !== name.normalize('NFC'))
        return `${q}: name is not Unicode NFC`;
    if (name.length === 0)
        return 'empty entry name';
    if (/[\x00-\x1f\x7f]/.test(name))
        return `${q}: control character in name`;
    if (name.includes('\\'))
        return `${q}: backslash in name`;
    if (name.startsWith('/'))
        return `${q}: absolute path`;
    if (/^[A-Za-z]:/.test(name))
        return `${q}: drive-letter path`;
    // A directory entry ("dir/") is judged by capsule_entries_valid; its path is checked like a file's.
    const parts = name.replace(/\/$/, '').split('/');
    if (parts.some((p) => p === '..'))
        return `${q}: ".." path segment (zip-slip)`;
    if (parts.some((p) => p === '.' || p === ''))
        return `${q}: empty or "." path segment`;
    return null;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/prove/capsule-manifest.ts
var capsule_manifest = __webpack_require__(2479);
// EXTERNAL MODULE: ./src/zip/entry.ts
var entry = __webpack_require__(7283);
;// CONCATENATED MODULE: ./src/verify/checks/inventory.ts





function checkCapsuleManifestPresent(ctx) {
    if (!ctx.entries.has(capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5))
        return (0,context/* fail */.fJ)(`${capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5} is not in the archive`);
    return (0,context/* pass */.IX)(`${capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5} present`);
}
/** Signed-document JSON rules (duplicate keys, I-JSON numbers) and the exact field set. */
async function checkCapsuleManifestSchema(ctx) {
    const file = `${ctx.path}!/${capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5}`;
    try {
        const bytes = await (0,entry/* readEntryBytes */.E2)(ctx.path, ctx.entries.get(capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5), ctx.limits.maxDocumentBytes);
        ctx.manifest = (0,capsule_manifest/* parseCapsuleManifest */.Es)(decodeUtf8(bytes, file), file);
    }
    catch (err) {
        if (err instanceof errors/* CapsuleError */.M)
            return (0,context/* fail */.fJ)(err.message, { code: err.code, ...err.location });
        throw err;
    }
    return (0,context/* pass */.IX)(`${capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5} is ${ctx.manifest.schema}`, { schema: ctx.manifest.schema });
}
function decodeUtf8(bytes, file) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* CapsuleError */.M('utf8_invalid', `${file}: not UTF-8 text`, { file });
    }
}
/** The manifest's entries are sorted, unique, not itself, counted right; the archive holds files only. */
function checkCapsuleEntriesValid(ctx) {
    const m = ctx.manifest;
    const problems = [];
    if (m.entry_count !== m.entries.length)
        problems.push(`entry_count ${m.entry_count} but ${m.entries.length} entries listed`);
    m.entries.forEach((e, i) => {
        if (e.path === capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5)
            problems.push(`/entries/${i}: the manifest lists itself`);
        if (i > 0 && (0,canonical/* comparePaths */.cD)(m.entries[i - 1].path, e.path) >= 0)
            problems.push(`/entries/${i}: ${JSON.stringify(e.path)} is not after ${JSON.stringify(m.entries[i - 1].path)} (entries must be sorted and unique)`);
    });
    const names = [...ctx.entries.keys()];
    for (const name of names)
        if (name.endsWith('/'))
            problems.push(`${JSON.stringify(name)}: directory entry (capsules hold files only)`);
    const sorted = [...names].sort(canonical/* comparePaths */.cD);
    if (names.some((n, i) => n !== sorted[i]))
        problems.push('archive entries are not sorted by path');
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { problems });
    return (0,context/* pass */.IX)(`${m.entries.length} manifest entries, sorted and unique`);
}
/** Every archive entry but the manifest is listed, and every listed entry is in the archive. */
function checkEntryInventory(ctx) {
    const listed = new Set(ctx.manifest.entries.map((e) => e.path));
    const archived = [...ctx.entries.keys()].filter((n) => n !== capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5);
    const unlisted = archived.filter((n) => !listed.has(n));
    const missing = [...listed].filter((n) => !ctx.entries.has(n));
    if (unlisted.length || missing.length) {
        return (0,context/* fail */.fJ)(`archive and manifest disagree: ${unlisted.length} entries not in the manifest, ${missing.length} listed but absent`, { not_in_manifest: unlisted, not_in_archive: missing });
    }
    return (0,context/* pass */.IX)(`archive holds exactly the ${listed.size} listed entries`);
}
/**
 * Streams every entry (the manifest too): the inflated bytes must match the central
 * directory's size and CRC-32, and the manifest's size and sha256. Inflation stops at the
 * declared size, so a size lie or bomb costs at most that much.
 */
async function checkEntryHashes(ctx) {
    const recorded = new Map(ctx.manifest.entries.map((e) => [e.path, e]));
    const problems = [];
    for (const [name, e] of ctx.entries) {
        let digest;
        try {
            digest = await (0,entry/* digestEntry */.H4)(ctx.path, e, e.uncompressedSize);
        }
        catch (err) {
            problems.push(`${JSON.stringify(name)}: ${err.message}`);
            continue;
        }
        if (digest.size !== e.uncompressedSize)
            problems.push(`${JSON.stringify(name)}: inflates to ${digest.size} bytes, the central directory says ${e.uncompressedSize}`);
        if (digest.crc32 !== e.crc32)
            problems.push(`${JSON.stringify(name)}: CRC-32 ${digest.crc32.toString(16)} != recorded ${e.crc32.toString(16)}`);
        const want = recorded.get(name);
        if (want && (want.sha256 !== digest.sha256 || want.size_bytes !== digest.size)) {
            problems.push(`${JSON.stringify(name)}: sha256 ${digest.sha256} (${digest.size} bytes), manifest records ${want.sha256} (${want.size_bytes} bytes)`);
        }
    }
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { problems });
    return (0,context/* pass */.IX)(`${ctx.entries.size} entries match their CRC-32, size and sha256`);
}

// EXTERNAL MODULE: ./src/json/parse.ts
var parse = __webpack_require__(7105);
// EXTERNAL MODULE: ./src/schemas/registry.ts
var registry = __webpack_require__(3545);
;// CONCATENATED MODULE: ./src/verify/checks/contents.ts







/** Reads a JSON entry with the strict parser and a schema; a CapsuleError names `capsule!/entry`. */
async function readJsonEntry(ctx, name, schema) {
    const e = ctx.entries.get(name);
    const file = `${ctx.path}!/${name}`;
    if (!e)
        throw new errors/* CapsuleError */.M('capsule_entry_missing', `${file}: not in the archive`, { file });
    const doc = (0,parse/* parseJsonStrict */.jM)(decodeUtf8(await (0,entry/* readEntryBytes */.E2)(ctx.path, e, ctx.limits.maxDocumentBytes), file), file, { ijson: true });
    (0,registry/* assertValid */.pP)(schema, doc.value, file, doc);
    return doc;
}
/** The byte copy of the run manifest: valid, and the one the capsule manifest names by hash. */
async function checkRunManifestSnapshot(ctx) {
    let snapshot;
    try {
        snapshot = (await readJsonEntry(ctx, capsule_manifest/* SNAPSHOT_NAME */.lE, 'run-manifest')).value;
    }
    catch (err) {
        if (err instanceof errors/* CapsuleError */.M)
            return (0,context/* fail */.fJ)(err.message, { code: err.code });
        throw err;
    }
    const m = ctx.manifest;
    const recorded = m.entries.find((e) => e.path === capsule_manifest/* SNAPSHOT_NAME */.lE);
    const problems = [];
    if (recorded.sha256 !== m.source_manifest.sha256)
        problems.push(`snapshot sha256 ${recorded.sha256} != source_manifest.sha256 ${m.source_manifest.sha256}`);
    for (const field of ['run_id', 'path_id', 'status']) {
        if (snapshot[field] !== m[field])
            problems.push(`${field} ${JSON.stringify(snapshot[field])} in the snapshot, ${JSON.stringify(m[field])} in ${capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5}`);
    }
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { problems });
    ctx.snapshot = snapshot;
    return (0,context/* pass */.IX)(`run ${snapshot.run_id} (${snapshot.status}) snapshot is a valid agilab.run_manifest`, { run_id: snapshot.run_id, status: snapshot.status });
}
/** The root index lists every file of the pack but itself, with the digests the archive holds. */
async function checkProofPackManifest(ctx) {
    let index;
    try {
        index = (await readJsonEntry(ctx, capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$, 'proof-pack')).value;
    }
    catch (err) {
        if (err instanceof errors/* CapsuleError */.M)
            return (0,context/* fail */.fJ)(err.message, { code: err.code });
        throw err;
    }
    const m = ctx.manifest;
    const inArchive = new Map(m.entries.filter((e) => e.path !== capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$).map((e) => [e.path, e]));
    const problems = [];
    for (const f of index.files) {
        const e = inArchive.get(f.path);
        if (!e)
            problems.push(`files lists ${JSON.stringify(f.path)}, which the capsule does not hold`);
        else if (e.sha256 !== f.sha256 || e.size_bytes !== f.size_bytes)
            problems.push(`${JSON.stringify(f.path)}: index records ${f.sha256} (${f.size_bytes} bytes), the capsule holds ${e.sha256} (${e.size_bytes} bytes)`);
        inArchive.delete(f.path);
    }
    for (const path of inArchive.keys())
        problems.push(`${JSON.stringify(path)} is in the capsule but not in ${capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$}`);
    if (index.source_manifest.sha256 !== m.source_manifest.sha256)
        problems.push('source_manifest.sha256 differs from the capsule manifest');
    if (index.run_id !== m.run_id)
        problems.push(`run_id ${JSON.stringify(index.run_id)} differs from the capsule manifest`);
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { problems });
    return (0,context/* pass */.IX)(`${capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$} indexes ${index.files.length} files, all matching`);
}

// EXTERNAL MODULE: ./src/keys/ed25519.ts
var ed25519 = __webpack_require__(9805);
// EXTERNAL MODULE: ./src/sign/signature.ts
var sign_signature = __webpack_require__(1491);
;// CONCATENATED MODULE: ./src/verify/checks/signature.ts





/** The given --signature, else `X.sig.json` beside the capsule. Absent and not required: not listed, a warning. */
function checkSignaturePresent(ctx) {
    const path = ctx.options.signaturePath ?? (0,sign_signature/* defaultSignaturePath */.x7)(ctx.path);
    const required = ctx.options.requireSignature || ctx.options.trustPolicyPath !== undefined;
    if ((0,external_node_fs_.existsSync)(path)) {
        ctx.signaturePath = path;
        return (0,context/* pass */.IX)(`detached signature ${path}`, { path });
    }
    if (required)
        return (0,context/* fail */.fJ)(`no detached signature at ${path}${ctx.options.trustPolicyPath ? ' (a trust policy needs a signed capsule)' : ''}`, { path });
    ctx.warnings.push(`capsule is unsigned (no ${path}); its integrity is checked, its origin is not`);
    return null;
}
function checkSignatureSchema(ctx) {
    try {
        ctx.signature = (0,sign_signature/* readSignatureFile */.L6)(ctx.signaturePath, ctx.limits.maxDocumentBytes);
    }
    catch (err) {
        if (err instanceof errors/* CapsuleError */.M)
            return (0,context/* fail */.fJ)(err.message, { code: err.code });
        throw err;
    }
    return (0,context/* pass */.IX)(`${ctx.signaturePath} is ${ctx.signature.document.schema}`);
}
/** The signature names this exact file: digest, size, and the message rebuilt from it. */
function checkSignatureSubject(ctx) {
    const doc = ctx.signature.document;
    const expected = (0,sign_signature/* signatureMessage */.ML)(ctx.capsuleSha256);
    const problems = [];
    if (doc.subject.sha256 !== ctx.capsuleSha256)
        problems.push(`signature is for sha256 ${doc.subject.sha256}, this capsule is ${ctx.capsuleSha256}`);
    if (doc.subject.size_bytes !== ctx.capsuleSize)
        problems.push(`signature subject is ${doc.subject.size_bytes} bytes, this capsule ${ctx.capsuleSize}`);
    if (doc.signature.message !== expected)
        problems.push('signature.message is not the message for this capsule');
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { problems });
    return (0,context/* pass */.IX)(`signature subject is this capsule (sha256 ${ctx.capsuleSha256})`);
}
/** An Ed25519 SPKI PEM with a 32-byte key, whose recorded sha256 is of those exact PEM bytes. */
function checkSignatureKey(ctx) {
    const key = ctx.signature.document.key;
    try {
        (0,ed25519.publicKeyFromPem)(key.public_key_pem);
    }
    catch (err) {
        if (err instanceof errors/* CapsuleError */.M)
            return (0,context/* fail */.fJ)(err.message, { code: err.code });
        throw err;
    }
    if (!key.public_key_pem.endsWith('\n'))
        return (0,context/* fail */.fJ)('key.public_key_pem must end with "\\n"');
    const actual = (0,ed25519.publicKeySha256)(key.public_key_pem);
    if (actual !== key.public_key_sha256)
        return (0,context/* fail */.fJ)(`key.public_key_sha256 ${key.public_key_sha256} is not the sha256 of the PEM (${actual})`);
    return (0,context/* pass */.IX)(`Ed25519 key ${actual}`, { public_key_sha256: actual });
}
/** Strict RFC 8032 verification over the message rebuilt from the real file. */
function checkSignatureCryptographic(ctx) {
    const doc = ctx.signature.document;
    const signature = (0,sign_signature/* decodeBase64Strict */.Fm)(doc.signature.value);
    if (!signature)
        return (0,context/* fail */.fJ)('signature.value is not canonical padded base64');
    if (signature.length !== 64)
        return (0,context/* fail */.fJ)(`signature is ${signature.length} bytes, Ed25519 signatures are 64`);
    const ok = (0,ed25519/* verifyEd25519Strict */._U)((0,ed25519.publicKeyFromPem)(doc.key.public_key_pem), Buffer.from((0,sign_signature/* signatureMessage */.ML)(ctx.capsuleSha256), 'utf8'), signature);
    if (!ok)
        return (0,context/* fail */.fJ)('Ed25519 signature does not verify (strict RFC 8032) for this capsule and key');
    return (0,context/* pass */.IX)(`Ed25519 signature verifies with key ${doc.key.public_key_sha256}`);
}

// EXTERNAL MODULE: ./src/trust/policy.ts
var policy = __webpack_require__(9742);
;// CONCATENATED MODULE: ./src/verify/checks/trust.ts



function checkTrustPolicyLoaded(ctx) {
    const path = ctx.options.trustPolicyPath;
    if (path === undefined)
        return null;
    try {
        ctx.policy = (0,policy.loadTrustPolicy)(path);
    }
    catch (err) {
        if (err instanceof errors/* CapsuleError */.M)
            return (0,context/* fail */.fJ)(err.message, { code: err.code, ...err.location });
        throw err;
    }
    if (ctx.policy.notAfter !== null && Date.parse(ctx.policy.notAfter) < Date.now()) {
        return (0,context/* fail */.fJ)(`trust policy ${path} expired at ${ctx.policy.notAfter}`, { not_after: ctx.policy.notAfter });
    }
    const unknown = ctx.policy.unknownKeys;
    if (unknown.length > 0) {
        const message = `${path}: unknown ${unknown.length === 1 ? 'key' : 'keys'} ${unknown.map((k) => JSON.stringify(k)).join(', ')}: no trust-policy spelling names ${unknown.length === 1 ? 'it' : 'them'}, so ${unknown.length === 1 ? 'it trusts' : 'they trust'} nothing (AGILAB ignores them)`;
        if (ctx.options.strict)
            return (0,context/* fail */.fJ)(`${message}; --strict refuses a policy it cannot fully read`, { unknown_keys: unknown });
        ctx.warnings.push(message);
    }
    return (0,context/* pass */.IX)(`trust policy ${path}`, unknown.length > 0 ? { unknown_keys: unknown } : {});
}
function checkTrustPolicyHasAnchor(ctx) {
    if (!(0,policy/* hasAnyAnchor */.Yk)(ctx.policy))
        return (0,context/* fail */.fJ)(`${ctx.policy.path} declares no anchor (public key, signer, issuer or subject)`);
    return (0,context/* pass */.IX)('trust policy declares at least one anchor');
}
/** Signer and issuer are self-declared labels: without a key or subject anchor nothing is authenticated. */
function checkTrustPolicyHasKeyAnchor(ctx) {
    if ((0,policy/* hasKeyAnchor */.zm)(ctx.policy))
        return (0,context/* pass */.IX)('trust policy anchors a public key or subject hash');
    const message = `${ctx.policy.path} anchors only self-declared names (signer/issuer): anyone can claim them; add allowed_public_key_sha256 or expected_subject_sha256`;
    if (ctx.options.strict)
        return (0,context/* fail */.fJ)(message);
    ctx.warnings.push(message);
    return null;
}
function allows(anchor, value, what) {
    if (anchor.lists.length === 0)
        return (0,context/* pass */.IX)(`${what} not constrained by the policy`);
    if (!(0,policy/* anchorAllows */.ul)(anchor, value))
        return (0,context/* fail */.fJ)(`${what} ${JSON.stringify(value)} is not in ${anchor.fields.join(' and ')}`, { value, fields: anchor.fields });
    return (0,context/* pass */.IX)(`${what} ${JSON.stringify(value)} is trusted`, { value });
}
function checkTrustPolicyAllowsPublicKey(ctx) {
    const key = ctx.signature.document.key.public_key_sha256;
    if (ctx.policy.revokedPublicKeys.includes(key))
        return (0,context/* fail */.fJ)(`public key ${key} is revoked by the policy`, { value: key });
    return allows(ctx.policy.publicKeys, key, 'public key');
}
function checkTrustPolicyAllowsSigner(ctx) {
    return allows(ctx.policy.signers, ctx.signature.document.signer, 'signer');
}
function checkTrustPolicyAllowsIssuer(ctx) {
    return allows(ctx.policy.issuers, ctx.signature.document.issuer, 'issuer');
}
function checkTrustPolicyAllowsSubject(ctx) {
    return allows(ctx.policy.subjects, ctx.capsuleSha256, 'subject sha256');
}
/** Our extension: the evidence chain must reach at least the class the policy requires. */
function checkTrustPolicyEvidenceClass(ctx) {
    const required = ctx.policy?.requiredEvidenceClass;
    if (!required)
        return null;
    const rank = ['NON_AUTHORITATIVE_EVIDENCE', 'PARTIAL_AUTHORITATIVE_EVIDENCE', 'AUTHORITATIVE_EVIDENCE'];
    const actual = ctx.evidenceClass ?? null;
    if (actual === null || rank.indexOf(actual) < rank.indexOf(required))
        return (0,context/* fail */.fJ)(`evidence class ${actual ?? 'none (no event chain)'} is below the required ${required}`, { required, actual });
    return (0,context/* pass */.IX)(`evidence class ${actual} meets the required ${required}`);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/chain/verify.ts + 4 modules
var verify = __webpack_require__(9567);
// EXTERNAL MODULE: ./src/exports/index.ts + 6 modules
var src_exports = __webpack_require__(9272);
// EXTERNAL MODULE: ./src/schemas/catalog.ts + 38 modules
var catalog = __webpack_require__(6084);
;// CONCATENATED MODULE: ./src/verify/checks/evidence.ts














const EVENTS = 'evidence/events.jsonl';
/**
 * Our check: the sealed event chain verifies (streamed into a fresh temp dir, the only
 * place anything is ever extracted) and its class is recorded. Seal keys are trusted when
 * the trust policy anchors them, else when they signed the capsule itself.
 */
async function checkEventChain(ctx) {
    const declared = ctx.snapshot?.proof_capsule?.evidence;
    const e = ctx.entries.get(EVENTS);
    if (!e)
        return declared ? (0,context/* fail */.fJ)(`run manifest declares an event chain, but ${EVENTS} is not in the capsule`) : null;
    const trusted = ctx.policy ? (0,policy.trustedPublicKeys)(ctx.policy) : ctx.signature ? [ctx.signature.document.key.public_key_sha256] : [];
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'capsule-verify-'));
    try {
        const file = (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(EVENTS));
        await (0,promises_.pipeline)((0,entry/* openEntryData */.Hc)(ctx.path, e, e.uncompressedSize), (0,external_node_fs_.createWriteStream)(file, { flags: 'wx' }));
        const report = await (0,verify.verifyChainFile)(file, { trustedPublicKeySha256: trusted });
        ctx.evidenceClass = report.classification;
        const details = { classification: report.classification, event_count: report.event_count, final_hash: report.final_hash, sealed: report.sealed, seal_trusted: report.seal_trusted, errors: report.errors.slice(0, 10) };
        if (report.status !== 'PASS')
            return (0,context/* fail */.fJ)(`${EVENTS}: chain FAIL: ${report.errors[0]?.rule ?? 'unknown'}: ${report.errors[0]?.message ?? ''}`, details);
        if (declared && (declared.final_hash !== report.final_hash || declared.event_count !== report.event_count)) {
            return (0,context/* fail */.fJ)(`${EVENTS}: final hash/event count differ from the run manifest's evidence block`, details);
        }
        return (0,context/* pass */.IX)(`${EVENTS}: ${report.event_count} events verify; ${report.classification}`, details);
    }
    catch (err) {
        if (err instanceof errors/* CapsuleError */.M)
            return (0,context/* fail */.fJ)(err.message, { code: err.code });
        throw err;
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/**
 * The DSSE provenance verifies and its subjects match the pack. Only the envelope and its key
 * are read; subjects are matched against the entry digests capsule_entry_hashes_match proved.
 */
async function checkProvenance(ctx) {
    const names = [...ctx.entries.keys()].filter((n) => n.startsWith('provenance/'));
    if (names.length === 0)
        return null;
    const files = new Map();
    for (const name of names) {
        const e = ctx.entries.get(name);
        if (e.uncompressedSize > ctx.limits.maxDocumentBytes)
            return (0,context/* fail */.fJ)(`${name}: ${e.uncompressedSize} bytes is above the ${ctx.limits.maxDocumentBytes}-byte document cap`);
        files.set(name, await (0,entry/* readEntryBytes */.E2)(ctx.path, e, e.uncompressedSize));
    }
    const digests = new Map(ctx.manifest.entries.map((e) => [e.path, e.sha256]));
    const result = (0,src_exports/* verifyProvenance */.Tu)(files, digests);
    if (result.status === 'unsigned') {
        ctx.warnings.push(`provenance is unsigned: ${result.message}`);
        return null;
    }
    const details = { status: result.status, keyid: result.keyid ?? null };
    if (!result.ok)
        return (0,context/* fail */.fJ)(result.message, details);
    if (ctx.policy && result.keyid && ctx.policy.publicKeys.lists.length > 0 && !(0,policy.trustedPublicKeys)(ctx.policy).includes(result.keyid)) {
        return (0,context/* fail */.fJ)(`provenance signed by key ${result.keyid}, which the trust policy does not anchor`, details);
    }
    return (0,context/* pass */.IX)(result.message, details);
}
/** Each `agentplane/<stem>.json` validates against the registered `agentplane-<stem>` schema. */
async function checkAgentplaneArtifacts(ctx) {
    const names = [...ctx.entries.keys()].filter((n) => n.startsWith('agentplane/') && n.endsWith('.json'));
    if (names.length === 0)
        return null;
    const problems = [];
    const validated = [];
    const unchecked = [];
    for (const name of names) {
        const schema = agentplaneSchemaFor(name);
        const file = `${ctx.path}!/${name}`;
        try {
            const doc = (0,parse/* parseJsonStrict */.jM)(decodeUtf8(await (0,entry/* readEntryBytes */.E2)(ctx.path, ctx.entries.get(name), ctx.limits.maxDocumentBytes), file), file);
            if (!schema) {
                unchecked.push(name);
                continue;
            }
            const issues = (0,registry/* validateAgainst */.sq)(schema, doc.value, doc);
            problems.push(...issues.map((i) => `${file}${i.line ? `:${i.line}:${i.column}` : ''} ${i.pointer || '/'}: ${i.message}`));
            validated.push(name);
        }
        catch (err) {
            if (err instanceof errors/* CapsuleError */.M)
                problems.push(err.message);
            else
                throw err;
        }
    }
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { problems, validated, unchecked });
    return (0,context/* pass */.IX)(`${validated.length} agentplane artifacts validate${unchecked.length ? `; ${unchecked.length} parse but have no registered schema` : ''}`, { validated, unchecked });
}
/** `agentplane/RunArtifact.json` → `agentplane-RunArtifact` or `agentplane-run-artifact`, whichever is registered. */
function agentplaneSchemaFor(name) {
    const stem = external_node_path_.posix.basename(name, '.json');
    const kebab = stem.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/_/g, '-').toLowerCase();
    for (const candidate of [`agentplane-${stem}`, `agentplane-${kebab}`]) {
        if (`${candidate}.schema.json` in catalog/* schemaFiles */.r)
            return candidate;
    }
    return null;
}
/**
 * The run's outputs are in the capsule with the digests the run recorded (our block), and
 * every AGILAB artifact that existed is there with its recorded size, at its manifest-relative
 * path, unless the capsule manifest says it was referenced by hash (too large to copy).
 */
function checkOutputsMatch(ctx) {
    const snapshot = ctx.snapshot;
    const held = new Map(ctx.manifest.entries.map((e) => [e.path, e]));
    const referenced = ctx.manifest.limitations.join('\n');
    const problems = [];
    let checked = 0;
    for (const out of snapshot.proof_capsule?.outputs ?? []) {
        const e = held.get(out.path);
        checked++;
        if (!e) {
            if (!referenced.includes(JSON.stringify(out.path)))
                problems.push(`output ${out.path} is not in the capsule`);
        }
        else if (e.sha256 !== out.sha256 || e.size_bytes !== out.size_bytes)
            problems.push(`output ${out.path}: capsule holds ${e.sha256} (${e.size_bytes} bytes), the run recorded ${out.sha256} (${out.size_bytes} bytes)`);
    }
    for (const a of snapshot.artifacts) {
        if (!a.exists)
            continue;
        const path = external_node_path_.posix.normalize(a.path);
        const e = held.get(path);
        checked++;
        if (!e) {
            if (!referenced.includes(JSON.stringify(path)))
                problems.push(`artifact ${a.name} (${a.path}) is not in the capsule`);
        }
        else if (a.size_bytes !== null && e.size_bytes !== a.size_bytes)
            problems.push(`artifact ${a.name} (${a.path}): ${e.size_bytes} bytes in the capsule, ${a.size_bytes} recorded`);
    }
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { problems });
    return (0,context/* pass */.IX)(`${checked} recorded outputs/artifacts match`, { checked });
}

;// CONCATENATED MODULE: ./src/verify/capsule.ts








/** docs/verification.md's order and AGILAB's ids, with ours placed where their inputs are established. */
const CAPSULE_STEPS = [
    { id: 'capsule_exists', needs: [], run: checkCapsuleExists },
    { id: 'zip_readable', needs: ['capsule_exists'], run: checkZipReadable },
    { id: 'archive_structure_strict', needs: ['capsule_exists'], run: checkArchiveStructure },
    { id: 'archive_canonical_form', needs: ['archive_structure_strict'], run: checkArchiveCanonicalForm },
    { id: 'archive_paths_safe', needs: ['zip_readable', 'archive_structure_strict'], run: checkArchivePathsSafe },
    { id: 'capsule_manifest_present', needs: ['archive_paths_safe', 'archive_canonical_form'], run: checkCapsuleManifestPresent },
    { id: 'capsule_manifest_schema_supported', needs: ['capsule_manifest_present'], run: checkCapsuleManifestSchema },
    { id: 'capsule_entries_valid', needs: ['capsule_manifest_schema_supported'], run: checkCapsuleEntriesValid },
    { id: 'capsule_entry_inventory_matches', needs: ['capsule_entries_valid'], run: checkEntryInventory },
    { id: 'capsule_entry_hashes_match', needs: ['capsule_entry_inventory_matches'], run: checkEntryHashes },
    { id: 'run_manifest_snapshot_valid', needs: ['capsule_entry_hashes_match'], run: checkRunManifestSnapshot },
    { id: 'proof_pack_manifest_valid', needs: ['capsule_entry_hashes_match'], run: checkProofPackManifest },
    { id: 'capsule_signature_present', needs: ['capsule_exists'], run: checkSignaturePresent },
    { id: 'capsule_signature_schema_supported', needs: ['capsule_signature_present'], run: checkSignatureSchema },
    { id: 'capsule_signature_subject_matches', needs: ['capsule_signature_schema_supported'], run: checkSignatureSubject },
    { id: 'capsule_signature_key_supported', needs: ['capsule_signature_schema_supported'], run: checkSignatureKey },
    { id: 'capsule_signature_cryptographic_valid', needs: ['capsule_signature_key_supported'], run: checkSignatureCryptographic },
    { id: 'capsule_trust_policy_loaded', needs: [], run: checkTrustPolicyLoaded },
    { id: 'capsule_trust_policy_has_anchor', needs: ['capsule_trust_policy_loaded'], run: checkTrustPolicyHasAnchor },
    { id: 'capsule_trust_policy_has_key_anchor', needs: ['capsule_trust_policy_loaded'], run: checkTrustPolicyHasKeyAnchor },
    { id: 'capsule_trust_policy_allows_public_key', needs: ['capsule_trust_policy_has_anchor', 'capsule_signature_cryptographic_valid'], run: checkTrustPolicyAllowsPublicKey },
    { id: 'capsule_trust_policy_allows_signer', needs: ['capsule_trust_policy_has_anchor', 'capsule_signature_cryptographic_valid'], run: checkTrustPolicyAllowsSigner },
    { id: 'capsule_trust_policy_allows_issuer', needs: ['capsule_trust_policy_has_anchor', 'capsule_signature_cryptographic_valid'], run: checkTrustPolicyAllowsIssuer },
    { id: 'capsule_trust_policy_allows_subject', needs: ['capsule_trust_policy_has_anchor', 'capsule_signature_cryptographic_valid'], run: checkTrustPolicyAllowsSubject },
    { id: 'event_chain_valid', needs: ['run_manifest_snapshot_valid'], run: checkEventChain },
    { id: 'capsule_trust_policy_allows_evidence_class', needs: ['capsule_trust_policy_loaded'], run: checkTrustPolicyEvidenceClass },
    { id: 'provenance_valid', needs: ['capsule_entry_hashes_match'], run: checkProvenance },
    { id: 'agentplane_artifacts_valid', needs: ['capsule_entry_hashes_match'], run: checkAgentplaneArtifacts },
    { id: 'outputs_match_recorded_hashes', needs: ['run_manifest_snapshot_valid'], run: checkOutputsMatch },
];
/** `capsule verify X.agipack`: every named check of docs/verification.md, in order. Never throws for a bad capsule. */
async function verifyCapsule(path, options = {}) {
    const ctx = { path, options, limits: { ...context/* DEFAULT_LIMITS */.dR, ...options.limits }, warnings: [] };
    const checks = await (0,steps/* runSteps */.r)(CAPSULE_STEPS, ctx);
    return {
        schema: 'agilab.proof_capsule_verification.v1',
        status: checks.every((c) => c.status === 'pass') ? 'pass' : 'fail',
        capsule: { path, sha256: ctx.capsuleSha256 ?? null, size_bytes: ctx.capsuleSize ?? null },
        strict: options.strict ?? false,
        checks,
        warnings: ctx.warnings,
        evidence_class: ctx.evidenceClass ?? null,
    };
}


/***/ }),

/***/ 6816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   fJ: () => (/* binding */ fail)
/* harmony export */ });
/* harmony import */ var _zip_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7973);

const DEFAULT_LIMITS = {
    maxEntryBytes: 8 * 1024 ** 3,
    maxTotalBytes: 16 * 1024 ** 3,
    maxRatio: 500,
    // Our writer stores every entry from this size on (ratio 1), so its own capsules always pass.
    ratioFloorBytes: _zip_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .STORE_FROM_BYTES */ .pR,
    maxDocumentBytes: 64 * 1024 ** 2,
};
function pass(summary, details = {}) {
    return { status: 'pass', summary, details };
}
function fail(summary, details = {}) {
    return { status: 'fail', summary, details };
}


/***/ }),

/***/ 5582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ runSteps)
/* harmony export */ });
/**
 * Runs the steps in order. A step whose prerequisite failed is not run (a warning says
 * which); a step that does not apply (no signature given and none required, no policy)
 * is not listed. The report fails when any listed check fails.
 */
async function runSteps(steps, ctx) {
    const checks = [];
    const status = new Map();
    for (const step of steps) {
        const failedNeed = step.needs.find((n) => status.get(n) === 'fail');
        if (failedNeed) {
            ctx.warnings.push(`${step.id} not run: ${failedNeed} failed`);
            continue;
        }
        if (step.needs.some((n) => status.get(n) !== 'pass'))
            continue;
        const result = await step.run(ctx);
        if (result === null)
            continue;
        checks.push({ id: step.id, ...result });
        status.set(step.id, result.status);
    }
    return checks;
}


/***/ }),

/***/ 7973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N1: () => (/* binding */ ENTRY_MODE),
/* harmony export */   cD: () => (/* binding */ comparePaths),
/* harmony export */   pR: () => (/* binding */ STORE_FROM_BYTES)
/* harmony export */ });
/**
 * What makes a capsule's ZIP canonical, shared by the writer and the verifier (which must
 * not pull the writer in): one entry mode, which entries are stored, and entries in byte
 * order of their UTF-8 paths.
 */
/** Every entry gets this mode and no owner, so the bytes depend only on content. */
const ENTRY_MODE = 0o644;
/** Byte order of UTF-8 paths: the same on every platform and locale. */
function comparePaths(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/**
 * Entries from this size on are stored, not deflated. Large artifacts (weights, datasets,
 * archives) rarely shrink much, and deflate ran at ~7 MiB/s on incompressible data here
 * (bench/RESULTS.md), against the disk's speed for stored data. The rule depends only on
 * the entry's size, so capsules stay deterministic; the verifier's compression-ratio cap
 * applies from the same size, so every capsule we write passes it.
 */
const STORE_FROM_BYTES = 8 * 1024 * 1024;


/***/ }),

/***/ 7283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ readEntryBytes),
/* harmony export */   H4: () => (/* binding */ digestEntry),
/* harmony export */   Hc: () => (/* binding */ openEntryData)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(563);






/**
 * Stops a stream as soon as it yields more than `limit` bytes: a declared size that lies
 * (or a decompression bomb) is caught after at most `limit` bytes, never fully inflated.
 */
class ByteLimit extends node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform {
    limit;
    what;
    seen = 0;
    constructor(limit, what) {
        super();
        this.limit = limit;
        this.what = what;
    }
    _transform(chunk, _enc, done) {
        this.seen += chunk.length;
        if (this.seen > this.limit)
            done(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CapsuleError */ .M('zip_entry_too_large', `${this.what}: inflates past ${this.limit} bytes`));
        else
            done(null, chunk);
    }
}
/** The entry's uncompressed bytes as a stream, read from the data range the layout check established. */
function openEntryData(path, entry, limit) {
    const raw = entry.compressedSize === 0
        ? node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from([])
        : (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { start: entry.dataOffset, end: entry.dataOffset + entry.compressedSize - 1, highWaterMark: 1 << 20 });
    const limiter = new ByteLimit(limit, JSON.stringify(entry.name));
    const forward = (err) => limiter.destroy(err);
    raw.on('error', forward);
    if (entry.method === _read_js__WEBPACK_IMPORTED_MODULE_5__/* .METHOD_DEFLATE */ .An) {
        const inflate = (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.createInflateRaw)();
        inflate.on('error', (err) => limiter.destroy(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CapsuleError */ .M('zip_entry_corrupt', `${JSON.stringify(entry.name)}: deflate data is corrupt (${err.message})`)));
        return raw.pipe(inflate).pipe(limiter);
    }
    return raw.pipe(limiter);
}
async function digestEntry(path, entry, limit) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    let crc = 0;
    for await (const chunk of openEntryData(path, entry, limit)) {
        hash.update(chunk);
        crc = (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.crc32)(chunk, crc);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size, crc32: crc >>> 0 };
}
async function readEntryBytes(path, entry, limit) {
    const chunks = [];
    for await (const chunk of openEntryData(path, entry, limit))
        chunks.push(chunk);
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ METHOD_DEFLATE),
/* harmony export */   Tq: () => (/* binding */ FLAG_UTF8),
/* harmony export */   up: () => (/* binding */ readZipLayout)
/* harmony export */ });
/* unused harmony export METHOD_STORED */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_DESCRIPTOR = 0x08074b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const EOCD_SIZE = 22;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;
/** Flag bits a capsule may use: 3 (data descriptor), 11 (UTF-8 names), 1-2 (deflate level hints). */
const ALLOWED_FLAGS = 0x0008 | 0x0800 | 0x0002 | 0x0004;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
class Reader {
    fd;
    size;
    constructor(fd, size) {
        this.fd = fd;
        this.size = size;
    }
    read(offset, length) {
        if (offset < 0 || length < 0 || offset + length > this.size)
            throw new LayoutError(`read of ${length} bytes at ${offset} runs past the end of the file (${this.size} bytes)`);
        const buf = Buffer.alloc(length);
        let done = 0;
        while (done < length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, buf, done, length - done, offset + done);
            if (n === 0)
                throw new LayoutError(`unexpected end of file at ${offset + done}`);
            done += n;
        }
        return buf;
    }
}
/** A fatal layout problem: reading cannot continue past it. */
class LayoutError extends Error {
}
function readZipLayout(path) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const reader = new Reader(fd, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size);
        const problems = [];
        try {
            const entries = readLayout(reader, problems);
            return { size: reader.size, entries, problems };
        }
        catch (err) {
            if (!(err instanceof LayoutError))
                throw err;
            problems.push(err.message);
            return { size: reader.size, entries: [], problems };
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function readLayout(reader, problems) {
    const end = readEndRecord(reader, problems);
    if (end.cdOffset + end.cdSize !== end.cdEnd) {
        problems.push(`central directory (offset ${end.cdOffset}, ${end.cdSize} bytes) does not end where the end record starts (${end.cdEnd}): bytes between them`);
    }
    const central = reader.read(end.cdOffset, Math.min(end.cdSize, end.cdEnd - end.cdOffset));
    const entries = readCentralDirectory(central, end, problems);
    let expectedOffset = 0;
    for (const entry of entries) {
        if (entry.localHeaderOffset !== expectedOffset) {
            problems.push(`${quote(entry)}: local header at ${entry.localHeaderOffset}, expected ${expectedOffset} (${entry.localHeaderOffset > expectedOffset ? 'bytes before or between entries' : 'overlapping entries'})`);
        }
        expectedOffset = readLocalEntry(reader, entry, problems);
    }
    if (entries.length > 0 && expectedOffset !== end.cdOffset) {
        problems.push(`central directory starts at ${end.cdOffset}, but the last entry ends at ${expectedOffset}: bytes between them`);
    }
    if (entries.length === 0 && end.cdOffset !== 0)
        problems.push(`${end.cdOffset} bytes before the central directory of an empty archive`);
    return entries;
}
function readEndRecord(reader, problems) {
    if (reader.size < EOCD_SIZE)
        throw new LayoutError(`file is ${reader.size} bytes: too short to be a ZIP archive`);
    const offset = reader.size - EOCD_SIZE;
    const eocd = reader.read(offset, EOCD_SIZE);
    if (eocd.readUInt32LE(0) !== SIG_EOCD) {
        throw new LayoutError('no end-of-central-directory record in the last 22 bytes: the archive has a comment or bytes after its end record');
    }
    const disk = eocd.readUInt16LE(4);
    const cdDisk = eocd.readUInt16LE(6);
    const diskEntries = eocd.readUInt16LE(8);
    let entryCount = eocd.readUInt16LE(10);
    let cdSize = eocd.readUInt32LE(12);
    let cdOffset = eocd.readUInt32LE(16);
    const commentLength = eocd.readUInt16LE(20);
    if (commentLength !== 0)
        problems.push(`archive comment of ${commentLength} bytes declared (capsules have none)`);
    if (disk !== 0 && disk !== U16_MAX)
        problems.push(`end record disk number ${disk}: multi-disk archives are not supported`);
    if (cdDisk !== 0 && cdDisk !== U16_MAX)
        problems.push(`end record central-directory disk ${cdDisk}: multi-disk archives are not supported`);
    if (diskEntries !== entryCount)
        problems.push(`end record entry counts disagree (${diskEntries} on this disk, ${entryCount} total)`);
    const zip64 = entryCount === U16_MAX || cdSize === U32_MAX || cdOffset === U32_MAX;
    let cdEnd = offset;
    if (zip64) {
        const locatorOffset = offset - 20;
        const locator = reader.read(locatorOffset, 20);
        if (locator.readUInt32LE(0) !== SIG_LOCATOR64)
            throw new LayoutError('end record has ZIP64 markers but no ZIP64 end-of-central-directory locator before it');
        const recordOffset = Number(locator.readBigUInt64LE(8));
        if (locator.readUInt32LE(4) !== 0 || locator.readUInt32LE(16) !== 1)
            problems.push('ZIP64 locator names another disk');
        const record = reader.read(recordOffset, 56);
        if (record.readUInt32LE(0) !== SIG_EOCD64)
            throw new LayoutError(`no ZIP64 end record at offset ${recordOffset} named by the locator`);
        const recordSize = Number(record.readBigUInt64LE(4));
        if (recordSize !== 44 || recordOffset + 56 !== locatorOffset)
            problems.push('ZIP64 end record has extensible data or does not sit right before its locator');
        const entries64 = Number(record.readBigUInt64LE(32));
        const cdSize64 = Number(record.readBigUInt64LE(40));
        const cdOffset64 = Number(record.readBigUInt64LE(48));
        if (record.readUInt32LE(16) !== 0 || record.readUInt32LE(20) !== 0 || Number(record.readBigUInt64LE(24)) !== entries64)
            problems.push('ZIP64 end record disk fields or entry counts disagree');
        agree(problems, 'entry count', entryCount, U16_MAX, entries64);
        agree(problems, 'central directory size', cdSize, U32_MAX, cdSize64);
        agree(problems, 'central directory offset', cdOffset, U32_MAX, cdOffset64);
        entryCount = entries64;
        cdSize = cdSize64;
        cdOffset = cdOffset64;
        cdEnd = recordOffset;
    }
    if (cdOffset > cdEnd)
        throw new LayoutError(`central directory offset ${cdOffset} is past the end record at ${cdEnd}`);
    return { offset, entryCount, cdSize, cdOffset, cdEnd };
}
/** A 32/16-bit field must hold either the real value or the ZIP64 marker with the real value in ZIP64. */
function agree(problems, what, small, marker, wide) {
    if (small !== marker && small !== wide)
        problems.push(`ZIP64 ${what} ${wide} disagrees with the end record's ${small}`);
}
function readCentralDirectory(central, end, problems) {
    const entries = [];
    let at = 0;
    while (at < central.length) {
        if (at + 46 > central.length || central.readUInt32LE(at) !== SIG_CENTRAL) {
            problems.push(`central directory record ${entries.length + 1} at offset ${end.cdOffset + at} is malformed`);
            break;
        }
        const nameLength = central.readUInt16LE(at + 28);
        const extraLength = central.readUInt16LE(at + 30);
        const commentLength = central.readUInt16LE(at + 32);
        const next = at + 46 + nameLength + extraLength + commentLength;
        if (next > central.length) {
            problems.push(`central directory record ${entries.length + 1} runs past the central directory`);
            break;
        }
        const rawName = Buffer.from(central.subarray(at + 46, at + 46 + nameLength));
        const entry = {
            rawName,
            name: rawName.toString('utf8'),
            versionMadeBy: central.readUInt16LE(at + 4),
            versionNeeded: central.readUInt16LE(at + 6),
            flags: central.readUInt16LE(at + 8),
            method: central.readUInt16LE(at + 10),
            dosTime: central.readUInt32LE(at + 12),
            crc32: central.readUInt32LE(at + 16),
            compressedSize: central.readUInt32LE(at + 20),
            uncompressedSize: central.readUInt32LE(at + 24),
            internalAttributes: central.readUInt16LE(at + 36),
            externalAttributes: central.readUInt32LE(at + 38),
            localHeaderOffset: central.readUInt32LE(at + 42),
            dataOffset: 0,
            zip64: false,
        };
        if (commentLength !== 0)
            problems.push(`${quote(entry)}: entry comment of ${commentLength} bytes (capsules have none)`);
        const diskStart = central.readUInt16LE(at + 34);
        if (diskStart !== 0 && diskStart !== U16_MAX)
            problems.push(`${quote(entry)}: starts on disk ${diskStart}`);
        applyZip64Extra(entry, central.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), problems);
        checkFlagsAndMethod(entry, problems);
        entries.push(entry);
        at = next;
    }
    if (entries.length !== end.entryCount)
        problems.push(`end record declares ${end.entryCount} entries, the central directory holds ${entries.length}`);
    return entries;
}
/**
 * The only extra field a capsule carries is ZIP64 (0x0001), and only for fields that hold
 * the marker; any other extra field, or a ZIP64 field for an unsaturated value, is a problem.
 */
function applyZip64Extra(entry, extra, problems) {
    let at = 0;
    while (at < extra.length) {
        if (at + 4 > extra.length) {
            problems.push(`${quote(entry)}: truncated extra field`);
            return;
        }
        const id = extra.readUInt16LE(at);
        const size = extra.readUInt16LE(at + 2);
        const body = extra.subarray(at + 4, at + 4 + size);
        if (body.length !== size) {
            problems.push(`${quote(entry)}: extra field 0x${id.toString(16)} runs past the extra data`);
            return;
        }
        if (id !== 0x0001) {
            problems.push(`${quote(entry)}: unexpected extra field 0x${id.toString(16).padStart(4, '0')}`);
        }
        else {
            entry.zip64 = true;
            const fields = ['uncompressedSize', 'compressedSize', 'localHeaderOffset'];
            let pos = 0;
            for (const field of fields) {
                if (entry[field] !== U32_MAX)
                    continue;
                if (pos + 8 > body.length) {
                    problems.push(`${quote(entry)}: ZIP64 extra field lacks the 64-bit ${field}`);
                    break;
                }
                entry[field] = Number(body.readBigUInt64LE(pos));
                pos += 8;
            }
            if (pos !== body.length)
                problems.push(`${quote(entry)}: ZIP64 extra field has ${body.length - pos} bytes that no saturated field calls for`);
        }
        at += 4 + size;
    }
}
function checkFlagsAndMethod(entry, problems) {
    if (entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION))
        problems.push(`${quote(entry)}: encrypted entry`);
    const unknown = entry.flags & ~(ALLOWED_FLAGS | FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION);
    if (unknown)
        problems.push(`${quote(entry)}: unsupported general-purpose flags 0x${unknown.toString(16)}`);
    if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE)
        problems.push(`${quote(entry)}: unsupported compression method ${entry.method} (only stored and deflate)`);
    if (entry.method === METHOD_STORED && entry.compressedSize !== entry.uncompressedSize)
        problems.push(`${quote(entry)}: stored entry with compressed size ${entry.compressedSize} != size ${entry.uncompressedSize}`);
}
/** Compares the local header (and data descriptor) with the central record; returns where the next entry must start. */
function readLocalEntry(reader, entry, problems) {
    const at = entry.localHeaderOffset;
    const header = reader.read(at, 30);
    if (header.readUInt32LE(0) !== SIG_LOCAL)
        throw new LayoutError(`${quote(entry)}: no local header at offset ${at}`);
    const nameLength = header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    const name = reader.read(at + 30, nameLength);
    const extra = reader.read(at + 30 + nameLength, extraLength);
    const flags = header.readUInt16LE(6);
    const mismatch = (field, local, central) => {
        if (local !== central)
            problems.push(`${quote(entry)}: local header ${field} ${local} disagrees with the central directory's ${central}`);
    };
    mismatch('version needed', header.readUInt16LE(4), entry.versionNeeded);
    mismatch('flags', flags, entry.flags);
    mismatch('method', header.readUInt16LE(8), entry.method);
    mismatch('time', header.readUInt32LE(10), entry.dosTime);
    if (!name.equals(entry.rawName))
        problems.push(`${quote(entry)}: local header names it ${JSON.stringify(name.toString('utf8'))}`);
    const usesDescriptor = (flags & FLAG_DESCRIPTOR) !== 0;
    const localSizes = { crc: header.readUInt32LE(14), compressed: header.readUInt32LE(18), size: header.readUInt32LE(22) };
    if (extraLength !== 0 && !(entry.zip64 && isLocalZip64Extra(extra)))
        problems.push(`${quote(entry)}: local header carries ${extraLength} bytes of extra fields`);
    if (usesDescriptor) {
        if (localSizes.crc !== 0 || localSizes.compressed !== 0 || localSizes.size !== 0)
            problems.push(`${quote(entry)}: local header sizes must be zero when a data descriptor follows`);
    }
    else {
        mismatch('CRC-32', localSizes.crc, entry.crc32);
        mismatch('compressed size', entry.zip64 && localSizes.compressed === U32_MAX ? entry.compressedSize : localSizes.compressed, entry.compressedSize);
        mismatch('size', entry.zip64 && localSizes.size === U32_MAX ? entry.uncompressedSize : localSizes.size, entry.uncompressedSize);
    }
    entry.dataOffset = at + 30 + nameLength + extraLength;
    let next = entry.dataOffset + entry.compressedSize;
    if (next > reader.size)
        throw new LayoutError(`${quote(entry)}: data (${entry.compressedSize} bytes at ${entry.dataOffset}) runs past the end of the file`);
    if (usesDescriptor)
        next = readDescriptor(reader, entry, next, problems);
    return next;
}
function isLocalZip64Extra(extra) {
    return extra.length === 20 && extra.readUInt16LE(0) === 0x0001 && extra.readUInt16LE(2) === 16;
}
function readDescriptor(reader, entry, at, problems) {
    const wide = entry.zip64;
    const length = wide ? 24 : 16;
    const descriptor = reader.read(at, length);
    if (descriptor.readUInt32LE(0) !== SIG_DESCRIPTOR) {
        problems.push(`${quote(entry)}: data descriptor at ${at} lacks its signature`);
        return at + length;
    }
    const crc = descriptor.readUInt32LE(4);
    const compressed = wide ? Number(descriptor.readBigUInt64LE(8)) : descriptor.readUInt32LE(8);
    const size = wide ? Number(descriptor.readBigUInt64LE(16)) : descriptor.readUInt32LE(12);
    if (crc !== entry.crc32)
        problems.push(`${quote(entry)}: data descriptor CRC-32 ${crc} disagrees with the central directory's ${entry.crc32}`);
    if (compressed !== entry.compressedSize)
        problems.push(`${quote(entry)}: data descriptor compressed size ${compressed} disagrees with the central directory's ${entry.compressedSize}`);
    if (size !== entry.uncompressedSize)
        problems.push(`${quote(entry)}: data descriptor size ${size} disagrees with the central directory's ${entry.uncompressedSize}`);
    return at + length;
}
function quote(entry) {
    return JSON.stringify(entry.name);
}


/***/ })

};
