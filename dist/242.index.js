export const id = 242;
export const ids = [242];
export const modules = {

/***/ 72242:
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
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/prove/capsule-manifest.ts
var capsule_manifest = __webpack_require__(22479);
// EXTERNAL MODULE: ./src/zip/canonical.ts
var canonical = __webpack_require__(37973);
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
var parse = __webpack_require__(27105);
// EXTERNAL MODULE: ./src/schemas/registry.ts
var registry = __webpack_require__(23545);
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
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/fsio/read.ts
var read = __webpack_require__(31715);
// EXTERNAL MODULE: ./src/keys/ed25519.ts + 1 modules
var ed25519 = __webpack_require__(82876);
// EXTERNAL MODULE: ./src/sign/signature.ts
var sign_signature = __webpack_require__(91491);
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
var trust_anchors = __webpack_require__(68948);
;// CONCATENATED MODULE: ./src/verify/checks/trust.ts



async function checkTrustPolicyLoaded(ctx) {
    const path = ctx.options.trustPolicyPath;
    if (path === undefined)
        return null;
    // The reader (with its TOML parser) is loaded only for a run that names a policy.
    const policy = (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 99742))).loadTrustPolicy(path);
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
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/exports/provenance.ts
var provenance = __webpack_require__(28252);
// EXTERNAL MODULE: ./src/schemas/top-level-properties.ts
var top_level_properties = __webpack_require__(92144);
// EXTERNAL MODULE: ./src/hash/tree.ts
var hash_tree = __webpack_require__(11374);
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
    if (tree.length !== r.file_count || (0,hash_tree/* treeDigest */.f)(tree) !== r.sha256) {
        const found = `the ${tree.length} files under ${r.pack_path}/ have tree digest ${(0,hash_tree/* treeDigest */.f)(tree)}`;
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
    const { verifyChainStream } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 52863));
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
    const result = (0,provenance/* verifyProvenance */.Tu)(files, digests);
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
