import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9328:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ locateBundleFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);



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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ relativePathProblem),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   LI: () => (/* binding */ resolveInside)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z1: () => (/* binding */ startChainWorkers),
/* harmony export */   bP: () => (/* binding */ MAX_WORKERS),
/* harmony export */   ph: () => (/* binding */ Counter),
/* harmony export */   qF: () => (/* binding */ startChainWorkersFor),
/* harmony export */   rV: () => (/* binding */ PARALLEL_MIN_BYTES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5842);





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
    const { Worker } = (0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)(import.meta.url)('node:worker_threads');
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ addBaselineOptions)
/* harmony export */ });
function addBaselineOptions(command) {
    return command
        .option('--baseline <capsule>', "an earlier run's .agipack to compare with (the promotion policy's baseline gates); it must verify, else exit 2")
        .option('--baseline-trust-policy <file>', 'trust policy the baseline must verify under (default: --trust-policy)');
}


/***/ }),

/***/ 2350:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ registerCards)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1604);

function registerCards(program) {
    program
        .command('cards')
        .description('Write the model, dataset, prompt and eval cards of a run (agilab.evidence_card.v1), from its artifacts by kind; a kind the run did not produce gets a card with present: false.')
        .argument('<manifest>', 'run_manifest.json, a run folder, or a .agipack (verified, then read)')
        .option('--output-dir <dir>', 'write model-card.json, dataset-card.json, prompt-card.json, eval-card.json here instead of printing them')
        .option('--json', 'print the cards as one JSON document (the default without --output-dir)')
        .addHelpText('after', '\nExit: 0 cards written; 2 bad input.')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .action */ .XI)(async (manifest, opts) => {
        const { stableJson } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1249));
        const { buildCards, CARD_TYPES } = await __nccwpck_require__.e(/* import() */ 2418).then(__nccwpck_require__.bind(__nccwpck_require__, 2418));
        const { loadRunRecord } = await Promise.all(/* import() */[__nccwpck_require__.e(2761), __nccwpck_require__.e(6516)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9397));
        const { writeGeneratedFiles } = await __nccwpck_require__.e(/* import() */ 5588).then(__nccwpck_require__.bind(__nccwpck_require__, 5588));
        const { withRunInput } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(8648), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984), __nccwpck_require__.e(8542)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8542));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ registerChain)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _chain_workers_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8190);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1604);




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
    const trusted = options.trustPolicy ? (await Promise.all(/* import() */[__nccwpck_require__.e(3292), __nccwpck_require__.e(2761), __nccwpck_require__.e(5529)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9742))).trustedKeysIn(options.trustPolicy) : [];
    const publicKeys = new Map();
    const { publicKeyFromPem, publicKeySha256 } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(9805)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9805));
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
        // A big file's worker threads start first: they boot while the chain reader loads.
        const workers = (0,_chain_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .startChainWorkersFor */ .qF)(events);
        try {
            const { readingWith, verifyChainFile } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(7158), __nccwpck_require__.e(7853)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7158));
            const reading = workers ? readingWith(workers) : undefined;
            const report = await verifyChainFile(events, await trustFrom(options), reading);
            if (options.json)
                (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .printJson */ .Q2)(report);
            else
                process.stdout.write(renderReport(report));
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
        const { replayChainFile } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(7158), __nccwpck_require__.e(4016)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1542));
        // A failing chain throws chain_invalid (checked and failed: exit 1, like `chain verify`).
        const replay = await replayChainFile(events, await trustFrom(options));
        if (options.json)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .printJson */ .Q2)(replay);
        else
            process.stdout.write(`session ${replay.session_id} (${replay.classification}), ${replay.frames.length} frames\n${replay.frames.map(renderFrame).join('\n')}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    }));
}


/***/ }),

/***/ 8670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ registerDiff)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1604);

function registerDiff(program) {
    program
        .command('diff')
        .description('Compare two runs, each verified first: every metric of the metrics outputs (A, B, delta, relative delta), every output (same / changed / added / removed, with hashes and sizes), bundle and command, environment names (never values), placement and executor, decision, evidence class, and timing.')
        .argument('<a>', 'the baseline: .agipack capsule, run manifest, or run / pack directory')
        .argument('<b>', 'the run compared with it: .agipack capsule, run manifest, or run / pack directory')
        .option('--trust-policy <path>', 'trust policy both capsules must verify under (signatures then required)')
        .option('--json', 'print the comparison (proofcapsule.run_diff.v1) as JSON')
        .addHelpText('after', '\nTiming is shown but never counts as a difference (two runs always differ in it).\nExit: 0 no difference; 1 differences; 2 bad input (missing, unreadable, or a run that does not verify).')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .action */ .XI)(async (a, b, opts) => {
        const { compareRuns } = await __nccwpck_require__.e(/* import() */ 5312).then(__nccwpck_require__.bind(__nccwpck_require__, 5312));
        const { loadVerifiedRun } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(3292), __nccwpck_require__.e(8648), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984), __nccwpck_require__.e(2899)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2899));
        const { renderComparisonText } = await __nccwpck_require__.e(/* import() */ 7419).then(__nccwpck_require__.bind(__nccwpck_require__, 7419));
        const runA = await loadVerifiedRun(a, { role: 'A', trustPolicyPath: opts.trustPolicy });
        const runB = await loadVerifiedRun(b, { role: 'B', trustPolicyPath: opts.trustPolicy });
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  X: () => (/* binding */ registerExportLineage)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __nccwpck_require__(8179);
;// CONCATENATED MODULE: ./src/cli/export-choices.ts
/**
 * export-lineage's `--format` choices: `all` is AGILAB's three, as AGILAB writes them;
 * `lineage` is ours. Apart from the exporters so that registering the verb loads none of them.
 */
const EXPORT_CHOICES = ['all', 'openlineage', 'ro-crate', 'otel', 'lineage'];

// EXTERNAL MODULE: ./src/cli/io.ts
var io = __nccwpck_require__(1604);
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
        const { selectedFormats, writeExports } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(8648), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984), __nccwpck_require__.e(9360)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9360));
        return writeExports(manifest, selectedFormats(flags.format), flags);
    }));
}


/***/ }),

/***/ 1162:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ registerExportTraces)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1604);

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
        const { writeExports } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(8648), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984), __nccwpck_require__.e(9360)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9360));
        return writeExports(manifest, ['otel'], flags);
    }));
}


/***/ }),

/***/ 9787:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ registerInit)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_shell_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6933);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1604);
/* harmony import */ var _package_files_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7944);




function registerInit(program) {
    program
        .command('init')
        .description('Write a first bundle into DIR (default: this folder): a commented bundle.json whose $schema points at the schema shipped with capsule, a run.sh, a .capsuleignore. Never overwrites.')
        .argument('[dir]', 'folder to write into (made if missing)', '.')
        .option('--json', 'print {dir, name, files, next} as JSON')
        .addHelpText('after', '\nThen: capsule validate DIR, capsule run DIR. Exit codes: 0 written, 2 a file is already there (nothing written).')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .action */ .XI)(async (dir, opts) => {
        const { initBundle } = await __nccwpck_require__.e(/* import() */ 1464).then(__nccwpck_require__.bind(__nccwpck_require__, 1464));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ registerKeygen)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _text_shell_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6933);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1604);




function registerKeygen(program) {
    program
        .command('keygen')
        .description('Generate an Ed25519 signing key: unencrypted PKCS#8 PEM (mode 0600) and its SPKI public key beside it as <path>.pub; print the public key\'s sha256 and a trust policy that anchors it.')
        .option('--out <path>', 'private key file to write (refuses to overwrite)', 'capsule-signing-key.pem')
        .option('--trust-policy <file>', 'also write a trust policy anchoring the new key to this file (refuses to overwrite)')
        .option('--json', 'print {private_key, public_key, public_key_sha256, trust_policy} as JSON')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .action */ .XI)(async (opts) => {
        const { writeFileAtomic } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 9802));
        const { writeGeneratedKey } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(9805)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9805));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ registerMetadataStore)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1604);

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
        const { assessRun } = await Promise.all(/* import() */[__nccwpck_require__.e(3292), __nccwpck_require__.e(2761), __nccwpck_require__.e(5036)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8567));
        const { buildMetadataStoreEntry, appendToMetadataStore } = await Promise.all(/* import() */[__nccwpck_require__.e(2761), __nccwpck_require__.e(6855)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1324));
        const { decidePromotion } = await __nccwpck_require__.e(/* import() */ 69).then(__nccwpck_require__.bind(__nccwpck_require__, 69));
        const { evaluatePolicy } = await Promise.all(/* import() */[__nccwpck_require__.e(3292), __nccwpck_require__.e(2761), __nccwpck_require__.e(8791), __nccwpck_require__.e(7348)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8791));
        const { loadPromotionPolicy, policyWarnings } = await Promise.all(/* import() */[__nccwpck_require__.e(3292), __nccwpck_require__.e(2761), __nccwpck_require__.e(8897)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8448));
        const { withRunInput } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(8648), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984), __nccwpck_require__.e(8542)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8542));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ registerPlace)
/* harmony export */ });
/* harmony import */ var _execute_placement_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2660);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1604);


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
        const { validateBundle } = await Promise.all(/* import() */[__nccwpck_require__.e(2761), __nccwpck_require__.e(4793)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5106));
        const { placeBundle } = await Promise.all(/* import() */[__nccwpck_require__.e(2761), __nccwpck_require__.e(4642), __nccwpck_require__.e(7620)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4642));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ registerPolicyCheck)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1604);
/* harmony import */ var _baseline_options_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2256);


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
        const { assessWithBaseline } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(3292), __nccwpck_require__.e(8648), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984), __nccwpck_require__.e(2899), __nccwpck_require__.e(8637)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8637));
        const { evaluatePolicy } = await Promise.all(/* import() */[__nccwpck_require__.e(3292), __nccwpck_require__.e(2761), __nccwpck_require__.e(8791), __nccwpck_require__.e(7348)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8791));
        const { loadPromotionPolicy, policyWarnings } = await Promise.all(/* import() */[__nccwpck_require__.e(3292), __nccwpck_require__.e(2761), __nccwpck_require__.e(8897)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8448));
        const { withRunInput } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(8648), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984), __nccwpck_require__.e(8542)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8542));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ registerPromotionDossier)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1604);
/* harmony import */ var _baseline_options_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2256);



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
        const { assessWithBaseline } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(3292), __nccwpck_require__.e(8648), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984), __nccwpck_require__.e(2899), __nccwpck_require__.e(8637)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8637));
        const { buildPromotionFiles, PROMOTION_DIR } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(3292), __nccwpck_require__.e(2761), __nccwpck_require__.e(8791), __nccwpck_require__.e(1101), __nccwpck_require__.e(251)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1101));
        const { loadPromotionPolicy, policyWarnings } = await Promise.all(/* import() */[__nccwpck_require__.e(3292), __nccwpck_require__.e(2761), __nccwpck_require__.e(8897)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8448));
        const { writeGeneratedFiles } = await __nccwpck_require__.e(/* import() */ 5588).then(__nccwpck_require__.bind(__nccwpck_require__, 5588));
        const { buildStandardExports } = await __nccwpck_require__.e(/* import() */ 4122).then(__nccwpck_require__.bind(__nccwpck_require__, 4122));
        const { readerInside } = await __nccwpck_require__.e(/* import() */ 1558).then(__nccwpck_require__.bind(__nccwpck_require__, 1558));
        const { withRunInput } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(8648), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984), __nccwpck_require__.e(8542)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8542));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ registerProve)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1604);



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
        const { proveManifest } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(3292), __nccwpck_require__.e(2761), __nccwpck_require__.e(4051), __nccwpck_require__.e(8791), __nccwpck_require__.e(1101), __nccwpck_require__.e(6405), __nccwpck_require__.e(9475)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6405));
        const { resolveRunManifestPath } = await Promise.all(/* import() */[__nccwpck_require__.e(2761), __nccwpck_require__.e(3640)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6777));
        if (manifest.toLowerCase().endsWith('.agipack'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu('usage', `${manifest}: prove expects a run_manifest.json or a run folder, not an existing .agipack`, { file: manifest });
        const manifestPath = resolveRunManifestPath(manifest);
        const outputDir = opts.outputDir ?? (opts.export ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(manifestPath)), 'agilab-proof-pack'));
        const result = await proveManifest(manifestPath, {
            outputDir, exportPath: opts.export, policyPath: opts.policy, metadataStorePath: opts.metadataStore,
            key: opts.key ? (await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(9805)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9805))).loadSigningKey(opts.key) : undefined,
            // The trust-policy reader (and its TOML parser) is loaded only when a policy is given.
            trustedPublicKeySha256: opts.trustPolicy ? (await Promise.all(/* import() */[__nccwpck_require__.e(3292), __nccwpck_require__.e(2761), __nccwpck_require__.e(5529)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9742))).trustedKeysIn(opts.trustPolicy) : [],
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ registerReplay)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8179);
/* harmony import */ var _execute_placement_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2660);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1604);



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
        const { replayRun } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(8648), __nccwpck_require__.e(8759), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984), __nccwpck_require__.e(4642), __nccwpck_require__.e(661), __nccwpck_require__.e(8943)]).then(__nccwpck_require__.bind(__nccwpck_require__, 556));
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
    process.stdout.write(`${lines.join('\n')}\n`);
}


/***/ }),

/***/ 7948:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ registerRun)
/* harmony export */ });
/* unused harmony export defaultBundlePath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8179);
/* harmony import */ var _bundle_locate_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9328);
/* harmony import */ var _execute_placement_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2660);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3916);
/* harmony import */ var _package_files_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7944);
/* harmony import */ var _text_time_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(7466);
/* harmony import */ var _wrap_request_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(9189);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(1604);
/* harmony import */ var _text_shell_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(6933);
/* harmony import */ var _baseline_options_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(2256);












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
        const { runPipeline } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(3292), __nccwpck_require__.e(8648), __nccwpck_require__.e(8759), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984), __nccwpck_require__.e(2899), __nccwpck_require__.e(8791), __nccwpck_require__.e(4642), __nccwpck_require__.e(1101), __nccwpck_require__.e(661), __nccwpck_require__.e(6405), __nccwpck_require__.e(7044)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7044));
        const { runNextSteps } = await __nccwpck_require__.e(/* import() */ 5902).then(__nccwpck_require__.bind(__nccwpck_require__, 5902));
        const { commandJob } = await Promise.all(/* import() */[__nccwpck_require__.e(8759), __nccwpck_require__.e(2761), __nccwpck_require__.e(661), __nccwpck_require__.e(8281)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4752));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ registerSign)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1604);




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
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .action */ .XI)(async (capsule, opts) => {
        assertZipFile(capsule);
        const { signCapsule } = await Promise.all(/* import() */[__nccwpck_require__.e(2761), __nccwpck_require__.e(9465)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7256));
        const { loadSigningKey, writeGeneratedKey, keyFileTooOpen } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(9805)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9805));
        const { verifyCapsule } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(8648), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1984));
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
            (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .progress */ .qB)(`generated ${opts.key} (0600) and ${opts.key}.pub${opts.forceKey ? ' (--force-key: any earlier key there is replaced)' : ''}`);
        }
        if (keyFileTooOpen(opts.key))
            (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .progress */ .qB)(`warning: ${opts.key} is readable by group or others; it should be mode 0600`);
        const key = loadSigningKey(opts.key);
        const { path, document } = await signCapsule(capsule, key, { signaturePath: opts.signature, signer: opts.signer, issuer: opts.issuer, expectedSha256: report.capsule.sha256 ?? undefined });
        if (opts.json)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .printJson */ .Q2)({ ...document, status: 'pass', capsule_path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(capsule), signature_path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path) });
        else
            process.stdout.write(`${path}\n`);
        (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .progress */ .qB)(`signed ${capsule} (sha256 ${document.subject.sha256}) with key ${key.publicKeySha256}`);
    }));
}
const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');
/** A signature vouches for a capsule: signing a folder, an empty file or a JSON file is a mistake. */
function assertZipFile(path) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
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
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, 4, 0) < 4 || !head.equals(ZIP_MAGIC)) {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ registerStory)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1604);


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
        const { writeFileAtomic } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 9802));
        const { stableJson } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1249));
        const { loadRunRecord } = await Promise.all(/* import() */[__nccwpck_require__.e(2761), __nccwpck_require__.e(6516)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9397));
        const { buildRunStory, renderRunStoryMarkdown } = await __nccwpck_require__.e(/* import() */ 8920).then(__nccwpck_require__.bind(__nccwpck_require__, 8920));
        const { writeGeneratedFiles } = await __nccwpck_require__.e(/* import() */ 5588).then(__nccwpck_require__.bind(__nccwpck_require__, 5588));
        const { withRunInput } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(8648), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984), __nccwpck_require__.e(8542)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8542));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ registerValidate)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1604);


function registerValidate(program) {
    program
        .command('validate')
        .description('Check a bundle (native proofcapsule.dev/v1 or agentplane v0.1): every problem at once, each as file:line:col pointer: message. Exit 0 valid, 2 invalid.')
        .argument('<bundle>', 'bundle.json, or the folder holding it')
        .option('--json', 'print {valid, file, format, issues} as JSON on stdout')
        .option('--repo-root <dir>', 'agentplane bundles: the repository root their paths (spec.smoke.script, vm.modulePath, artifacts.outDir) resolve from; default: the nearest folder above the bundle holding bundles/')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .action */ .XI)(async (bundle, opts) => {
        const { validateBundle, formatIssue } = await Promise.all(/* import() */[__nccwpck_require__.e(2761), __nccwpck_require__.e(4793)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5106));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ registerVerify)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _verify_target_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1756);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1604);




function registerVerify(program) {
    program
        .command('verify')
        .description('Verify a .agipack capsule (every named check listed in docs/verification.md), or a run folder: a run_manifest.json, an unpacked capsule\'s run_manifest.snapshot.json, or a pack dir.')
        .argument('<target>', '.agipack file, run manifest, or pack/run directory')
        .option('--signature <path>', 'detached signature (default: <capsule>.sig.json when it exists; a named one that cannot be read fails)')
        .option('--trust-policy <path>', 'trust policy (JSON or TOML, agilab.proof_capsule_trust_policy.v1); implies a signature is required')
        .option('--public-key <pem>', 'an Ed25519 public key (SPKI PEM) trusted to sign the capsule, without a policy file (repeatable); implies a signature is required', _io_js__WEBPACK_IMPORTED_MODULE_3__/* .collect */ .Fo, [])
        .option('--require-signature', 'fail unless the capsule\'s origin is proven: a signature that verifies under --trust-policy or --public-key')
        .option('--no-artifacts', 'run manifest / run folder: skip the artifact existence checks (a capsule is verified whole)')
        .option('--strict', 'also fail on advisory findings (a trust policy anchoring only self-declared signer/issuer names)')
        .option('--json', 'print the verification report (agilab.proof_capsule_verification.v1)')
        .addHelpText('after', '\nExit: 0 every listed check passed; 1 a check failed (with or without --strict: a tampered capsule never exits 0); 2 unreadable input or bad usage.\n--strict differs only in turning warnings into failing checks, e.g. capsule_trust_policy_has_key_anchor.\nWithout --trust-policy or --public-key a pass proves integrity only: the report says NON_AUTHORITATIVE and "origin not verified".')
        .action((0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .action */ .XI)(async (target, opts) => {
        // Nothing to check is bad input (2), not a failed check (1).
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu('target_missing', `${target}: no such capsule, run folder or manifest`, { file: target });
        const capsule = (0,_verify_target_js__WEBPACK_IMPORTED_MODULE_2__/* .isCapsuleTarget */ .J)(target);
        // A large capsule's hash worker boots while the checks' code loads (it opens nothing itself).
        if (capsule)
            void __nccwpck_require__.e(/* import() */ 8907).then(__nccwpck_require__.bind(__nccwpck_require__, 8907)).then((m) => m.prestartHashWorker((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).size)).catch(() => undefined);
        if (!capsule && (opts.signature || opts.trustPolicy || opts.publicKey?.length || opts.requireSignature)) {
            const flags = '--signature, --trust-policy, --public-key and --require-signature need a .agipack';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CapsuleError */ .Mu('verify_signature_needs_capsule', `${target}: ${flags}; a run manifest or folder is not signed (pack it with capsule prove --export)`, { file: target });
        }
        // Only the one verifier's code is loaded.
        const report = capsule
            ? await (await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(8648), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1984))).verifyCapsule(target, { signaturePath: opts.signature, trustPolicyPath: opts.trustPolicy, publicKeyPaths: opts.publicKey, requireSignature: opts.requireSignature, strict: opts.strict })
            : await (await Promise.all(/* import() */[__nccwpck_require__.e(2761), __nccwpck_require__.e(3640)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6777))).verifyRunFolder(target, { skipArtifacts: opts.artifacts === false });
        render(report, opts.json ?? false);
        return report.status === 'pass' ? _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.failed;
    }));
}
/** A directory or a .json file is a run folder / manifest; anything else is read as an archive. */
function render(report, json) {
    if (json)
        (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .printJson */ .Q2)(report);
    else {
        // One write: a line each was a write (and, on a pipe, a syscall) each.
        const lines = report.checks.map((c) => `${c.status === 'pass' ? 'PASS' : 'FAIL'}  ${c.id}: ${c.summary}\n`);
        lines.push(`${report.status.toUpperCase()} ${report.capsule.path}${report.evidence_class ? ` (${report.evidence_class})` : ''}: ${report.origin.summary}\n`);
        process.stdout.write(lines.join(''));
    }
    for (const w of report.warnings)
        (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .progress */ .qB)(`warning: ${w}`);
}


/***/ }),

/***/ 4904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ registerView)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1604);
/* harmony import */ var _baseline_options_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2256);


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
        const { writeFileAtomic } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 9802));
        const { buildViewModel } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(8648), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984), __nccwpck_require__.e(509)]).then(__nccwpck_require__.bind(__nccwpck_require__, 509));
        const { renderViewPage } = await __nccwpck_require__.e(/* import() */ 4191).then(__nccwpck_require__.bind(__nccwpck_require__, 4191));
        const { loadBaseline } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(3292), __nccwpck_require__.e(8648), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984), __nccwpck_require__.e(2899), __nccwpck_require__.e(1428)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1428));
        const { viewBaseline } = await Promise.all(/* import() */[__nccwpck_require__.e(9605), __nccwpck_require__.e(3292), __nccwpck_require__.e(8648), __nccwpck_require__.e(2761), __nccwpck_require__.e(7158), __nccwpck_require__.e(4051), __nccwpck_require__.e(1984), __nccwpck_require__.e(2899), __nccwpck_require__.e(5284)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5284));
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

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ collect),
/* harmony export */   Q2: () => (/* binding */ printJson),
/* harmony export */   XI: () => (/* binding */ action),
/* harmony export */   bX: () => (/* binding */ reportUsageErrors),
/* harmony export */   dc: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.dc),
/* harmony export */   qB: () => (/* binding */ progress)
/* harmony export */ });
/* unused harmony export reportError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _json_write_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1249);



/** For repeatable options: `--public-key a.pem --public-key b.pem`. */
const collect = (value, previous) => [...previous, value];
/** Human progress goes to stderr so stdout stays clean for --json. */
function progress(message) {
    process.stderr.write(`${message}\n`);
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
        const line = `capsule: internal error [${error.code}]: ${error.message}`;
        process.stderr.write(`${line} (a bug, please report it${where})\n`);
    }
    else {
        process.stderr.write(`capsule: error [${error.code}]: ${error.message}\n`);
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
            const what = err.message.replace(/^error: /, '').replace(/\n+/g, ' ').trim();
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
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8179);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_21__ = __nccwpck_require__(311);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1604);
/* harmony import */ var _commands_init_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9787);
/* harmony import */ var _commands_run_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7948);
/* harmony import */ var _commands_validate_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2575);
/* harmony import */ var _commands_place_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1354);
/* harmony import */ var _commands_prove_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(4847);
/* harmony import */ var _commands_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(3412);
/* harmony import */ var _commands_sign_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(3672);
/* harmony import */ var _commands_keygen_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(130);
/* harmony import */ var _commands_replay_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(9014);
/* harmony import */ var _commands_story_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(8428);
/* harmony import */ var _commands_promotion_dossier_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(4704);
/* harmony import */ var _commands_policy_check_js__WEBPACK_IMPORTED_MODULE_13__ = __nccwpck_require__(6462);
/* harmony import */ var _commands_cards_js__WEBPACK_IMPORTED_MODULE_14__ = __nccwpck_require__(2350);
/* harmony import */ var _commands_metadata_store_js__WEBPACK_IMPORTED_MODULE_15__ = __nccwpck_require__(3568);
/* harmony import */ var _commands_export_lineage_js__WEBPACK_IMPORTED_MODULE_16__ = __nccwpck_require__(3967);
/* harmony import */ var _commands_export_traces_js__WEBPACK_IMPORTED_MODULE_17__ = __nccwpck_require__(1162);
/* harmony import */ var _commands_chain_js__WEBPACK_IMPORTED_MODULE_18__ = __nccwpck_require__(5568);
/* harmony import */ var _commands_view_js__WEBPACK_IMPORTED_MODULE_19__ = __nccwpck_require__(4904);
/* harmony import */ var _commands_diff_js__WEBPACK_IMPORTED_MODULE_20__ = __nccwpck_require__(8670);






















const program = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('capsule')
    .description('Proof Capsule: run a job bundle, pack its evidence into a signed .agipack capsule, verify it, '
    + 'decide promotion.')
    .version(_version_js__WEBPACK_IMPORTED_MODULE_21__/* .TOOL_VERSION */ .w)
    .addHelpText('after', '\nExit codes: 0 ok/pass/promote, 1 checked and failed (verify failed, block), '
    + '2 usage or bad input (nothing run), 3 manual-review, 70 internal error (a bug). '
    + 'Every error code: docs/errors.md.');
// Each top-level command by name, in --help's order. A run naming one registers that one only: building
// all nineteen commands' options cost every run about 1.5 ms, and the named command's own help, options
// and errors do not depend on the others. Anything else (no command, --help, --version, `help X`, a
// mistyped name that earns a "did you mean") gets them all. test/cli/one-command.e2e.test.ts checks
// `X --help` prints what `help X` does.
const commands = new Map([
    ['init', _commands_init_js__WEBPACK_IMPORTED_MODULE_2__/* .registerInit */ .c],
    ['run', _commands_run_js__WEBPACK_IMPORTED_MODULE_3__/* .registerRun */ .j],
    ['validate', _commands_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .registerValidate */ .i],
    ['place', _commands_place_js__WEBPACK_IMPORTED_MODULE_5__/* .registerPlace */ .V],
    ['prove', _commands_prove_js__WEBPACK_IMPORTED_MODULE_6__/* .registerProve */ .O],
    ['verify', _commands_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .registerVerify */ .t],
    ['sign', _commands_sign_js__WEBPACK_IMPORTED_MODULE_8__/* .registerSign */ .J],
    ['keygen', _commands_keygen_js__WEBPACK_IMPORTED_MODULE_9__/* .registerKeygen */ .f],
    ['replay', _commands_replay_js__WEBPACK_IMPORTED_MODULE_10__/* .registerReplay */ .n],
    ['story', _commands_story_js__WEBPACK_IMPORTED_MODULE_11__/* .registerStory */ .t],
    ['promotion-dossier', _commands_promotion_dossier_js__WEBPACK_IMPORTED_MODULE_12__/* .registerPromotionDossier */ .u],
    ['policy-check', _commands_policy_check_js__WEBPACK_IMPORTED_MODULE_13__/* .registerPolicyCheck */ .k],
    ['cards', _commands_cards_js__WEBPACK_IMPORTED_MODULE_14__/* .registerCards */ .B],
    ['metadata-store', _commands_metadata_store_js__WEBPACK_IMPORTED_MODULE_15__/* .registerMetadataStore */ .a],
    ['export-lineage', _commands_export_lineage_js__WEBPACK_IMPORTED_MODULE_16__/* .registerExportLineage */ .X],
    ['export-traces', _commands_export_traces_js__WEBPACK_IMPORTED_MODULE_17__/* .registerExportTraces */ .y],
    ['chain', _commands_chain_js__WEBPACK_IMPORTED_MODULE_18__/* .registerChain */ .X],
    ['view', _commands_view_js__WEBPACK_IMPORTED_MODULE_19__/* .registerView */ .F],
    ['diff', _commands_diff_js__WEBPACK_IMPORTED_MODULE_20__/* .registerDiff */ .f],
]);
const named = commands.get(process.argv[2] ?? '');
for (const register of named ? [named] : commands.values())
    register(program);
(0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .reportUsageErrors */ .bX)(program);
await program.parseAsync(process.argv);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7944:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ packageFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
    baseline_not_capsule: badInput('a baseline is a run folder, not a signed capsule'),
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
    capsule_too_large: failed('the files to pack add up to more than a capsule may hold (16 GiB)'),
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ EXECUTOR_CHOICES)
/* harmony export */ });
/* unused harmony export EXECUTOR_KINDS */
/** Every executor kind, spelled once: each has one executor in `registry.ts` (the type checks it). */
const EXECUTOR_KINDS = ['process', 'qemu'];
const EXECUTOR_CHOICES = ['auto', ...EXECUTOR_KINDS];


/***/ }),

/***/ 9802:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Writes via a temp file in the same folder, fsync, then rename: a reader sees the old
 * file or the new one, never half of it, and a crash loses nothing already recorded.
 */
function writeFileAtomic(path, data, mode = 0o644) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${process.pid}.${Date.now()}.tmp`);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(tmp, 'w', mode);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw err;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
}


/***/ }),

/***/ 1249:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ writeJsonFile),
/* harmony export */   stableJson: () => (/* binding */ stableJson)
/* harmony export */ });
/* harmony import */ var _fsio_atomic_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9802);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   US: () => (/* binding */ shQuote),
/* harmony export */   Uq: () => (/* binding */ isShellName),
/* harmony export */   ay: () => (/* binding */ commandLine),
/* harmony export */   r7: () => (/* binding */ shellWord)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

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

/***/ 7466:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 1756:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ isCapsuleTarget)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * What every command taking "a capsule or a run" calls a capsule: anything that is neither a
 * folder nor a .json manifest (a tampered or truncated file is still verified as a capsule).
 */
function isCapsuleTarget(target) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isDirectory())
        return false;
    return !target.endsWith('.json');
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's version, written into every document it produces. Bump with package.json. */
const TOOL_NAME = 'proof-capsule';
const TOOL_VERSION = '0.1.0';


/***/ }),

/***/ 9189:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GG: () => (/* binding */ checkWrapRequest),
/* harmony export */   Id: () => (/* binding */ CLI_SPELLING),
/* harmony export */   T9: () => (/* binding */ WRAP_TIMEOUT),
/* harmony export */   eD: () => (/* binding */ wrapName),
/* harmony export */   vZ: () => (/* binding */ wrapFolder)
/* harmony export */ });
/* unused harmony exports bundleNameFrom, cliWords */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _bundle_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4792);
/* harmony import */ var _text_shell_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6933);





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

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 8909:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(9154);
const { Command } = __nccwpck_require__(4348);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(1135);
const { Help } = __nccwpck_require__(9754);
const { Option } = __nccwpck_require__(5240);

exports.DM = new Command();

exports.gu = (name) => new Command(name);
exports.Ww = (flags, description) => new Option(flags, description);
exports.er = (name, description) => new Argument(name, description);

/**
 * Expose classes
 */

exports.uB = Command;
exports.c$ = Option;
exports.ef = Argument;
exports._V = Help;

exports.b7 = CommanderError;
exports.Di = InvalidArgumentError;
exports.a2 = InvalidArgumentError; // Deprecated


/***/ }),

/***/ 9154:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

exports.Argument = Argument;
exports.humanReadableArgName = humanReadableArgName;


/***/ }),

/***/ 4348:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(8474).EventEmitter);
const childProcess = __nccwpck_require__(1421);
const path = __nccwpck_require__(6760);
const fs = __nccwpck_require__(3024);
const process = __nccwpck_require__(1708);

const { Argument, humanReadableArgName } = __nccwpck_require__(9154);
const { CommanderError } = __nccwpck_require__(1135);
const { Help, stripColor } = __nccwpck_require__(9754);
const { Option, DualOptions } = __nccwpck_require__(5240);
const { suggestSimilar } = __nccwpck_require__(5030);

class Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => process.stdout.write(str),
      writeErr: (str) => process.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        process.stdout.isTTY ? process.stdout.columns : undefined,
      getErrHelpWidth: () =>
        process.stderr.isTTY ? process.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
      stripColor: (str) => stripColor(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    process.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.negate) {
      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
      const positiveLongFlag = option.long.replace(/^--no-/, '--');
      if (!this._findOption(positiveLongFlag)) {
        this.setOptionValueWithSource(
          name,
          option.defaultValue === undefined ? true : option.defaultValue,
          'default',
        );
      }
    } else if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (cmd.getOptionValueSource(key) !== undefined) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (process.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = process.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = process.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (process.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    if (this._savedState === null) {
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(path.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        fs.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    launchWithNode = sourceExt.includes(path.extname(executableFile));

    let proc;
    if (process.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(process.execArgv).concat(args);

        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(process.execArgv).concat(args);
      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        process.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        process.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:);
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or require.main.filename, or __filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(require.main.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(__dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help' 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-port=[host:]port
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
    ) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // e.g. --inspect=localhost
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
    ) {
      // e.g. --inspect=localhost:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    process.env.NO_COLOR ||
    process.env.FORCE_COLOR === '0' ||
    process.env.FORCE_COLOR === 'false'
  )
    return false;
  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

exports.Command = Command;
exports.useColor = useColor; // exporting for tests


/***/ }),

/***/ 1135:
/***/ ((__unused_webpack_module, exports) => {

/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

exports.CommanderError = CommanderError;
exports.InvalidArgumentError = InvalidArgumentError;


/***/ }),

/***/ 9754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(9154);

/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripColor(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

/**
 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
 *
 * @param {string} str
 * @returns {string}
 * @package
 */

function stripColor(str) {
  // eslint-disable-next-line no-control-regex
  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
  return str.replace(sgrPattern, '');
}

exports.Help = Help;
exports.stripColor = stripColor;


/***/ }),

/***/ 5240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

exports.Option = Option;
exports.DualOptions = DualOptions;


/***/ }),

/***/ 5030:
/***/ ((__unused_webpack_module, exports) => {

const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost = 1;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

exports.suggestSimilar = suggestSimilar;


/***/ }),

/***/ 8179:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Di: () => (/* binding */ InvalidArgumentError),
/* harmony export */   c$: () => (/* binding */ Option),
/* harmony export */   uB: () => (/* binding */ Command)
/* harmony export */ });
/* unused harmony exports program, createCommand, createArgument, createOption, CommanderError, InvalidOptionArgumentError, Argument, Help */
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8909);


// wrapper to provide named exports for ESM.
const {
  /* program */ "DM": program,
  /* createCommand */ "gu": createCommand,
  /* createArgument */ "er": createArgument,
  /* createOption */ "Ww": createOption,
  /* CommanderError */ "b7": CommanderError,
  /* InvalidArgumentError */ "Di": InvalidArgumentError,
  /* InvalidOptionArgumentError */ "a2": InvalidOptionArgumentError, // deprecated old name
  /* Command */ "uB": Command,
  /* Argument */ "ef": Argument,
  /* Option */ "c$": Option,
  /* Help */ "_V": Help,
} = _index_js__WEBPACK_IMPORTED_MODULE_0__;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
