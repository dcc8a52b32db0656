export const id = 286;
export const ids = [286,680];
export const modules = {

/***/ 6680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u3: () => (/* binding */ jcsNumber)
/* harmony export */ });
/* unused harmony exports canonicalJson, canonicalBytes */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * RFC 8785 (JCS) canonical form of a JSON value: the bytes that are hashed and signed.
 * Written for what JSON.parse returns (plain objects, arrays, strings, finite numbers,
 * booleans, null) and for the objects our code builds like them: as JSON.stringify does,
 * `undefined` members are left out, `undefined` array items become null and `toJSON` is used.
 * NaN, Infinity and lone surrogates have no canonical form and throw `jcs_unrepresentable`.
 */
function canonicalJson(value, options = {}) {
    return serialize(value, { spellFloat: options.spellFloat ?? jcsNumber, ijson: options.ijson ?? false }, 0);
}
function canonicalBytes(value, options = {}) {
    return Buffer.from(canonicalJson(value, options), 'utf8');
}
/** Deeper than any document we write or read: a cycle or a hostile value, not data. */
const MAX_SERIALIZE_DEPTH = 1000;
/** RFC 8785 §3.2.2.3: ECMAScript's Number.prototype.toString, with -0 as 0. */
function jcsNumber(value) {
    return value === 0 ? '0' : String(value);
}
/** True when `jcsNumber(value)` has a fraction or an exponent (a reader sees a float token). */
function hasFloatSpelling(spelled) {
    for (let i = 0; i < spelled.length; i++) {
        const c = spelled.charCodeAt(i);
        if (c === 0x2e || c === 0x65)
            return true;
    }
    return false;
}
function serialize(value, spelling, depth) {
    switch (typeof value) {
        case 'string':
            return canonicalString(value);
        case 'number': {
            if (!Number.isFinite(value))
                throw unrepresentable(`the number ${value}`);
            const spelled = jcsNumber(value);
            if (spelling.spellFloat === jcsNumber && !spelling.ijson)
                return spelled;
            if (!hasFloatSpelling(spelled)) {
                if (spelling.ijson && Math.abs(value) > Number.MAX_SAFE_INTEGER)
                    throw unrepresentable(`the integer ${spelled}, beyond ±(2^53−1),`);
                return spelled;
            }
            return spelling.spellFloat(value);
        }
        case 'boolean':
            return value ? 'true' : 'false';
        case 'object':
            break;
        default:
            // Top-level undefined, functions, symbols, bigint: JSON has no spelling for them.
            throw unrepresentable(`a ${typeof value}`);
    }
    if (value === null)
        return 'null';
    if (depth >= MAX_SERIALIZE_DEPTH)
        throw unrepresentable(`a value nested deeper than ${MAX_SERIALIZE_DEPTH} levels (a cycle?)`);
    const toJSON = value.toJSON;
    if (typeof toJSON === 'function')
        return serialize(toJSON.call(value), spelling, depth + 1);
    if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
            const item = value[i];
            if (i > 0)
                out += ',';
            out += item === undefined || typeof item === 'symbol' || typeof item === 'function' ? 'null' : serialize(item, spelling, depth + 1);
        }
        return `${out}]`;
    }
    const record = value;
    const keys = Object.keys(record);
    // JCS orders members by UTF-16 code units, which is what the default sort compares.
    if (!isSorted(keys))
        keys.sort();
    let out = '{';
    let first = true;
    for (const key of keys) {
        const member = record[key];
        if (member === undefined || typeof member === 'symbol' || typeof member === 'function')
            continue;
        out += `${first ? '' : ','}${canonicalString(key)}:${serialize(member, spelling, depth + 1)}`;
        first = false;
    }
    return `${out}}`;
}
function isSorted(keys) {
    for (let i = 1; i < keys.length; i++)
        if (keys[i - 1] > keys[i])
            return false;
    return true;
}
/** JSON.stringify escapes exactly as JCS does (only `"`, `\` and controls), lone surrogates aside. */
function canonicalString(value) {
    if (!value.isWellFormed())
        throw unrepresentable('a string with a lone surrogate');
    return JSON.stringify(value);
}
function unrepresentable(what) {
    return new CapsuleError('jcs_unrepresentable', `${what} has no JSON canonical form (RFC 8785)`);
}


/***/ }),

/***/ 286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkAgentplaneArtifacts: () => (/* reexport */ checkAgentplaneArtifacts),
  checkCapsuleEntriesValid: () => (/* reexport */ checkCapsuleEntriesValid),
  checkCapsuleManifestPresent: () => (/* reexport */ checkCapsuleManifestPresent),
  checkCapsuleManifestSchema: () => (/* reexport */ checkCapsuleManifestSchema),
  checkEntryHashes: () => (/* reexport */ checkEntryHashes),
  checkEntryInventory: () => (/* reexport */ checkEntryInventory),
  checkEventChain: () => (/* reexport */ checkEventChain),
  checkOriginVerified: () => (/* reexport */ checkOriginVerified),
  checkOutputsMatch: () => (/* reexport */ checkOutputsMatch),
  checkProofPackManifest: () => (/* reexport */ checkProofPackManifest),
  checkProvenance: () => (/* reexport */ checkProvenance),
  checkPublicKeyAllows: () => (/* reexport */ checkPublicKeyAllows),
  checkPublicKeyLoaded: () => (/* reexport */ checkPublicKeyLoaded),
  checkRunManifestSnapshot: () => (/* reexport */ checkRunManifestSnapshot),
  checkSignatureCryptographic: () => (/* reexport */ checkSignatureCryptographic),
  checkSignatureKey: () => (/* reexport */ checkSignatureKey),
  checkSignatureKeyCanonical: () => (/* reexport */ checkSignatureKeyCanonical),
  checkSignaturePresent: () => (/* reexport */ checkSignaturePresent),
  checkSignatureSchema: () => (/* reexport */ checkSignatureSchema),
  checkSignatureSubject: () => (/* reexport */ checkSignatureSubject),
  checkTrustPolicyAllowsIssuer: () => (/* reexport */ checkTrustPolicyAllowsIssuer),
  checkTrustPolicyAllowsPublicKey: () => (/* reexport */ checkTrustPolicyAllowsPublicKey),
  checkTrustPolicyAllowsSigner: () => (/* reexport */ checkTrustPolicyAllowsSigner),
  checkTrustPolicyAllowsSubject: () => (/* reexport */ checkTrustPolicyAllowsSubject),
  checkTrustPolicyEvidenceClass: () => (/* reexport */ checkTrustPolicyEvidenceClass),
  checkTrustPolicyHasAnchor: () => (/* reexport */ checkTrustPolicyHasAnchor),
  checkTrustPolicyHasKeyAnchor: () => (/* reexport */ checkTrustPolicyHasKeyAnchor),
  checkTrustPolicyLoaded: () => (/* reexport */ checkTrustPolicyLoaded)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/prove/capsule-manifest.ts
var capsule_manifest = __webpack_require__(2479);
// EXTERNAL MODULE: ./src/zip/canonical.ts
var canonical = __webpack_require__(7973);
// EXTERNAL MODULE: ./src/verify/checks/context.ts
var context = __webpack_require__(6816);
;// CONCATENATED MODULE: ./src/verify/checks/inventory.ts




function checkCapsuleManifestPresent(ctx) {
    if (!ctx.get('entries').has(capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5))
        return (0,context/* fail */.fJ)(`${capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5} is not in the archive`);
    return (0,context/* pass */.IX)(`${capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5} present`);
}
/** The text of a document entry, as the hashing pass read it. */
async function readEntryText(ctx, name) {
    const entry = ctx.get('entries').get(name);
    const file = `${ctx.path}!/${name}`;
    if (!entry)
        throw new errors/* CapsuleError */.Mu('capsule_entry_missing', `${file}: not in the archive`, { file });
    return decodeUtf8(await ctx.get('capsule').readEntry(entry, ctx.limits.maxDocumentBytes), file);
}
/** Signed-document JSON rules (duplicate keys, I-JSON numbers) and the exact field set. */
async function checkCapsuleManifestSchema(ctx) {
    const manifest = (0,capsule_manifest/* parseCapsuleManifest */.Es)(await readEntryText(ctx, capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5), `${ctx.path}!/${capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5}`);
    ctx.set('manifest', manifest);
    return (0,context/* pass */.IX)(`${capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5} is ${manifest.schema}`, { schema: manifest.schema });
}
function decodeUtf8(bytes, file) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* CapsuleError */.Mu('utf8_invalid', `${file}: not UTF-8 text`, { file });
    }
}
/** The manifest's entries are sorted, unique, not itself, counted right; the archive holds files only. */
function checkCapsuleEntriesValid(ctx) {
    const m = ctx.get('manifest');
    const problems = [];
    if (m.entry_count !== m.entries.length)
        problems.push(`entry_count ${m.entry_count} but ${m.entries.length} entries listed`);
    m.entries.forEach((e, i) => {
        if (e.path === capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5)
            problems.push(`/entries/${i}: the manifest lists itself`);
        if (i > 0 && (0,canonical/* comparePaths */.cD)(m.entries[i - 1].path, e.path) >= 0)
            problems.push(`/entries/${i}: ${JSON.stringify(e.path)} is not after ${JSON.stringify(m.entries[i - 1].path)} (entries must be sorted and unique)`);
    });
    const names = [...ctx.get('entries').keys()];
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
    const entries = ctx.get('entries');
    const listed = new Set(ctx.get('manifest').entries.map((e) => e.path));
    const archived = [...entries.keys()].filter((n) => n !== capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5);
    const unlisted = archived.filter((n) => !listed.has(n));
    const missing = [...listed].filter((n) => !entries.has(n));
    if (unlisted.length || missing.length) {
        return (0,context/* fail */.fJ)(`archive and manifest disagree: ${unlisted.length} entries not in the manifest, ${missing.length} listed but absent`, { not_in_manifest: unlisted, not_in_archive: missing });
    }
    return (0,context/* pass */.IX)(`archive holds exactly the ${listed.size} listed entries`);
}
/**
 * Every entry (the manifest too), as the one hashing pass inflated it: the bytes must match
 * the central directory's size and CRC-32, and the manifest's size and sha256. Inflation
 * stopped at the declared size, so a size lie or bomb cost at most that much.
 */
function checkEntryHashes(ctx) {
    const recorded = new Map(ctx.get('manifest').entries.map((e) => [e.path, e]));
    const problems = [];
    for (const [name, { record: e, scan: digest }] of ctx.get('entries')) {
        const q = JSON.stringify(name);
        if (digest === null || 'error' in digest) {
            problems.push(`${q}: ${digest?.error ?? 'not read'}`);
            continue;
        }
        if (digest.size !== e.uncompressedSize)
            problems.push(`${q}: inflates to ${digest.size} bytes, the central directory says ${e.uncompressedSize}`);
        if (digest.crc32 !== e.crc32)
            problems.push(`${q}: CRC-32 ${digest.crc32.toString(16)} != recorded ${e.crc32.toString(16)}`);
        const want = recorded.get(name);
        if (want && (want.sha256 !== digest.sha256 || want.size_bytes !== digest.size)) {
            problems.push(`${q}: sha256 ${digest.sha256} (${digest.size} bytes), manifest records ${want.sha256} (${want.size_bytes} bytes)`);
        }
    }
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { problems });
    return (0,context/* pass */.IX)(`${ctx.get('entries').size} entries match their CRC-32, size and sha256`);
}

// EXTERNAL MODULE: ./src/json/parse.ts
var parse = __webpack_require__(7105);
// EXTERNAL MODULE: ./src/schemas/registry.ts
var registry = __webpack_require__(3545);
;// CONCATENATED MODULE: ./src/verify/checks/contents.ts





/** Reads a JSON entry (as the hashing pass read it) with the strict parser and a schema; a CapsuleError names `capsule!/entry`. */
async function readJsonEntry(ctx, name, schema) {
    const file = `${ctx.path}!/${name}`;
    const doc = (0,parse/* parseJsonStrict */.jM)(await readEntryText(ctx, name), file, { ijson: true });
    (0,registry/* assertValid */.pP)(schema, doc.value, file, doc);
    return doc;
}
/** The byte copy of the run manifest: valid, and the one the capsule manifest names by hash. */
async function checkRunManifestSnapshot(ctx) {
    const snapshot = (await readJsonEntry(ctx, capsule_manifest/* SNAPSHOT_NAME */.lE, 'run-manifest')).value;
    const m = ctx.get('manifest');
    const recorded = m.entries.find((e) => e.path === capsule_manifest/* SNAPSHOT_NAME */.lE);
    const problems = [];
    if (recorded.sha256 !== m.source_manifest.sha256)
        problems.push(`snapshot sha256 ${recorded.sha256} != source_manifest.sha256 ${m.source_manifest.sha256}`);
    for (const field of ['run_id', 'path_id', 'status']) {
        if (snapshot[field] !== m[field])
            problems.push(`${field} ${JSON.stringify(snapshot[field])} in the snapshot, ${JSON.stringify(m[field])} in ${capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5}`);
    }
    problems.push(...await packedBundleProblems(ctx, snapshot));
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { problems });
    ctx.set('snapshot', snapshot);
    return (0,context/* pass */.IX)(`run ${snapshot.run_id} (${snapshot.status}) snapshot is a valid agilab.run_manifest`, { run_id: snapshot.run_id, status: snapshot.status });
}
/**
 * The bundle the capsule holds is the one the run staged: each file packed into `bundle/` has the
 * digest its staged inventory took before the job started (the bundle file: the manifest's
 * bundle.sha256), but those whose secret values were redacted, of those the capsule holds. The job runs as the user and may
 * rewrite the run folder's `bundle/` while it runs: without this a capsule could hold a script that
 * is not the one that ran, and verify.
 */
async function packedBundleProblems(ctx, snapshot) {
    const bundle = snapshot.proof_capsule?.bundle;
    const listed = bundle?.staged?.inventory;
    // Only a capsule that holds both the inventory and a bundle file is held to it: AGILAB's writer,
    // packing the same manifest, keeps neither.
    if (!bundle || !listed || !ctx.get('entries').has(listed))
        return [];
    const inventory = (await readJsonEntry(ctx, listed, 'staged-inventory')).value;
    const root = bundle.path.endsWith(`/${inventory.bundle_file}`) ? bundle.path.slice(0, -inventory.bundle_file.length) : 'bundle/';
    const held = new Map(ctx.get('manifest').entries.map((e) => [e.path, e.sha256]));
    const staged = new Map(inventory.files.map((f) => [f.path, f.sha256]));
    const redacted = new Set(bundle.redacted_files ?? []);
    const problems = [];
    for (const path of inventory.packed) {
        const recorded = staged.get(path) ?? (path === inventory.bundle_file ? bundle.sha256 : null);
        if (redacted.has(path) || recorded === null)
            continue;
        const sha256 = held.get(`${root}${path}`);
        if (sha256 !== undefined && sha256 !== recorded) {
            problems.push(`${root}${path} is ${sha256} in the capsule, but the run staged ${recorded} before the job started (${listed}): the bundle packed is not the one that ran`);
        }
    }
    return problems;
}
/** The root index lists every file of the pack but itself, with the digests the archive holds. */
async function checkProofPackManifest(ctx) {
    const index = (await readJsonEntry(ctx, capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$, 'proof-pack')).value;
    const m = ctx.get('manifest');
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
    ctx.set('packIndex', index);
    return (0,context/* pass */.IX)(`${capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$} indexes ${index.files.length} files, all matching`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/fsio/read.ts
var read = __webpack_require__(1715);
// EXTERNAL MODULE: ./src/keys/ed25519.ts + 1 modules
var ed25519 = __webpack_require__(2876);
// EXTERNAL MODULE: ./src/sign/signature.ts
var sign_signature = __webpack_require__(1491);
;// CONCATENATED MODULE: ./src/verify/checks/signature.ts





/** Signature documents are a few KiB; anything larger is not one. */
const MAX_SIGNATURE_BYTES = 64 * 1024;
/**
 * The named --signature (which must be readable: a signature that was asked for and cannot be
 * read is a failure, never "unsigned"), else `X.sig.json` beside the capsule. None, and none
 * required: not listed, a warning.
 */
function checkSignaturePresent(ctx) {
    const named = ctx.options.signaturePath;
    const path = named ?? (0,sign_signature/* defaultSignaturePath */.x7)(ctx.path);
    const anchored = ctx.options.trustPolicyPath !== undefined || (ctx.options.publicKeyPaths?.length ?? 0) > 0;
    if (named === undefined && !(0,external_node_fs_.existsSync)(path)) {
        if (ctx.options.requireSignature || anchored)
            return (0,context/* fail */.fJ)(`no detached signature at ${path}${anchored ? ' (a trust anchor was given, so the capsule must be signed)' : ''}`, { path });
        ctx.warnings.push(`capsule is unsigned (no ${path}): its integrity is checked, its origin is not`);
        return null;
    }
    ctx.set('signatureText', (0,read/* readTextFile */.Gu)(path, MAX_SIGNATURE_BYTES));
    return (0,context/* pass */.IX)(`detached signature ${path}`, { path });
}
function checkSignatureSchema(ctx) {
    const path = ctx.options.signaturePath ?? (0,sign_signature/* defaultSignaturePath */.x7)(ctx.path);
    const document = (0,sign_signature/* parseSignatureDocument */.tL)(ctx.get('signatureText'), path);
    ctx.set('signature', document);
    return (0,context/* pass */.IX)(`${path} is ${document.schema}`);
}
/** The signature names this exact file: digest, size, and the message rebuilt from it. */
function checkSignatureSubject(ctx) {
    const doc = ctx.get('signature');
    const { scan, file } = ctx.get('capsule');
    const problems = [];
    if (doc.subject.sha256 !== scan.sha256)
        problems.push(`signature is for sha256 ${doc.subject.sha256}, this capsule is ${scan.sha256}`);
    if (doc.subject.size_bytes !== file.size)
        problems.push(`signature subject is ${doc.subject.size_bytes} bytes, this capsule ${file.size}`);
    if (doc.signature.message !== (0,sign_signature/* signatureMessage */.ML)(scan.sha256))
        problems.push('signature.message is not the message for this capsule');
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { problems });
    return (0,context/* pass */.IX)(`signature subject is this capsule (sha256 ${scan.sha256})`);
}
/** An Ed25519 SPKI PEM with a 32-byte key, whose recorded sha256 is that key's identity. */
function checkSignatureKey(ctx) {
    const key = ctx.get('signature').key;
    const raw = (0,ed25519/* publicKeyFromPem */.X)(key.public_key_pem);
    const identity = (0,ed25519/* publicKeyIdentity */.Ji)(raw);
    if (identity !== key.public_key_sha256)
        return (0,context/* fail */.fJ)(`key.public_key_sha256 ${key.public_key_sha256} is not the identity of the key in the PEM (${identity})`, { public_key_sha256: identity });
    ctx.set('signingKey', { raw, identity });
    return (0,context/* pass */.IX)(`Ed25519 key ${identity}`, { public_key_sha256: identity });
}
/**
 * The PEM is the one canonical text of its key. Another spelling of the same key (CRLF line
 * ends, another line width) would hash to another public_key_sha256, so it is refused rather
 * than let a re-wrapped revoked key pass for a new one.
 */
function checkSignatureKeyCanonical(ctx) {
    const pem = ctx.get('signature').key.public_key_pem;
    const { raw, identity } = ctx.get('signingKey');
    if (pem !== (0,ed25519/* canonicalPublicKeyPem */.xj)(raw))
        return (0,context/* fail */.fJ)(`key.public_key_pem is not the canonical PEM of key ${identity} (re-wrapped, other line ends or missing final newline)`, { public_key_sha256: identity });
    return (0,context/* pass */.IX)('key.public_key_pem is the canonical PEM of its key');
}
/** Strict RFC 8032 verification over the message rebuilt from the bytes the pass read. */
function checkSignatureCryptographic(ctx) {
    const doc = ctx.get('signature');
    const { raw, identity } = ctx.get('signingKey');
    const signature = (0,sign_signature/* decodeBase64Strict */.Fm)(doc.signature.value);
    if (!signature)
        return (0,context/* fail */.fJ)('signature.value is not canonical padded base64');
    if (signature.length !== 64)
        return (0,context/* fail */.fJ)(`signature is ${signature.length} bytes, Ed25519 signatures are 64`);
    const ok = (0,ed25519/* verifyEd25519Strict */._U)(raw, Buffer.from((0,sign_signature/* signatureMessage */.ML)(ctx.get('capsule').scan.sha256), 'utf8'), signature);
    if (!ok)
        return (0,context/* fail */.fJ)('Ed25519 signature does not verify (strict RFC 8032) for this capsule and key');
    return (0,context/* pass */.IX)(`Ed25519 signature verifies with key ${identity}`);
}

// EXTERNAL MODULE: ./src/trust/anchors.ts
var trust_anchors = __webpack_require__(8948);
;// CONCATENATED MODULE: ./src/verify/checks/trust.ts



async function checkTrustPolicyLoaded(ctx) {
    const path = ctx.options.trustPolicyPath;
    if (path === undefined)
        return null;
    // The reader (with its TOML parser) is loaded only for a run that names a policy.
    const policy = (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5957))).loadTrustPolicy(path);
    if (policy.notAfter !== null && Date.parse(policy.notAfter) < Date.now()) {
        return (0,context/* fail */.fJ)(`trust policy ${path} expired at ${policy.notAfter}`, { not_after: policy.notAfter });
    }
    const unknown = policy.unknownKeys;
    if (unknown.length > 0) {
        const message = `${path}: unknown ${unknown.length === 1 ? 'key' : 'keys'} ${unknown.map((k) => JSON.stringify(k)).join(', ')}: no trust-policy spelling names ${unknown.length === 1 ? 'it' : 'them'}, so ${unknown.length === 1 ? 'it trusts' : 'they trust'} nothing (AGILAB ignores them)`;
        if (ctx.options.strict)
            return (0,context/* fail */.fJ)(`${message}; --strict refuses a policy it cannot fully read`, { unknown_keys: unknown });
        ctx.warnings.push(message);
    }
    ctx.set('policy', policy);
    return (0,context/* pass */.IX)(`trust policy ${path}`, unknown.length > 0 ? { unknown_keys: unknown } : {});
}
function checkTrustPolicyHasAnchor(ctx) {
    const policy = ctx.get('policy');
    if (!(0,trust_anchors/* hasAnyAnchor */.Yk)(policy))
        return (0,context/* fail */.fJ)(`${policy.path} declares no anchor (public key, signer, issuer or subject)`);
    return (0,context/* pass */.IX)('trust policy declares at least one anchor');
}
/** Signer and issuer are self-declared labels: without a key or subject anchor nothing is authenticated. */
function checkTrustPolicyHasKeyAnchor(ctx) {
    const policy = ctx.get('policy');
    if ((0,trust_anchors/* hasKeyAnchor */.zm)(policy))
        return (0,context/* pass */.IX)('trust policy anchors a public key or subject hash');
    const message = `${policy.path} anchors only self-declared names (signer/issuer): anyone can claim them; add allowed_public_key_sha256 or expected_subject_sha256`;
    if (ctx.options.strict)
        return (0,context/* fail */.fJ)(message);
    ctx.warnings.push(message);
    return null;
}
function allows(anchor, value, what) {
    if (anchor.lists.length === 0)
        return (0,context/* pass */.IX)(`${what} not constrained by the policy`);
    if (!(0,trust_anchors/* anchorAllows */.ul)(anchor, value))
        return (0,context/* fail */.fJ)(`${what} ${JSON.stringify(value)} is not in ${anchor.fields.join(' and ')}`, { value, fields: anchor.fields });
    return (0,context/* pass */.IX)(`${what} ${JSON.stringify(value)} is trusted`, { value });
}
/** By the key's identity, computed from the key: a re-spelled PEM is still the (perhaps revoked) key it is. */
function checkTrustPolicyAllowsPublicKey(ctx) {
    const policy = ctx.get('policy');
    const key = ctx.get('signingKey').identity;
    if (policy.revokedPublicKeys.includes(key))
        return (0,context/* fail */.fJ)(`public key ${key} is revoked by the policy`, { value: key });
    return allows(policy.publicKeys, key, 'public key');
}
function checkTrustPolicyAllowsSigner(ctx) {
    return allows(ctx.get('policy').signers, ctx.get('signature').signer, 'signer');
}
function checkTrustPolicyAllowsIssuer(ctx) {
    return allows(ctx.get('policy').issuers, ctx.get('signature').issuer, 'issuer');
}
function checkTrustPolicyAllowsSubject(ctx) {
    return allows(ctx.get('policy').subjects, ctx.get('capsule').scan.sha256, 'subject sha256');
}
/** `--public-key PEM` (repeatable): keys trusted without a policy file. */
function checkPublicKeyLoaded(ctx) {
    const paths = ctx.options.publicKeyPaths ?? [];
    if (paths.length === 0)
        return null;
    const keys = paths.map(ed25519/* publicKeyFileSha256 */.aB);
    ctx.set('anchorKeys', keys);
    return (0,context/* pass */.IX)(`${keys.length} public key${keys.length === 1 ? '' : 's'} given as trust anchors`, { public_key_sha256: keys });
}
function checkPublicKeyAllows(ctx) {
    const key = ctx.get('signingKey').identity;
    if (!ctx.get('anchorKeys').includes(key))
        return (0,context/* fail */.fJ)(`public key ${key} is not one of the --public-key anchors`, { value: key });
    return (0,context/* pass */.IX)(`public key ${key} is a --public-key anchor`, { value: key });
}
/** The anchor checks that must all have passed for the signer's key to count. */
const POLICY_ADMITS = ['capsule_trust_policy_allows_public_key', 'capsule_trust_policy_allows_signer', 'capsule_trust_policy_allows_issuer', 'capsule_trust_policy_allows_subject'];
/**
 * Origin is proven only by a signature that verified under every trust anchor given (policy,
 * --public-key); a policy anchoring only self-declared names proves nothing. Without any
 * anchor this is not listed (integrity only) unless --require-signature demands origin.
 */
function checkOriginVerified(ctx) {
    const policyGiven = ctx.options.trustPolicyPath !== undefined;
    const keysGiven = (ctx.options.publicKeyPaths?.length ?? 0) > 0;
    const policy = ctx.maybe('policy');
    const authenticating = keysGiven || (policy !== undefined && (0,trust_anchors/* hasKeyAnchor */.zm)(policy));
    if (!authenticating) {
        const why = policyGiven ? 'the trust policy anchors no public key or subject hash' : 'no trust anchor was given (--trust-policy or --public-key)';
        if (ctx.options.requireSignature)
            return (0,context/* fail */.fJ)(`origin not verified: the signature verifies, but ${why}`);
        return null;
    }
    const refused = [
        ...(policyGiven ? POLICY_ADMITS.filter((id) => !ctx.passed(id)) : []),
        ...(keysGiven && !ctx.passed('capsule_public_key_allows') ? ['capsule_public_key_allows'] : []),
    ];
    if (refused.length > 0)
        return (0,context/* fail */.fJ)(`origin not verified: ${refused.join(', ')} did not pass`, { refused });
    const key = ctx.get('signingKey');
    ctx.set('origin', key);
    return (0,context/* pass */.IX)(`origin verified: signed by key ${key.identity}, admitted by ${[policyGiven ? 'the trust policy' : '', keysGiven ? '--public-key' : ''].filter(Boolean).join(' and ')}`, { public_key_sha256: key.identity });
}
/**
 * Keys whose signatures count for the chain seal and the DSSE provenance: only once the
 * capsule's origin is verified, and then those the anchors name (and the verified signer).
 */
function admittedKeys(ctx) {
    const origin = ctx.maybe('origin');
    if (!origin)
        return [];
    const policy = ctx.maybe('policy');
    return [...new Set([origin.identity, ...(policy ? (0,trust_anchors/* trustedPublicKeys */.jz)(policy) : []), ...(ctx.maybe('anchorKeys') ?? [])])];
}
/** Our extension: the evidence chain must reach at least the class the policy requires. */
function checkTrustPolicyEvidenceClass(ctx) {
    const required = ctx.get('policy').requiredEvidenceClass;
    if (!required)
        return null;
    const rank = ['NON_AUTHORITATIVE_EVIDENCE', 'PARTIAL_AUTHORITATIVE_EVIDENCE', 'AUTHORITATIVE_EVIDENCE'];
    const actual = ctx.maybe('chain')?.classification ?? null;
    if (actual === null || rank.indexOf(actual) < rank.indexOf(required))
        return (0,context/* fail */.fJ)(`evidence class ${actual ?? 'none (no event chain)'} is below the required ${required}`, { required, actual });
    return (0,context/* pass */.IX)(`evidence class ${actual} meets the required ${required}`);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/hash/sha256.ts
var sha256 = __webpack_require__(6813);
;// CONCATENATED MODULE: ./src/exports/dsse.ts



const dsse_IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** DSSE v1 pre-authentication encoding: "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in bytes. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `, 'ascii'), type, Buffer.from(` ${payload.length} `, 'ascii'), payload]);
}
/** Signs `payload` (Ed25519 over its PAE); keyid is the sha256 of the public key PEM, as everywhere in a capsule. */
function dsse_signDsse(payload, payloadType, key) {
    const signatures = key ? [{ keyid: key.publicKeySha256, sig: key.sign(pae(payloadType, payload)).toString('base64') }] : [];
    return { payload: Buffer.from(payload).toString('base64'), payloadType, signatures };
}
/** Standard base64 only, canonical (re-encodes to the same text), so one envelope has one reading. */
function decodeBase64Strict(text) {
    if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text))
        return undefined;
    const bytes = Buffer.from(text, 'base64');
    return bytes.toString('base64') === text ? bytes : undefined;
}
const fail = (status, message, statement) => ({ ok: false, status, message, ...(statement === undefined ? {} : { statement }) });
/**
 * Verifies an in-toto DSSE envelope: shape, payload type, strict base64, then each signature whose
 * keyid names a trusted key (strict Ed25519 over the rebuilt PAE; one bad signature from a
 * trusted key fails the envelope), then the statement parsed strictly and schema-checked.
 * No signatures → `unsigned`; no trusted key among them → `untrusted`.
 */
function verifyDsseEnvelope(envelopeJson, trustedKeys) {
    const issues = (0,registry/* validateAgainst */.sq)('dsse-envelope', envelopeJson);
    if (issues.length > 0)
        return fail('invalid', `DSSE envelope is malformed: ${issues[0].pointer || '/'}: ${issues[0].message}`);
    const envelope = envelopeJson;
    if (envelope.payloadType !== dsse_IN_TOTO_PAYLOAD_TYPE)
        return fail('invalid', `DSSE payloadType is ${JSON.stringify(envelope.payloadType)}, expected ${dsse_IN_TOTO_PAYLOAD_TYPE}`);
    const payload = decodeBase64Strict(envelope.payload);
    if (!payload)
        return fail('invalid', 'DSSE payload is not canonical standard base64');
    const signed = verifySignatures(envelope, payload, trustedKeys ?? []);
    if (signed.status === 'invalid')
        return signed;
    const parsed = parseStatement(payload);
    if ('error' in parsed)
        return fail('invalid', parsed.error);
    return { ...signed, statement: parsed.statement };
}
function verifySignatures(envelope, payload, trustedKeys) {
    if (envelope.signatures.length === 0)
        return fail('unsigned', 'DSSE envelope is unsigned (no signatures)');
    const message = pae(envelope.payloadType, payload);
    let verifiedBy;
    for (const signature of envelope.signatures) {
        const key = trustedKeys.find((k) => k.keyid === signature.keyid);
        if (!key)
            continue;
        const sig = decodeBase64Strict(signature.sig);
        let publicKey;
        try {
            publicKey = (0,ed25519/* publicKeyFromPem */.X)(key.publicKeyPem);
        }
        catch (err) {
            return fail('invalid', `trusted key ${key.keyid}: ${err.message}`);
        }
        if (!sig || !(0,ed25519/* verifyEd25519Strict */._U)(publicKey, message, sig))
            return fail('invalid', `DSSE signature by key ${signature.keyid} does not verify (payload or signature altered)`);
        verifiedBy = signature.keyid;
    }
    if (!verifiedBy)
        return fail('untrusted', `DSSE envelope is signed by ${envelope.signatures.map((s) => s.keyid || '(no keyid)').join(', ')}, none of them a trusted key`);
    return { ok: true, status: 'verified', message: `DSSE signature verified with key ${verifiedBy}`, keyid: verifiedBy };
}
/** The statement, or why the payload is not a valid in-toto Statement v1. */
function parseStatement(payload) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(payload);
    }
    catch {
        return { error: 'DSSE payload is not UTF-8' };
    }
    let value;
    try {
        value = (0,parse/* parseJsonStrict */.jM)(text, 'DSSE payload', { ijson: true }).value;
    }
    catch (err) {
        return { error: err.message };
    }
    const issues = (0,registry/* validateAgainst */.sq)('in-toto-statement', value);
    if (issues.length > 0)
        return { error: `DSSE payload is not an in-toto Statement v1: ${issues[0].pointer || '/'}: ${issues[0].message}` };
    return { statement: value };
}

;// CONCATENATED MODULE: ./src/exports/identity.ts


/** `producer` / `_producer` of OpenLineage, builder and verifier ids: a URI naming this tool and version. */
const identity_PRODUCER_URI = (/* unused pure expression or super */ null && (`https://proofcapsule.dev/tool/${TOOL_NAME}/${TOOL_VERSION}`));
/** `purpose` keeps ids for different documents apart even though all derive from one run_id. */
function digestOf(purpose, runId) {
    return sha256Hex(`proof-capsule:${purpose}\n${runId}`);
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

// EXTERNAL MODULE: ./src/json/canonical.ts
var json_canonical = __webpack_require__(6680);
// EXTERNAL MODULE: ./src/fsio/atomic.ts
var atomic = __webpack_require__(9802);
;// CONCATENATED MODULE: ./src/json/write.ts

/** House JSON layout: keys sorted at every level, 2-space indent, trailing newline. */
function write_stableJson(value) {
    return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v !== undefined)
                out[key] = sortKeys(v);
        }
        return out;
    }
    return value;
}
function writeJsonFile(path, value, mode) {
    writeFileAtomic(path, write_stableJson(value), mode);
}

;// CONCATENATED MODULE: ./src/exports/statement.ts






const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** in-toto requires at least one subject, each with a digest: anything else is a caller bug, named here. */
function statement_inTotoStatement(subjects, predicateType, predicate) {
    if (subjects.length === 0)
        throw new CapsuleError('statement_no_subjects', `in-toto statement (${predicateType}) needs at least one subject`);
    const bad = subjects.find((s) => !SHA256_HEX.test(s.sha256));
    if (bad)
        throw new CapsuleError('statement_subject_digest_invalid', `in-toto subject ${bad.name}: sha256 ${JSON.stringify(bad.sha256)} is not 64 lowercase hex`);
    const subject = [...subjects].sort(byText((s) => s.name)).map((s) => ({ name: s.name, digest: { sha256: s.sha256 } }));
    return { _type: IN_TOTO_STATEMENT_V1, subject, predicateType, predicate };
}
/** The statement as a DSSE envelope file; the payload is the statement's RFC 8785 bytes, so it is byte-stable. */
function statement_envelopeFile(path, statement, key) {
    return { path, content: stableJson(signDsse(canonicalBytes(statement), IN_TOTO_PAYLOAD_TYPE, key)) };
}

;// CONCATENATED MODULE: ./src/record/time.ts


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
            throw new CapsuleError('source_date_epoch_invalid', `SOURCE_DATE_EPOCH=${epoch} is not a whole number of seconds`);
        return isoSeconds(new Date(Number(epoch) * 1000));
    }
    const at = parseInstant(manifest.timing.finished_at) ?? parseInstant(manifest.created_at);
    if (at)
        return isoSeconds(new Date(at.unixMillis));
    const pointer = '/timing/finished_at';
    const where = doc ? doc.locate(pointer) : undefined;
    const prefix = where ? `${file}:${where.line}:${where.column}` : file;
    const finished = JSON.stringify(manifest.timing.finished_at);
    const message = `${prefix}: ${pointer} ${finished} is not an RFC 3339 timestamp (nor is /created_at)`;
    throw new CapsuleError('manifest_time_invalid', message, { file, pointer, ...where });
}
/** The record's deterministic time; an unreadable one is a bug in whoever built the record. */
function recordInstant(record) {
    const at = parseInstant(record.createdAt);
    if (!at) {
        throw new CapsuleError('record_time_invalid', `${record.manifestPath}: run record time ${JSON.stringify(record.createdAt)} is not an RFC 3339 timestamp`, { file: record.manifestPath });
    }
    return at;
}
/**
 * Start and end of the run from the manifest's `timing`; a time that does not parse falls back
 * to the record's time, so every export still carries the same deterministic instants.
 */
function time_runInterval(record) {
    const fallback = recordInstant(record);
    const end = parseInstant(record.manifest.timing.finished_at) ?? fallback;
    const start = parseInstant(record.manifest.timing.started_at) ?? end;
    return { start: start.unixNanos <= end.unixNanos ? start : end, end };
}

;// CONCATENATED MODULE: ./src/exports/provenance.ts









const PROVENANCE_PATH = 'provenance/provenance.intoto.dsse.json';
const PROVENANCE_KEY_PATH = 'provenance/signing-key.pub.pem';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** Our build type: a bundle run by `capsule run` (or a run described by an AGILAB manifest). */
const BUILD_TYPE = 'https://proofcapsule.dev/buildtypes/capsule-run/v1';
/** The pack's byte copy of the run manifest: the subject of last resort. */
const MANIFEST_SNAPSHOT_PATH = 'run_manifest.snapshot.json';
/**
 * The provenance subjects of a run: its outputs and its bundle, by digest (outputs without a hash
 * are left out). A run with neither (an AGILAB manifest with no packed artifacts) attests its
 * manifest snapshot instead, since in-toto needs at least one subject.
 */
function provenanceSubjects(record) {
    const subjects = [...runOutputs(record), ...runInputs(record)].flatMap((f) => (f.sha256 === null ? [] : [{ name: f.path, sha256: f.sha256 }]));
    return subjects.length > 0 ? subjects : [{ name: MANIFEST_SNAPSHOT_PATH, sha256: record.manifestSha256 }];
}
/**
 * `provenance/provenance.intoto.dsse.json`: an in-toto Statement v1 with a SLSA Provenance v1
 * predicate, in a DSSE envelope signed with `key`, and the public key PEM beside it so
 * `openssl pkeyutl -verify -rawin` can check it. Without a key the envelope has no signatures
 * (DSSE needs at least one to verify, so verifiers report it `unsigned`) and no PEM is written.
 */
function buildProvenance(record, subjects, key) {
    const statement = inTotoStatement(subjects, SLSA_PROVENANCE_V1, provenancePredicate(record));
    const files = [envelopeFile(PROVENANCE_PATH, statement, key)];
    if (key)
        files.push({ path: PROVENANCE_KEY_PATH, content: key.publicKeyPem });
    return files;
}
function provenancePredicate(record) {
    const m = record.manifest;
    const ext = m.proof_capsule;
    const { start, end } = runInterval(record);
    const externalParameters = ext
        ? { bundle: { name: ext.bundle.name, version: ext.bundle.version, sha256: ext.bundle.sha256, path: ext.bundle.path }, executor: ext.execution.executor }
        : { path_id: m.path_id, label: m.label, command: m.command.label };
    return {
        buildDefinition: {
            buildType: BUILD_TYPE,
            externalParameters,
            internalParameters: {
                argv: m.command.argv,
                ...(ext ? { placement_site: ext.placement.site, lane: ext.bundle.lane, max_run_seconds: ext.bundle.max_run_seconds } : {}),
            },
            resolvedDependencies: [
                { name: 'run_manifest', digest: { sha256: record.manifestSha256 } },
                ...runInputs(record).flatMap((f) => (f.sha256 === null ? [] : [{ name: f.path, digest: { sha256: f.sha256 } }])),
            ],
        },
        runDetails: {
            builder: { id: PRODUCER_URI, version: { [TOOL_NAME]: ext?.tool.version ?? TOOL_VERSION } },
            metadata: { invocationId: m.run_id, startedOn: start.iso, finishedOn: end.iso },
            byproducts: ext
                ? [
                    { name: ext.execution.logs.stdout.path, digest: { sha256: ext.execution.logs.stdout.sha256 } },
                    { name: ext.execution.logs.stderr.path, digest: { sha256: ext.execution.logs.stderr.sha256 } },
                    { name: 'evidence_chain_final_hash', digest: { sha256: ext.evidence.final_hash } },
                ]
                : [],
        },
    };
}
/**
 * For the capsule verifier: the pack's provenance envelope verifies with the pack's key, is a
 * SLSA Provenance v1 statement, and every subject's digest equals the hash of the pack file of that name.
 */
/**
 * `files` holds the provenance envelope and key (and, for subjects without a digest in
 * `digests`, the subject bytes); `digests` gives the already verified sha256 of pack files, so
 * a capsule verifier never loads subjects into memory.
 */
function verifyProvenance(files, digests = new Map()) {
    const envelopeBytes = files.get(PROVENANCE_PATH);
    if (!envelopeBytes)
        return { ok: false, status: 'missing', message: `${PROVENANCE_PATH} is missing` };
    let envelope;
    try {
        envelope = (0,parse/* parseJsonStrict */.jM)(envelopeBytes.toString('utf8'), PROVENANCE_PATH, { ijson: true }).value;
    }
    catch (err) {
        return { ok: false, status: 'invalid', message: err.message };
    }
    const pem = files.get(PROVENANCE_KEY_PATH)?.toString('utf8');
    let trusted = [];
    try {
        if (pem !== undefined)
            trusted = [{ keyid: (0,ed25519/* publicKeySha256 */.Kk)(pem), publicKeyPem: pem }];
    }
    catch (err) {
        return { ok: false, status: 'invalid', message: `${PROVENANCE_KEY_PATH}: ${err.message}` };
    }
    const result = verifyDsseEnvelope(envelope, trusted);
    if (!result.ok) {
        const why = result.status === 'untrusted' && pem === undefined ? ` (${PROVENANCE_KEY_PATH} is missing)` : '';
        return { ok: false, status: result.status, message: `${PROVENANCE_PATH}: ${result.message}${why}` };
    }
    const statement = result.statement;
    if (statement.predicateType !== SLSA_PROVENANCE_V1) {
        return { ok: false, status: 'invalid', message: `${PROVENANCE_PATH}: predicateType is ${statement.predicateType}, expected ${SLSA_PROVENANCE_V1}` };
    }
    const mismatch = subjectMismatch(statement, files, digests);
    if (mismatch)
        return { ok: false, status: 'subject_mismatch', message: `${PROVENANCE_PATH}: ${mismatch}`, keyid: result.keyid };
    return { ok: true, status: 'verified', message: `${PROVENANCE_PATH}: signature verified with key ${result.keyid}; ${statement.subject.length} subject digest(s) match`, keyid: result.keyid };
}
function subjectMismatch(statement, files, digests) {
    for (const subject of statement.subject) {
        const bytes = files.get(subject.name);
        const actual = digests.get(subject.name) ?? (bytes ? (0,sha256/* sha256Hex */.fg)(bytes) : undefined);
        if (actual === undefined)
            return `subject ${subject.name} is not in the pack`;
        if (actual !== subject.digest.sha256)
            return `subject ${subject.name} has sha256 ${actual}, provenance says ${subject.digest.sha256}`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/schemas/top-level-properties.ts
var top_level_properties = __webpack_require__(2144);
;// CONCATENATED MODULE: ./src/hash/tree.ts



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
    return (0,sha256/* sha256Hex */.fg)(sorted.map((f) => `${f.path}\t${f.size_bytes}\t${f.sha256}\n`).join(''));
}
/**
 * The regular files below `dir` (relative, "/"-separated, byte-sorted) without following
 * symlinks; the rest is `skipped`.
 */
function walkTree(dir) {
    const files = [];
    const skipped = [];
    const walk = (abs, rel) => {
        for (const entry of readdirSync(abs, { withFileTypes: true })) {
            const path = rel ? `${rel}/${entry.name}` : entry.name;
            if (/[\t\n\r]/.test(entry.name))
                skipped.push(path);
            else if (entry.isDirectory())
                walk(join(abs, entry.name), path);
            else if (entry.isFile())
                files.push(path);
            else
                skipped.push(path);
        }
    };
    walk(dir, '');
    return { files: files.sort(compareUtf8), skipped: skipped.sort(compareUtf8) };
}

;// CONCATENATED MODULE: ./src/verify/checks/outputs.ts




/** AGILAB's packer records no artifact digests and packs no artifacts: what is absent is listed, not failed. */
const NO_HASH_RECORDED = 'not packed, no hash recorded';
const AGILAB_PACKED = "not packed (AGILAB's packer packs no run files)";
/** A root index without our `artifacts` record: written by AGILAB's packer, which packs no run files. */
function packedByAgilab(ctx) {
    const index = ctx.maybe('packIndex');
    return index !== undefined && index.artifacts === undefined;
}
/**
 * What the capsule holds is what the run recorded. Our outputs (each with its sha256) must be
 * in the capsule with that digest, unless referenced by hash. An artifact our packer recorded
 * in the index (a file's sha256, a directory's tree digest) must be there with that digest.
 * An artifact no digest was recorded for (AGILAB's packer never packs or hashes them) is
 * checked against its recorded size when the capsule holds it, else listed as not packed;
 * so are our outputs in a capsule AGILAB's packer wrote (it packs no run files).
 */
function checkOutputsMatch(ctx) {
    const snapshot = ctx.get('snapshot');
    const held = new Map(ctx.get('manifest').entries.map((e) => [e.path, e]));
    const referenced = ctx.get('manifest').limitations.join('\n');
    const problems = [];
    const notPacked = [];
    let checked = 0;
    const byAgilab = packedByAgilab(ctx);
    for (const out of snapshot.proof_capsule?.outputs ?? []) {
        const e = held.get(out.path);
        if (!e && byAgilab) {
            const reason = `${AGILAB_PACKED} (the run recorded sha256 ${out.sha256})`;
            notPacked.push({ name: out.path, path: out.path, reason });
            continue;
        }
        checked++;
        if (!e) {
            if (!referenced.includes(JSON.stringify(out.path)))
                problems.push(`output ${out.path} is not in the capsule`);
        }
        else if (e.sha256 !== out.sha256 || e.size_bytes !== out.size_bytes) {
            problems.push(`output ${out.path}: capsule holds ${digest(e)}, the run recorded ${digest(out)}`);
        }
    }
    const records = ctx.get('packIndex').artifacts;
    if (records && records.length !== snapshot.artifacts.length) {
        const counts = `${records.length} artifacts, the run manifest snapshot ${snapshot.artifacts.length}`;
        problems.push(`${capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$} records ${counts}`);
    }
    else {
        snapshot.artifacts.forEach((a, i) => {
            if (!a.exists)
                return;
            const v = records ? againstRecord(a, records[i], held) : unrecorded(a, held, referenced);
            if ('problem' in v)
                problems.push(v.problem);
            else if ('notPacked' in v)
                notPacked.push({ name: a.name, path: a.path, reason: v.notPacked });
            else
                checked++;
        });
    }
    const details = { checked, not_packed: notPacked };
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { ...details, problems });
    const each = notPacked.map((n) => `${n.name}: ${n.reason}`).join('; ');
    const listed = notPacked.length ? `; ${notPacked.length} not packed (${each})` : '';
    return (0,context/* pass */.IX)(`${checked} recorded outputs/artifacts match${listed}`, details);
}
/** Our packer's record of one artifact, checked against the entries it names. */
function againstRecord(a, r, held) {
    const what = `artifact ${a.name} (${a.path})`;
    if (r.name !== a.name) {
        const names = `${JSON.stringify(r.name)} where the snapshot has ${JSON.stringify(a.name)}`;
        return { problem: `${capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$} records artifact ${names}` };
    }
    if (r.packed === 'referenced')
        return { notPacked: `referenced by hash (${digest(r)}): ${r.note ?? 'not copied'}` };
    if (r.packed === 'not packed')
        return { notPacked: r.note ?? 'not packed' };
    if (external_node_path_.posix.normalize(a.path) !== r.pack_path) {
        return { problem: `${what}: the snapshot points at ${a.path}, the pack holds it at ${r.pack_path}` };
    }
    if (r.packed === 'file') {
        const e = held.get(r.pack_path);
        if (!e)
            return { problem: `${what} is recorded as packed at ${r.pack_path}, which the capsule does not hold` };
        if (e.sha256 !== r.sha256 || e.size_bytes !== r.size_bytes) {
            return { problem: `${what}: capsule holds ${digest(e)}, the pack recorded ${digest(r)}` };
        }
        return { checked: true };
    }
    const tree = treeUnder(r.pack_path, held);
    if (tree.length !== r.file_count || treeDigest(tree) !== r.sha256) {
        const found = `the ${tree.length} files under ${r.pack_path}/ have tree digest ${treeDigest(tree)}`;
        return { problem: `${what}: ${found}, the pack recorded ${r.sha256} over ${r.file_count} files` };
    }
    return { checked: true };
}
/** An artifact with no recorded digest: its recorded size where the capsule holds it, else listed. */
function unrecorded(a, held, referenced) {
    const path = external_node_path_.posix.normalize(a.path);
    const e = held.get(path);
    if (e) {
        if (a.size_bytes !== null && e.size_bytes !== a.size_bytes) {
            const sizes = `${e.size_bytes} bytes in the capsule, ${a.size_bytes} recorded`;
            return { problem: `artifact ${a.name} (${a.path}): ${sizes}` };
        }
        return { checked: true };
    }
    if (treeUnder(path, held).length > 0)
        return { checked: true };
    if (referenced.includes(JSON.stringify(path)))
        return { notPacked: 'referenced by hash (above the copy cap)' };
    return { notPacked: NO_HASH_RECORDED };
}
/** The entries below `dir/`, by their path under it (what a directory artifact's tree digest covers). */
function treeUnder(dir, held) {
    const prefix = `${dir}/`;
    return [...held.values()].filter((e) => e.path.startsWith(prefix))
        .map((e) => ({ ...e, path: e.path.slice(prefix.length) }));
}
const digest = (d) => `${d.sha256} (${d.size_bytes} bytes)`;

;// CONCATENATED MODULE: ./src/verify/checks/evidence.ts










const EVENTS = 'evidence/events.jsonl';
/**
 * Our check: the sealed event chain verifies, streamed from the bytes the hashing pass read
 * (nothing is extracted; a line past the chain's length cap stops the read), and its class is
 * recorded. A seal counts as trusted only under a verified origin (admittedKeys): an
 * unanchored or unverified capsule's chain is NON_AUTHORITATIVE, however it is sealed.
 */
async function checkEventChain(ctx) {
    const declared = ctx.get('snapshot').proof_capsule?.evidence;
    const e = ctx.get('entries').get(EVENTS);
    if (!e && declared && packedByAgilab(ctx)) {
        // AGILAB's packer packs no run files: the chain is absent, not tampered with, and nothing
        // it would prove is claimed (no evidence class).
        const chain = `an event chain (${declared.event_count} events, final hash ${declared.final_hash})`;
        ctx.warnings.push(`the run records ${chain} that this capsule does not hold (AGILAB's packer packs no run files): no evidence class`);
        return null;
    }
    if (!e)
        return declared ? (0,context/* fail */.fJ)(`run manifest declares an event chain, but ${EVENTS} is not in the capsule`) : null;
    // The chain verifier (a ~100 KB chunk) is loaded only for a capsule that holds a chain.
    const { verifyChainStream } = await __webpack_require__.e(/* import() */ 163).then(__webpack_require__.bind(__webpack_require__, 4163));
    const report = await verifyChainStream(ctx.get('capsule').entryChunks(e), `${ctx.path}!/${EVENTS}`, { trustedPublicKeySha256: admittedKeys(ctx) });
    ctx.set('chain', report);
    const details = { classification: report.classification, event_count: report.event_count, final_hash: report.final_hash, sealed: report.sealed, seal_trusted: report.seal_trusted, errors: report.errors.slice(0, 10) };
    if (report.status !== 'PASS')
        return (0,context/* fail */.fJ)(`${EVENTS}: chain FAIL: ${report.errors[0]?.rule ?? 'unknown'}: ${report.errors[0]?.message ?? ''}`, details);
    if (declared && (declared.final_hash !== report.final_hash || declared.event_count !== report.event_count)) {
        return (0,context/* fail */.fJ)(`${EVENTS}: final hash/event count differ from the run manifest's evidence block`, details);
    }
    return (0,context/* pass */.IX)(`${EVENTS}: ${report.event_count} events verify; ${report.classification}`, details);
}
/**
 * The DSSE provenance verifies and its subjects match the pack. Only the envelope and its key
 * are read; subjects are matched against the entry digests capsule_entry_hashes_match proved.
 * Its key counts only under a verified origin; before that the envelope is only self-consistent.
 */
async function checkProvenance(ctx) {
    const entries = ctx.get('entries');
    const names = [...entries.keys()].filter((n) => n.startsWith('provenance/'));
    if (names.length === 0)
        return null;
    const files = new Map();
    for (const name of names)
        files.set(name, await ctx.get('capsule').readEntry(entries.get(name), ctx.limits.maxDocumentBytes));
    const digests = new Map(ctx.get('manifest').entries.map((e) => [e.path, e.sha256]));
    const result = verifyProvenance(files, digests);
    if (result.status === 'unsigned') {
        ctx.warnings.push(`provenance is unsigned: ${result.message}`);
        return null;
    }
    const details = { status: result.status, keyid: result.keyid ?? null };
    if (!result.ok)
        return (0,context/* fail */.fJ)(result.message, details);
    const admitted = admittedKeys(ctx);
    if (admitted.length === 0)
        return (0,context/* pass */.IX)(`${result.message}; its key is the one the capsule carries, not anchored (origin not verified)`, { ...details, anchored: false });
    if (result.keyid && !admitted.includes(result.keyid))
        return (0,context/* fail */.fJ)(`provenance signed by key ${result.keyid}, which no trust anchor admits`, details);
    return (0,context/* pass */.IX)(result.message, { ...details, anchored: true });
}
/** Each `agentplane/<stem>.json` validates against the registered `agentplane-<stem>` schema. */
async function checkAgentplaneArtifacts(ctx) {
    const names = [...ctx.get('entries').keys()].filter((n) => n.startsWith('agentplane/') && n.endsWith('.json'));
    if (names.length === 0)
        return null;
    const problems = [];
    const validated = [];
    const unchecked = [];
    for (const name of names) {
        const schema = agentplaneSchemaFor(name);
        const file = `${ctx.path}!/${name}`;
        try {
            const doc = (0,parse/* parseJsonStrict */.jM)(await readEntryText(ctx, name), file);
            if (!schema) {
                unchecked.push(name);
                continue;
            }
            const issues = (0,registry/* validateAgainst */.sq)(schema, doc.value, doc);
            problems.push(...issues.map((i) => `${file}${i.line ? `:${i.line}:${i.column}` : ''} ${i.pointer || '/'}: ${i.message}`));
            validated.push(name);
        }
        catch (err) {
            if (err instanceof errors/* CapsuleError */.Mu)
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
        if (Object.hasOwn(top_level_properties/* topLevelProperties */.R, `${candidate}.schema.json`))
            return candidate;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/verify/checks/later.ts
// The checks that read what the pass established: their code (with the validators, the chain
// verifier and the key code they use) is loaded while the pass reads the file (src/verify/capsule.ts).








/***/ })

};
