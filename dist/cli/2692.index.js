export const id = 2692;
export const ids = [2692];
export const modules = {

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


/***/ })

};
