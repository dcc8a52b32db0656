import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * The one error type of the engine. `code` is stable and machine-readable and comes from one
 * closed list; its category alone decides the exit code. The message names the file and what
 * is wrong so a user can fix it without reading code.
 */
/** Documented exit codes (docs/errors.md). manual-review is a decision, not an error: exit 3. */
const EXIT = {
    ok: 0,
    /** Checked and failed: verification failed, chain FAIL, decision block. */
    failed: 1,
    /** Usage or bad input: nothing was run. */
    badInput: 2,
    /** Decision manual-review: evidence is fine but a human must decide. */
    manualReview: 3,
    internal: 70,
};
const EXIT_OF_CATEGORY = {
    usage: EXIT.badInput,
    bad_input: EXIT.badInput,
    failed: EXIT.failed,
    internal: EXIT.internal,
};
const usage = (meaning) => ({ category: 'usage', meaning });
const badInput = (meaning) => ({ category: 'bad_input', meaning });
const failed = (meaning) => ({ category: 'failed', meaning });
const internal = (meaning) => ({ category: 'internal', meaning });
/**
 * Every code a CapsuleError may carry. A new code goes here first (a code missing from this
 * list does not type-check); docs/errors.md is generated from it.
 */
const ERROR_CODES = {
    // The command line or the Action's inputs.
    usage: usage('an unknown option, a missing argument, an invalid choice or flags that do not go together'),
    action_input_invalid: usage('an input of the GitHub Action is missing or invalid'),
    default_bundle_missing: usage('no bundle given and the packaged example is not there'),
    wrap_invalid: usage('the command after `--` cannot be wrapped as given'),
    // Files, folders, keys and the machine.
    file_unreadable: badInput('a file is missing, is a folder, or may not be read'),
    file_too_large: badInput('a file is larger than that kind of file may be'),
    json_invalid: badInput('a file is empty or not JSON (a YAML file, say)'),
    json_too_deep: badInput('a JSON document nests deeper than 128 levels'),
    json_duplicate_key: badInput('a JSON object names the same key twice'),
    json_number_not_ijson: badInput('a number a signed document holds does not survive a double (I-JSON)'),
    json_string_not_ijson: badInput('a string a signed document holds has a lone surrogate (I-JSON)'),
    jcs_unrepresentable: badInput('a value has no RFC 8785 canonical form'),
    toml_invalid: badInput('a TOML policy does not parse'),
    schema_invalid: badInput('a document does not match its JSON Schema'),
    bundle_invalid: badInput('a bundle has problems (each is listed with file:line:column)'),
    bundle_folder_empty: badInput('a folder given as a bundle holds no bundle.json'),
    bundle_missing: badInput('no bundle file or folder at the path given'),
    target_missing: badInput('no capsule, run folder or manifest at the path given'),
    run_manifest_missing: badInput('a folder holds no run manifest'),
    baseline_not_found: badInput('no baseline capsule at the path, artifact or release named'),
    baseline_not_capsule: badInput('a baseline is a folder or a manifest, not a signed capsule'),
    init_target_not_folder: badInput('`capsule init` was given a path that is not a folder'),
    init_would_overwrite: badInput('`capsule init` would overwrite a file'),
    key_exists: badInput('`keygen` would overwrite a file'),
    key_unreadable: badInput('a signing key is missing or not an unencrypted PKCS#8 PEM'),
    key_not_ed25519: badInput('a signing key is not Ed25519'),
    public_key_invalid: badInput('a public key is not an Ed25519 SPKI PEM'),
    not_a_capsule: badInput('a file given as a capsule is not a file or not a ZIP archive'),
    signature_exists: badInput('`sign` would replace a signature (pass --force)'),
    signature_too_large: badInput('a signature file is larger than a signature can be'),
    out_dir_not_empty: badInput('an output folder already holds files; evidence is never overwritten'),
    out_dir_unusable: badInput('an output folder cannot be made or used'),
    capsuleignore_unreadable: badInput('a .capsuleignore cannot be read'),
    output_path_invalid: badInput("a bundle's output glob is not a safe relative path"),
    placement_impossible: badInput('no executor can serve the bundle'),
    executor_unavailable: badInput('the executor asked for is not built in'),
    secret_missing: badInput('a secret the bundle requires is not in the environment'),
    source_date_epoch_invalid: badInput('SOURCE_DATE_EPOCH is not a whole number of seconds'),
    manifest_time_invalid: badInput('a run manifest holds no RFC 3339 time'),
    record_time_invalid: badInput('a run record holds no RFC 3339 time'),
    replay_no_bundle: badInput('a manifest records no bundle, so there is nothing to re-run'),
    replay_no_command: badInput('a manifest records no command (empty argv), so there is nothing to re-run'),
    replay_cwd_missing: badInput("a manifest's recorded working directory is not on this host"),
    containment_unavailable: badInput('this host cannot contain a job (no cgroup, PID namespace, subreaper)'),
    verify_signature_needs_capsule: usage('signature or trust options given for an unsigned run folder or manifest'),
    // Refusals: the evidence was read and does not verify, so nothing is run, unpacked or compared.
    capsule_not_verified: badInput('a capsule does not verify, so it is not unpacked or run'),
    run_not_verified: badInput('a run does not verify, so it is not compared'),
    replay_untrusted: badInput('a capsule is not signed by a trusted key, so its code is not run'),
    capsule_unpack_failed: badInput('a capsule cannot be unpacked into the folder given'),
    wrap_input_invalid: badInput('a file or folder named to `capsule run --` is not usable'),
    shell_nul: badInput('a value holds a NUL byte and cannot be quoted for sh'),
    redaction_key_collision: badInput('a redacted payload already has the key its hash would take'),
    qemu_bad_env_name: badInput('an environment variable name cannot be passed to the VM'),
    qemu_empty_argv: badInput('the VM was given nothing to run'),
    qemu_unsafe_argument: badInput('a QEMU argument from the bundle is refused'),
    qemu_module_missing: badInput('a kernel module the guest needs is missing'),
    qemu_module_compressed: badInput("a guest kernel module is compressed (busybox insmod can't load it)"),
    vm_provision_impossible: badInput('this runner cannot be provisioned for the QEMU executor'),
    vm_provision_failed: badInput('provisioning the runner for the QEMU executor failed'),
    chain_create_failed: badInput('the event chain file cannot be created'),
    chain_write_short: badInput('the disk took only part of an event chain line'),
    chain_line_too_long: badInput('an event would make a chain line longer than the cap'),
    chain_event_unrepresentable: badInput('an event payload has no canonical JSON form'),
    store_lock_failed: badInput('the metadata store lock cannot be created'),
    store_locked: badInput('another writer holds the metadata store lock'),
    review_environment_missing: badInput('the review environment does not exist in the repository'),
    review_environment_unreadable: badInput("the job's token may not read the review environment"),
    review_environment_unprotected: badInput('the review environment has no required reviewers'),
    artifact_exists: badInput('the workflow run already has an artifact of that name'),
    artifact_service_missing: badInput('no artifact service here (ACTIONS_RUNTIME_TOKEN is not set)'),
    artifact_not_found: badInput('the workflow run has no artifact of that name'),
    artifact_download_failed: badInput('the artifact service did not hand over the artifact'),
    artifact_capsule_count: badInput('an artifact holds other than exactly one capsule'),
    release_not_found: badInput('no release with that tag'),
    // Evidence that was checked and failed.
    chain_invalid: failed('an event chain fails verification, so it is not replayed'),
    capsule_changed: failed('a capsule changed while it was being read'),
    capsule_source_changed: failed('a file changed while it was being packed'),
    capsule_too_large: failed('the files to pack are more than a capsule may hold (16 GiB, a 16 MiB listing)'),
    capsule_entry_missing: failed('a capsule lacks an entry it must hold'),
    archive_path_unsafe: failed('a capsule entry would be written outside its folder'),
    document_too_large: failed('a capsule entry is larger than a document may be'),
    utf8_invalid: failed('a capsule entry is not UTF-8 text'),
    zip_readable: failed('a downloaded artifact is not a readable ZIP archive'),
    zip_entry_unsafe: failed('an archive entry has an unsafe name'),
    zip_layout_invalid: failed('a capsule is not laid out as a strict ZIP archive'),
    zip_entry_too_large: failed('a capsule entry inflates past its cap'),
    zip_entry_corrupt: failed("a capsule entry's deflate data is corrupt"),
    zip_entry_unreadable: failed('a capsule entry cannot be read'),
    // Bugs: capsule broke one of its own rules.
    internal: internal('an unexpected error (a bug)'),
    schema_unknown: internal('no schema registered under a name'),
    capsule_time_invalid: internal('a capsule time is not a date'),
    pack_path_collision: internal('a proof pack file was generated twice'),
    statement_no_subjects: internal('an in-toto statement has no subject'),
    statement_subject_digest_invalid: internal('an in-toto subject digest is not sha256 hex'),
    chain_event_reserved: internal('a reserved event type was appended directly'),
    chain_state: internal('an event was recorded in the wrong chain state'),
    chain_drop_count: internal('a LOG_DROP count is not a positive integer'),
};
function categoryOf(code) {
    return ERROR_CODES[code].category;
}
function exitCodeOf(code) {
    return EXIT_OF_CATEGORY[categoryOf(code)];
}
class errors_CapsuleError extends Error {
    code;
    location;
    details;
    constructor(code, message, location = {}, details = {}) {
        super(message);
        this.name = 'CapsuleError';
        this.code = code;
        this.location = location;
        this.details = details;
    }
}
/** What a file-system error means for the user, in words, and what to do about it. */
const ERRNO_WORDS = {
    ENOENT: 'does not exist; check the path',
    ENOTDIR: 'a part of the path is not a folder; check the path',
    EISDIR: 'is a folder, not a file; give the file inside it',
    EACCES: 'permission denied; check its mode and owner',
    EPERM: 'not permitted; check its mode and owner',
    ELOOP: 'is a loop of symbolic links',
    ENAMETOOLONG: 'the path is too long',
    EMFILE: 'too many files are open; raise the limit (ulimit -n)',
    ENOSPC: 'the disk is full',
    EROFS: 'is on a read-only file system',
    EEXIST: 'already exists',
    ENXIO: 'is a socket or a device nothing is behind, not a file',
};
/** "does not exist; check the path" for ENOENT and so on; the raw code otherwise. */
function errors_describeFsError(err) {
    const code = err?.code;
    if (code && ERRNO_WORDS[code])
        return ERRNO_WORDS[code];
    return code ?? err?.message ?? String(err);
}
/**
 * A file-system error thrown by Node (ENOENT and kin) carrying a path is about the user's files,
 * not a bug: it becomes a bad-input CapsuleError. Anything else stays as it is.
 */
function asCapsuleError(err) {
    if (err instanceof errors_CapsuleError)
        return err;
    const e = err;
    if (e && typeof e.path === 'string' && typeof e.code === 'string' && ERRNO_WORDS[e.code]) {
        return new errors_CapsuleError('file_unreadable', `${e.path}: ${errors_describeFsError(e)}`, { file: e.path });
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/json/canonical.ts

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
function canonical_canonicalBytes(value, options = {}) {
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

;// CONCATENATED MODULE: ./src/json/canonicalize-text.ts


/** What a JSON value is, as its text says (an integer and a float token are told apart). */
const JsonKind = { Object: 0, Array: 1, String: 2, Integer: 3, Float: 4, True: 5, False: 6, Null: 7 };
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** 1 for the bytes a string copies as they are: printable ASCII but `"` and `\`. */
const VERBATIM = new Uint8Array(256);
for (let c = 0x20; c < 0x80; c++)
    VERBATIM[c] = c === 0x22 || c === 0x5c ? 0 : 1;
const HEX = '0123456789abcdef';
/** Short escapes JCS writes for these controls (RFC 8785 §3.2.2.2); others are \u00xx. */
const SHORT_ESCAPE = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72 };
const UNESCAPE = { 0x22: 0x22, 0x5c: 0x5c, 0x2f: 0x2f, 0x62: 0x08, 0x66: 0x0c, 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09 };
/**
 * Reads JSON text as strict I-JSON (RFC 8259 + RFC 7493: UTF-8 only, no duplicate keys, no lone
 * surrogates, integers within ±(2^53−1), finite numbers, nesting bounded) and writes its RFC 8785
 * canonical form into `out`, in one pass over the bytes without building JavaScript values. A line
 * that is already canonical comes out byte-identical, which is how callers tell that it was.
 * Members of the top-level object are listed in `top` (the first `topCount`; the objects are
 * reused), so a caller can read a few fields without parsing again. Errors are CapsuleErrors (json_invalid, json_duplicate_key, json_too_deep,
 * json_number_not_ijson, json_string_not_ijson) whose `details.offset` is the byte offset.
 * One instance is reused for every input: its buffers grow to the largest input and stay.
 */
class JsonTextCanonicalizer {
    out = Buffer.allocUnsafe(1 << 16);
    /** Length of the canonical form in `out` after `canonicalize`. */
    length = 0;
    top = [];
    topCount = 0;
    /** Float tokens whose `spellFloat` spelling differed from RFC 8785's in the last input. */
    respelled = 0;
    src = new Uint8Array(0);
    // Views for reading and writing four bytes at once (plain runs of strings), over the whole
    // of the input last given and of `out`.
    srcView = new DataView(new ArrayBuffer(0));
    viewed = null;
    outputView = new DataView(this.out.buffer, this.out.byteOffset, this.out.length);
    base = 0;
    p = 0;
    end = 0;
    o = 0;
    spellFloat;
    maxDepth;
    // The members of every object still open, innermost last: where each one's key and value are.
    keyStart = [];
    keyEnd = [];
    segEnd = [];
    keyPlain = [];
    kind = [];
    plainValue = [];
    sp = 0;
    lastPlain = true;
    order = [];
    constructor(options) {
        this.maxDepth = options.maxDepth;
        this.spellFloat = options.spellFloat ?? jcsNumber;
    }
    /** Canonicalizes src[start, end); the result is out[0, length). Returns the value's kind. */
    canonicalize(src, start, end) {
        this.begin(src, start, end);
        this.skipSpace();
        if (this.p >= end)
            this.fail('empty text');
        const kind = this.value(0);
        this.skipSpace();
        if (this.p < end)
            this.fail('unexpected text after the value');
        this.length = this.o;
        return kind;
    }
    /**
     * Starts reading src[start, end), for `canonicalize` or for a caller that lays out the
     * top-level object itself (`valueAt`, `setTop`): the output is empty, and has room for the
     * canonical form of the text.
     */
    begin(src, start, end) {
        // Bytes past the text (a reused read buffer's old data) must never read as part of it: a
        // view that ends where the text ends reads them as undefined. A line ending in \n or \r
        // needs no view (one allocation a line): that byte continues no token, and every read past
        // `end` stops at it as at undefined.
        this.src = src[end] === 0x0a || src[end] === 0x0d ? src : src.subarray(0, end);
        if (src !== this.viewed) {
            this.srcView = new DataView(src.buffer, src.byteOffset, src.byteLength);
            this.viewed = src;
        }
        this.base = start;
        this.p = start;
        this.end = end;
        this.o = 0;
        this.sp = 0;
        this.respelled = 0;
        this.topCount = 0;
        this.length = 0;
        // Canonical output is never longer than the text, except numbers (they make room as they
        // are written); twice that leaves room to reorder an object's members in place.
        const room = 2 * (end - start) + 64;
        if (this.out.length < room)
            this.setOut(Buffer.allocUnsafe(Math.max(room, this.out.length * 2)));
    }
    /**
     * After `begin`: canonicalizes the value at src[p...], a member of the top-level object, into
     * out[o...], exactly as `canonicalize` would there (errors included). Returns its kind (and,
     * for a string, `lastPlain`); `position` and `written` are then just past it.
     */
    valueAt(p, o) {
        if (this.maxDepth < 1)
            this.fail(`nested deeper than ${this.maxDepth} levels`, 'json_too_deep');
        this.p = p;
        this.o = o;
        return this.value(1);
    }
    /** Where reading stopped (after `valueAt`). */
    get position() {
        return this.p;
    }
    /** Bytes of output written (after `valueAt`). */
    get written() {
        return this.o;
    }
    /** The input given to `begin` (its whole buffer), for reading several bytes at once. */
    get inputView() {
        return this.srcView;
    }
    /** `out`, for writing several bytes at once (a new view whenever `out` moves). */
    get outView() {
        return this.outputView;
    }
    /** The last string read was plain (see TopMember.plain). */
    get lastStringPlain() {
        return this.lastPlain;
    }
    /** Makes room for `extra` more bytes after out[0, o); returns `out` (it may have moved). */
    reserve(o, extra) {
        if (o + extra > this.out.length) {
            this.o = o;
            this.grow(extra);
        }
        return this.out;
    }
    /**
     * Records top-level member i (its key token is out[keyStart, keyEnd), its value follows up to
     * `end`; `keyPlain`: the key needs no decoding, as a caller-written key never does).
     */
    setTop(i, keyStart, keyEnd, kind, end, plain, keyPlain = true) {
        const t = this.top[i] ?? (this.top[i] = { keyStart: 0, keyEnd: 0, keyPlain: true, kind: JsonKind.Null, start: 0, end: 0, plain: true });
        t.keyStart = keyStart;
        t.keyEnd = keyEnd;
        t.keyPlain = keyPlain;
        t.kind = kind;
        t.start = keyEnd + 1;
        t.end = end;
        t.plain = kind === JsonKind.String && plain;
    }
    /** Ends a caller-laid-out object of `count` members (set by `setTop`) whose canonical form is out[0, length). */
    finishTop(count, length) {
        this.topCount = count;
        this.length = length;
    }
    value(depth) {
        const c = this.src[this.p];
        switch (c) {
            case 0x7b:
                this.object(depth);
                return JsonKind.Object;
            case 0x5b:
                this.array(depth);
                return JsonKind.Array;
            case 0x22:
                this.lastPlain = this.string();
                return JsonKind.String;
            case 0x74:
                this.literal('true');
                return JsonKind.True;
            case 0x66:
                this.literal('false');
                return JsonKind.False;
            case 0x6e:
                this.literal('null');
                return JsonKind.Null;
            default:
                if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39))
                    return this.number();
                return this.fail(this.p >= this.end ? 'unexpected end of the text' : 'expected a value');
        }
    }
    object(depth) {
        if (depth >= this.maxDepth)
            this.fail(`nested deeper than ${this.maxDepth} levels`, 'json_too_deep');
        const src = this.src;
        this.p++;
        this.out[this.o++] = 0x7b;
        this.skipSpace();
        if (src[this.p] === 0x7d) {
            this.p++;
            this.out[this.o++] = 0x7d;
            return;
        }
        const first = this.sp;
        const contentStart = this.o;
        let sorted = true;
        for (;;) {
            this.skipSpace();
            if (src[this.p] !== 0x22)
                this.fail('expected a property name in double quotes');
            const m = this.sp++;
            const keyAt = this.p;
            this.keyStart[m] = this.o;
            this.keyPlain[m] = this.string();
            this.keyEnd[m] = this.o;
            if (sorted && m > first) {
                const order = this.compareKeys(m - 1, m);
                if (order === 0)
                    this.duplicate(m, keyAt);
                if (order > 0)
                    sorted = false;
            }
            this.skipSpace();
            if (src[this.p] !== 0x3a)
                this.fail('expected ":" after a property name');
            this.p++;
            this.out[this.o++] = 0x3a;
            this.skipSpace();
            this.kind[m] = this.value(depth + 1);
            this.plainValue[m] = this.lastPlain;
            this.segEnd[m] = this.o;
            this.skipSpace();
            const c = src[this.p];
            if (c === 0x2c) {
                this.p++;
                this.out[this.o++] = 0x2c;
                continue;
            }
            if (c === 0x7d) {
                this.p++;
                break;
            }
            this.fail('expected "," or "}"');
        }
        const order = sorted ? null : this.reorder(first, contentStart);
        this.out[this.o++] = 0x7d;
        if (depth === 0)
            this.recordTop(first, order);
        this.sp = first;
    }
    /**
     * Rewrites members first..sp-1 (written in text order from contentStart) in key order, moving
     * their recorded locations with them, and returns that order (valid until the next call).
     */
    reorder(first, contentStart) {
        const n = this.sp - first;
        // Reused across objects: only its first n entries mean anything.
        const order = this.order;
        for (let i = 0; i < n; i++)
            order[i] = first + i;
        // Objects are small: insertion sort beats Array.prototype.sort's call overhead.
        for (let i = 1; i < n; i++) {
            const m = order[i];
            let j = i - 1;
            for (; j >= 0; j--) {
                const cmp = this.compareKeys(order[j], m);
                if (cmp === 0)
                    this.duplicate(m, -1);
                if (cmp < 0)
                    break;
                order[j + 1] = order[j];
            }
            order[j + 1] = m;
        }
        // Park the members after the content, then copy them back in order: copyWithin is one
        // native call per member, with no JavaScript-side checks and no second buffer.
        const length = this.o - contentStart;
        if (this.o + length > this.out.length)
            this.grow(length + (this.end - this.p) + 64);
        const out = this.out;
        const park = this.o - contentStart;
        out.copyWithin(this.o, contentStart, this.o);
        let o = contentStart;
        const starts = this.keyStart;
        const keyEnds = this.keyEnd;
        const ends = this.segEnd;
        for (let i = 0; i < n; i++) {
            const m = order[i];
            if (i > 0)
                out[o++] = 0x2c;
            const from = starts[m] + park;
            const to = ends[m] + park;
            out.copyWithin(o, from, to);
            // Keep the member's location valid for recordTop.
            const shift = o - starts[m];
            starts[m] = starts[m] + shift;
            keyEnds[m] = keyEnds[m] + shift;
            ends[m] = ends[m] + shift;
            o += to - from;
        }
        return order;
    }
    recordTop(first, order) {
        for (let i = 0; i < this.sp - first; i++) {
            const m = order ? order[i] : first + i;
            this.setTop(i, this.keyStart[m], this.keyEnd[m], this.kind[m], this.segEnd[m], this.plainValue[m], this.keyPlain[m]);
        }
        this.topCount = this.sp - first;
    }
    /** The key of a top-level member, decoded (for messages). */
    topKey(t) {
        return t.keyPlain ? this.out.toString('latin1', t.keyStart + 1, t.keyEnd - 1) : JSON.parse(this.out.toString('utf8', t.keyStart, t.keyEnd));
    }
    /** UTF-16 code unit order of two keys (RFC 8785 §3.2.3). */
    compareKeys(a, b) {
        const out = this.out;
        if (this.keyPlain[a] && this.keyPlain[b]) {
            // ASCII with nothing escaped: byte order is code unit order.
            let i = this.keyStart[a] + 1;
            let j = this.keyStart[b] + 1;
            const ie = this.keyEnd[a] - 1;
            const je = this.keyEnd[b] - 1;
            for (; i < ie && j < je; i++, j++) {
                const d = out[i] - out[j];
                if (d !== 0)
                    return d;
            }
            return (ie - i) - (je - j);
        }
        const ka = JSON.parse(out.toString('utf8', this.keyStart[a], this.keyEnd[a]));
        const kb = JSON.parse(out.toString('utf8', this.keyStart[b], this.keyEnd[b]));
        return ka < kb ? -1 : ka > kb ? 1 : 0;
    }
    duplicate(m, keyAt) {
        const key = JSON.parse(this.out.toString('utf8', this.keyStart[m], this.keyEnd[m]));
        return this.fail(`duplicate key ${JSON.stringify(key)}`, 'json_duplicate_key', keyAt >= 0 ? keyAt : this.p);
    }
    array(depth) {
        if (depth >= this.maxDepth)
            this.fail(`nested deeper than ${this.maxDepth} levels`, 'json_too_deep');
        this.p++;
        this.out[this.o++] = 0x5b;
        this.skipSpace();
        if (this.src[this.p] === 0x5d) {
            this.p++;
            this.out[this.o++] = 0x5d;
            return;
        }
        for (;;) {
            this.skipSpace();
            this.value(depth + 1);
            this.skipSpace();
            const c = this.src[this.p];
            if (c === 0x2c) {
                this.p++;
                this.out[this.o++] = 0x2c;
                continue;
            }
            if (c === 0x5d) {
                this.p++;
                this.out[this.o++] = 0x5d;
                return;
            }
            this.fail('expected "," or "]"');
        }
    }
    /**
     * Copies a string token in its canonical spelling: escapes decoded, then only `"`, `\` and
     * controls escaped, UTF-8 checked. Returns whether the result is plain ASCII with no escapes.
     */
    string() {
        const src = this.src;
        const out = this.out;
        const end = this.end;
        let p = this.p + 1;
        let o = this.o;
        let plain = true;
        out[o++] = 0x22;
        const inView = this.srcView;
        const outView = this.outputView;
        for (;;) {
            // The common case, ASCII that is copied as it is: four bytes at a time while none of them
            // ends the run, then byte by byte.
            while (p + 4 <= end) {
                const w = inView.getUint32(p, true);
                if (endsPlainRun(w))
                    break;
                outView.setUint32(o, w, true);
                p += 4;
                o += 4;
            }
            let c = src[p];
            while (VERBATIM[c] === 1) {
                out[o++] = c;
                c = src[++p];
            }
            if (p >= end)
                this.fail('unterminated string', 'json_invalid', this.p);
            if (c === 0x22) {
                p++;
                break;
            }
            if (c < 0x20) {
                this.p = p;
                this.fail('control character in a string (it must be escaped)');
            }
            if (c === 0x5c) {
                const e = src[p + 1];
                if (e === 0x75) {
                    this.p = p;
                    const unit = this.hex4(p + 2);
                    p += 6;
                    if (unit >= 0xd800 && unit <= 0xdfff) {
                        const low = unit <= 0xdbff && src[p] === 0x5c && src[p + 1] === 0x75 ? this.hex4(p + 2) : -1;
                        if (low < 0xdc00 || low > 0xdfff) {
                            this.p = p - 6;
                            this.fail('lone surrogate in a string (not I-JSON)', 'json_string_not_ijson');
                        }
                        p += 6;
                        const cp = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                        out[o++] = 0xf0 | (cp >> 18);
                        out[o++] = 0x80 | ((cp >> 12) & 0x3f);
                        out[o++] = 0x80 | ((cp >> 6) & 0x3f);
                        out[o++] = 0x80 | (cp & 0x3f);
                        plain = false;
                    }
                    else {
                        o = writeUnit(out, o, unit);
                        if (unit < 0x20 || unit >= 0x80 || unit === 0x22 || unit === 0x5c)
                            plain = false;
                    }
                    continue;
                }
                const decoded = e === undefined ? undefined : UNESCAPE[e];
                if (decoded === undefined) {
                    this.p = p;
                    this.fail('invalid escape in a string');
                }
                o = writeUnit(out, o, decoded);
                if (decoded !== 0x2f)
                    plain = false;
                p += 2;
                continue;
            }
            // A multi-byte UTF-8 sequence: copied as is once checked (shortest form, no surrogates, ≤ U+10FFFF).
            const n = utf8Length(src, p, end);
            if (n === 0) {
                this.p = p;
                this.fail('invalid UTF-8 in a string');
            }
            for (let k = 0; k < n; k++)
                out[o++] = src[p + k];
            p += n;
            plain = false;
        }
        out[o++] = 0x22;
        this.p = p;
        this.o = o;
        return plain;
    }
    hex4(at) {
        let v = 0;
        for (let k = 0; k < 4; k++) {
            const c = this.src[at + k];
            const d = c === undefined ? -1 : c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;
            if (d < 0 || at + k >= this.end)
                this.fail('invalid \\u escape in a string');
            v = (v << 4) | d;
        }
        return v;
    }
    number() {
        const src = this.src;
        const end = this.end;
        const start = this.p;
        let q = start;
        if (src[q] === 0x2d)
            q++;
        const intStart = q;
        if (src[q] === 0x30)
            q++;
        else if (q < end && src[q] >= 0x31 && src[q] <= 0x39)
            while (q < end && src[q] >= 0x30 && src[q] <= 0x39)
                q++;
        else {
            this.p = q;
            this.fail('expected a digit');
        }
        const intDigits = q - intStart;
        let float = false;
        if (src[q] === 0x2e) {
            q = this.digits(q + 1);
            float = true;
        }
        if (src[q] === 0x65 || src[q] === 0x45) {
            q++;
            if (src[q] === 0x2b || src[q] === 0x2d)
                q++;
            q = this.digits(q);
            float = true;
        }
        this.p = q;
        if (!float) {
            // 15 digits are always within ±(2^53−1); longer ones are checked. "-0" is 0.
            if (intDigits > 15 && !(Math.abs(Number(latin1(src, start, q))) <= MAX_SAFE)) {
                this.p = start;
                this.fail(`integer ${excerpt(latin1(src, start, q))} is outside ±(2^53−1) (not I-JSON)`, 'json_number_not_ijson');
            }
            if (q - start === 2 && src[start] === 0x2d && src[start + 1] === 0x30)
                this.out[this.o++] = 0x30;
            else
                for (let k = start; k < q; k++)
                    this.out[this.o++] = src[k];
            return JsonKind.Integer;
        }
        const text = latin1(src, start, q);
        const value = Number(text);
        if (!Number.isFinite(value)) {
            this.p = start;
            this.fail(`number ${excerpt(text)} is outside the range of a double (not I-JSON)`, 'json_number_not_ijson');
        }
        const rfc = jcsNumber(value);
        const spelled = this.spellFloat === jcsNumber ? rfc : this.spellFloat(value);
        if (spelled !== rfc)
            this.respelled++;
        // The rest of the text still needs its room: numbers are the only tokens that lengthen.
        if (this.o + spelled.length + (this.end - this.p) + 64 > this.out.length)
            this.grow(spelled.length + (this.end - this.p) + 64);
        for (let k = 0; k < spelled.length; k++)
            this.out[this.o++] = spelled.charCodeAt(k);
        return JsonKind.Float;
    }
    digits(from) {
        let q = from;
        while (q < this.end && this.src[q] >= 0x30 && this.src[q] <= 0x39)
            q++;
        if (q === from) {
            this.p = q;
            this.fail('expected a digit');
        }
        return q;
    }
    literal(word) {
        for (let k = 0; k < word.length; k++) {
            if (this.p + k >= this.end || this.src[this.p + k] !== word.charCodeAt(k))
                this.fail('expected a value');
            this.out[this.o++] = word.charCodeAt(k);
        }
        this.p += word.length;
    }
    skipSpace() {
        const src = this.src;
        let p = this.p;
        while (p < this.end) {
            const c = src[p];
            if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
                break;
            p++;
        }
        this.p = p;
    }
    grow(extra) {
        const bigger = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.o + extra));
        this.out.copy(bigger, 0, 0, this.o);
        this.setOut(bigger);
    }
    setOut(out) {
        this.out = out;
        this.outputView = new DataView(out.buffer, out.byteOffset, out.length);
    }
    fail(what, code = 'json_invalid', at = this.p) {
        const offset = at - this.base;
        throw new errors_CapsuleError(code, `${code === 'json_invalid' ? 'invalid JSON' : 'not I-JSON'} at byte ${offset + 1}: ${what}`, {}, { offset });
    }
}
/**
 * Some byte of the four in `w` is not copied as it is (VERBATIM is 0 for it): a control, `"`,
 * `\`, or a byte of 0x80 or more. Bit tricks on the whole word (each exact as a yes/no: the
 * lowest byte that matches always sets its flag): any high bit, any byte below 0x20, any byte
 * equal to 0x22 or 0x5c (a zero byte of w XOR that byte repeated).
 */
function endsPlainRun(w) {
    const quote = w ^ 0x22222222;
    const backslash = w ^ 0x5c5c5c5c;
    const below = (w - 0x20202020) & ~w;
    const zeroQuote = (quote - 0x01010101) & ~quote;
    const zeroBackslash = (backslash - 0x01010101) & ~backslash;
    return ((w | below | zeroQuote | zeroBackslash) & 0x80808080) !== 0;
}
function latin1(src, start, end) {
    return Buffer.from(src.buffer, src.byteOffset + start, end - start).toString('latin1');
}
/** A token for a message: at most 40 characters of it. */
function excerpt(text) {
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
/** Writes one BMP code unit (not a surrogate) in its canonical string form; returns the new offset. */
function writeUnit(out, at, unit) {
    let o = at;
    if (unit < 0x20) {
        out[o++] = 0x5c;
        const short = SHORT_ESCAPE[unit];
        if (short !== undefined)
            out[o++] = short;
        else {
            out[o++] = 0x75;
            out[o++] = 0x30;
            out[o++] = 0x30;
            out[o++] = HEX.charCodeAt(unit >> 4);
            out[o++] = HEX.charCodeAt(unit & 15);
        }
    }
    else if (unit === 0x22 || unit === 0x5c) {
        out[o++] = 0x5c;
        out[o++] = unit;
    }
    else if (unit < 0x80)
        out[o++] = unit;
    else if (unit < 0x800) {
        out[o++] = 0xc0 | (unit >> 6);
        out[o++] = 0x80 | (unit & 0x3f);
    }
    else {
        out[o++] = 0xe0 | (unit >> 12);
        out[o++] = 0x80 | ((unit >> 6) & 0x3f);
        out[o++] = 0x80 | (unit & 0x3f);
    }
    return o;
}
/** Length of the well-formed UTF-8 sequence at src[p] (a non-ASCII lead byte), or 0. */
function utf8Length(src, p, end) {
    const c = src[p];
    const cont = (k, lo = 0x80, hi = 0xbf) => p + k < end && src[p + k] >= lo && src[p + k] <= hi;
    if (c >= 0xc2 && c <= 0xdf)
        return cont(1) ? 2 : 0;
    if (c >= 0xe0 && c <= 0xef) {
        const lo = c === 0xe0 ? 0xa0 : 0x80;
        const hi = c === 0xed ? 0x9f : 0xbf;
        return cont(1, lo, hi) && cont(2) ? 3 : 0;
    }
    if (c >= 0xf0 && c <= 0xf4) {
        const lo = c === 0xf0 ? 0x90 : 0x80;
        const hi = c === 0xf4 ? 0x8f : 0xbf;
        return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/fsio/read.ts


/**
 * Flags for opening any file a command was given or found in a folder it reads: O_NONBLOCK so the
 * open itself never waits (a FIFO planted where a file was expected would otherwise block it until
 * a writer comes, for ever), then fstat on the descriptor says what was opened. No effect on reads
 * of a regular file.
 */
const OPEN_TO_READ = external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK;
/** A pipe with a writer that has written nothing yet is polled this often, for at most PIPE_WAIT_MS. */
const PIPE_POLL_MS = 10;
const PIPE_WAIT_MS = 30_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** Largest input document (policy, trust policy, bundle, inventory, signature) read from disk: a document, never a data set. */
const read_MAX_DOCUMENT_FILE_BYTES = (/* unused pure expression or super */ null && (16 * 1024 ** 2));
/**
 * A small input file read through one descriptor, at most `maxBytes` (a regular file is refused
 * by its size before reading; a pipe once it passes the cap). Unreadable or too large: a
 * CapsuleError naming the file.
 */
function readFileCapped(path, maxBytes = read_MAX_DOCUMENT_FILE_BYTES) {
    let fd;
    try {
        fd = openSync(path, OPEN_TO_READ);
    }
    catch (err) {
        throw unreadable(path, err);
    }
    const tooLarge = () => new CapsuleError('file_too_large', `${path}: larger than the ${maxBytes} bytes this file may be`, { file: path });
    try {
        const stat = fstatSync(fd);
        if (stat.isDirectory())
            throw new CapsuleError('file_unreadable', `${path}: is a directory, not a file`, { file: path });
        if (stat.isFile() && stat.size > maxBytes)
            throw tooLarge();
        const chunks = [];
        let total = 0;
        let waited = 0;
        for (;;) {
            const chunk = Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - total));
            const n = readPatiently(fd, chunk, () => {
                waited += PIPE_POLL_MS;
                if (waited > PIPE_WAIT_MS)
                    throw new CapsuleError('file_unreadable', `${path}: is a pipe nothing was written to for ${PIPE_WAIT_MS / 1000} s`, { file: path });
            });
            if (n === 0)
                break;
            chunks.push(chunk.subarray(0, n));
            total += n;
            if (total > maxBytes)
                throw tooLarge();
        }
        if (total === 0 && stat.isFIFO()) {
            throw new CapsuleError('file_unreadable', `${path}: is a FIFO (named pipe) nothing wrote to, not a file`, { file: path });
        }
        return Buffer.concat(chunks, total);
    }
    catch (err) {
        if (err instanceof CapsuleError)
            throw err;
        throw unreadable(path, err);
    }
    finally {
        closeSync(fd);
    }
}
/** As readFileCapped, decoded as UTF-8. */
function read_readTextFile(path, maxBytes = read_MAX_DOCUMENT_FILE_BYTES) {
    return readFileCapped(path, maxBytes).toString('utf8');
}
/**
 * One read; a pipe opened with O_NONBLOCK whose writer has not written yet says EAGAIN: wait a
 * little (`onWait` may give up) and read again. A FIFO with no writer reads as its end at once.
 */
function readPatiently(fd, chunk, onWait) {
    for (;;) {
        try {
            return readSync(fd, chunk, 0, chunk.length, null);
        }
        catch (err) {
            if (err.code !== 'EAGAIN')
                throw err;
            onWait();
            Atomics.wait(sleeper, 0, 0, PIPE_POLL_MS);
        }
    }
}
function unreadable(path, err) {
    return new CapsuleError('file_unreadable', `${path}: cannot read: ${describeFsError(err)}`, { file: path });
}

;// CONCATENATED MODULE: ./src/json/parse.ts


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
    return parseJsonStrict(readTextFile(path, options.maxBytes ?? MAX_DOCUMENT_FILE_BYTES), path, options);
}
function escapePointer(token) {
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
const parse_MAX_SAFE = Number.MAX_SAFE_INTEGER;
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
        throw new CapsuleError(code, `${this.file}:${at.line}:${at.column}: ${prefix}${what}`, { file: this.file, pointer, ...at });
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
        return Math.abs(num) <= parse_MAX_SAFE;
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

;// CONCATENATED MODULE: ./src/hash/sha256.ts


function sha256_sha256Hex(data) {
    return createHash('sha256').update(data).digest('hex');
}
/** Reads for a digest are this large. */
const DIGEST_READ_BYTES = (/* unused pure expression or super */ null && (1 << 20));
/** Streams the file: memory does not grow with its size. */
async function sha256File(path) {
    return sha256Chunks(createReadStream(path, { highWaterMark: DIGEST_READ_BYTES }));
}
/** The digest of every chunk a stream gives (a file's read stream, say), in order. */
async function sha256Chunks(chunks) {
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
const SHA256_HEX = /^[0-9a-f]{64}$/;

;// CONCATENATED MODULE: ./src/chain/events.ts



/** The twelve AgentOps Replay v1.0 event types. */
const EVENT_TYPES = [
    'SESSION_START',
    'SESSION_END',
    'LLM_CALL',
    'LLM_RESPONSE',
    'TOOL_CALL',
    'TOOL_RESULT',
    'TOOL_ERROR',
    'LOG_DROP',
    'CHAIN_SEAL',
    'CHAIN_BROKEN',
    'REDACTION',
    'FORENSIC_FREEZE',
];
const EVENT_FIELDS = ['event_hash', 'event_type', 'payload', 'prev_hash', 'seq', 'session_id', 'timestamp'];
/** Lengths of the fixed-format fields of a well-formed event: a hash (lowercase hex) and a session_id (a UUID). */
const HASH_LENGTH = 64;
const SESSION_LENGTH = 36;
/** prev_hash of seq 1. */
const GENESIS_PREV_HASH = '0'.repeat(64);
/** The replacement for a redacted value. */
const REDACTED = '[REDACTED]';
/**
 * SHA-256 hex of the RFC 8785 bytes of the event without `event_hash`, numbers with a fraction
 * or an exponent spelled as AgentOps Replay spells them (the reader hashes them that way), and
 * no integer a strict reader refuses.
 */
function eventHash(event) {
    return sha256Hex(canonicalBytes(event, { spellFloat: agentopsFloatSpelling, ijson: true }));
}
/**
 * The bytes a CHAIN_SEAL signature covers: the 64 ASCII characters of `payload.final_hash`
 * (lowercase hex, no prefix, no newline). The other seal fields are covered by the seal's
 * own event_hash, which anyone can recompute: only final_hash is authenticated by the key.
 */
function sealMessage(finalHash) {
    return Buffer.from(finalHash, 'ascii');
}

;// CONCATENATED MODULE: ./src/chain/words.ts
/**
 * Byte runs compared and copied four bytes at a time through DataViews: a JavaScript loop over
 * single bytes costs about a nanosecond a byte, which is most of the time spent on a chain line.
 */
function token(bytes) {
    if (bytes.length < 4 || bytes.length > 255)
        throw new Error(`a token is 4 to 255 bytes, not ${bytes.length}`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    const at = [];
    for (let i = 0; i + 4 <= bytes.length; i += 4)
        at.push(i);
    if (bytes.length % 4 !== 0)
        at.push(bytes.length - 4);
    return { length: bytes.length, words: Uint32Array.from(at, (i) => view.getUint32(i, true)), at: Uint8Array.from(at) };
}
/** An ASCII token. */
const asciiToken = (s) => token(Buffer.from(s, 'latin1'));
/** view[at, at + token.length) holds the token's bytes (the caller knows they are within the view). */
function holds(view, at, t) {
    const { words, at: offsets } = t;
    for (let i = 0; i < words.length; i++)
        if (view.getUint32(at + offsets[i], true) !== words[i])
            return false;
    return true;
}
/** Writes the token at view[at...]; returns where it ends. */
function put(view, at, t) {
    const { words, at: offsets } = t;
    for (let i = 0; i < words.length; i++)
        view.setUint32(at + offsets[i], words[i], true);
    return at + t.length;
}
/** from[at, at + length) equals to[toAt, toAt + length), length ≥ 4. */
function sameBytes(from, at, length, to, toAt) {
    for (let i = 0; i + 4 <= length; i += 4) {
        if (from.getUint32(at + i, true) !== to.getUint32(toAt + i, true))
            return false;
    }
    return from.getUint32(at + length - 4, true) === to.getUint32(toAt + length - 4, true);
}
/** Copies from[at, at + length) to to[toAt...] (separate memory, or not overlapping); returns where it ends. */
function copyBytes(from, at, length, to, toAt) {
    if (length < 4) {
        for (let i = 0; i < length; i++)
            to.setUint8(toAt + i, from.getUint8(at + i));
        return toAt + length;
    }
    for (let i = 0; i + 4 <= length; i += 4)
        to.setUint32(toAt + i, from.getUint32(at + i, true), true);
    to.setUint32(toAt + length - 4, from.getUint32(at + length - 4, true), true);
    return toAt + length;
}

;// CONCATENATED MODULE: ./src/chain/dumps-line.ts




/*
 * The one layout AgentOps Replay's SDK writes an event in: Python's `json.dumps` of the event
 * dict, members in the order the SDK builds it, `, ` and `: ` between them:
 *
 *   {"seq": 2, "event_type": "…", "session_id": "…", "timestamp": "…", "payload": …,
 *    "prev_hash": "…", "event_hash": "…"}   (one line)
 *
 * Its canonical (RFC 8785) form has the same members in key order, without the spaces. Read
 * member by member against that layout, the canonical form is written straight into place: no
 * key is parsed, compared or sorted and no member moves, which the general reader spends
 * about half its time on for such a line. Three values are read by the general reader
 * (`valueAt`) where they go; the four that must be plain strings or a small integer to be valid
 * at all are scanned here, and copied once the values before them in key order are written.
 * Anything else about the line (other spacing or order, an escape in one of those four, a
 * float seq, a missing or extra member…) returns false, and the caller reads the line with the
 * general reader, whose verdict it is then. One loop over a table of the members keeps the
 * code the JIT compiles small (it compiles it again in every thread).
 */
/** How a member's value is read: by the general reader, or scanned as digits, a plain string, a hash. */
const VALUE = 0;
const DIGITS = 1;
const PLAIN = 2;
const HASH = 3;
function member(key, how, index) {
    const quote = how === VALUE || how === DIGITS ? '' : '"';
    return {
        top: EVENT_FIELDS.indexOf(key),
        index,
        how,
        text: asciiToken(`${index === 0 ? '{' : ', '}"${key}": ${quote}`),
        canonical: asciiToken(`${key === EVENT_FIELDS[0] ? '{' : ','}"${key}":${quote}`),
    };
}
/** In json.dumps' order. */
const TEXT_ORDER = [
    ['seq', DIGITS],
    ['event_type', VALUE],
    ['session_id', PLAIN],
    ['timestamp', PLAIN],
    ['payload', VALUE],
    ['prev_hash', VALUE],
    ['event_hash', HASH],
].map(([key, how], i) => member(key, how, i));
/** In key order. */
const KEY_ORDER = [...TEXT_ORDER].sort((a, b) => a.top - b.top);
// Writing in one pass needs the hash first in key order (its place, fixed, is kept), then the
// general reader's values in the order they come in the text, then the scanned members.
const values = TEXT_ORDER.filter((m) => m.how === VALUE);
const scanned = KEY_ORDER.filter((m) => m.how !== VALUE && m.how !== HASH);
if (KEY_ORDER[0].how !== HASH || ![KEY_ORDER[0], ...values, ...scanned].every((m, i) => m === KEY_ORDER[i])) {
    throw new Error('dumps-line: the member table cannot be written in one pass');
}
const HASH_MEMBER = KEY_ORDER[0];
/** Where the first member after the hash starts in the canonical form. */
const AFTER_HASH = HASH_MEMBER.canonical.length + HASH_LENGTH + 1;
/** The longest seq taken here: 15 digits are always within ±(2^53−1), so none needs the I-JSON check. */
const MAX_SEQ_DIGITS = 15;
// Per member (by text order index): where its scanned bytes are; per top index: what was read.
const from = new Int32Array(TEXT_ORDER.length);
const to = new Int32Array(TEXT_ORDER.length);
const kinds = [];
const plains = [];
const ends = new Int32Array(TEXT_ORDER.length);
const keyAt = new Int32Array(TEXT_ORDER.length);
/** Where the plain string body starting at src[at] ends (at its closing quote), or -1. */
function plainEnd(src, view, at, end) {
    let p = at;
    while (p + 4 <= end && !endsPlainRun(view.getUint32(p, true)))
        p += 4;
    while (p < end && VERBATIM[src[p]] === 1)
        p++;
    return p < end && src[p] === 0x22 ? p : -1;
}
/** Where the digits of a seq starting at src[at] end: 0, or up to 15 digits without a leading zero; -1 if none. */
function digitsEnd(src, at, end) {
    if (src[at] === 0x30)
        return at + 1;
    let p = at;
    while (p < end && src[p] >= 0x30 && src[p] <= 0x39)
        p++;
    return p === at || p - at > MAX_SEQ_DIGITS ? -1 : p;
}
/**
 * Canonicalizes src[start, end) if it is an event in json.dumps' layout, as `c.canonicalize`
 * would (the same out bytes, top-level members and respelled count); false if it is not in
 * that layout, or if reading a value failed (the caller reads the line again with the general
 * reader, for its error).
 */
function canonicalizeDumpsEvent(c, src, start, end) {
    c.begin(src, start, end);
    const view = c.inputView;
    let p = start;
    let o = AFTER_HASH;
    try {
        for (let i = 0; i < TEXT_ORDER.length; i++) {
            const m = TEXT_ORDER[i];
            if (p + m.text.length > end || !holds(view, p, m.text))
                return false;
            p += m.text.length;
            if (m.how === VALUE) {
                keyAt[m.top] = o + 1;
                o = put(c.outView, o, m.canonical);
                kinds[m.top] = c.valueAt(p, o);
                plains[m.top] = c.lastStringPlain;
                o = c.written;
                ends[m.top] = o;
                p = c.position;
                continue;
            }
            from[i] = p;
            p = m.how === DIGITS ? digitsEnd(src, p, end) : plainEnd(src, view, p, end);
            if (p < 0 || (m.how === HASH && p - from[i] !== HASH_LENGTH))
                return false;
            to[i] = p;
            if (m.how !== DIGITS)
                p++;
        }
    }
    catch (err) {
        if (err instanceof errors_CapsuleError)
            return false;
        throw err;
    }
    if (p >= end || src[p] !== 0x7d)
        return false;
    // After the object only whitespace, as the general reader allows.
    for (let q = p + 1; q < end; q++) {
        const w = src[q];
        if (w !== 0x20 && w !== 0x0a && w !== 0x0d && w !== 0x09)
            return false;
    }
    // The scanned members, in key order: the hash in its place, the others after the values.
    let tail = 1;
    for (let i = 0; i < TEXT_ORDER.length; i++) {
        if (TEXT_ORDER[i].how !== VALUE)
            tail += TEXT_ORDER[i].canonical.length + to[i] - from[i] + 1;
    }
    c.reserve(o, tail);
    const out = c.outView;
    for (const m of KEY_ORDER) {
        if (m.how === VALUE)
            continue;
        const i = m.index;
        const at = m.how === HASH ? 0 : o;
        keyAt[m.top] = at + 1;
        let w = copyBytes(view, from[i], to[i] - from[i], out, put(out, at, m.canonical));
        if (m.how !== DIGITS)
            out.setUint8(w++, 0x22);
        kinds[m.top] = m.how === DIGITS ? JsonKind.Integer : JsonKind.String;
        plains[m.top] = true;
        ends[m.top] = w;
        if (m.how !== HASH)
            o = w;
    }
    out.setUint8(o++, 0x7d);
    for (const m of KEY_ORDER) {
        const key = keyAt[m.top];
        c.setTop(m.top, key, key + EVENT_FIELDS[m.top].length + 2, kinds[m.top], ends[m.top], plains[m.top]);
    }
    c.finishTop(KEY_ORDER.length, o);
    return true;
}

;// CONCATENATED MODULE: ./src/chain/number-spelling.ts
/**
 * How an event's numbers are spelled in the bytes its event_hash covers.
 *
 * The format hashes the JCS form of the parsed event. JCS implementations agree on every string,
 * key order and integer, but not on numbers written with a fraction or an exponent: AgentOps
 * Replay's reference verifier (Python) hashes such a number as Python's `repr` of the double with
 * `e+` shortened to `e` (`2.0`, `1e-05`, `1e16`), where RFC 8785 writes `2`, `0.00001`,
 * `10000000000000000`. A chain only one of the two verifiers accepts is not interoperable, so
 * both our recorder and our verifier use AgentOps' spelling for those numbers: every chain either
 * side accepts is accepted by the other, and no chain is more authoritative here than there.
 * For everything else (all strings, integers, numbers like 0.5 or 1e-3) the two spellings are the
 * same bytes, so the hash is plain RFC 8785.
 */
function number_spelling_agentopsFloatSpelling(value) {
    if (value === 0)
        return '0';
    return pythonFloatRepr(value).replace('e+', 'e');
}
/** Python's `repr(float)`: the shortest round-trip digits, fixed notation for 1e-4 ≤ |x| < 1e16. */
function pythonFloatRepr(value) {
    if (value === 0)
        return Object.is(value, -0) ? '-0.0' : '0.0';
    // toExponential() gives the same shortest round-trip digits Python's repr uses.
    const [mantissa, exponentText] = value.toExponential().split('e');
    const sign = value < 0 ? '-' : '';
    const digits = mantissa.replace('-', '').replace('.', '');
    const exponent = Number(exponentText);
    if (exponent < -4 || exponent >= 16) {
        const head = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
        return `${sign}${head}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
    }
    if (exponent < 0)
        return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
    const whole = exponent + 1;
    if (digits.length <= whole)
        return `${sign}${digits}${'0'.repeat(whole - digits.length)}.0`;
    return `${sign}${digits.slice(0, whole)}.${digits.slice(whole)}`;
}

;// CONCATENATED MODULE: ./src/chain/event-line.ts








/** What `EventLineReader.read` found on a line. */
const LineKind = { Blank: 0, Invalid: 1, Event: 2 };
/** Rule ids for what the strict JSON reader refuses (all other JSON errors are json_parse). */
const JSON_RULES = {
    json_duplicate_key: 'json_duplicate_key',
    json_too_deep: 'json_too_deep',
    json_number_not_ijson: 'json_number_not_ijson',
    json_string_not_ijson: 'json_string_not_ijson',
};
const quoted = (s) => asciiToken(JSON.stringify(s));
const FIELD_TOKENS = EVENT_FIELDS.map(quoted);
const TYPE_TOKENS = EVENT_TYPES.map(quoted);
/** Indexes of the event types by the length of their token: at most two share one. */
const TYPES_BY_LENGTH = [];
TYPE_TOKENS.forEach((t, i) => (TYPES_BY_LENGTH[t.length] ??= []).push(i));
const [EVENT_HASH, EVENT_TYPE, PAYLOAD, PREV_HASH, SEQ, SESSION_ID, TIMESTAMP] = [0, 1, 2, 3, 4, 5, 6];
/**
 * Reads chain lines: strict I-JSON in any spelling, into the canonical bytes the event hash
 * covers, and the seven fields checked on those bytes (strings are made only where a check or a
 * report needs one). One instance is reused for every line, with no allocation for a well-formed
 * one; the fields below are about the line read last. Its verdict on a line depends on that
 * line's bytes alone: what it remembers of earlier lines (`lastHash`, `firstSession`) only
 * spares format checks and tells whether a line links to the one before.
 */
class EventLineReader {
    canonicalizer = new JsonTextCanonicalizer({
        maxDepth: MAX_JSON_DEPTH,
        spellFloat: number_spelling_agentopsFloatSpelling,
    });
    /** RFC 8785 spelling, only to tell whether a line with respelled numbers is canonical. */
    rfc = null;
    /** The event_hash of the last event read, and the session_id of the first (since `forget`). */
    lastHash = new DataView(new ArrayBuffer(HASH_LENGTH));
    haveLast = false;
    firstSession = new DataView(new ArrayBuffer(SESSION_LENGTH));
    haveSession = false;
    /** After `Invalid`: why. */
    invalid = null;
    // After `Event`: what the checks need, and where the three fixed-format fields sit in `out`.
    seq = 0;
    typeIndex = 0;
    /** The recorded event_hash is the SHA-256 of the canonical form of the event without it. */
    hashOk = false;
    /** The line is byte for byte the RFC 8785 form of its event. */
    canonical = false;
    /** A number was written with a fraction or an exponent that AgentOps spells differently. */
    respelled = false;
    /** prev_hash is the event_hash of the last event read. */
    prevIsLast = false;
    /** session_id is that of the first event read. */
    sessionIsFirst = false;
    /** SHA-256 (hex) of the canonical form of the event without event_hash. */
    computed = '';
    eventHashAt = 0;
    prevHashAt = 0;
    sessionAt = 0;
    /** The canonical bytes of the line read last (the fields' offsets point into it). */
    get outView() {
        return this.canonicalizer.outView;
    }
    /** Forgets the lines read so far: what follows is read as if it were the first. */
    forget() {
        this.haveLast = false;
        this.haveSession = false;
    }
    read(bytes, start, end) {
        let i = start;
        while (i < end && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d))
            i++;
        if (i === end)
            return LineKind.Blank;
        const c = this.canonicalizer;
        let kind;
        let laidOut = false;
        try {
            laidOut = canonicalizeDumpsEvent(c, bytes, start, end);
            kind = laidOut ? JsonKind.Object : c.canonicalize(bytes, start, end);
        }
        catch (err) {
            if (!(err instanceof errors_CapsuleError))
                throw err;
            const rule = JSON_RULES[err.code] ?? 'json_parse';
            this.invalid = { rule, message: `${rule === 'json_parse' ? 'not JSON' : 'refused'}: ${err.message}`, seq: null };
            return LineKind.Invalid;
        }
        if (kind !== JsonKind.Object) {
            this.invalid = { rule: 'field_set', message: 'not a JSON object', seq: null };
            return LineKind.Invalid;
        }
        this.invalid = this.checkFields(laidOut);
        if (this.invalid !== null)
            return LineKind.Invalid;
        this.canonical = this.isCanonical(bytes, start, end);
        this.respelled = c.respelled > 0;
        const out = c.outView;
        copyBytes(out, this.eventHashAt, HASH_LENGTH, this.lastHash, 0);
        this.haveLast = true;
        if (!this.haveSession) {
            copyBytes(out, this.sessionAt, SESSION_LENGTH, this.firstSession, 0);
            this.haveSession = true;
        }
        return LineKind.Event;
    }
    /** The event of the line read last, its payload parsed. */
    fullEvent() {
        const c = this.canonicalizer;
        const payload = c.top[PAYLOAD];
        const ascii = (at, length) => c.out.toString('latin1', at, at + length);
        return {
            seq: this.seq,
            event_type: EVENT_TYPES[this.typeIndex],
            session_id: ascii(this.sessionAt, SESSION_LENGTH),
            timestamp: this.text(c.top[TIMESTAMP]),
            payload: JSON.parse(c.out.toString('utf8', payload.start, payload.end)),
            prev_hash: ascii(this.prevHashAt, HASH_LENGTH),
            event_hash: ascii(this.eventHashAt, HASH_LENGTH),
        };
    }
    /**
     * Exactly the seven fields (the canonicalizer lists them sorted, as EVENT_FIELDS is), each of
     * its type. `laidOut`: the json.dumps reader wrote the line's keys, which are those seven.
     */
    checkFields(laidOut) {
        const c = this.canonicalizer;
        const top = c.top;
        const out = c.out;
        const view = c.outView;
        let keysRight = c.topCount === FIELD_TOKENS.length;
        for (let i = 0; keysRight && !laidOut && i < FIELD_TOKENS.length; i++) {
            keysRight = equalsToken(view, top[i].keyStart, top[i].keyEnd, FIELD_TOKENS[i]);
        }
        if (!keysRight) {
            const keys = top.slice(0, c.topCount).map((t) => c.topKey(t));
            const seqAt = keys.indexOf('seq');
            const seq = seqAt >= 0 ? this.seqOf(top[seqAt]) : null;
            const missing = EVENT_FIELDS.filter((k) => !keys.includes(k));
            const extra = keys.filter((k) => !EVENT_FIELDS.includes(k));
            const lacks = missing.length ? `; missing ${missing.join(', ')}` : '';
            const unknown = extra.length ? `; unknown ${extra.map((k) => JSON.stringify(k)).join(', ')}` : '';
            return { rule: 'field_set', seq, message: `an event has exactly ${EVENT_FIELDS.join(', ')}${lacks}${unknown}` };
        }
        const seq = this.seqOf(top[SEQ]);
        let wrong = null;
        // An integer written as such: AgentOps' verifier (Python) fails a seq written 1.0, so do we.
        if (seq === null || seq < 1)
            (wrong ??= []).push('seq (a positive integer)');
        const session = top[SESSION_ID];
        this.sessionAt = session.start + 1;
        const sessionPlain = plainString(session, SESSION_LENGTH);
        this.sessionIsFirst = sessionPlain && this.haveSession &&
            sameBytes(view, this.sessionAt, SESSION_LENGTH, this.firstSession, 0);
        if (!this.sessionIsFirst && (!sessionPlain || !isUuidV4(out, this.sessionAt))) {
            (wrong ??= []).push('session_id (a lowercase UUIDv4)');
        }
        const timestamp = top[TIMESTAMP];
        if (!plainString(timestamp, 27) || !isTimestamp(out, timestamp.start + 1)) {
            (wrong ??= []).push('timestamp (YYYY-MM-DDTHH:MM:SS.ffffffZ)');
        }
        if (top[PAYLOAD].kind !== JsonKind.Object)
            (wrong ??= []).push('payload (an object)');
        const prev = top[PREV_HASH];
        this.prevHashAt = prev.start + 1;
        const prevPlain = plainString(prev, HASH_LENGTH);
        this.prevIsLast = prevPlain && this.haveLast && sameBytes(view, this.prevHashAt, HASH_LENGTH, this.lastHash, 0);
        if (!this.prevIsLast && (!prevPlain || !isHex(out, this.prevHashAt, HASH_LENGTH))) {
            (wrong ??= []).push('prev_hash (64 lowercase hex)');
        }
        // JCS puts event_hash first; the hashed object is the rest: "{" + what follows its comma.
        const recorded = top[EVENT_HASH];
        const comma = recorded.end;
        out[comma] = 0x7b;
        // A plain Uint8Array view: cheaper to make than a Buffer one, once a line.
        this.computed = (0,external_node_crypto_namespaceObject.hash)('sha256', new Uint8Array(out.buffer, out.byteOffset + comma, c.length - comma), 'hex');
        out[comma] = 0x2c;
        this.eventHashAt = recorded.start + 1;
        this.hashOk = plainString(recorded, HASH_LENGTH) &&
            out.toString('latin1', this.eventHashAt, this.eventHashAt + HASH_LENGTH) === this.computed;
        if (!this.hashOk && (!plainString(recorded, HASH_LENGTH) || !isHex(out, this.eventHashAt, HASH_LENGTH))) {
            (wrong ??= []).push('event_hash (64 lowercase hex)');
        }
        if (wrong !== null)
            return { rule: 'field_type', seq, message: `wrong type or format: ${wrong.join(', ')}` };
        this.seq = seq;
        this.typeIndex = this.typeIndexOf();
        if (this.typeIndex < 0) {
            const type = top[EVENT_TYPE];
            const written = c.out.toString('utf8', type.start, type.end);
            const message = `event_type ${written} is not one of the 12 AgentOps Replay types`;
            return { rule: 'event_type_unknown', seq, message };
        }
        return null;
    }
    /** A positive integer token's value (I-JSON has bounded it), or null for anything else. */
    seqOf(t) {
        if (t.kind !== JsonKind.Integer)
            return null;
        const out = this.canonicalizer.out;
        if (out[t.start] === 0x2d)
            return -1;
        let v = 0;
        for (let i = t.start; i < t.end; i++)
            v = v * 10 + out[i] - 0x30;
        return v;
    }
    typeIndexOf() {
        const c = this.canonicalizer;
        const t = c.top[EVENT_TYPE];
        if (t.kind !== JsonKind.String)
            return -1;
        for (const i of TYPES_BY_LENGTH[t.end - t.start] ?? [])
            if (holds(c.outView, t.start, TYPE_TOKENS[i]))
                return i;
        return -1;
    }
    text(t) {
        const out = this.canonicalizer.out;
        if (t.plain)
            return out.toString('latin1', t.start + 1, t.end - 1);
        return JSON.parse(out.toString('utf8', t.start, t.end));
    }
    /** Byte-identical to the canonical form; with respelled numbers, to the RFC 8785 one. */
    isCanonical(bytes, start, end) {
        let c = this.canonicalizer;
        if (c.respelled > 0) {
            this.rfc ??= new JsonTextCanonicalizer({ maxDepth: MAX_JSON_DEPTH });
            this.rfc.canonicalize(bytes, start, end);
            c = this.rfc;
        }
        return end - start === c.length && bytes.compare(c.out, 0, c.length, start, end) === 0;
    }
}
function plainString(t, length) {
    return t.kind === JsonKind.String && t.plain && t.end - t.start === length + 2;
}
/** out[start, end) is the token. */
function equalsToken(out, start, end, t) {
    return end - start === t.length && holds(out, start, t);
}
/** Byte classes for the field formats: 1 a digit, 2 lowercase hex (digits included). */
const DIGIT = 1;
const event_line_HEX = 2;
const CLASS = new Uint8Array(256);
for (let c = 0x30; c <= 0x39; c++)
    CLASS[c] = DIGIT | event_line_HEX;
for (let c = 0x61; c <= 0x66; c++)
    CLASS[c] = event_line_HEX;
function isHex(out, at, length) {
    for (let i = at; i < at + length; i++)
        if ((CLASS[out[i]] & event_line_HEX) === 0)
            return false;
    return true;
}
/** 8-4-4-4-12 lowercase hex, version 4, variant 8/9/a/b. */
function isUuidV4(out, at) {
    if (out[at + 8] !== 0x2d || out[at + 13] !== 0x2d || out[at + 18] !== 0x2d || out[at + 23] !== 0x2d)
        return false;
    const groups = isHex(out, at, 8) && isHex(out, at + 9, 4) && isHex(out, at + 14, 4) && isHex(out, at + 19, 4);
    if (!groups || !isHex(out, at + 24, 12))
        return false;
    const variant = out[at + 19];
    return out[at + 14] === 0x34 && (variant === 0x38 || variant === 0x39 || variant === 0x61 || variant === 0x62);
}
/** YYYY-MM-DDTHH:MM:SS.ffffffZ: where the shape has 0 a digit, else that very byte. */
const TIMESTAMP_SHAPE = Buffer.from('0000-00-00T00:00:00.000000Z', 'latin1');
function isTimestamp(out, at) {
    for (let i = 0; i < TIMESTAMP_SHAPE.length; i++) {
        const want = TIMESTAMP_SHAPE[i];
        const c = out[at + i];
        if (want === 0x30 ? (CLASS[c] & DIGIT) === 0 : c !== want)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/chain/report.ts
/** Issues beyond this many are counted in one `error_limit` entry, so memory stays flat. */
const MAX_ISSUES = 100;

;// CONCATENATED MODULE: ./src/chain/line-records.ts




/**
 * What reading a line found, as a few bytes in a buffer: the chain checks consume these records
 * in file order, whether the lines were read on the same thread or by a worker (lines.ts,
 * parallel.ts). Everything a record says depends on its line's bytes and on the lines before it
 * in the same batch only, so a batch read anywhere gives the same records.
 *
 *   blank:    [BLANK]
 *   invalid:  [INVALID, flags]                                   (+ side entry if SIDE)
 *   too long: [TOO_LONG]                                         (the last record of a batch)
 *   event:    [EVENT, flags, type index, 0, seq (float64, 8), event_hash (64),
 *              prev_hash (64) unless LINK_OK, session_id (36) unless SESSION_SAME]
 *                                                                (+ side entry if SIDE)
 */
const RecordKind = { Blank: 1, Invalid: 2, Event: 3, TooLong: 4 };
const Flag = {
    Terminated: 1,
    Canonical: 2,
    Respelled: 4,
    /** event_hash is the hash of the event. */
    HashOk: 8,
    /** prev_hash is the event_hash of the last event before this one in its batch. */
    LinkOk: 16,
    /** session_id is that of the batch's first event, and this is not that event. */
    SessionSame: 32,
    /** A side entry belongs to this record. */
    Side: 64,
};
/** The longest event record. */
const EVENT_RECORD_BYTES = 12 + 2 * HASH_LENGTH + SESSION_LENGTH;
/** Offsets in an event record; what follows event_hash is where the flags say. */
const At = { type: 2, seq: 4, eventHash: 12, afterHash: 12 + HASH_LENGTH };
/**
 * Records fit in as many bytes as their lines (a line holding an event is longer than its
 * record; any other is at least one byte, newline included, for at most two): a batch of N
 * bytes needs at most N + this many.
 */
const line_records_RECORD_SLACK = 2;
/** Event types whose whole event the checks need (the seal, and what lowers a classification). */
const FULL = ['LOG_DROP', 'CHAIN_SEAL', 'CHAIN_BROKEN'];
const FULL_TYPES = Uint8Array.from(EVENT_TYPES, (t) => (FULL.includes(t) ? 1 : 0));
/**
 * Reads lines into records. `begin` starts a batch over a records buffer; `line` reads one line;
 * `lines` reads a run of whole lines. Invalid lines carry their reason only while it can still be
 * listed (at most MAX_ISSUES a batch), so the side entries stay few whatever the lines hold.
 */
class line_records_LineBatchReader {
    options;
    reader = new EventLineReader();
    records = new Uint8Array(0);
    view = new DataView(this.records.buffer);
    /** Bytes of records written. */
    length = 0;
    side = [];
    reasons = 0;
    stopped = false;
    constructor(options) {
        this.options = options;
    }
    get done() {
        return this.stopped;
    }
    begin(records) {
        this.records = records;
        this.view = new DataView(records.buffer, records.byteOffset, records.byteLength);
        this.length = 0;
        this.side = [];
        this.reasons = 0;
        this.stopped = false;
        this.reader.forget();
    }
    /**
     * Starts over in the same records buffer (for records consumed one at a time), keeping the
     * batch's memory of earlier lines.
     */
    rewind() {
        this.length = 0;
        this.side.length = 0;
    }
    /** Reads the lines of bytes[start, end); the last one has no newline after it when `unterminatedLast`. */
    lines(bytes, start, end, unterminatedLast) {
        let from = start;
        while (from < end && !this.stopped) {
            const nl = bytes.indexOf(10, from);
            if (nl === -1 || nl >= end) {
                if (!unterminatedLast)
                    throw new Error('a batch of whole lines ends without a newline');
                this.line(bytes, from, end, false);
                return;
            }
            this.line(bytes, from, nl, true);
            from = nl + 1;
        }
    }
    /** bytes[start, end) is one line, its newline excluded. */
    line(bytes, start, end, terminated) {
        if (end - start > this.options.maxLine) {
            this.records[this.length++] = RecordKind.TooLong;
            this.stopped = true;
            return;
        }
        const r = this.reader;
        const kind = r.read(bytes, start, end);
        const t = terminated ? Flag.Terminated : 0;
        if (kind === LineKind.Blank) {
            this.records[this.length++] = RecordKind.Blank;
            return;
        }
        if (kind === LineKind.Invalid) {
            const listed = this.reasons++ < MAX_ISSUES;
            this.records[this.length++] = RecordKind.Invalid;
            this.records[this.length++] = t | (listed ? Flag.Side : 0);
            if (listed)
                this.side.push({ invalid: r.invalid });
            return;
        }
        const at = this.length;
        const records = this.records;
        let flags = t;
        if (r.canonical)
            flags |= Flag.Canonical;
        if (r.respelled)
            flags |= Flag.Respelled;
        if (r.hashOk)
            flags |= Flag.HashOk;
        if (r.prevIsLast)
            flags |= Flag.LinkOk;
        if (r.sessionIsFirst)
            flags |= Flag.SessionSame;
        const full = this.options.fullEvents || FULL_TYPES[r.typeIndex] === 1;
        if (full || !r.hashOk) {
            flags |= Flag.Side;
            const entry = {};
            if (!r.hashOk)
                entry.computed = r.computed;
            if (full)
                entry.event = r.fullEvent();
            this.side.push(entry);
        }
        records[at] = RecordKind.Event;
        records[at + 1] = flags;
        records[at + At.type] = r.typeIndex;
        this.view.setFloat64(at + At.seq, r.seq, true);
        const out = r.outView;
        const view = this.view;
        let o = copyBytes(out, r.eventHashAt, HASH_LENGTH, view, at + At.eventHash);
        if (!(flags & Flag.LinkOk))
            o = copyBytes(out, r.prevHashAt, HASH_LENGTH, view, o);
        if (!(flags & Flag.SessionSame))
            o = copyBytes(out, r.sessionAt, SESSION_LENGTH, view, o);
        this.length = o;
    }
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/chain/workers.ts





/** Below this size a file is read on the calling thread: starting a worker would cost more than it saves. */
const PARALLEL_MIN_BYTES = (/* unused pure expression or super */ null && (8 << 20));
/** The worker's script, built beside the CLI's bundle (dist/cli/); absent when running from sources. */
const WORKER_FILE = 'chain-worker.js';
/** Worker threads at most; the calling thread reads batches too. */
const MAX_WORKERS = 3;
/**
 * A worker's counters, in shared memory: set by the worker, read by the caller at once (its
 * messages wait for the caller's next turn of the event loop).
 */
const workers_Counter = {
    /** Batches it has finished. */
    Finished: 0,
    /** 1 once it listens for batches: a worker takes 20-100 ms to start, and a batch sent before waits. */
    Ready: 1,
};
/**
 * Starts the worker threads that read a chain's batches of lines, or null where they cannot
 * help: one core, or no worker script beside this code. They take some 20-50 ms to start, so
 * a caller that knows a big file is coming starts them before anything else (startChainWorkersFor).
 */
function startChainWorkers(script = new URL(WORKER_FILE, import.meta.url), maxLine = MAX_CHAIN_LINE_BYTES) {
    const count = Math.min(availableParallelism() - 1, MAX_WORKERS);
    if (count < 1 || script.protocol !== 'file:' || !existsSync(fileURLToPath(script)))
        return null;
    // worker_threads is loaded only when workers start: the small chains `capsule verify` checks
    // inside every capsule never pay for it.
    const require = createRequire(import.meta.url);
    const { Worker } = require('node:worker_threads');
    compileOnTheirOwnThread(require('node:v8'));
    const threads = Array.from({ length: count }, () => {
        const workerData = { maxLine, counters: new Int32Array(new SharedArrayBuffer(8)) };
        const thread = new Worker(script, { workerData });
        // Until a runner listens (threadedBatchRunner), a failing worker must not end the process:
        // workers started early may go unused (the file turned out small, or could not be read).
        thread.on('error', () => undefined);
        return { thread, counters: workerData.counters };
    });
    return { threads, close: () => threads.forEach((t) => void t.thread.terminate()) };
}
/**
 * Has the isolates started from now on (these workers) optimise their hot functions on their own
 * thread, as they need them, instead of queueing the work for V8's background threads. The
 * workers and this thread keep every core busy, so a background compile only waits for a core
 * while the worker runs its first few thousand lines unoptimised, at some 20 times the cost of a
 * line once optimised. An isolate reads the setting when it starts: this thread's own stays as
 * it was.
 */
function compileOnTheirOwnThread(v8) {
    v8.setFlagsFromString('--no-concurrent-recompilation');
}
/**
 * Workers for the chain file at `path` if it is big enough to use them, started now (before
 * its reader is even loaded); null for a small file or one that cannot be stat'ed (the read
 * that follows says why). The size is a hint: the read decides on the size it finds.
 */
function startChainWorkersFor(path) {
    let size;
    try {
        size = statSync(path).size;
    }
    catch {
        return null;
    }
    return size >= PARALLEL_MIN_BYTES ? startChainWorkers() : null;
}

;// CONCATENATED MODULE: ./src/chain/parallel.ts


/** Reads one batch: what a worker thread does with each job. */
function readBatch(reader, job) {
    reader.begin(new Uint8Array(job.records));
    reader.lines(Buffer.from(job.bytes, 0, job.length), 0, job.length, job.unterminatedLast);
    return { length: reader.length, side: reader.side };
}
/**
 * Reads every batch on this thread, each after a delay of `delayMs()` (so batches finish out of
 * order), warming while `warming()` says so: the batched path without threads, for tests.
 */
function inlineBatchRunner(maxLine, delayMs = () => 0, warming = () => false) {
    const reader = new LineBatchReader({ maxLine });
    return {
        run: (job) => new Promise((resolve) => setTimeout(() => resolve(readBatch(reader, job)), delayMs())),
        warming,
        close() { },
    };
}
/** Batches a worker holds at most (one being read, one waiting): any more are read on this thread. */
const WORKER_QUEUE = 2;
/**
 * Bytes of lines this thread reads in small batches: some 2,500 AgentOps lines, about as many as
 * V8 runs before it has optimised the reader's hot functions. Past four times as many read in
 * all, batches are whole slots whatever this thread has read (the workers may be reading them all).
 */
const HERE_WARM_BYTES = (/* unused pure expression or super */ null && (1 << 20));
/**
 * Reads batches in the worker threads given (started by `startChainWorkers`, whose count it
 * takes) beside this thread. A batch goes to a started worker with room in its queue, else it
 * is read here at once, so this thread works while the workers start and whenever they are behind.
 * Closing it stops the workers.
 */
function threadedBatchRunner(maxLine, started) {
    const here = new LineBatchReader({ maxLine });
    // What a worker holds is what it was sent less what it says it finished: its count is seen at
    // once, while its messages wait for this thread's next turn of the event loop (after reading
    // a batch here, say), and a worker thought busy would sit idle meanwhile. A worker still
    // starting holds no batch: this thread reads them, instead of waiting for it later.
    const workers = started.threads.map(({ thread, counters }) => ({ thread, counters, sent: 0 }));
    const held = (w) => (Atomics.load(w.counters, Counter.Ready) === 0
        ? Infinity
        : w.sent - Atomics.load(w.counters, Counter.Finished));
    const waiting = new Map();
    let failure = null;
    const failAll = (err) => {
        failure ??= err;
        for (const w of waiting.values())
            w.reject(failure);
        waiting.clear();
    };
    for (const worker of workers) {
        worker.thread.on('message', (m) => {
            const w = waiting.get(m.id);
            waiting.delete(m.id);
            w?.resolve(m);
        });
        worker.thread.on('error', failAll);
        worker.thread.on('exit', (code) => failAll(new Error(`chain worker exited (code ${code})`)));
    }
    let next = 0;
    let readHere = 0;
    let readAll = 0;
    return {
        warming: () => (readHere < HERE_WARM_BYTES && readAll < 4 * HERE_WARM_BYTES) ||
            workers.some((w) => Atomics.load(w.counters, Counter.Ready) === 0),
        run: (job) => {
            if (failure)
                return Promise.reject(failure);
            readAll += job.length;
            const worker = workers.reduce((a, b) => (held(b) < held(a) ? b : a));
            if (held(worker) >= WORKER_QUEUE) {
                readHere += job.length;
                return Promise.resolve(readBatch(here, job));
            }
            worker.sent += 1;
            return new Promise((resolve, reject) => {
                const id = next++;
                waiting.set(id, { resolve, reject });
                worker.thread.postMessage({ id, ...job });
            });
        },
        close: () => {
            failure ??= new Error('chain workers closed');
            started.close();
        },
    };
}
function slot(size) {
    const shared = new SharedArrayBuffer(size);
    const records = new SharedArrayBuffer(size + RECORD_SLACK);
    return { shared, bytes: Buffer.from(shared), records, recordBytes: Buffer.from(records) };
}
/**
 * Slots in flight at most: twice each worker's queue and one read here. Records are checked in file
 * order, so a slot is free only once every batch before it is: with just the queues' worth, this
 * thread filled every slot while a worker was still on its first (unoptimised) batch and then sat idle
 * until it finished (some 60 ms of a 100k-event AgentOps log in a profile of `chain verify`). Twice as
 * many let it read on meanwhile: ~3% less wall time on interleaved A/Bs, for at most 8 MiB more memory
 * (a slot and its records are 1 MiB; 1-5 MiB more peak RSS measured, bench/chain.mjs).
 */
const SLOTS = 2 * (MAX_WORKERS * WORKER_QUEUE + 2);
/**
 * Reads the file front to back into shared slots of whole lines, has the runner read each slot's
 * lines into records, and feeds the records to the checker in file order. Every byte is read once,
 * here, so the checks are about one sequence of bytes however the file changes meanwhile; memory
 * is the slots in flight. Returns null at the end of the file, or, when a line is longer than a
 * slot, the bytes read of it: the caller reads the rest of the file on its own thread.
 *
 * While the runner is warming, a slot is filled only to `warmingBytes` (on to the end of a line).
 * A batch read here before the code is optimised takes some 30 µs a line: a whole slot (~1,200
 * such lines) would keep a worker that has just started, or that has finished its batches, waiting
 * for the next until this thread is done with it.
 */
async function checkInBatches(read, checker, runner, slotBytes, warmingBytes = slotBytes) {
    const free = [];
    const inFlight = [];
    let slots = 0;
    const consumeOldest = async () => {
        const batch = inFlight.shift();
        const r = await batch.result;
        if (!checker.done) {
            checker.beginBatch();
            checker.consume(batch.slot.recordBytes, r.length, r.side);
        }
        free.push(batch.slot);
    };
    const dispatch = async (s, length, unterminatedLast) => {
        const job = { bytes: s.shared, length, unterminatedLast, records: s.records };
        const batch = { slot: s, result: runner.run(job), done: null };
        void batch.result.then((r) => (batch.done = r), () => undefined);
        inFlight.push(batch);
        await Promise.resolve();
        // What is ready in file order is checked now, so its slot is free for the next read.
        while (inFlight.length > 0 && inFlight[0].done !== null)
            await consumeOldest();
    };
    const take = async () => {
        if (free.length === 0 && slots >= SLOTS)
            await consumeOldest();
        return free.pop() ?? (slots++, slot(slotBytes));
    };
    // Fills a slot from the file after `carry` (the bytes after the last newline of the slot read
    // before, copied to its front at once), to `limit` bytes or, if no line ends before, on until one
    // does or the slot is full; resolves to how many bytes it holds and whether the file ended. Each
    // slot is read while the one before is read into records, here or in a worker.
    const fill = (s, carry, limit) => {
        const filled = carry === null ? 0 : carry.copy(s.bytes, 0);
        const reading = (async () => {
            let n = filled;
            let end = false;
            while (!end && n < slotBytes && (n < limit || s.bytes.lastIndexOf(0x0a, n - 1) === -1)) {
                const got = await read(s.bytes, n, (n < limit ? limit : slotBytes) - n);
                end = got === 0;
                n += got;
            }
            return { filled: n, end };
        })();
        // Awaited below; if a batch fails first, this read's own failure is not a second error.
        reading.catch(() => undefined);
        return reading;
    };
    const limit = () => (runner.warming() ? Math.min(warmingBytes, slotBytes) : slotBytes);
    let s = await take();
    let next = fill(s, null, limit());
    for (;;) {
        const { filled, end } = await next;
        if (checker.done)
            break;
        const lastNewline = filled > 0 ? s.bytes.lastIndexOf(0x0a, filled - 1) : -1;
        if (end) {
            if (filled > 0)
                await dispatch(s, filled, lastNewline !== filled - 1);
            break;
        }
        if (lastNewline === -1) {
            while (inFlight.length > 0)
                await consumeOldest();
            return checker.done ? null : s.bytes.subarray(0, filled);
        }
        const following = await take();
        next = fill(following, s.bytes.subarray(lastNewline + 1, filled), limit());
        await dispatch(s, lastNewline + 1, false);
        s = following;
    }
    while (inFlight.length > 0)
        await consumeOldest();
    return null;
}

;// CONCATENATED MODULE: ./src/chain/verify-worker.ts
// A worker thread of `verifyChainFile`: reads the batches of lines it is sent into records
// (parallel.ts). Built as its own bundle beside the CLI's (scripts/package.mjs).




const { maxLine, counters } = external_node_worker_threads_namespaceObject.workerData;
const reader = new line_records_LineBatchReader({ maxLine });
external_node_worker_threads_namespaceObject.parentPort.on('message', (job) => {
    external_node_worker_threads_namespaceObject.parentPort.postMessage({ id: job.id, ...readBatch(reader, job) });
    Atomics.add(counters, workers_Counter.Finished, 1);
});
Atomics.store(counters, workers_Counter.Ready, 1);

