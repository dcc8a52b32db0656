export const id = 5572;
export const ids = [5572];
export const modules = {

/***/ 5462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ createRedactor)
/* harmony export */ });
/** What replaces a secret value in stored and streamed output. */
const REDACTED = Buffer.from('[REDACTED]');
/**
 * Streaming redaction of byte strings. Output that could still be the start of a secret
 * is held back until the next chunk (or `end`), so a secret split across chunk
 * boundaries is still caught.
 */
function createRedactor(secretValues) {
    const secrets = [...new Set(secretValues.filter((s) => s.length > 0))].map((s) => Buffer.from(s)).sort((a, b) => b.length - a.length);
    const hold = secrets.length > 0 ? secrets[0].length - 1 : 0;
    let carry = Buffer.alloc(0);
    const redact = (buf, safeEnd) => {
        const parts = [];
        let i = 0;
        while (i < safeEnd) {
            let at = -1;
            let len = 0;
            for (const s of secrets) {
                const m = buf.indexOf(s, i);
                if (m >= 0 && (at < 0 || m < at)) {
                    at = m;
                    len = s.length;
                }
            }
            if (at < 0 || at >= safeEnd) {
                parts.push(buf.subarray(i, safeEnd));
                i = safeEnd;
                break;
            }
            parts.push(buf.subarray(i, at), REDACTED);
            i = at + len;
        }
        return { out: Buffer.concat(parts), next: i };
    };
    return {
        push(chunk) {
            if (secrets.length === 0)
                return chunk;
            const buf = Buffer.concat([carry, chunk]);
            const { out, next } = redact(buf, Math.max(0, buf.length - hold));
            carry = Buffer.from(buf.subarray(next));
            return out;
        },
        end() {
            const { out } = redact(carry, carry.length);
            carry = Buffer.alloc(0);
            return out;
        },
    };
}


/***/ }),

/***/ 6813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Y5: () => (/* binding */ SHA256_HEX),
/* harmony export */   ch: () => (/* binding */ sha256Chunks),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   ws: () => (/* binding */ DIGEST_READ_BYTES)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Reads for a digest are this large. */
const DIGEST_READ_BYTES = 1 << 20;
/** Streams the file: memory does not grow with its size. */
async function sha256File(path) {
    return sha256Chunks((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: DIGEST_READ_BYTES }));
}
/** The digest of every chunk a stream gives (a file's read stream, say), in order. */
async function sha256Chunks(chunks) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
const SHA256_HEX = /^[0-9a-f]{64}$/;


/***/ }),

/***/ 1940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P7: () => (/* binding */ asStrings),
/* harmony export */   _j: () => (/* binding */ asArray),
/* harmony export */   i: () => (/* binding */ asNumber),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   qY: () => (/* binding */ asRecord),
/* harmony export */   tB: () => (/* binding */ asBoolean)
/* harmony export */ });
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
function asString(value) {
    return typeof value === 'string' ? value : null;
}
function asNumber(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
function asBoolean(value) {
    return typeof value === 'boolean' ? value : null;
}
function asStrings(value) {
    return asArray(value).filter((v) => typeof v === 'string');
}


/***/ }),

/***/ 4752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commandJob: () => (/* binding */ commandJob)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/json/write.ts
var write = __webpack_require__(1249);
// EXTERNAL MODULE: ./src/pipeline/workspace.ts
var workspace = __webpack_require__(8163);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/bundle/validate.ts + 2 modules
var validate = __webpack_require__(5106);
// EXTERNAL MODULE: ./src/bundle/paths.ts
var paths = __webpack_require__(4792);
// EXTERNAL MODULE: ./src/collect/outputs.ts
var outputs = __webpack_require__(6539);
// EXTERNAL MODULE: ./src/pipeline/run-claim.ts
var run_claim = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/text/time.ts
var time = __webpack_require__(7466);
// EXTERNAL MODULE: ./src/fsio/atomic.ts
var atomic = __webpack_require__(9802);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/wrap/git.ts

/**
 * The commit checked out in `dir` and whether the checkout differs from it (a tracked change, or
 * an untracked file git does not ignore: `git status --porcelain`). Read with the git binary,
 * never through a shell; a folder outside any checkout is simply not a git source.
 */
function readGitFacts(dir) {
    const inside = git(dir, ['rev-parse', '--is-inside-work-tree']);
    if (inside.missing)
        return { git: null };
    if (!inside.ok) {
        // "not a git repository" is the ordinary case; anything else (e.g. dubious ownership) is worth saying.
        if (/not a git repository/i.test(inside.stderr))
            return { git: null };
        return { git: null, note: `git could not read the checkout: ${firstLine(inside.stderr)}` };
    }
    if (inside.stdout.trim() !== 'true')
        return { git: null };
    const head = git(dir, ['rev-parse', '--verify', '--quiet', 'HEAD']);
    if (!head.ok)
        return { git: null, note: 'the git checkout has no commit yet' };
    const status = git(dir, ['status', '--porcelain', '--untracked-files=normal']);
    if (!status.ok)
        return { git: null, note: `git status failed: ${firstLine(status.stderr)}` };
    return { git: { rev: head.stdout.trim(), dirty: status.stdout.trim() !== '' } };
}
function git(dir, args) {
    const r = (0,external_node_child_process_.spawnSync)('git', ['-C', dir, ...args], {
        encoding: 'utf8', timeout: 30_000, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
    });
    const missing = r.error?.code === 'ENOENT';
    return { ok: r.status === 0, missing, stdout: r.stdout ?? '', stderr: r.stderr ?? (r.error?.message ?? '') };
}
function firstLine(text) {
    return text.trim().split('\n')[0]?.replace(/^fatal: /, '') ?? '';
}

// EXTERNAL MODULE: ./src/bundle/defaults.ts
var defaults = __webpack_require__(5944);
// EXTERNAL MODULE: ./src/wrap/request.ts
var request = __webpack_require__(9189);
;// CONCATENATED MODULE: ./src/wrap/bundle.ts



/**
 * The bundle a wrapped command would have had to write: everything `capsule run -- CMD` was
 * told, as a `proofcapsule.dev/v1` document. It is validated against the bundle schema and
 * packed as `bundle/bundle.json`, so verify, replay and every later reader treat the run like
 * any bundle run. Each `--output` glob is also a validation: a product that never appeared
 * fails the run instead of passing unnoticed.
 */
function wrapBundle(req, facts) {
    const env = Object.fromEntries(req.env.map((e) => {
        const at = e.indexOf('=');
        return at >= 0 ? [e.slice(0, at), e.slice(at + 1)] : [e, facts.hostEnv[e] ?? ''];
    }));
    const validations = req.outputs.map((g) => ({
        label: `output ${g} exists`, kind: 'output-exists', path: g,
    }));
    const intent = facts.executor === 'auto' ? 'auto' : facts.executor;
    return {
        apiVersion: 'proofcapsule.dev/v1',
        kind: 'Bundle',
        metadata: {
            name: (0,request/* wrapName */.eD)(req),
            version: facts.git ? `${facts.git.rev.slice(0, 12)}${facts.git.dirty ? '-dirty' : ''}` : 'unversioned',
            createdAt: facts.createdAt,
            labels: { 'proofcapsule.dev/run': 'in-place' },
            licensePolicy: { ...defaults/* BUNDLE_DEFAULTS */.K.licensePolicy },
            ...(facts.git ? { source: { git: facts.git } } : {}),
        },
        spec: {
            run: { argv: [...req.argv], cwd: '.', ...(Object.keys(env).length > 0 ? { env } : {}) },
            ...(req.secrets.length > 0 ? { secrets: { required: [...new Set(req.secrets)] } } : {}),
            executor: { backendIntent: intent },
            outputs: req.outputs.map((path) => ({ path, kind: 'file' })),
            validations,
            policy: {
                ...defaults/* BUNDLE_DEFAULTS */.K.policy,
                maxRunSeconds: req.timeoutSeconds ?? request/* WRAP_TIMEOUT */.T9.default,
                lane: req.lane ?? defaults/* BUNDLE_DEFAULTS */.K.policy.lane,
            },
        },
    };
}
/** The bytes packed as `bundle/bundle.json`: the house JSON layout, so the same request gives the same file. */
function wrapBundleBytes(bundle) {
    return Buffer.from((0,write.stableJson)(bundle));
}

;// CONCATENATED MODULE: ./src/wrap/in-place.ts












/**
 * The validate stage of `capsule run -- CMD`: the request checked in the user's words, the git
 * facts read, the bundle synthesized and checked against the bundle schema as a bundle file
 * is, and every material hashed (a glob that matches nothing is an error: nothing runs).
 */
async function prepareCommand(req, ctx) {
    (0,request/* checkWrapRequest */.GG)(req, ctx.spelling, ctx.hostEnv);
    const folder = (0,external_node_fs_.realpathSync)(req.cwd);
    const git = readGitFacts(folder);
    const createdAt = (0,time/* isoSeconds */.nE)(ctx.now ?? new Date());
    const bundle = wrapBundle(req, { createdAt, git: git.git, hostEnv: ctx.hostEnv, executor: ctx.executor });
    const bytes = wrapBundleBytes(bundle);
    const vb = (0,validate/* validateBundleBytes */._)(bytes, ctx.bundleFile, folder);
    const skip = skippedFolders(folder, ctx.runFolder);
    const materials = await hashMaterials(folder, req.inputs, skip, ctx.spelling.inputs);
    return { vb, bytes, folder, git, materials, skip };
}
/**
 * Where outputs and materials are never looked for: `.git`, this run's folder (when it lies inside
 * the command's folder, by path: it may not be claimed yet) and every earlier run folder in it
 * (by its claim file), whose capsules, logs and dev keys are no product of the command.
 */
function skippedFolders(folder, runFolder) {
    const skip = ['.git'];
    const run = realpathOrSelf(runFolder);
    if ((0,paths/* isInside */.FK)(folder, run) && run !== folder)
        skip.push((0,external_node_path_.relative)(folder, run).split(external_node_path_.sep).join('/'));
    return { skip, skipFolder: run_claim/* isRunFolder */.mF };
}
async function hashMaterials(folder, globs, skip, flag) {
    if (globs.length === 0)
        return [];
    const found = await (0,outputs/* collectOutputs */.H)(folder, globs.map((path) => ({ path, kind: 'file' })), skip);
    const refused = found.refused.map((r) => `${r.path} is ${r.reason}`);
    const unmatched = globs.filter((g) => {
        const match = (0,outputs/* globMatcher */.f)(g.replace(/^(\.\/)+/, ''));
        return ![...found.outputs, ...found.refused].some((f) => match(f.path));
    });
    const problems = [...unmatched.map((g) => `${JSON.stringify(g)} matches no file in ${folder}`), ...refused];
    if (problems.length > 0) {
        throw new errors/* CapsuleError */.Mu('wrap_input_invalid', `${flag}: ${problems.join('; ')}`, { file: folder }, { problems });
    }
    return found.outputs.map(({ path, sha256, size_bytes }) => ({ path, sha256, size_bytes }));
}
/**
 * After the run folder is claimed: the synthesized bundle written as `bundle/bundle.json`
 * (exactly the bytes validated, so its SHA-256 is the recorded one), and the outputs as they
 * are before the command runs, to tell later which of them it left untouched.
 */
async function stageCommand(p, bundleDir, skip) {
    (0,atomic.writeFileAtomic)((0,external_node_path_.join)(bundleDir, 'bundle.json'), p.bytes);
    const before = await (0,outputs/* collectOutputs */.H)(p.folder, p.vb.bundle.spec.outputs, skip);
    return new Map(before.outputs.map((o) => [o.path, o.sha256]));
}
function inPlaceRecord(p, req, outputs, before) {
    return {
        // The file system's root has no name of its own.
        folder: (0,external_node_path_.basename)(p.folder) || '/',
        git: p.git.git,
        inputs: [...req.inputs],
        materials: p.materials,
        unchanged_outputs: outputs.filter((o) => before.get(o.path) === o.sha256).map((o) => o.path),
    };
}
/** The real path of `path`, which may not exist yet: its nearest existing folder resolved, the rest appended. */
function realpathOrSelf(path) {
    const full = (0,external_node_path_.resolve)(path);
    if ((0,external_node_fs_.existsSync)(full))
        return (0,external_node_fs_.realpathSync)(full);
    const parent = (0,external_node_path_.dirname)(full);
    return parent === full ? full : (0,external_node_path_.join)(realpathOrSelf(parent), (0,external_node_path_.basename)(full));
}

;// CONCATENATED MODULE: ./src/wrap/job.ts





/**
 * A command wrapped in place, as a job the pipeline runs like any bundle: its validate stage
 * synthesizes and checks the bundle and hashes the materials; its staging writes that bundle
 * as `bundle/bundle.json` and runs the command in its own folder, not in a copy.
 */
function commandJob(req, o) {
    const layout = (0,workspace/* runLayout */.WA)(o.outDir);
    let prepared;
    return {
        args: { command: req.argv, outputs: req.outputs, inputs: req.inputs },
        validate: async () => {
            prepared = await prepareCommand(req, {
                bundleFile: (0,external_node_path_.join)(layout.bundleDir, 'bundle.json'),
                runFolder: layout.root,
                executor: o.executor ?? 'auto',
                spelling: o.spelling ?? request/* CLI_SPELLING */.Id,
                hostEnv: o.hostEnv ?? process.env,
            });
            return prepared.vb;
        },
        describe: (vb) => `command run in place in ${(0,external_node_path_.basename)(vb.dir)}`,
        stage: async (_vb, { layout: claimed, secretValues }) => {
            const p = prepared;
            // The folder claimed may be numbered (-2, -3 …): skip the one that is really there.
            const skip = skippedFolders(p.folder, claimed.root);
            const before = await stageCommand(p, claimed.bundleDir, skip);
            // Nothing is staged (the command runs in place): the capsule's bundle/ is the bundle file alone.
            const inventory = {
                schema: 'proofcapsule.staged_inventory.v1', bundle_file: 'bundle.json',
                files: [], symlinks: [], packed: ['bundle.json'], excluded: [],
            };
            (0,write/* writeJsonFile */.A)(claimed.stagedInventory, inventory);
            return {
                workspace: p.folder,
                redactedBundleFiles: (0,workspace/* redactTree */.us)(claimed.bundleDir, secretValues),
                inventory,
                collect: skip,
                inPlace: (outputs) => inPlaceRecord(p, req, outputs, before),
            };
        },
    };
}


/***/ })

};
