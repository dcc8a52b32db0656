export const id = 6754;
export const ids = [6754];
export const modules = {

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ asCapsuleError),
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   Mu: () => (/* binding */ CapsuleError),
/* harmony export */   Qd: () => (/* binding */ categoryOf),
/* harmony export */   TQ: () => (/* binding */ describeFsError),
/* harmony export */   dc: () => (/* binding */ EXIT)
/* harmony export */ });
/* unused harmony exports EXIT_OF_CATEGORY, ERROR_CODES */
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
class CapsuleError extends Error {
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
function describeFsError(err) {
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
    if (err instanceof CapsuleError)
        return err;
    const e = err;
    if (e && typeof e.path === 'string' && typeof e.code === 'string' && ERRNO_WORDS[e.code]) {
        return new CapsuleError('file_unreadable', `${e.path}: ${describeFsError(e)}`, { file: e.path });
    }
    return undefined;
}


/***/ }),

/***/ 1715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   _: () => (/* binding */ OPEN_TO_READ),
/* harmony export */   qp: () => (/* binding */ MAX_DOCUMENT_FILE_BYTES),
/* harmony export */   uh: () => (/* binding */ readFileCapped)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/**
 * Flags for opening any file a command was given or found in a folder it reads: O_NONBLOCK so the
 * open itself never waits (a FIFO planted where a file was expected would otherwise block it until
 * a writer comes, for ever), then fstat on the descriptor says what was opened. No effect on reads
 * of a regular file.
 */
const OPEN_TO_READ = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
/** A pipe with a writer that has written nothing yet is polled this often, for at most PIPE_WAIT_MS. */
const PIPE_POLL_MS = 10;
const PIPE_WAIT_MS = 30_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** Largest input document (policy, trust policy, bundle, inventory, signature) read from disk: a document, never a data set. */
const MAX_DOCUMENT_FILE_BYTES = 16 * 1024 ** 2;
/**
 * A small input file read through one descriptor, at most `maxBytes` (a regular file is refused
 * by its size before reading; a pipe once it passes the cap). Unreadable or too large: a
 * CapsuleError naming the file.
 */
function readFileCapped(path, maxBytes = MAX_DOCUMENT_FILE_BYTES) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, OPEN_TO_READ);
    }
    catch (err) {
        throw unreadable(path, err);
    }
    const tooLarge = () => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu('file_too_large', `${path}: larger than the ${maxBytes} bytes this file may be`, { file: path });
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (stat.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu('file_unreadable', `${path}: is a directory, not a file`, { file: path });
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
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu('file_unreadable', `${path}: is a pipe nothing was written to for ${PIPE_WAIT_MS / 1000} s`, { file: path });
            });
            if (n === 0)
                break;
            chunks.push(chunk.subarray(0, n));
            total += n;
            if (total > maxBytes)
                throw tooLarge();
        }
        if (total === 0 && stat.isFIFO()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu('file_unreadable', `${path}: is a FIFO (named pipe) nothing wrote to, not a file`, { file: path });
        }
        return Buffer.concat(chunks, total);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu)
            throw err;
        throw unreadable(path, err);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** As readFileCapped, decoded as UTF-8. */
function readTextFile(path, maxBytes = MAX_DOCUMENT_FILE_BYTES) {
    return readFileCapped(path, maxBytes).toString('utf8');
}
/**
 * One read; a pipe opened with O_NONBLOCK whose writer has not written yet says EAGAIN: wait a
 * little (`onWait` may give up) and read again. A FIFO with no writer reads as its end at once.
 */
function readPatiently(fd, chunk, onWait) {
    for (;;) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, chunk.length, null);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu('file_unreadable', `${path}: cannot read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFsError */ .TQ)(err)}`, { file: path });
}


/***/ }),

/***/ 4632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ METHOD_DEFLATE),
/* harmony export */   LL: () => (/* binding */ SIG_LOCATOR64),
/* harmony export */   SX: () => (/* binding */ SIG_LOCAL),
/* harmony export */   cd: () => (/* binding */ U32_MAX),
/* harmony export */   iM: () => (/* binding */ SIG_EOCD),
/* harmony export */   qZ: () => (/* binding */ SIG_EOCD64),
/* harmony export */   st: () => (/* binding */ SIG_CENTRAL),
/* harmony export */   un: () => (/* binding */ SIG_DESCRIPTOR),
/* harmony export */   y$: () => (/* binding */ METHOD_STORED)
/* harmony export */ });
/** The ZIP format's record signatures and numbers, shared by the reader and the writer. */
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_DESCRIPTOR = 0x08074b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
/** A 32-bit field at this value means "see the ZIP64 record". */
const U32_MAX = 0xffffffff;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;


/***/ })

};
