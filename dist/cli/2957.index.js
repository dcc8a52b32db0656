export const id = 2957;
export const ids = [2957,6754,2692];
export const modules = {

/***/ 9328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ locateBundleFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



/** A bundle is named by its file or by its folder (which then holds bundle.json). */
function locateBundleFile(arg) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(arg);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).isDirectory())
        return full;
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(full, 'bundle.json');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(inside))
        return inside;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('bundle_folder_empty', `${arg}: is a folder with no bundle.json in it; give the bundle file, or run \`capsule init ${arg}\` to write one`, { file: arg });
}


/***/ }),

/***/ 4792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ relativePathProblem),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   LI: () => (/* binding */ resolveInside)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Why a relative path (or glob) from a bundle may not be used, or null when it is fine. */
function relativePathProblem(p, base = 'the bundle folder') {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) || /^[A-Za-z]:[\\/]/.test(p))
        return `must be relative to ${base}, not absolute`;
    if (p.split(/[\\/]/).includes('..'))
        return 'must not contain ".." segments';
    return null;
}
/** True when `child` is `root` or lies below it (both already resolved). */
function isInside(root, child) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, child);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * The real path of `p` under `root` when it exists and, after resolving symlinks, stays
 * inside `root`; otherwise the reason it cannot be used.
 */
function resolveInside(root, p, base = 'the bundle folder') {
    const bad = relativePathProblem(p, base);
    if (bad)
        return { problem: bad };
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, p);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(target);
        const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(target);
        if (!isInside((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root), real))
            return { problem: `resolves (through a symlink) outside ${base} ${root}` };
        return { path: real };
    }
    catch {
        return { problem: `does not exist in ${base}${base === 'the repository root' ? ` ${root}` : ''}` };
    }
}


/***/ }),

/***/ 5842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ MAX_CHAIN_LINE_BYTES),
/* harmony export */   g: () => (/* binding */ LineSplitter)
/* harmony export */ });
/**
 * Longest chain line read (the newline excluded). Events hash large content instead of storing
 * it, so a real line is a few hundred bytes; a longer one is refused without reading the rest,
 * which keeps memory bounded whatever the file holds.
 */
const MAX_CHAIN_LINE_BYTES = 16 * 1024 * 1024;
const READ_BYTES = 1 << 20;
/** Below this much room the pending partial line moves to the front (or the buffer grows). */
const MIN_READ = 1 << 16;
/**
 * Splits bytes into lines in one reused buffer: no per-line allocation, and memory bounded by
 * the longest line allowed, however long the chain or any line in it.
 */
class LineSplitter {
    sink;
    maxLine;
    buf = Buffer.allocUnsafe(READ_BYTES);
    /** Where the line not yet delivered starts, where the data ends, how far it was searched. */
    start = 0;
    end = 0;
    searched = 0;
    stopped = false;
    constructor(sink, maxLine = MAX_CHAIN_LINE_BYTES) {
        this.sink = sink;
        this.maxLine = maxLine;
    }
    get done() {
        return this.stopped;
    }
    /** A buffer to read the next bytes into (then `commit` how many were read). */
    space() {
        if (this.buf.length - this.end < MIN_READ) {
            const pending = this.end - this.start;
            if (pending + MIN_READ > this.buf.length) {
                const bigger = Buffer.allocUnsafe(Math.min(Math.max(this.buf.length * 2, pending + READ_BYTES), this.maxLine + READ_BYTES + 1));
                this.buf.copy(bigger, 0, this.start, this.end);
                this.buf = bigger;
            }
            else
                this.buf.copyWithin(0, this.start, this.end);
            this.searched -= this.start;
            this.end = pending;
            this.start = 0;
        }
        return this.buf.subarray(this.end);
    }
    commit(count) {
        this.end += count;
        const data = this.buf.subarray(0, this.end);
        for (;;) {
            const nl = data.indexOf(10, this.searched);
            if (nl === -1) {
                this.searched = this.end;
                break;
            }
            if (nl - this.start > this.maxLine)
                return this.stop();
            this.sink.line(this.buf, this.start, nl, true);
            this.start = nl + 1;
            this.searched = this.start;
            if (this.stopped)
                return;
        }
        if (this.end - this.start > this.maxLine)
            this.stop();
    }
    /** Copies bytes from elsewhere (a stream's chunks) into the splitter. */
    push(chunk) {
        let offset = 0;
        while (offset < chunk.length && !this.stopped) {
            const room = this.space();
            const n = Math.min(room.length, chunk.length - offset);
            room.set(chunk.subarray(offset, offset + n));
            offset += n;
            this.commit(n);
        }
    }
    /** The end of the input: a final line without a newline is delivered unterminated. */
    finish() {
        if (!this.stopped && this.end > this.start)
            this.sink.line(this.buf, this.start, this.end, false);
        this.stopped = true;
    }
    stop() {
        this.stopped = true;
        this.sink.tooLong(this.maxLine);
    }
}


/***/ }),

/***/ 8190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z1: () => (/* binding */ startChainWorkers),
/* harmony export */   bP: () => (/* binding */ MAX_WORKERS),
/* harmony export */   ph: () => (/* binding */ Counter),
/* harmony export */   qF: () => (/* binding */ startChainWorkersFor),
/* harmony export */   rV: () => (/* binding */ PARALLEL_MIN_BYTES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5842);





/** Below this size a file is read on the calling thread: starting a worker would cost more than it saves. */
const PARALLEL_MIN_BYTES = 8 << 20;
/** The worker's script, built beside the CLI's bundle (dist/cli/); absent when running from sources. */
const WORKER_FILE = 'chain-worker.js';
/** Worker threads at most; the calling thread reads batches too. */
const MAX_WORKERS = 3;
/**
 * A worker's counters, in shared memory: set by the worker, read by the caller at once (its
 * messages wait for the caller's next turn of the event loop).
 */
const Counter = {
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
function startChainWorkers(script = new URL(WORKER_FILE, import.meta.url), maxLine = _lines_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_CHAIN_LINE_BYTES */ .Q) {
    const count = Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)() - 1, MAX_WORKERS);
    if (count < 1 || script.protocol !== 'file:' || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(script)))
        return null;
    // worker_threads is loaded only when workers start: the small chains `capsule verify` checks
    // inside every capsule never pay for it.
    const require = (0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)(import.meta.url);
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
        size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
    }
    catch {
        return null;
    }
    return size >= PARALLEL_MIN_BYTES ? startChainWorkers() : null;
}


/***/ }),

/***/ 2256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ addBaselineOptions)
/* harmony export */ });
function addBaselineOptions(command) {
    return command
        .option('--baseline <capsule>', "an earlier run's .agipack to compare with (the promotion policy's baseline gates); it must verify, else exit 2")
        .option('--baseline-trust-policy <file>', 'trust policy the baseline must verify under (default: --trust-policy)');
}


/***/ }),

/***/ 2350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ registerCards)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1604);

function registerCards(program) {
    program
        .command('cards')
        .description('Write the model, dataset, prompt and eval cards of a run (agilab.evidence_card.v1), from its artifacts by kind; a kind the run did not produce gets a card with present: false.')
        .argument('<manifest>', 'run_manifest.json, a run folder, or a .agipack (verified, then read)')
        .option('--output-dir <dir>', 'write model-card.json, dataset-card.json, prompt-card.json, eval-card.json here instead of printing them')
        .option('--json', 'print the cards as one JSON document (the default without --output-dir)')
        .addHelpText('after', '\nExit: 0 cards written; 2 bad input.')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .action */ .XI)(async (manifest, opts) => {
        const { stableJson } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1249));
        const { buildCards, CARD_TYPES } = await __webpack_require__.e(/* import() */ 2418).then(__webpack_require__.bind(__webpack_require__, 2418));
        const { loadRunRecord } = await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(6516)]).then(__webpack_require__.bind(__webpack_require__, 9397));
        const { writeGeneratedFiles } = await __webpack_require__.e(/* import() */ 5588).then(__webpack_require__.bind(__webpack_require__, 5588));
        const { withRunInput } = await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(826), __webpack_require__.e(9055)]).then(__webpack_require__.bind(__webpack_require__, 8542));
        const cards = await withRunInput(manifest, async (input) => buildCards(await loadRunRecord(input.manifestPath)));
        if (!opts.outputDir) {
            (0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .printJson */ .Q2)({ schema: 'agilab.evidence_cards.v1', cards });
            return;
        }
        const written = writeGeneratedFiles(opts.outputDir, CARD_TYPES.map((type) => ({ path: `${type}-card.json`, content: stableJson(cards[type]) })));
        if (opts.json)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .printJson */ .Q2)({ schema: 'agilab.evidence_cards.v1', paths: written });
        else
            process.stdout.write(`${written.map((p) => `${p}\n`).join('')}`);
    }));
}


/***/ }),

/***/ 5568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ registerChain)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _early_chain_workers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5487);
/* harmony import */ var _text_terminal_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1555);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1604);





function readText(path, what) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu('file_unreadable', `${path}: cannot read ${what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFsError */ .TQ)(err)}`, { file: path });
    }
}
/** `--public-key` files are trusted and available to verify seals that do not embed their key. */
async function trustFrom(options) {
    // Loaded only when asked for: the trust-policy reader brings every schema validator with it.
    const trusted = options.trustPolicy ? (await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(2761), __webpack_require__.e(5529)]).then(__webpack_require__.bind(__webpack_require__, 9742))).trustedKeysIn(options.trustPolicy) : [];
    const publicKeys = new Map();
    const { publicKeyFromPem, publicKeySha256 } = await Promise.all(/* import() */[__webpack_require__.e(9605), __webpack_require__.e(9805)]).then(__webpack_require__.bind(__webpack_require__, 9805));
    for (const file of options.publicKey) {
        const pem = readText(file, 'public key');
        try {
            publicKeyFromPem(pem);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu('public_key_invalid', `${file}: ${err.message}`, { file });
        }
        publicKeys.set(publicKeySha256(pem), pem);
        trusted.push(publicKeySha256(pem));
    }
    return { trustedPublicKeySha256: trusted, publicKeys, canonicalLines: options.canonicalLines ?? false };
}
function issueLine(kind, issue) {
    return `  ${kind} line ${issue.line}${issue.seq !== null ? ` seq ${issue.seq}` : ''} [${issue.rule}]: ${issue.message}`;
}
function renderReport(report) {
    const head = `${report.file}: ${report.status} ${report.classification} (${report.event_count} events, verified through seq ${report.verified_through_seq}${report.sealed ? ', sealed' : ', unsealed'}${report.seal_trusted ? ', seal key trusted' : ''})`;
    return [head, ...report.errors.map((e) => issueLine('error', e)), ...report.warnings.map((w) => issueLine('warning', w)), ...report.notes.map((n) => issueLine('note', n))].join('\n') + '\n';
}
function renderFrame(frame) {
    const { frame_type, seq, timestamp, ...rest } = frame;
    const label = frame.frame_type === 'EVENT' ? `EVENT ${frame.event_type}` : frame_type;
    const detail = frame.frame_type === 'EVENT' ? frame.payload : rest;
    return `#${seq} ${timestamp} ${label} ${JSON.stringify(detail)}`;
}
function registerChain(program) {
    const chain = program
        .command('chain')
        .description('Verify or replay a hash-chained event log (evidence/events.jsonl, AgentOps Replay v1.0 format)');
    chain
        .command('verify')
        .description('Check every line in file order: strict I-JSON, fields, session, seq, genesis, hashes, links, seal and its signature. Any JSON spelling of an event is accepted (AgentOps\' json.dumps lines included). Exit 0 PASS, 1 FAIL, 2 unreadable input')
        .argument('<events>', 'the events.jsonl file')
        .option('--trust-policy <file>', 'JSON or TOML trust policy: its allowed_public_key_sha256 / trusted_public_key_sha256 keys may seal')
        .option('--public-key <pem>', 'an Ed25519 SPKI PEM file whose key is trusted to seal (repeatable)', _io_js__WEBPACK_IMPORTED_MODULE_3__/* .collect */ .Fo, [])
        .option('--canonical-lines', 'fail every line that is not the RFC 8785 (JCS) form of its event plus "\\n" (as our recorder writes); by default other JSON spellings are accepted with a note')
        .option('--json', 'print the chain report as JSON')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .action */ .XI)(async (events, options) => {
        // A big file's worker threads were started as the CLI started (or start now): they boot
        // while the chain reader loads.
        const workers = (0,_early_chain_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .chainWorkersFor */ .M)(events);
        try {
            const { readingWith, verifyChainFile } = await Promise.all(/* import() */[__webpack_require__.e(9605), __webpack_require__.e(223), __webpack_require__.e(8272)]).then(__webpack_require__.bind(__webpack_require__, 223));
            const reading = workers ? readingWith(workers) : undefined;
            const report = await verifyChainFile(events, await trustFrom(options), reading);
            if (options.json)
                (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .printJson */ .Q2)(report);
            else
                process.stdout.write((0,_text_terminal_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalLines */ .M)(renderReport(report)));
            return report.status === 'PASS' ? _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.failed;
        }
        finally {
            workers?.close();
        }
    }));
    chain
        .command('replay')
        .description('Verify the chain, then print one frame per recorded event (EVENT, LOG_DROP, GAP, REDACTION); a failing chain is refused')
        .argument('<events>', 'the events.jsonl file')
        .option('--trust-policy <file>', 'JSON or TOML trust policy naming the keys that may seal')
        .option('--public-key <pem>', 'an Ed25519 SPKI PEM file whose key is trusted to seal (repeatable)', _io_js__WEBPACK_IMPORTED_MODULE_3__/* .collect */ .Fo, [])
        .option('--json', 'print the frames as JSON')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .action */ .XI)(async (events, options) => {
        const { replayChainFile } = await Promise.all(/* import() */[__webpack_require__.e(9605), __webpack_require__.e(223), __webpack_require__.e(9425)]).then(__webpack_require__.bind(__webpack_require__, 1542));
        // A failing chain throws chain_invalid (checked and failed: exit 1, like `chain verify`).
        const replay = await replayChainFile(events, await trustFrom(options));
        if (options.json)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .printJson */ .Q2)(replay);
        else
            process.stdout.write((0,_text_terminal_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalLines */ .M)(`session ${replay.session_id} (${replay.classification}), ${replay.frames.length} frames\n${replay.frames.map(renderFrame).join('\n')}\n`));
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    }));
}


/***/ }),

/***/ 8670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ registerDiff)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1604);

function registerDiff(program) {
    program
        .command('diff')
        .description('Compare two runs, each verified first: every metric of the metrics outputs (A, B, delta, relative delta), every output (same / changed / added / removed, with hashes and sizes), bundle and command, environment names (never values), placement and executor, decision, evidence class, and timing.')
        .argument('<a>', 'the baseline: .agipack capsule, run manifest, or run / pack directory')
        .argument('<b>', 'the run compared with it: .agipack capsule, run manifest, or run / pack directory')
        .option('--trust-policy <path>', 'trust policy both capsules must verify under (signatures then required)')
        .option('--public-key <pem>', 'an Ed25519 public key (SPKI PEM) both capsules must be signed by, without a policy file (repeatable; signatures then required)', _io_js__WEBPACK_IMPORTED_MODULE_0__/* .collect */ .Fo, [])
        .option('--json', 'print the comparison (proofcapsule.run_diff.v1) as JSON')
        .addHelpText('after', '\nTiming is shown but never counts as a difference (two runs always differ in it).\nExit: 0 no difference; 1 differences; 2 bad input (missing, unreadable, or a run that does not verify).')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .action */ .XI)(async (a, b, opts) => {
        const { compareRuns } = await __webpack_require__.e(/* import() */ 5312).then(__webpack_require__.bind(__webpack_require__, 5312));
        const { loadVerifiedRun } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(9605), __webpack_require__.e(2761), __webpack_require__.e(826), __webpack_require__.e(1093), __webpack_require__.e(2899), __webpack_require__.e(4967)]).then(__webpack_require__.bind(__webpack_require__, 2899));
        const { renderComparisonText } = await __webpack_require__.e(/* import() */ 7419).then(__webpack_require__.bind(__webpack_require__, 7419));
        const anchors = { trustPolicyPath: opts.trustPolicy, publicKeyPaths: opts.publicKey };
        const runA = await loadVerifiedRun(a, { role: 'A', ...anchors });
        const runB = await loadVerifiedRun(b, { role: 'B', ...anchors });
        for (const [label, run] of [['A', runA], ['B', runB]])
            for (const w of run.report.warnings)
                (0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .progress */ .qB)(`warning: ${label}: ${w}`);
        const comparison = compareRuns(runA.side, runB.side);
        if (opts.json)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .printJson */ .Q2)(comparison);
        else
            process.stdout.write(renderComparisonText(comparison));
        return comparison.differences === 0 ? _io_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.failed;
    }));
}


/***/ }),

/***/ 3967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ registerExportLineage)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
;// CONCATENATED MODULE: ./src/cli/export-choices.ts
/**
 * export-lineage's `--format` choices: `all` is AGILAB's three, as AGILAB writes them;
 * `lineage` is ours. Apart from the exporters so that registering the verb loads none of them.
 */
const EXPORT_CHOICES = ['all', 'openlineage', 'ro-crate', 'otel', 'lineage'];

// EXTERNAL MODULE: ./src/cli/io.ts
var io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/export-lineage.ts



function registerExportLineage(program) {
    program
        .command('export-lineage')
        .description("Export a run's lineage and observability documents, as AGILAB does: OpenLineage 2-0-2 RunEvent (openlineage.json), RO-Crate (ro-crate-metadata.json), OTLP trace (otel-trace.json); or ours, proofcapsule.lineage.v1 (lineage.json).")
        .argument('<manifest>', 'run_manifest.json, a run folder, or a .agipack (verified, then read)')
        .addOption(new esm/* Option */.c$('--format <format>', 'all: openlineage, ro-crate and otel (AGILAB); or one of them; lineage: ours').choices([...EXPORT_CHOICES]).default('all'))
        .option('--output <file>', 'write the one selected format to this file (- for stdout)')
        .option('--output-dir <dir>', 'write each selected format here under its standard name (default: the current folder)')
        .option('--json', 'print what was written (agilab.evidence_exports.v1) as JSON')
        .addHelpText('after', '\nExit: 0 written; 2 bad input or usage (e.g. --output with more than one format).')
        .action((0,io/* action */.XI)(async (manifest, flags) => {
        const { selectedFormats, writeExports } = await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(826), __webpack_require__.e(9055), __webpack_require__.e(9360)]).then(__webpack_require__.bind(__webpack_require__, 9360));
        return writeExports(manifest, selectedFormats(flags.format), flags);
    }));
}


/***/ }),

/***/ 1162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ registerExportTraces)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1604);

function registerExportTraces(program) {
    program
        .command('export-traces')
        .description('Export a run as an OTLP/JSON trace (otel-trace.json): one root span for the run, one child span per recorded pipeline stage.')
        .argument('<manifest>', 'run_manifest.json, a run folder, or a .agipack (verified, then read)')
        .option('--output <file>', 'write the trace to this file (- for stdout)')
        .option('--output-dir <dir>', 'write otel-trace.json here (default: the current folder)')
        .option('--json', 'print what was written (agilab.evidence_exports.v1) as JSON')
        .addHelpText('after', '\nExit: 0 written; 2 bad input.')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .action */ .XI)(async (manifest, flags) => {
        const { writeExports } = await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(826), __webpack_require__.e(9055), __webpack_require__.e(9360)]).then(__webpack_require__.bind(__webpack_require__, 9360));
        return writeExports(manifest, ['otel'], flags);
    }));
}


/***/ }),

/***/ 9787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ registerInit)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6933);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1604);
/* harmony import */ var _package_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7944);




function registerInit(program) {
    program
        .command('init')
        .description('Write a first bundle into DIR (default: this folder): a commented bundle.json whose $schema points at the schema shipped with capsule, a run.sh, a .capsuleignore. Never overwrites.')
        .argument('[dir]', 'folder to write into (made if missing)', '.')
        .option('--json', 'print {dir, name, files, next} as JSON')
        .addHelpText('after', '\nThen: capsule validate DIR, capsule run DIR. Exit codes: 0 written, 2 a file is already there (nothing written).')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .action */ .XI)(async (dir, opts) => {
        const { initBundle } = await __webpack_require__.e(/* import() */ 1464).then(__webpack_require__.bind(__webpack_require__, 1464));
        const result = initBundle(dir, (0,_package_files_js__WEBPACK_IMPORTED_MODULE_3__/* .packageFile */ .n)('schemas', 'bundle.schema.json'));
        const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(process.cwd(), result.dir) || '.';
        const arg = (0,_text_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shellWord */ .r7)(shown);
        const next = [
            { command: `capsule validate ${arg}`, does: 'check the bundle: every problem at once, with line and column' },
            { command: `capsule run ${arg}`, does: 'run it: a signed capsule, its evidence and a decision under out/' },
        ];
        if (opts.json) {
            (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .printJson */ .Q2)({ dir: result.dir, name: result.name, files: result.files, next: next.map((n) => n.command) });
            return;
        }
        (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .progress */ .qB)(`wrote ${result.files.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(process.cwd(), f)).join(', ')}`);
        const width = Math.max(...next.map((n) => n.command.length));
        process.stdout.write(`Next:\n${next.map((n) => `  ${n.command.padEnd(width)}  ${n.does}`).join('\n')}\nThen edit ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(process.cwd(), result.files[1])} to run your job, and bundle.json's outputs and validations to match.\n`);
    }));
}


/***/ }),

/***/ 130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ registerKeygen)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _text_shell_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6933);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1604);




function registerKeygen(program) {
    program
        .command('keygen')
        .description('Generate an Ed25519 signing key: unencrypted PKCS#8 PEM (mode 0600) and its SPKI public key beside it as <path>.pub; print the public key\'s sha256 and a trust policy that anchors it.')
        .option('--out <path>', 'private key file to write (refuses to overwrite)', 'capsule-signing-key.pem')
        .option('--trust-policy <file>', 'also write a trust policy anchoring the new key to this file (refuses to overwrite)')
        .option('--json', 'print {private_key, public_key, public_key_sha256, trust_policy} as JSON')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .action */ .XI)(async (opts) => {
        const { writeFileAtomic } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9802));
        const { writeGeneratedKey } = await Promise.all(/* import() */[__webpack_require__.e(9605), __webpack_require__.e(9805)]).then(__webpack_require__.bind(__webpack_require__, 9805));
        for (const file of [opts.out, `${opts.out}.pub`, opts.trustPolicy]) {
            if (file !== undefined && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu('key_exists', `${file}: already exists; keygen never overwrites (choose another --out or --trust-policy)`, { file });
        }
        const key = writeGeneratedKey(opts.out);
        const trustPolicy = { schema: 'agilab.proof_capsule_trust_policy.v1', allowed_public_key_sha256: [key.publicKeySha256] };
        if (opts.trustPolicy)
            writeFileAtomic(opts.trustPolicy, `${JSON.stringify(trustPolicy, null, 2)}\n`);
        if (opts.json) {
            (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .printJson */ .Q2)({ private_key: opts.out, public_key: `${opts.out}.pub`, public_key_sha256: key.publicKeySha256, trust_policy: trustPolicy });
            return;
        }
        process.stdout.write([
            `Private key:        ${opts.out} (mode 0600; keep it secret, e.g. as a CI secret)`,
            `Public key:         ${opts.out}.pub`,
            `Public key sha256:  ${key.publicKeySha256}`,
            '',
            opts.trustPolicy ? `Trust policy:       ${opts.trustPolicy} (anchors this key; give it to whoever verifies):` : 'A trust policy that anchors this key (save it as trust-policy.json and give it to whoever verifies):',
            JSON.stringify(trustPolicy, null, 2),
            '',
            `Next: capsule run BUNDLE --key ${(0,_text_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r7)(opts.out)} --trust-policy ${(0,_text_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r7)(opts.trustPolicy ?? 'trust-policy.json')}`,
            '',
        ].join('\n'));
    }));
}


/***/ }),

/***/ 3568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ registerMetadataStore)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1604);

function registerMetadataStore(program) {
    program
        .command('metadata-store')
        .description('Add a run to a local metadata store (agilab.metadata_store.v1 JSON, one entry per run_id, with its promotion decision). Safe with concurrent writers.')
        .argument('<manifest>', 'run_manifest.json, a run folder, or a .agipack (verified, then read)')
        .requiredOption('--store <path>', 'metadata store JSON file (created when missing)')
        .option('--policy <path>', 'promotion policy for the recorded decision (default: the built-in gate set)')
        .option('--trust-policy <path>', 'trust policy whose key anchors may seal the event chain (without it the chain is NON_AUTHORITATIVE and a capsule run goes to manual-review)')
        .option('--json', 'print the whole store as JSON')
        .addHelpText('after', '\nExit: 0 entry stored; 2 bad input or the store stayed locked by another writer.')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .action */ .XI)(async (manifest, opts) => {
        const { assessRun } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(2761), __webpack_require__.e(5036)]).then(__webpack_require__.bind(__webpack_require__, 8567));
        const { buildMetadataStoreEntry, appendToMetadataStore } = await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(6855)]).then(__webpack_require__.bind(__webpack_require__, 1324));
        const { decidePromotion } = await __webpack_require__.e(/* import() */ 69).then(__webpack_require__.bind(__webpack_require__, 69));
        const { evaluatePolicy } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(2761), __webpack_require__.e(8791), __webpack_require__.e(7348)]).then(__webpack_require__.bind(__webpack_require__, 8791));
        const { loadPromotionPolicy, policyWarnings } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(2761), __webpack_require__.e(8897)]).then(__webpack_require__.bind(__webpack_require__, 8448));
        const { withRunInput } = await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(826), __webpack_require__.e(9055)]).then(__webpack_require__.bind(__webpack_require__, 8542));
        const policy = loadPromotionPolicy(opts.policy);
        for (const w of policyWarnings(policy))
            (0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .progress */ .qB)(`warning: ${w}`);
        const { store, runId, decision } = await withRunInput(manifest, async (input) => {
            const run = await assessRun(input.manifestPath, { trustPolicyPath: opts.trustPolicy });
            const { manifest: runManifest, manifestPath, createdAt } = run.record;
            const report = evaluatePolicy(runManifest, policy, { manifestPath, verificationStatus: run.verificationStatus, evidenceClass: run.evidenceClass });
            const decided = decidePromotion(runManifest, report, { createdAt });
            return { store: appendToMetadataStore(opts.store, buildMetadataStoreEntry(run.record, decided, report.evidence_class)), runId: runManifest.run_id, decision: decided.decision };
        });
        if (opts.json)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .printJson */ .Q2)(store);
        else
            process.stdout.write(`${store.schema}: ${store.entry_count} entries in ${opts.store}; stored run ${runId} (${decision})\n`);
    }));
}


/***/ }),

/***/ 1354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ registerPlace)
/* harmony export */ });
/* harmony import */ var _execute_placement_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2660);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);


function registerPlace(program) {
    const cmd = program
        .command('place')
        .description('Decide where a bundle would run (probing this machine, or from an inventory) and print the decision with every rejected candidate. Runs nothing.')
        .argument('<bundle>', 'bundle.json, or the folder holding it')
        .option('--inventory <file>', 'executor inventory (proofcapsule.dev/v1 Inventory or agentplane fleet/inventory.json); default: probe this machine')
        .option('--json', 'print the Placement as JSON on stdout')
        .option('--repo-root <dir>', 'agentplane bundles: the repository root their paths resolve from; default: the nearest folder above the bundle holding bundles/');
    cmd.addOption(cmd.createOption('--executor <kind>', 'override the bundle backendIntent').choices(_execute_placement_js__WEBPACK_IMPORTED_MODULE_0__/* .EXECUTOR_CHOICES */ .F));
    cmd.action((0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .action */ .XI)(async (bundle, opts) => {
        const { validateBundle } = await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(4793)]).then(__webpack_require__.bind(__webpack_require__, 5106));
        const { placeBundle } = await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(4642), __webpack_require__.e(7620)]).then(__webpack_require__.bind(__webpack_require__, 4642));
        const vb = validateBundle(bundle, { repoRoot: opts.repoRoot });
        const placement = await placeBundle(vb, { inventoryPath: opts.inventory, executorOverride: opts.executor });
        if (opts.json) {
            (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .printJson */ .Q2)(placement);
            return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok;
        }
        const lines = [
            `bundle   ${vb.bundle.metadata.name}@${vb.bundle.metadata.version} (intent ${placement.intent})`,
            `site     ${placement.site}`,
            `executor ${placement.executor}${placement.accel ? ` (accel ${placement.accel})` : ''}`,
            ...(placement.qemu ? [`qemu     ${placement.qemu.binary} -M ${placement.qemu.machine}`, `kernel   ${placement.qemu.kernel}`] : []),
            ...placement.rejected.map((r) => `rejected ${r.candidate}: ${r.reason}`),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
        for (const w of placement.warnings)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .progress */ .qB)(`warning: ${w}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok;
    }));
}


/***/ }),

/***/ 6462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ registerPolicyCheck)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1604);
/* harmony import */ var _baseline_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2256);


function registerPolicyCheck(program) {
    (0,_baseline_options_js__WEBPACK_IMPORTED_MODULE_1__/* .addBaselineOptions */ .R)(program
        .command('policy-check')
        .description('Evaluate a run manifest against a promotion policy (agilab.policy_report.v1): each selected gate passes, fails or is skipped.')
        .argument('<manifest>', 'run_manifest.json, a run folder, or a .agipack (verified, then read)')
        .option('--policy <path>', 'promotion policy, JSON or TOML (docs/policy.md); default: the built-in gate set')
        .option('--strict', 'exit 1 when any gate fails; a policy key nothing reads fails the rule policy_keys_known')
        .option('--trust-policy <path>', 'trust policy whose key anchors may seal the event chain (without it the chain is NON_AUTHORITATIVE and a capsule run goes to manual-review)')
        .option('--json', 'print the policy report as JSON'))
        .addHelpText('after', '\nExit: 0 report written (and, with --strict, every gate passed); 1 a gate failed under --strict; 2 bad input.')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .action */ .XI)(async (manifest, opts) => {
        const { assessWithBaseline } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(9605), __webpack_require__.e(2761), __webpack_require__.e(826), __webpack_require__.e(1093), __webpack_require__.e(2899), __webpack_require__.e(838)]).then(__webpack_require__.bind(__webpack_require__, 8637));
        const { evaluatePolicy } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(2761), __webpack_require__.e(8791), __webpack_require__.e(7348)]).then(__webpack_require__.bind(__webpack_require__, 8791));
        const { loadPromotionPolicy, policyWarnings } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(2761), __webpack_require__.e(8897)]).then(__webpack_require__.bind(__webpack_require__, 8448));
        const { withRunInput } = await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(826), __webpack_require__.e(9055)]).then(__webpack_require__.bind(__webpack_require__, 8542));
        const policy = loadPromotionPolicy(opts.policy);
        for (const w of policyWarnings(policy))
            (0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .progress */ .qB)(`warning: ${w}`);
        const report = await withRunInput(manifest, async (input) => {
            const run = await assessWithBaseline(input.manifestPath, {
                trustPolicyPath: opts.trustPolicy, baselinePath: opts.baseline, baselineTrustPolicyPath: opts.baselineTrustPolicy,
            });
            for (const w of run.warnings)
                (0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .progress */ .qB)(`warning: ${w}`);
            return evaluatePolicy(run.record.manifest, policy, {
                manifestPath: run.record.manifestPath,
                verificationStatus: run.verificationStatus,
                evidenceClass: run.evidenceClass,
                strict: opts.strict,
                baseline: run.baseline,
            });
        });
        if (opts.json)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .printJson */ .Q2)(report);
        else
            process.stdout.write(renderPolicyReport(report));
        return opts.strict && report.status !== 'pass' ? _io_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.failed : _io_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok;
    }));
}
/** AGILAB's human summary: the schema and status, then one line per rule. */
function renderPolicyReport(report) {
    const lines = [
        `${report.schema}: ${report.status}`,
        `policy: ${report.policy_id} (${report.policy_source})`,
        `verification: ${report.verification_status}${report.evidence_class ? ` (${report.evidence_class})` : ''}`,
        ...(report.baseline ? [`baseline: ${report.baseline.name} (run ${report.baseline.run_id}, verified)`] : []),
        ...report.rules.map((r) => `- ${r.id}: ${r.status} - ${r.summary}`),
    ];
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 4704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ registerPromotionDossier)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);
/* harmony import */ var _baseline_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2256);



function registerPromotionDossier(program) {
    (0,_baseline_options_js__WEBPACK_IMPORTED_MODULE_2__/* .addBaselineOptions */ .R)(program
        .command('promotion-dossier')
        .description('Decide promote | block | manual-review for a run and write the promotion dossier: decision, policy results, lineage, MLflow export, run story, evidence manifest, replay.sh, and the decision as a SLSA VSA.')
        .argument('<manifest>', 'run_manifest.json, a run folder, or a .agipack (verified, then read)')
        .option('--policy <path>', 'promotion policy, JSON or TOML (docs/policy.md); default: the built-in gate set')
        .option('--output-dir <dir>', 'folder for the dossier files (default: promotion_dossier/ beside the manifest, or beside the .agipack)')
        .option('--strict', 'exit non-zero unless the decision is promote (1 block, 3 manual-review); a policy key nothing reads blocks (rule policy_keys_known)')
        .option('--trust-policy <path>', 'trust policy whose key anchors may seal the event chain (without it the chain is NON_AUTHORITATIVE and a capsule run goes to manual-review)')
        .option('--json', 'print the dossier summary (agilab.promotion_dossier.v1) as JSON'))
        .addHelpText('after', '\nExit: 0 dossier written (and, with --strict, promote); with --strict 1 block, 3 manual-review; 2 bad input.')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .action */ .XI)(async (manifest, opts) => {
        const { assessWithBaseline } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(9605), __webpack_require__.e(2761), __webpack_require__.e(826), __webpack_require__.e(1093), __webpack_require__.e(2899), __webpack_require__.e(838)]).then(__webpack_require__.bind(__webpack_require__, 8637));
        const { buildPromotionFiles, PROMOTION_DIR } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(9605), __webpack_require__.e(2761), __webpack_require__.e(8791), __webpack_require__.e(8252), __webpack_require__.e(1101), __webpack_require__.e(5178)]).then(__webpack_require__.bind(__webpack_require__, 1101));
        const { loadPromotionPolicy, policyWarnings } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(2761), __webpack_require__.e(8897)]).then(__webpack_require__.bind(__webpack_require__, 8448));
        const { writeGeneratedFiles } = await __webpack_require__.e(/* import() */ 5588).then(__webpack_require__.bind(__webpack_require__, 5588));
        const { buildStandardExports } = await __webpack_require__.e(/* import() */ 4122).then(__webpack_require__.bind(__webpack_require__, 4122));
        const { readerInside } = await __webpack_require__.e(/* import() */ 1558).then(__webpack_require__.bind(__webpack_require__, 1558));
        const { withRunInput } = await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(826), __webpack_require__.e(9055)]).then(__webpack_require__.bind(__webpack_require__, 8542));
        const policy = loadPromotionPolicy(opts.policy);
        for (const w of policyWarnings(policy))
            (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .progress */ .qB)(`warning: ${w}`);
        return withRunInput(manifest, async (input) => {
            const run = await assessWithBaseline(input.manifestPath, {
                trustPolicyPath: opts.trustPolicy, baselinePath: opts.baseline, baselineTrustPolicyPath: opts.baselineTrustPolicy,
            });
            for (const w of run.warnings)
                (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .progress */ .qB)(`warning: ${w}`);
            const outputDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(opts.outputDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(input.beside, 'promotion_dossier'));
            const runDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(run.record.manifestPath));
            const { files, decision } = buildPromotionFiles(run.record, undefined, {
                policy,
                strict: opts.strict,
                verificationStatus: run.verificationStatus,
                evidenceClass: run.evidenceClass,
                // From a capsule the run folder is a temp copy: replay.sh then needs --run-dir.
                replayRunDir: input.capsule ? '.' : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(outputDir, runDir) || '.',
                baseline: run.baseline,
            });
            const lineage = buildStandardExports(run.record, { readFile: readerInside(runDir) });
            // AGILAB's layout: the dossier files sit flat in the output folder.
            const dossier = [...files, ...lineage].filter((f) => f.path.startsWith(`${PROMOTION_DIR}/`)).map((f) => ({ ...f, path: f.path.slice(PROMOTION_DIR.length + 1) }));
            const written = writeGeneratedFiles(outputDir, dossier);
            const summary = {
                schema: 'agilab.promotion_dossier.v1',
                status: decision.status,
                decision: decision.decision,
                reason: decision.reason,
                manifest_path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(input.capsule ?? run.record.manifestPath),
                output_dir: outputDir,
                paths: Object.fromEntries(dossier.map((f, i) => [f.path, written[i]]).sort(([a], [b]) => (a < b ? -1 : 1))),
                blockers: decision.blockers,
                next_action: decision.next_action,
            };
            if (opts.json)
                (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .printJson */ .Q2)(summary);
            else
                process.stdout.write(`promotion dossier: ${decision.decision} (${decision.reason})\noutput_dir: ${outputDir}\nnext action: ${decision.next_action}\n`);
            if (run.verification.status !== 'pass')
                (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .progress */ .qB)(`note: verifying the run folder failed: ${run.verification.checks.find((c) => c.status === 'fail')?.summary ?? ''}`);
            if (input.capsule)
                (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .progress */ .qB)(`note: replay.sh reads the run from an unpacked capsule: pass --run-dir DIR (unpack ${input.capsule} there)`);
            if (!opts.strict || decision.decision === 'promote')
                return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok;
            return decision.decision === 'block' ? _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.failed : _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.manualReview;
        });
    }));
}


/***/ }),

/***/ 4847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ registerProve)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1604);



function registerProve(program) {
    program
        .command('prove')
        .description('Build the proof pack (AGILAB agilab.proof_pack.v1) from a run manifest, and/or export it as a deterministic .agipack (same manifest, same bytes; SOURCE_DATE_EPOCH overrides the run finish time).')
        .argument('<manifest>', 'run_manifest.json (AGILAB agilab.run_manifest v1, with or without the proof_capsule block), or a run folder holding it')
        .option('--output-dir <dir>', 'write the proof pack directory here (default, without --export: agilab-proof-pack/ beside the manifest)')
        .option('--export <file>', 'write the .agipack archive here')
        .option('--policy <path>', 'promotion policy (JSON or TOML) for the policy report and decision')
        .option('--metadata-store <path>', "also add this run (the pack's metadata-store-entry.json) to a local metadata store")
        .option('--key <path>', 'Ed25519 private key to sign the DSSE provenance and decision statement (its chain seal counts as trusted)')
        .option('--trust-policy <file>', 'trust policy whose key anchors may seal the event chain (else only --key\'s seal is trusted)')
        .option('--json', 'print agipack-manifest.json plus capsule_path (with --export), else agilab_proof_pack.json plus proof_pack_path, as AGILAB does')
        .addHelpText('after', '\nExit: 0 written; 2 bad input (an existing .agipack is not a manifest: prove reads the run it came from).')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .action */ .XI)(async (manifest, opts) => {
        const { proveManifest } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(9605), __webpack_require__.e(2761), __webpack_require__.e(8791), __webpack_require__.e(8252), __webpack_require__.e(1101), __webpack_require__.e(6405), __webpack_require__.e(7476)]).then(__webpack_require__.bind(__webpack_require__, 6405));
        const { resolveRunManifestPath } = await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(3640)]).then(__webpack_require__.bind(__webpack_require__, 6777));
        if (manifest.toLowerCase().endsWith('.agipack'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu('usage', `${manifest}: prove expects a run_manifest.json or a run folder, not an existing .agipack`, { file: manifest });
        const manifestPath = resolveRunManifestPath(manifest);
        const outputDir = opts.outputDir ?? (opts.export ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(manifestPath)), 'agilab-proof-pack'));
        const result = await proveManifest(manifestPath, {
            outputDir, exportPath: opts.export, policyPath: opts.policy, metadataStorePath: opts.metadataStore,
            key: opts.key ? (await Promise.all(/* import() */[__webpack_require__.e(9605), __webpack_require__.e(9805)]).then(__webpack_require__.bind(__webpack_require__, 9805))).loadSigningKey(opts.key) : undefined,
            // The trust-policy reader (and its TOML parser) is loaded only when a policy is given.
            trustedPublicKeySha256: opts.trustPolicy ? (await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(2761), __webpack_require__.e(5529)]).then(__webpack_require__.bind(__webpack_require__, 9742))).trustedKeysIn(opts.trustPolicy) : [],
        });
        for (const l of result.limitations)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .progress */ .qB)(`limitation: ${l}`);
        if (opts.json) {
            const paths = { ...(result.capsulePath ? { capsule_path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(result.capsulePath) } : {}), ...(result.packDir ? { proof_pack_path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(result.packDir, 'agilab_proof_pack.json') } : {}) };
            (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .printJson */ .Q2)({ ...(result.capsuleManifest ?? result.index), ...paths, sha256: result.sha256 });
        }
        else {
            if (result.packDir)
                (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .progress */ .qB)(`proof pack: ${result.packDir}`);
            if (result.capsulePath)
                (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .progress */ .qB)(`capsule: ${result.capsulePath}`);
            process.stdout.write(`${result.sha256}\n`);
        }
    }));
}


/***/ }),

/***/ 9014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ registerReplay)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _execute_placement_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2660);
/* harmony import */ var _text_terminal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1555);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1604);




function seconds(value) {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0)
        throw new commander__WEBPACK_IMPORTED_MODULE_0__/* .InvalidArgumentError */ .Di('expected a number of seconds above 0.');
    return n;
}
function registerReplay(program) {
    program
        .command('replay')
        .description('Print the recorded plan of a run; with --execute, re-run it in a fresh workspace and compare output hashes')
        .argument('<target>', 'a .agipack (verified before it is unpacked), a run_manifest.json, or a run folder')
        .option('--execute', 're-run the recorded bundle and compare its outputs with the recorded SHA-256 digests (only a capsule whose signature verifies under --trust-policy or --public-key)')
        .option('--signature <path>', 'detached signature (default: <capsule>.sig.json when it exists)')
        .option('--trust-policy <path>', 'trust policy the capsule\'s signature must verify under before --execute runs anything')
        .option('--public-key <pem>', 'an Ed25519 public key (SPKI PEM) trusted to have signed the capsule (repeatable)', _io_js__WEBPACK_IMPORTED_MODULE_2__/* .collect */ .Fo, [])
        .option('--allow-untrusted', 'with --execute, run a bundle whose origin is not verified (unsigned, unanchored, or a run folder) on this host anyway')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--executor <kind>', 'executor for --execute (default: the recorded one, else process)').choices(_execute_placement_js__WEBPACK_IMPORTED_MODULE_1__/* .EXECUTOR_CHOICES */ .F))
        .option('--timeout <seconds>', 'with --execute: stop the re-run after this many seconds (default: the bundle\'s limit; none for a plain AGILAB manifest)', seconds)
        .option('--json', 'print the plan (agilab.replay_plan.v1; after --execute also status, returncode and the comparison) as JSON')
        .addHelpText('after', [
        '',
        'A manifest without a bundle (AGILAB\'s) is re-run as AGILAB does: its argv in its cwd with the recorded env overrides.',
        'Exit codes: 0 plan printed / re-run passed and outputs match; 1 outputs or exit code differ, the command failed or timed out;',
        '2 bad input (unverifiable capsule, unreadable manifest, recorded cwd missing, --execute of a run whose origin is not verified).',
    ].join('\n'))
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .action */ .XI)(async (target, flags) => {
        const { replayRun } = await Promise.all(/* import() */[__webpack_require__.e(6976), __webpack_require__.e(2761), __webpack_require__.e(826), __webpack_require__.e(4642), __webpack_require__.e(661), __webpack_require__.e(8943)]).then(__webpack_require__.bind(__webpack_require__, 556));
        const result = await replayRun(target, {
            execute: flags.execute,
            executor: flags.executor,
            signaturePath: flags.signature,
            trustPolicyPath: flags.trustPolicy,
            publicKeyPaths: flags.publicKey,
            allowUntrusted: flags.allowUntrusted,
            timeoutSeconds: flags.timeout,
            onOutput: flags.json ? undefined : (_stream, text) => process.stderr.write(text),
            onUntrusted: (why) => (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .progress */ .qB)(`WARNING: --allow-untrusted: running on this host a bundle nobody vouched for: ${why}`),
        });
        if (flags.json)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .printJson */ .Q2)(result);
        else
            printResult(result);
        return result.status === 'fail' ? _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.failed : _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
    }));
}
function printResult(p) {
    const lines = [
        `Run ${p.run_id} (${p.label}, ${p.path_id}) on the ${p.executor} executor`,
        `  argv: ${JSON.stringify(p.command.argv)}  cwd: ${p.command.cwd || '.'}`,
        `  env:  ${p.command.env_names.join(', ') || '(none)'}`,
        p.bundle ? `  bundle: ${p.bundle.path} (sha256 ${p.bundle.sha256})` : '  bundle: not recorded (plain AGILAB manifest)',
        ...p.steps.map((s, i) => `  ${i + 1}. ${s.description}`),
    ];
    if (p.status && !p.executed) {
        lines.push('', `Re-ran the recorded command: ${p.status.toUpperCase()} (exit ${p.returncode ?? 'none'})`);
        for (const n of p.notes ?? [])
            lines.push(`  note: ${n}`);
    }
    else if (p.executed) {
        const e = p.executed;
        lines.push('', `Replayed with ${e.executor}: ${e.status.toUpperCase()} (exit ${e.exit_code}, recorded ${e.recorded_exit_code})`);
        for (const o of e.outputs)
            lines.push(`  ${o.match ? '✓' : '✗'} ${o.path} ${o.match ? o.expected : `expected ${o.expected}, got ${o.actual ?? 'nothing'}`}`);
        for (const n of e.notes)
            lines.push(`  note: ${n}`);
    }
    else {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .progress */ .qB)('(print only: nothing was run; pass --execute to re-run and compare outputs)');
    }
    // Each line is built from recorded values: on a terminal it stays one line and draws nothing.
    process.stdout.write(`${lines.map(_text_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalField */ .F).join('\n')}\n`);
}


/***/ }),

/***/ 7948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ registerRun)
/* harmony export */ });
/* unused harmony export defaultBundlePath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8179);
/* harmony import */ var _bundle_locate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9328);
/* harmony import */ var _execute_placement_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2660);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _package_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7944);
/* harmony import */ var _text_time_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7466);
/* harmony import */ var _wrap_request_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9189);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1604);
/* harmony import */ var _text_shell_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6933);
/* harmony import */ var _baseline_options_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2256);












/** The example the CLI runs when no bundle is given: `examples/hello` shipped beside dist/. */
function defaultBundlePath() {
    const found = (0,_package_files_js__WEBPACK_IMPORTED_MODULE_6__/* .packageFile */ .n)('examples', 'hello', 'bundle.json');
    if (found)
        return found;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CapsuleError */ .Mu('default_bundle_missing', 'no bundle given and the default example (examples/hello/bundle.json of this package) is not there; pass a bundle path');
}
const repeat = (value, previous) => [...previous, value];
function registerRun(program) {
    (0,_baseline_options_js__WEBPACK_IMPORTED_MODULE_10__/* .addBaselineOptions */ .R)(program
        .command('run')
        .usage('[options] [bundle]\n       capsule run [options] -- CMD [ARGS...]')
        .description('Run a job bundle end to end: validate, place, run, record evidence, pack a signed .agipack, verify it and decide promotion. With -- CMD, wrap any command instead: no bundle file, the command runs in place (here, or in --cwd), and the capsule holds the bundle made from the options.')
        .argument('[bundle]', 'bundle.json (native proofcapsule.dev/v1 or agentplane v0.1), or its folder; default: examples/hello')
        .argument('[command...]', 'after --: the command to wrap, run without a shell (write sh -c \'…\' for one)')
        .option('--out <dir>', 'new or empty folder for the run, the proof pack, the .agipack and its .sig.json (default: out/<name>-<time>)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('--executor <kind>', 'where the job runs').choices(_execute_placement_js__WEBPACK_IMPORTED_MODULE_4__/* .EXECUTOR_CHOICES */ .F).default('auto'))
        .option('--key <file>', 'Ed25519 PKCS#8 PEM signing key (default: a generated dev key, and the capsule says it is dev-signed)')
        .option('--trust-policy <file>', 'trust policy (JSON or TOML) to verify the capsule under (default: a local one anchoring the signing key)')
        .option('--policy <file>', 'promotion policy (JSON or TOML) selecting the gates')
        .option('--inventory <file>', 'executor inventory (JSON) instead of probing this machine')
        .option('--repo-root <dir>', 'agentplane bundles: the repository root their paths (spec.smoke.script, vm.modulePath, artifacts.outDir) resolve from; default: the nearest folder above the bundle holding bundles/'))
        .option('--signer <name>', 'signer label written into the signature (self-declared)')
        .option('--issuer <name>', 'issuer label written into the signature (self-declared)')
        .option('--json', 'print the result as JSON on stdout')
        .option('-q, --quiet', 'no progress on stderr')
        .option('--name <name>', '-- CMD: the bundle\'s and capsule\'s name (default: the command\'s own, e.g. make)')
        .option('--cwd <dir>', '-- CMD: the folder the command runs in, in place (default: the current folder)')
        .option('--output <glob>', '-- CMD: a product, relative to the command\'s folder: packed with its SHA-256, and the run fails when nothing matches (repeatable; a folder means its files)', repeat, [])
        .option('--input <glob>', '-- CMD: a material, relative to the command\'s folder: hashed and listed before the command runs, not packed (repeatable)', repeat, [])
        .option('--timeout <seconds>', `-- CMD: time limit, ${_wrap_request_js__WEBPACK_IMPORTED_MODULE_7__/* .WRAP_TIMEOUT */ .T9.min} to ${_wrap_request_js__WEBPACK_IMPORTED_MODULE_7__/* .WRAP_TIMEOUT */ .T9.max} seconds (default ${_wrap_request_js__WEBPACK_IMPORTED_MODULE_7__/* .WRAP_TIMEOUT */ .T9.default}); the command is killed when it is reached`)
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('--lane <lane>', '-- CMD: which promotion rules apply').choices(['dev', 'staging', 'prod']))
        .option('--env <name>', '-- CMD: a host variable passed to the command (NAME), or one set for it (NAME=VALUE); recorded in the bundle (repeatable)', repeat, [])
        .option('--secret <name>', '-- CMD: a host variable holding a secret: passed, redacted from the logs and every capsule file, only its name recorded (repeatable)', repeat, [])
        .addHelpText('after', `
Examples:
  capsule run examples/hello
  capsule run --output 'build/*.txt' -- sh -c 'mkdir -p build && echo hi > build/a.txt'
  capsule run --name build --input 'src/**' --output dist --secret NPM_TOKEN -- npm run build

Exit codes: 0 promote, 1 block (a command that fails or times out blocks), 3 manual-review, 2 usage or bad input (nothing is run), 70 internal error (a bug).`)
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .action */ .XI)(async (bundleArg, rest, flags, cmd) => {
        const { runPipeline } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(9605), __webpack_require__.e(6976), __webpack_require__.e(2761), __webpack_require__.e(826), __webpack_require__.e(1093), __webpack_require__.e(223), __webpack_require__.e(2899), __webpack_require__.e(8791), __webpack_require__.e(8252), __webpack_require__.e(4642), __webpack_require__.e(1101), __webpack_require__.e(661), __webpack_require__.e(6405), __webpack_require__.e(1857)]).then(__webpack_require__.bind(__webpack_require__, 1857));
        const { runNextSteps } = await __webpack_require__.e(/* import() */ 5902).then(__webpack_require__.bind(__webpack_require__, 5902));
        const { commandJob } = await Promise.all(/* import() */[__webpack_require__.e(6976), __webpack_require__.e(2761), __webpack_require__.e(661), __webpack_require__.e(5572)]).then(__webpack_require__.bind(__webpack_require__, 4752));
        const argv = commandAfterDashes(cmd, [...(bundleArg === undefined ? [] : [bundleArg]), ...rest]);
        const request = argv ? wrapRequest(argv, flags) : undefined;
        const bundlePath = request ? undefined : resolveBundleArg(bundleArg, rest);
        const name = request ? (0,_wrap_request_js__WEBPACK_IMPORTED_MODULE_7__/* .wrapName */ .eD)(request) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(bundlePath).split(/[\\/]/).pop() ?? 'run';
        const outDir = flags.out ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)('out', `${name}-${(0,_text_time_js__WEBPACK_IMPORTED_MODULE_11__/* .compactStamp */ .nd)(new Date())}`);
        const source = request ? { job: commandJob(request, { outDir, executor: flags.executor }) } : { bundlePath: bundlePath };
        const result = await runPipeline({
            ...source,
            outDir,
            outDirNumbered: flags.out === undefined,
            executor: flags.executor,
            keyPath: flags.key,
            trustPolicyPath: flags.trustPolicy,
            policyPath: flags.policy,
            inventoryPath: flags.inventory,
            repoRoot: flags.repoRoot,
            baselinePath: flags.baseline,
            baselineTrustPolicyPath: flags.baselineTrustPolicy,
            signer: flags.signer,
            issuer: flags.issuer,
            onStage: flags.quiet || flags.json ? undefined : printStage,
            onOutput: flags.quiet || flags.json ? undefined : (stream, text) => process.stderr.write(prefixLines(text, stream === 'stdout' ? '  │ ' : '  ! ')),
        }).catch((err) => {
            flushFailedStage(false);
            throw err;
        });
        flushFailedStage(true);
        const next = runNextSteps(result, {
            bundleArg: bundleArg ?? bundlePath,
            trustPolicyPath: flags.trustPolicy,
            cwd: process.cwd(),
            ...(request ? { wrapped: runWords(cmd) } : {}),
        });
        if (flags.json)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .printJson */ .Q2)({ ...result, next });
        else
            printSummary(result, flags.trustPolicy, next);
        return result.decision.decision === 'promote' ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok : result.decision.decision === 'block' ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.failed : _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.manualReview;
    }));
}
/**
 * The words after the first `--` of the command line, or null when there is none. Commander
 * drops the `--` itself, so it is found in the raw arguments; words before it are a bundle,
 * and a bundle and a command together are refused.
 */
function commandAfterDashes(cmd, operands) {
    const words = runWords(cmd);
    const at = words.indexOf('--');
    if (at < 0)
        return null;
    const after = words.length - at - 1;
    const before = operands.slice(0, operands.length - after);
    if (before.length > 0) {
        const command = operands.slice(before.length).join(' ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CapsuleError */ .Mu('usage', `give a bundle or a command after --, not both (got bundle ${JSON.stringify(before[0])} and command ${JSON.stringify(command)})`);
    }
    return operands.slice(before.length);
}
/** The words after `capsule run` as typed (options, `--`, the command): what to run again. */
function runWords(cmd) {
    const raw = cmd.parent?.rawArgs ?? process.argv;
    return raw.slice(raw.indexOf('run') + 1);
}
function wrapRequest(argv, flags) {
    return {
        argv,
        cwd: (0,_wrap_request_js__WEBPACK_IMPORTED_MODULE_7__/* .wrapFolder */ .vZ)(flags.cwd),
        name: flags.name,
        outputs: flags.output,
        inputs: flags.input,
        timeoutSeconds: flags.timeout === undefined ? undefined : Number(flags.timeout),
        lane: flags.lane,
        env: flags.env,
        secrets: flags.secret,
    };
}
/** The bundle named, or the default example; several words with no `--` are most likely a command meant to be wrapped. */
function resolveBundleArg(arg, rest) {
    if (rest.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CapsuleError */ .Mu('usage', `one bundle at most (got ${[arg, ...rest].map((a) => JSON.stringify(a)).join(' ')}); to wrap a command, put it after --: capsule run -- ${[arg, ...rest].join(' ')}`);
    if (arg && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(arg))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CapsuleError */ .Mu('bundle_missing', `${arg}: no such bundle file or folder; to wrap a command, put it after --: capsule run -- ${arg}`, { file: arg });
    return arg ? (0,_bundle_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .locateBundleFile */ .T)(arg) : defaultBundlePath();
}
const MARK = { start: '…', pass: '✓', fail: '✗', warn: '!' };
function stageLine(e, withMessage) {
    return `[${e.stage.padEnd(8)}] ${MARK[e.status]}${withMessage ? ` ${e.message}` : ''}${e.durationMs !== undefined ? ` (${e.durationMs} ms)` : ''}`;
}
/**
 * A failed stage's line waits for what comes next: when the stage failed by throwing, the error
 * is printed right after (once), so the line then leaves its message out.
 */
let failedStage;
function flushFailedStage(withMessage) {
    if (failedStage)
        (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .progress */ .qB)(stageLine(failedStage, withMessage));
    failedStage = undefined;
}
function printStage(e) {
    flushFailedStage(true);
    if (e.status === 'fail')
        failedStage = e;
    else if (e.status !== 'start')
        (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .progress */ .qB)(stageLine(e, true));
}
let pendingPartial = false;
function prefixLines(text, prefix) {
    const out = text.replace(/\n(?=.)/g, `\n${prefix}`);
    const withStart = pendingPartial ? out : prefix + out;
    pendingPartial = !text.endsWith('\n');
    return withStart;
}
const SELF_ANCHORED = ' under the run\'s own local trust policy (self-attested: it anchors the key that signed the run)';
function printSummary(r, trustPolicy, next) {
    const rel = (p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), p) || '.';
    const trust = trustPolicy ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(r.runDir, 'keys', 'trust-policy.local.json');
    const lines = [
        '',
        `Decision:  ${r.decision.decision.toUpperCase()}: ${r.decision.reason}`,
        `Job:       ${(0,_text_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .commandLine */ .ay)(r.job.argv)}: ${r.job.summary}`,
        `Capsule:   ${rel(r.capsulePath)} (${r.capsuleSize} bytes, sha256 ${r.capsuleSha256})`,
        `Signature: ${rel(r.signaturePath)}${r.devKey ? ' (dev-signed with a generated key: fine for trying things, not a release signature; pass --key)' : ''}`,
        `Evidence:  ${r.evidenceClass}${r.selfAnchored ? SELF_ANCHORED : ''}; capsule verification ${r.verification.status} (${r.verification.checks.length} checks)`,
        `Verify:    capsule verify ${rel(r.capsulePath)} --signature ${rel(r.signaturePath)} --trust-policy ${rel(trust)} --strict`,
        `Replay:    capsule replay ${rel(r.capsulePath)}`,
    ];
    if (r.baseline)
        lines.push(...baselineLines(r.baseline));
    lines.push(`Next:      ${next}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    for (const w of r.baseline?.warnings ?? [])
        (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .progress */ .qB)(`warning: ${w}`);
}
/** The baseline in two lines or more: which run, how much differs, and each baseline gate. */
function baselineLines(b) {
    const c = b.comparison;
    const moved = c.metrics.filter((m) => m.change !== 'same').map((m) => `${m.name} ${m.a ?? '—'} → ${m.b ?? '—'}`);
    return [
        `Baseline:  ${c.a.name} (run ${c.a.run_id}): ${c.differences} difference(s)${moved.length ? `; ${moved.join(', ')}` : ''}; capsule diff shows them all`,
        ...b.gates.map((g) => `           ${MARK[g.status === 'skip' ? 'warn' : g.status]} ${g.id}: ${g.summary}`),
    ];
}


/***/ }),

/***/ 3672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ registerSign)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _fsio_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1715);
/* harmony import */ var _zip_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4632);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1604);






function registerSign(program) {
    program
        .command('sign')
        .description('Write a detached Ed25519 signature <capsule>.sig.json (agilab.proof_capsule_signature.v1) over the capsule\'s sha256.')
        .argument('<capsule>', 'the .agipack to sign')
        .requiredOption('--key <path>', 'Ed25519 private key (PKCS#8 PEM, mode 0600)')
        .option('--generate-key', 'create the key at --key first if it does not exist')
        .option('--force-key', 'with --generate-key, replace an existing key at --key with a new one')
        .option('--signature <path>', 'where to write the signature (default: <capsule>.sig.json)')
        .option('--signer <name>', 'signer label (self-declared: it labels, it does not authenticate)')
        .option('--issuer <name>', 'issuer label (self-declared)')
        .option('--force', 'replace an existing signature file (without it, sign refuses to)')
        .option('--json', 'print the signature document, with status, capsule_path and signature_path')
        .addHelpText('after', '\nExit: 0 signed; 2 bad input (a capsule that does not verify is not signed, as in AGILAB).')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .action */ .XI)(async (capsule, opts) => {
        assertZipFile(capsule);
        const { signCapsule } = await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(9465)]).then(__webpack_require__.bind(__webpack_require__, 7256));
        const { loadSigningKey, writeGeneratedKey, keyFileTooOpen } = await Promise.all(/* import() */[__webpack_require__.e(9605), __webpack_require__.e(9805)]).then(__webpack_require__.bind(__webpack_require__, 9805));
        const { verifyCapsule } = await __webpack_require__.e(/* import() */ 826).then(__webpack_require__.bind(__webpack_require__, 826));
        const target = opts.signature ?? `${capsule}.sig.json`;
        // A signature is evidence too: replacing it silently would lose who signed first.
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target) && !opts.force) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('signature_exists', `${target}: already exists; sign never replaces a signature unless told to (pass --force, or --signature for a new file)`, { file: target });
        }
        // A signature vouches for a capsule: one that does not verify is not signed (an old
        // signature beside it that no longer matches is what --force replaces, so it does not count).
        const report = await verifyCapsule(capsule);
        const failed = report.checks.filter((c) => c.status === 'fail' && !c.id.startsWith('capsule_signature_')).map((c) => `${c.id}: ${c.summary}`);
        if (failed.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('capsule_not_verified', `${capsule}: does not verify, so it is not signed:\n  ${failed.join('\n  ')}`, { file: capsule });
        }
        if (opts.generateKey && (opts.forceKey || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(opts.key))) {
            writeGeneratedKey(opts.key);
            (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .progress */ .qB)(`generated ${opts.key} (0600) and ${opts.key}.pub${opts.forceKey ? ' (--force-key: any earlier key there is replaced)' : ''}`);
        }
        if (keyFileTooOpen(opts.key))
            (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .progress */ .qB)(`warning: ${opts.key} is readable by group or others; it should be mode 0600`);
        const key = loadSigningKey(opts.key);
        const { path, document } = await signCapsule(capsule, key, { signaturePath: opts.signature, signer: opts.signer, issuer: opts.issuer, expectedSha256: report.capsule.sha256 ?? undefined });
        if (opts.json)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .printJson */ .Q2)({ ...document, status: 'pass', capsule_path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(capsule), signature_path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path) });
        else
            process.stdout.write(`${path}\n`);
        (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .progress */ .qB)(`signed ${capsule} (sha256 ${document.subject.sha256}) with key ${key.publicKeySha256}`);
    }));
}
/** A signature vouches for a capsule: signing a folder, an empty file or a JSON file is a mistake. */
function assertZipFile(path) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, _fsio_read_js__WEBPACK_IMPORTED_MODULE_3__/* .OPEN_TO_READ */ ._);
    }
    catch (err) {
        const why = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFsError */ .TQ)(err);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('file_unreadable', `${path}: cannot read the capsule: ${why}`, { file: path });
    }
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('not_a_capsule', `${path}: is not a file; give the .agipack capsule`, { file: path });
        }
        const head = Buffer.alloc(4);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, 4, 0) < 4 || head.readUInt32LE(0) !== _zip_format_js__WEBPACK_IMPORTED_MODULE_5__/* .SIG_LOCAL */ .SX) {
            const what = `${path}: is not a .agipack capsule (not a ZIP archive); sign the capsule a run wrote`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('not_a_capsule', what, { file: path });
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 8428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ registerStory)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);


function registerStory(program) {
    program
        .command('story')
        .description("Tell the story of one run (agilab.run_storyboard.v1): headline, command, validations, artifacts with digests, next actions; written as run_story.json and run_story.md, as AGILAB's run storyboard does. Runs nothing.")
        .argument('<manifest>', 'run_manifest.json, a run folder, or a .agipack (verified, then read)')
        .option('--output-dir <dir>', 'folder for run_story.json and run_story.md (default: run_story/ beside the manifest, or beside the .agipack)')
        .option('--output <file>', 'instead, write only the story to this file: Markdown, or JSON with --json (- for stdout)')
        .option('--json', 'print the paths written and the story summary (agilab.run_storyboard.paths.v1) as JSON; with --output, the story as JSON')
        .option('--strict', 'exit 1 when the run did not pass')
        .addHelpText('after', '\nExit: 0 story written; 1 under --strict when the run did not pass; 2 bad input.')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .action */ .XI)(async (manifest, opts) => {
        const { writeFileAtomic } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9802));
        const { stableJson } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1249));
        const { loadRunRecord } = await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(6516)]).then(__webpack_require__.bind(__webpack_require__, 9397));
        const { buildRunStory, renderRunStoryMarkdown } = await __webpack_require__.e(/* import() */ 8920).then(__webpack_require__.bind(__webpack_require__, 8920));
        const { writeGeneratedFiles } = await __webpack_require__.e(/* import() */ 5588).then(__webpack_require__.bind(__webpack_require__, 5588));
        const { withRunInput } = await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(826), __webpack_require__.e(9055)]).then(__webpack_require__.bind(__webpack_require__, 8542));
        return withRunInput(manifest, async (input) => {
            const story = buildRunStory(await loadRunRecord(input.manifestPath));
            if (opts.output !== undefined) {
                const text = opts.json ? stableJson(story) : renderRunStoryMarkdown(story);
                if (opts.output === '-')
                    process.stdout.write(text);
                else
                    writeFileAtomic(opts.output, text);
            }
            else {
                const outputDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(opts.outputDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(input.beside, 'run_story'));
                const [json, markdown] = writeGeneratedFiles(outputDir, [
                    { path: 'run_story.json', content: stableJson(story) },
                    { path: 'run_story.md', content: renderRunStoryMarkdown(story) },
                ]);
                if (opts.json) {
                    (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .printJson */ .Q2)({
                        schema: 'agilab.run_storyboard.paths.v1', status: story.status, manifest_path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(input.capsule ?? input.manifestPath),
                        output_dir: outputDir, paths: { json, markdown }, story: story.story, next_actions: story.next_actions,
                    });
                }
                else
                    process.stdout.write(`run story: ${story.status}\nmarkdown: ${markdown}\njson: ${json}\n`);
            }
            return opts.strict && story.status !== 'pass' ? _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.failed : _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok;
        });
    }));
}


/***/ }),

/***/ 2575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ registerValidate)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);


function registerValidate(program) {
    program
        .command('validate')
        .description('Check a bundle (native proofcapsule.dev/v1 or agentplane v0.1): every problem at once, each as file:line:col pointer: message. Exit 0 valid, 2 invalid.')
        .argument('<bundle>', 'bundle.json, or the folder holding it')
        .option('--json', 'print {valid, file, format, issues} as JSON on stdout')
        .option('--repo-root <dir>', 'agentplane bundles: the repository root their paths (spec.smoke.script, vm.modulePath, artifacts.outDir) resolve from; default: the nearest folder above the bundle holding bundles/')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .action */ .XI)(async (bundle, opts) => {
        const { validateBundle, formatIssue } = await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(4793)]).then(__webpack_require__.bind(__webpack_require__, 5106));
        try {
            const vb = validateBundle(bundle, { repoRoot: opts.repoRoot });
            if (opts.json)
                (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .printJson */ .Q2)({ valid: true, file: vb.path, format: vb.format, sha256: vb.sha256, issues: [] });
            else
                (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .progress */ .qB)(`${vb.path}: valid ${vb.format} bundle ${vb.bundle.metadata.name}@${vb.bundle.metadata.version}`);
            return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok;
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu) || err.code !== 'bundle_invalid')
                throw err;
            const issues = err.details.issues;
            if (opts.json)
                (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .printJson */ .Q2)({ valid: false, file: err.details.file, format: null, issues });
            else
                for (const issue of issues)
                    process.stdout.write(`${formatIssue(issue)}\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.badInput;
        }
    }));
}


/***/ }),

/***/ 3412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ registerVerify)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _verify_target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1756);
/* harmony import */ var _text_terminal_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1555);
/* harmony import */ var _early_worker_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3844);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1604);






function registerVerify(program) {
    program
        .command('verify')
        .description('Verify a .agipack capsule (every named check listed in docs/verification.md), or a run folder: a run_manifest.json, an unpacked capsule\'s run_manifest.snapshot.json, or a pack dir.')
        .argument('<target>', '.agipack file, run manifest, or pack/run directory')
        .option('--signature <path>', 'detached signature (default: <capsule>.sig.json when it exists; a named one that cannot be read fails)')
        .option('--trust-policy <path>', 'trust policy (JSON or TOML, agilab.proof_capsule_trust_policy.v1); implies a signature is required')
        .option('--public-key <pem>', 'an Ed25519 public key (SPKI PEM) trusted to sign the capsule, without a policy file (repeatable); implies a signature is required', _io_js__WEBPACK_IMPORTED_MODULE_4__/* .collect */ .Fo, [])
        .option('--require-signature', 'fail unless the capsule\'s origin is proven: a signature that verifies under --trust-policy or --public-key')
        .option('--no-artifacts', 'run manifest / run folder: skip the artifact existence checks (a capsule is verified whole)')
        .option('--strict', 'also fail on advisory findings (a trust policy anchoring only self-declared signer/issuer names)')
        .option('--json', 'print the verification report (agilab.proof_capsule_verification.v1)')
        .addHelpText('after', '\nExit: 0 every listed check passed; 1 a check failed (with or without --strict: a tampered capsule never exits 0); 2 unreadable input or bad usage.\n--strict differs only in turning warnings into failing checks, e.g. capsule_trust_policy_has_key_anchor.\nWithout --trust-policy or --public-key a pass proves integrity only: the report says NON_AUTHORITATIVE and "origin not verified".')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .action */ .XI)(async (target, opts) => {
        try {
            return await verifyTarget(target, opts);
        }
        finally {
            // The worker the CLI's entry may have started for this verify, if no pass took it.
            await (0,_early_worker_js__WEBPACK_IMPORTED_MODULE_3__/* .dropEarlyWorker */ .n9)();
        }
    }));
}
async function verifyTarget(target, opts) {
    // Nothing to check is bad input (2), not a failed check (1).
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu('target_missing', `${target}: no such capsule, run folder or manifest`, { file: target });
    const capsule = (0,_verify_target_js__WEBPACK_IMPORTED_MODULE_2__/* .isCapsuleTarget */ .J)(target);
    if (!capsule && (opts.signature || opts.trustPolicy || opts.publicKey?.length || opts.requireSignature)) {
        const flags = '--signature, --trust-policy, --public-key and --require-signature need a .agipack';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu('verify_signature_needs_capsule', `${target}: ${flags}; a run manifest or folder is not signed (pack it with capsule prove --export)`, { file: target });
    }
    // Only the one verifier's code is loaded.
    const report = capsule
        ? await (await __webpack_require__.e(/* import() */ 826).then(__webpack_require__.bind(__webpack_require__, 826))).verifyCapsule(target, { signaturePath: opts.signature, trustPolicyPath: opts.trustPolicy, publicKeyPaths: opts.publicKey, requireSignature: opts.requireSignature, strict: opts.strict })
        : await (await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(3640)]).then(__webpack_require__.bind(__webpack_require__, 6777))).verifyRunFolder(target, { skipArtifacts: opts.artifacts === false });
    render(report, opts.json ?? false);
    return report.status === 'pass' ? _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.failed;
}
/**
 * The human report: a line per check, then one verdict line. A failed report's verdict names
 * the failed checks (the origin summary would speak of integrity the checks just disproved).
 * The checks skipped because one they need failed are one warning, not one line each.
 */
function render(report, json) {
    if (json)
        (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .printJson */ .Q2)(report);
    else {
        // One write: a line each was a write (and, on a pipe, a syscall) each.
        // A summary quotes what the capsule holds: on a terminal it stays one line and draws nothing.
        const lines = report.checks.map((c) => `${c.status === 'pass' ? 'PASS' : 'FAIL'}  ${c.id}: ${(0,_text_terminal_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalField */ .F)(c.summary)}\n`);
        lines.push(`${report.status.toUpperCase()} ${(0,_text_terminal_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalField */ .F)(report.capsule.path)}${report.evidence_class ? ` (${report.evidence_class})` : ''}: ${verdict(report)}\n`);
        process.stdout.write(lines.join(''));
    }
    for (const w of humanWarnings(report))
        (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .progress */ .qB)(`warning: ${w}`);
}
function verdict(report) {
    const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
    if (report.status === 'pass' || failed.length === 0)
        return report.origin.summary;
    return `${failed.length} check${failed.length === 1 ? '' : 's'} failed: ${failed.join(', ')}`;
}
const NOT_RUN = /^([a-z0-9_]+) not run: [a-z0-9_]+ (?:failed|was not run)$/;
function humanWarnings(report) {
    const skipped = report.warnings.flatMap((w) => NOT_RUN.exec(w)?.[1] ?? []);
    // On a failed report the origin summary ("... integrity only") is what the verdict replaced.
    const rest = report.warnings.filter((w) => !NOT_RUN.test(w) && (report.status === 'pass' || w !== report.origin.summary));
    if (skipped.length === 0)
        return rest;
    const they = skipped.length === 1 ? 'it needs' : 'they need';
    return [`${skipped.length} check${skipped.length === 1 ? '' : 's'} not run, as a check ${they} failed: ${skipped.join(', ')}`, ...rest];
}


/***/ }),

/***/ 4904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ registerView)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1604);
/* harmony import */ var _baseline_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2256);


function registerView(program) {
    (0,_baseline_options_js__WEBPACK_IMPORTED_MODULE_1__/* .addBaselineOptions */ .R)(program
        .command('view')
        .description('Verify a capsule (or run folder) and write one self-contained, offline HTML page a reviewer can read without tools: decision, every check, run facts, gates, outputs, stage timeline, event chain, logs, and the commands to verify and replay.')
        .argument('<target>', '.agipack file, run manifest, or run / pack directory')
        .option('--output <file>', 'where to write the page (default: <target>.html beside the target)')
        .option('--signature <path>', 'detached signature (default: <capsule>.sig.json when it exists)')
        .option('--trust-policy <path>', 'trust policy to verify the signature against')
        .option('--public-key <pem>', 'an Ed25519 public key (SPKI PEM) trusted to sign the capsule (repeatable)', _io_js__WEBPACK_IMPORTED_MODULE_0__/* .collect */ .Fo, [])
        .option('--json', 'print the view model (proofcapsule.view.v1) instead of writing HTML'))
        .addHelpText('after', '\nA capsule that fails verification is still shown, under a banner naming the failed checks.\nExit: 0 page written and verified; 1 page written but verification failed; 2 bad input.')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .action */ .XI)(async (target, opts) => {
        const { writeFileAtomic } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9802));
        const { buildViewModel } = await Promise.all(/* import() */[__webpack_require__.e(2761), __webpack_require__.e(826), __webpack_require__.e(1093), __webpack_require__.e(2048)]).then(__webpack_require__.bind(__webpack_require__, 509));
        const { renderViewPage } = await __webpack_require__.e(/* import() */ 4191).then(__webpack_require__.bind(__webpack_require__, 4191));
        const { loadBaseline } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(9605), __webpack_require__.e(2761), __webpack_require__.e(826), __webpack_require__.e(1093), __webpack_require__.e(2899), __webpack_require__.e(4425)]).then(__webpack_require__.bind(__webpack_require__, 1428));
        const { viewBaseline } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(9605), __webpack_require__.e(2761), __webpack_require__.e(826), __webpack_require__.e(1093), __webpack_require__.e(2899), __webpack_require__.e(9059)]).then(__webpack_require__.bind(__webpack_require__, 5284));
        // A baseline is verified first: one that does not verify is refused (exit 2), never shown as one.
        const baseline = opts.baseline === undefined ? undefined : await loadBaseline(opts.baseline, opts.baselineTrustPolicy ?? opts.trustPolicy);
        const model = await buildViewModel(target, { signaturePath: opts.signature, trustPolicyPath: opts.trustPolicy, publicKeyPaths: opts.publicKey });
        if (baseline) {
            const verified = model.verification.status === 'pass';
            model.baseline = await viewBaseline(baseline, target, verified, { trustPolicyPath: opts.trustPolicy, signaturePath: opts.signature });
        }
        if (opts.json)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .printJson */ .Q2)(model);
        else {
            const output = opts.output ?? `${target.replace(/[\\/]+$/, '')}.html`;
            writeFileAtomic(output, renderViewPage(model));
            process.stdout.write(`${output}\n`);
        }
        if (model.verification.status === 'pass')
            return _io_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok;
        (0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .progress */ .qB)(`${target}: FAILED verification: ${model.verification.failed.join(', ')}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.failed;
    }));
}


/***/ }),

/***/ 5487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ chainWorkersFor)
/* harmony export */ });
/* unused harmony export chainVerifyFile */
/* harmony import */ var _chain_workers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8190);
/* harmony import */ var _argv_operand_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4794);
// Imported first by main.ts. `capsule chain verify FILE` on a big file reads it with worker threads,
// which take 25-45 ms to boot: started here, before commander and the command modules load, they
// boot on the otherwise idle core meanwhile. The file named on the command line is a guess made
// before commander parses it; the command takes these workers only for the file it was given.


/** `chain verify` options whose value is the next argument (not the events file). */
const VALUE_OPTIONS = ['--trust-policy', '--public-key'];
/** The events file `capsule chain verify … FILE …` names, or null for any other command line. */
function chainVerifyFile(argv) {
    return (0,_argv_operand_js__WEBPACK_IMPORTED_MODULE_1__/* .operandAfter */ ._)(argv.slice(2), ['chain', 'verify'], VALUE_OPTIONS);
}
const guessed = chainVerifyFile(process.argv);
const early = guessed === null ? null : (0,_chain_workers_js__WEBPACK_IMPORTED_MODULE_0__/* .startChainWorkersFor */ .qF)(guessed);
// Until the command takes them, they must not keep the process alive (a usage error, --help).
early?.threads.forEach(({ thread }) => thread.unref());
/** Workers for the events file `path`: the ones started early if they are for it, else started now. */
function chainWorkersFor(path) {
    if (path !== guessed) {
        early?.close();
        return (0,_chain_workers_js__WEBPACK_IMPORTED_MODULE_0__/* .startChainWorkersFor */ .qF)(path);
    }
    early?.threads.forEach(({ thread }) => thread.ref());
    return early;
}


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ collect),
/* harmony export */   Q2: () => (/* binding */ printJson),
/* harmony export */   XI: () => (/* binding */ action),
/* harmony export */   bX: () => (/* binding */ reportUsageErrors),
/* harmony export */   dc: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.dc),
/* harmony export */   qB: () => (/* binding */ progress)
/* harmony export */ });
/* unused harmony export reportError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _json_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1249);
/* harmony import */ var _text_terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1555);




/** For repeatable options: `--public-key a.pem --public-key b.pem`. */
const collect = (value, previous) => [...previous, value];
/** Human progress goes to stderr so stdout stays clean for --json. */
function progress(message) {
    process.stderr.write(`${(0,_text_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalLines */ .M)(message)}\n`);
}
function printJson(value) {
    process.stdout.write((0,_json_write_js__WEBPACK_IMPORTED_MODULE_1__.stableJson)(value));
}
/**
 * Prints a failure once: one line (or one block, for a list of problems) on stderr and, with
 * --json, the same as `{error: {code, category, message, file}}` on stdout. Returns the exit code
 * the error's category decides. A stack is printed only for a bug, and only when asked for.
 */
function reportError(err, json) {
    const known = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .asCapsuleError */ .CN)(err);
    const error = known ?? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('internal', err?.message ?? String(err));
    const category = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .categoryOf */ .Qd)(error.code);
    if (category === 'internal') {
        const stack = err?.stack ?? '';
        const where = process.env.CAPSULE_DEBUG ? `\n${stack}` : '; CAPSULE_DEBUG=1 shows where';
        const line = `capsule: internal error [${error.code}]: ${(0,_text_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalLines */ .M)(error.message)}`;
        process.stderr.write(`${line} (a bug, please report it${where})\n`);
    }
    else {
        process.stderr.write(`capsule: error [${error.code}]: ${(0,_text_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalLines */ .M)(error.message)}\n`);
    }
    const file = error.location.file ?? null;
    if (json)
        printJson({ error: { code: error.code, category, message: error.message, file } });
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .exitCodeOf */ .FO)(error.code);
}
/** Commander passes the command last; its --json decides whether errors are JSON too. */
function wantsJson(args) {
    const last = args[args.length - 1];
    return typeof last?.opts === 'function' && last.opts().json === true;
}
/** Wraps a command action: its return value is the exit code; a thrown error is reported once. */
function action(fn) {
    return async (...args) => {
        try {
            const code = await fn(...args);
            process.exitCode = code ?? _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok;
        }
        catch (err) {
            process.exitCode = reportError(err, wantsJson(args));
        }
    };
}
/** "capsule chain verify", for the pointer to --help in a usage error. */
function commandPath(cmd) {
    const names = [];
    for (let c = cmd; c; c = c.parent)
        names.unshift(c.name());
    return names.join(' ');
}
/**
 * Commander's own errors (unknown option, missing argument, invalid choice) become one usage
 * line and exit 2, like every other usage error; help and version still exit 0. Applied to a
 * command and every subcommand, so the line points at the right --help.
 */
function reportUsageErrors(cmd) {
    cmd.configureOutput({ outputError: () => undefined });
    cmd.exitOverride((err) => {
        if (err.exitCode === 0)
            process.exit(0);
        // Bare `capsule` or `capsule chain`: commander has printed the help already.
        if (err.code !== 'commander.help') {
            // Commander's sentences end in a full stop; ours goes on with "; see ... --help".
            const what = err.message.replace(/^error: /, '').replace(/\n+/g, ' ').trim().replace(/\.$/, '');
            const usage = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('usage', `${commandPath(cmd)}: ${what}; see ${commandPath(cmd)} --help`);
            reportError(usage, process.argv.includes('--json'));
        }
        process.exit(_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.badInput);
    });
    for (const sub of cmd.commands)
        reportUsageErrors(sub);
}


/***/ }),

/***/ 2957:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _early_chain_workers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5487);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8179);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(311);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1604);
/* harmony import */ var _commands_init_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9787);
/* harmony import */ var _commands_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7948);
/* harmony import */ var _commands_validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2575);
/* harmony import */ var _commands_place_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1354);
/* harmony import */ var _commands_prove_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4847);
/* harmony import */ var _commands_verify_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3412);
/* harmony import */ var _commands_sign_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3672);
/* harmony import */ var _commands_keygen_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(130);
/* harmony import */ var _commands_replay_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9014);
/* harmony import */ var _commands_story_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8428);
/* harmony import */ var _commands_promotion_dossier_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4704);
/* harmony import */ var _commands_policy_check_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(6462);
/* harmony import */ var _commands_cards_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(2350);
/* harmony import */ var _commands_metadata_store_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(3568);
/* harmony import */ var _commands_export_lineage_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(3967);
/* harmony import */ var _commands_export_traces_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(1162);
/* harmony import */ var _commands_chain_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(5568);
/* harmony import */ var _commands_view_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(4904);
/* harmony import */ var _commands_diff_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(8670);
// First: a big `chain verify` starts its worker threads before the rest of the CLI loads.























const program = new commander__WEBPACK_IMPORTED_MODULE_1__/* .Command */ .uB('capsule')
    .description('Proof Capsule: run a job bundle, pack its evidence into a signed .agipack capsule, verify it, '
    + 'decide promotion.')
    .version(_version_js__WEBPACK_IMPORTED_MODULE_22__/* .TOOL_VERSION */ .w)
    // A repeatable option starts from collect's []: "(default: [])" tells a reader nothing. Inherited
    // by every command made from this one.
    .configureHelp({
    optionDescription(option) {
        return commander__WEBPACK_IMPORTED_MODULE_1__/* .Help */ ._V.prototype.optionDescription.call(this, option).replace(/ \(default: \[\]\)$/, '').replace(/, default: \[\]\)$/, ')');
    },
})
    .addHelpText('after', '\nExit codes: 0 ok/pass/promote, 1 checked and failed (verify failed, block), '
    + '2 usage or bad input (nothing run), 3 manual-review, 70 internal error (a bug). '
    + 'Every error code: docs/errors.md.');
// Each top-level command by name, in --help's order. A run naming one registers that one only: building
// all nineteen commands' options cost every run about 1.5 ms, and the named command's own help, options
// and errors do not depend on the others. Anything else (no command, --help, --version, `help X`, a
// mistyped name that earns a "did you mean") gets them all. test/cli/one-command.e2e.test.ts checks
// `X --help` prints what `help X` does.
const commands = new Map([
    ['init', _commands_init_js__WEBPACK_IMPORTED_MODULE_3__/* .registerInit */ .c],
    ['run', _commands_run_js__WEBPACK_IMPORTED_MODULE_4__/* .registerRun */ .j],
    ['validate', _commands_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .registerValidate */ .i],
    ['place', _commands_place_js__WEBPACK_IMPORTED_MODULE_6__/* .registerPlace */ .V],
    ['prove', _commands_prove_js__WEBPACK_IMPORTED_MODULE_7__/* .registerProve */ .O],
    ['verify', _commands_verify_js__WEBPACK_IMPORTED_MODULE_8__/* .registerVerify */ .t],
    ['sign', _commands_sign_js__WEBPACK_IMPORTED_MODULE_9__/* .registerSign */ .J],
    ['keygen', _commands_keygen_js__WEBPACK_IMPORTED_MODULE_10__/* .registerKeygen */ .f],
    ['replay', _commands_replay_js__WEBPACK_IMPORTED_MODULE_11__/* .registerReplay */ .n],
    ['story', _commands_story_js__WEBPACK_IMPORTED_MODULE_12__/* .registerStory */ .t],
    ['promotion-dossier', _commands_promotion_dossier_js__WEBPACK_IMPORTED_MODULE_13__/* .registerPromotionDossier */ .u],
    ['policy-check', _commands_policy_check_js__WEBPACK_IMPORTED_MODULE_14__/* .registerPolicyCheck */ .k],
    ['cards', _commands_cards_js__WEBPACK_IMPORTED_MODULE_15__/* .registerCards */ .B],
    ['metadata-store', _commands_metadata_store_js__WEBPACK_IMPORTED_MODULE_16__/* .registerMetadataStore */ .a],
    ['export-lineage', _commands_export_lineage_js__WEBPACK_IMPORTED_MODULE_17__/* .registerExportLineage */ .X],
    ['export-traces', _commands_export_traces_js__WEBPACK_IMPORTED_MODULE_18__/* .registerExportTraces */ .y],
    ['chain', _commands_chain_js__WEBPACK_IMPORTED_MODULE_19__/* .registerChain */ .X],
    ['view', _commands_view_js__WEBPACK_IMPORTED_MODULE_20__/* .registerView */ .F],
    ['diff', _commands_diff_js__WEBPACK_IMPORTED_MODULE_21__/* .registerDiff */ .f],
]);
const named = commands.get(process.argv[2] ?? '');
for (const register of named ? [named] : commands.values())
    register(program);
(0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .reportUsageErrors */ .bX)(program);
await program.parseAsync(process.argv);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ packageFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/**
 * A file shipped in the package (examples/, schemas/), found from where this code runs:
 * dist/cli.js (the package root is one up) or src/cli/ under the tests (two up).
 */
function packageFile(...segments) {
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (const root of [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(here, '..'), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(here, '..', '..')]) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...segments);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
    }
    return null;
}


/***/ }),

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

/***/ 2660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ EXECUTOR_CHOICES)
/* harmony export */ });
/* unused harmony export EXECUTOR_KINDS */
/** Every executor kind, spelled once: each has one executor in `registry.ts` (the type checks it). */
const EXECUTOR_KINDS = ['process', 'qemu'];
const EXECUTOR_CHOICES = ['auto', ...EXECUTOR_KINDS];


/***/ }),

/***/ 9802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ createTempBeside),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * A temp file beside `path`, to be renamed onto it: a random name, made new (O_EXCL), so nothing
 * planted in the folder (a link at a name that could be guessed) is written through.
 */
function createTempBeside(path, mode = 0o644) {
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}.tmp`);
    return { tmp, fd: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(tmp, 'wx', mode) };
}
/**
 * Writes via a temp file in the same folder, fsync, then rename: a reader sees the old
 * file or the new one, never half of it, and a crash loses nothing already recorded. The temp
 * file is createTempBeside's: whoever else may write to the folder (the one being verified, for a
 * page beside a capsule) cannot have planted a link there to write through.
 */
function writeFileAtomic(path, data, mode = 0o644) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const { tmp, fd } = createTempBeside(path, mode);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        throw err;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, path);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        // Node names the temp file in a failed rename; the user named `path` (a folder, say).
        if (err instanceof Error && 'path' in err)
            Object.assign(err, { path, dest: undefined });
        throw err;
    }
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

/***/ 1249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ writeJsonFile),
/* harmony export */   stableJson: () => (/* binding */ stableJson)
/* harmony export */ });
/* harmony import */ var _fsio_atomic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9802);

/** House JSON layout: keys sorted at every level, 2-space indent, trailing newline. */
function stableJson(value) {
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
    (0,_fsio_atomic_js__WEBPACK_IMPORTED_MODULE_0__.writeFileAtomic)(path, stableJson(value), mode);
}


/***/ }),

/***/ 6933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   US: () => (/* binding */ shQuote),
/* harmony export */   Uq: () => (/* binding */ isShellName),
/* harmony export */   ay: () => (/* binding */ commandLine),
/* harmony export */   r7: () => (/* binding */ shellWord)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * One POSIX sh word holding exactly `value`: single quotes keep everything literal
 * (`$`, backquotes, backslashes, newlines); an embedded quote becomes '\''.
 * NUL cannot live in a shell word, so it is refused rather than silently cut.
 */
function shQuote(value) {
    if (value.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('shell_nul', `cannot quote a value holding a NUL byte for sh: ${JSON.stringify(value.slice(0, 40))}`);
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** Names a POSIX shell can export. */
function isShellName(name) {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}
/** A word to paste into a shell as a reader would type it: bare when nothing in it is special, else quoted. */
function shellWord(value) {
    return /^[\w@%+=:,./-]+$/.test(value) ? value : shQuote(value);
}
/**
 * A command as one short line for a summary: its words as typed, newlines (a `run:` script is
 * several lines) shown as ⏎, cut with … at `max` characters.
 */
function commandLine(argv, max = 100) {
    const flat = argv.map(shellWord).join(' ').replace(/\r?\n/g, '⏎');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}


/***/ }),

/***/ 1555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ terminalField),
/* harmony export */   M: () => (/* binding */ terminalLines)
/* harmony export */ });
/**
 * Recorded text (a run id, a label, an entry name, a check summary quoting one) made safe for a
 * terminal. A capsule is written by whoever made it: raw, an ESC in its run id could conceal
 * every line after it (`ESC[8m`) and draw a PASS of its own, a carriage return or cursor move
 * could overwrite a FAIL line, a bidi override could reorder what a reviewer reads. Each such
 * character is shown as its escape (`\x1b`, `\r`, `\u202e`) instead; everything else is kept.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_OR_NEWLINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function visible(c) {
    const code = c.charCodeAt(0);
    if (c === '\r')
        return '\\r';
    if (c === '\n')
        return '\\n';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** Text for a terminal, its own line breaks and tabs kept (a message that lists problems one a line). */
function terminalLines(text) {
    return text.replace(UNSAFE, visible);
}
/** One recorded value on one line: a line break in it is shown as `\n`, so it cannot start a line of its own. */
function terminalField(text) {
    return text.replace(UNSAFE_OR_NEWLINE, visible);
}


/***/ }),

/***/ 7466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ isoMicros),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   nV: () => (/* binding */ parseInstant),
/* harmony export */   nd: () => (/* binding */ compactStamp)
/* harmony export */ });
/**
 * The time forms documents use, in one place so every writer formats (and every reader
 * parses) an instant the same way. Everything is UTC.
 */
/** AGILAB writes Python `isoformat()` times, sometimes without an offset: those are taken as UTC. */
const RFC3339ISH = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|z|[+-]\d{2}:?\d{2})?$/;
function parseInstant(text) {
    const m = RFC3339ISH.exec(text);
    if (!m)
        return undefined;
    const offset = !m[4] || m[4].toUpperCase() === 'Z' ? 'Z' : m[4].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const millis = Date.parse(`${m[1]}T${m[2]}${offset}`);
    if (Number.isNaN(millis))
        return undefined;
    const fraction = (m[3] ?? '').padEnd(9, '0');
    const unixNanos = BigInt(millis) * 1000000n + BigInt(fraction);
    const trimmed = fraction.replace(/0+$/, '');
    const iso = `${isoSeconds(new Date(millis)).slice(0, 19)}${trimmed ? `.${trimmed}` : ''}Z`;
    return { iso, unixNanos, unixMillis: Number(unixNanos / 1000000n) };
}
/** `YYYY-MM-DDTHH:MM:SSZ` (AGILAB's created_at form): the fraction is cut, not rounded. */
function isoSeconds(at) {
    return `${at.toISOString().slice(0, 19)}Z`;
}
/** `YYYY-MM-DDTHH:MM:SS.ffffffZ` (AgentOps event timestamps): JS clocks give ms, so the last three digits are 0. */
function isoMicros(at) {
    return at.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
/** `YYYYMMDDTHHMMSSZ`: a time that can sit in a file name or an id. */
function compactStamp(at) {
    return isoSeconds(at).replace(/[-:]/g, '');
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's version, written into every document it produces. Bump with package.json. */
const TOOL_NAME = 'proof-capsule';
const TOOL_VERSION = '0.1.0';


/***/ }),

/***/ 9189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GG: () => (/* binding */ checkWrapRequest),
/* harmony export */   Id: () => (/* binding */ CLI_SPELLING),
/* harmony export */   T9: () => (/* binding */ WRAP_TIMEOUT),
/* harmony export */   eD: () => (/* binding */ wrapName),
/* harmony export */   vZ: () => (/* binding */ wrapFolder)
/* harmony export */ });
/* unused harmony exports bundleNameFrom, cliWords */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _bundle_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4792);
/* harmony import */ var _text_shell_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6933);





const CLI_SPELLING = {
    argv: 'the command after --',
    cwd: '--cwd',
    name: '--name',
    outputs: '--output',
    inputs: '--input',
    timeoutSeconds: '--timeout',
    lane: '--lane',
    env: '--env',
    secrets: '--secret',
};
const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;
const WRAP_TIMEOUT = { min: 5, max: 3600, default: 3600 };
/**
 * Every problem of a request at once, in the user's own words (flag or input names), before
 * anything is written or run; the synthesized bundle is still checked against the bundle
 * schema afterwards, as a bundle file is.
 */
function checkWrapRequest(req, spell, hostEnv) {
    const problems = [];
    const say = (field, message) => problems.push(`${spell[field]}: ${message}`);
    if (req.argv.length === 0 || req.argv[0] === '') {
        say('argv', 'nothing to run: give a command, e.g. capsule run -- make build');
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(req.cwd) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(req.cwd).isDirectory())
        say('cwd', `${req.cwd} is not a folder`);
    if (req.name !== undefined && !NAME.test(req.name)) {
        say('name', `${JSON.stringify(req.name)} must be lower case letters, digits, '.', '_' or '-', `
            + 'starting with a letter or digit, at most 63 characters');
    }
    const t = req.timeoutSeconds;
    if (t !== undefined && !(Number.isInteger(t) && t >= WRAP_TIMEOUT.min && t <= WRAP_TIMEOUT.max)) {
        const range = `${WRAP_TIMEOUT.min} to ${WRAP_TIMEOUT.max}`;
        say('timeoutSeconds', `must be a whole number of seconds from ${range} (got ${Number.isNaN(t) ? 'no number' : t})`);
    }
    for (const [field, globs] of [['outputs', req.outputs], ['inputs', req.inputs]]) {
        for (const g of globs) {
            const problem = g.trim() === '' ? 'is empty' : (0,_bundle_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .relativePathProblem */ .BE)(g, 'the command\'s folder');
            if (problem)
                say(field, `${JSON.stringify(g)} ${problem}`);
        }
    }
    for (const e of req.env) {
        const name = e.includes('=') ? e.slice(0, e.indexOf('=')) : e;
        if (!(0,_text_shell_js__WEBPACK_IMPORTED_MODULE_4__/* .isShellName */ .Uq)(name)) {
            say('env', `${JSON.stringify(name)} is not an environment variable name (NAME or NAME=VALUE)`);
        }
        else if (!e.includes('=') && hostEnv[name] === undefined) {
            say('env', `${name} is not set in this environment (set it, or pass ${name}=VALUE)`);
        }
    }
    for (const s of req.secrets) {
        if (!(0,_text_shell_js__WEBPACK_IMPORTED_MODULE_4__/* .isShellName */ .Uq)(s))
            say('secrets', `${JSON.stringify(s)} is not an environment variable name`);
        else if (!hostEnv[s]) {
            say('secrets', `${s} is not set in this environment (or is empty): `
                + 'a secret the command needs must be there before it runs');
        }
    }
    if (problems.length > 0) {
        const list = problems.map((p) => `  ${p}`).join('\n');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('wrap_invalid', `cannot wrap the command:\n${list}`, {}, { problems });
    }
}
/** The request's name, or one made from the command's own (`/usr/bin/make` → `make`). */
function wrapName(req) {
    return req.name ?? (bundleNameFrom((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(req.argv[0] ?? '')) || 'run');
}
/** A bundle name made from any text (lower case, other characters as '-'), or '' when nothing is left. */
function bundleNameFrom(text) {
    return text.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 63);
}
/** `--cwd` (or the Action's working folder) as an absolute path; default the current folder. */
function wrapFolder(cwd) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd ?? '.');
}
/** The request as `capsule run` words (its options, `--`, the command): how to run it again from a shell. */
function cliWords(req, base) {
    const rel = relative(base, req.cwd);
    const opts = [
        ...(rel !== '' ? ['--cwd', rel] : []),
        ...(req.name !== undefined ? ['--name', req.name] : []),
        ...req.outputs.flatMap((g) => ['--output', g]),
        ...req.inputs.flatMap((g) => ['--input', g]),
        ...(req.timeoutSeconds !== undefined ? ['--timeout', String(req.timeoutSeconds)] : []),
        ...(req.lane !== undefined ? ['--lane', req.lane] : []),
        ...req.env.flatMap((e) => ['--env', e]),
        ...req.secrets.flatMap((s) => ['--secret', s]),
    ];
    return [...opts, '--', ...req.argv];
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
