export const id = 52;
export const ids = [52];
export const modules = {

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

/***/ 6909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Reads a script's `#!` line, as the kernel would, without needing the execute bit. */
function shebang(file) {
    const buf = Buffer.alloc(256);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
    try {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, buf.length, 0);
        const first = buf.subarray(0, n).toString('utf8').split('\n')[0];
        if (!first.startsWith('#!'))
            return null;
        const parts = first.slice(2).trim().split(/\s+/).filter(Boolean);
        return parts.length > 0 ? parts : null;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * The argv and cwd (relative to the workspace) of the run. A script is run through its
 * `#!` interpreter (or /bin/sh), so a script copied without its execute bit (agentplane's
 * example is mode 0444) still runs exactly as its author meant.
 */
function runCommand(vb) {
    const run = vb.bundle.spec.run;
    const cwd = run.cwd ?? '.';
    if (run.argv)
        return { argv: [...run.argv], cwd };
    const script = run.script;
    const fromCwd = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.relative(cwd, script);
    return { argv: [...(shebang((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(vb.dir, script)) ?? ['/bin/sh']), fromCwd.startsWith('../') ? fromCwd : `./${fromCwd}`], cwd };
}


/***/ }),

/***/ 190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatIssue: () => (/* binding */ formatIssue),
  validateBundle: () => (/* binding */ validateBundle)
});

// UNUSED EXPORTS: AGENTPLANE_API_VERSION

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/hash/sha256.ts
var sha256 = __webpack_require__(6813);
// EXTERNAL MODULE: ./src/fsio/read.ts
var read = __webpack_require__(1715);
// EXTERNAL MODULE: ./src/json/parse.ts
var parse = __webpack_require__(7105);
// EXTERNAL MODULE: ./src/schemas/registry.ts
var registry = __webpack_require__(3545);
// EXTERNAL MODULE: ./src/json/untrusted.ts
var untrusted = __webpack_require__(1940);
;// CONCATENATED MODULE: ./src/bundle/agentplane-map.ts



/** Defaults for agentplane policy fields the v0.1 schema leaves optional. */
const AGENTPLANE_POLICY_DEFAULTS = { maxRunSeconds: 300, lane: 'staging', failOnTimeout: true, humanGateRequired: false };
const INTENTS = { qemu: 'qemu', microvm: 'microvm', 'lima-process': 'process', fleet: 'auto' };
/** The mapped intent of a bundle with no `spec.vm` (the schema reports the missing block; no executor is claimed). */
const NO_VM_INTENT = 'agentplane:no-vm';
/** Native pointer prefix → the agentplane pointer it came from, so issues point into the file as written. */
const AGENTPLANE_POINTERS = [
    ['/spec/run/script', '/spec/smoke/script'],
    ['/spec/outputs', '/spec/artifacts/outDir'],
    ['/spec/executor/backendIntent', '/spec/vm/backendIntent'],
    ['/spec/executor/ref', '/spec/executor/ref'],
    ['/spec/executor/vm', '/spec/vm'],
];
/** agentplane's optional fields map to optional native ones: absent, never null. */
const str = (v) => (0,untrusted/* asString */.oJ)(v) ?? undefined;
/** Fields of `o` not in `used`, or undefined when none are left. */
function rest(o, used) {
    const left = Object.fromEntries(Object.entries(o).filter(([k]) => !used.includes(k)));
    return Object.keys(left).length > 0 ? left : undefined;
}
/**
 * agentplane resolves a bundle's paths (`spec.smoke.script: bundles/example-agent/smoke.sh`,
 * `spec.vm.modulePath`, `spec.artifacts.outDir`) from its repository root, where its runner
 * runs: the nearest folder above the bundle that holds `bundles/`, unless `--repo-root` names
 * one. Without either, the bundle's own folder is the root.
 */
function agentplaneRepoRoot(bundleDir, repoRoot) {
    if (repoRoot !== undefined)
        return (0,external_node_path_.resolve)(repoRoot);
    for (let dir = (0,external_node_path_.resolve)(bundleDir);; dir = (0,external_node_path_.dirname)(dir)) {
        const bundles = (0,external_node_path_.resolve)(dir, 'bundles');
        if ((0,external_node_fs_.existsSync)(bundles) && (0,external_node_fs_.statSync)(bundles).isDirectory())
            return dir;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return (0,external_node_path_.resolve)(bundleDir);
    }
}
/** `./a//b/` → `a/b`: the form paths are compared and staged in. */
function tidy(p) {
    const n = external_node_path_.posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '');
    return n === '.' ? '.' : n.replace(/^\.\//, '');
}
/**
 * Maps an agentplane v0.1 document (already schema-checked) onto the native bundle, its paths
 * relative to the repository root as agentplane writes them; never throws.
 */
function mapAgentplaneBundle(doc) {
    const top = (0,untrusted/* asRecord */.qY)(doc);
    const metadata = (0,untrusted/* asRecord */.qY)(top.metadata);
    const spec = (0,untrusted/* asRecord */.qY)(top.spec);
    const vm = (0,untrusted/* asRecord */.qY)(spec.vm);
    const policy = (0,untrusted/* asRecord */.qY)(spec.policy);
    const secrets = (0,untrusted/* asRecord */.qY)(spec.secrets);
    const resources = (0,untrusted/* asRecord */.qY)(vm.resources);
    const licensePolicy = (0,untrusted/* asRecord */.qY)(metadata.licensePolicy);
    const git = (0,untrusted/* asRecord */.qY)((0,untrusted/* asRecord */.qY)(metadata.source).git);
    const outDir = tidy(str((0,untrusted/* asRecord */.qY)(spec.artifacts).outDir) ?? 'artifacts');
    const intent = str(vm.backendIntent);
    const networkMode = str((0,untrusted/* asRecord */.qY)(vm.network).mode);
    const keep = {};
    const metaRest = rest(metadata, ['name', 'version', 'createdAt', 'licensePolicy', 'source']);
    if (metaRest)
        keep.metadata = metaRest;
    for (const [key, value] of Object.entries(spec)) {
        if (key === 'smoke' || key === 'artifacts' || key === 'executor')
            continue;
        const left = key === 'policy' ? rest((0,untrusted/* asRecord */.qY)(value), Object.keys(AGENTPLANE_POLICY_DEFAULTS))
            : key === 'secrets' ? rest((0,untrusted/* asRecord */.qY)(value), ['required'])
                : value;
        if (left !== undefined)
            keep[key] = left;
    }
    const bundle = {
        apiVersion: 'proofcapsule.dev/v1',
        kind: 'Bundle',
        metadata: {
            name: str(metadata.name) ?? '',
            version: str(metadata.version) ?? '',
            createdAt: str(metadata.createdAt) ?? '',
            licensePolicy: { allowAGPL: licensePolicy.allowAGPL, ...(str(licensePolicy.notes) ? { notes: str(licensePolicy.notes) } : {}) },
            ...(typeof git.rev === 'string' && typeof git.dirty === 'boolean' ? { source: { git: { rev: git.rev, dirty: git.dirty } } } : {}),
        },
        spec: {
            run: { script: str((0,untrusted/* asRecord */.qY)(spec.smoke).script) === undefined ? '' : tidy(str((0,untrusted/* asRecord */.qY)(spec.smoke).script)) },
            ...(Array.isArray(secrets.required) ? { secrets: { required: secrets.required } } : {}),
            executor: {
                // An intent we cannot run keeps its agentplane name, so the diagnostic names it.
                backendIntent: INTENTS[intent ?? ''] ?? (intent ?? NO_VM_INTENT),
                ...(str((0,untrusted/* asRecord */.qY)(spec.executor).ref) ? { ref: str((0,untrusted/* asRecord */.qY)(spec.executor).ref) } : {}),
                vm: {
                    ...(typeof resources.memMiB === 'number' ? { memMiB: resources.memMiB } : {}),
                    ...(typeof resources.vcpu === 'number' ? { vcpu: resources.vcpu } : {}),
                    network: networkMode !== undefined && networkMode !== 'none',
                },
            },
            outputs: [{ path: `${outDir}/**`, kind: 'file' }],
            validations: [{ label: 'smoke script exits 0', kind: 'exit-code', equals: 0 }],
            policy: {
                maxRunSeconds: typeof policy.maxRunSeconds === 'number' ? policy.maxRunSeconds : AGENTPLANE_POLICY_DEFAULTS.maxRunSeconds,
                lane: (str(policy.lane) ?? AGENTPLANE_POLICY_DEFAULTS.lane),
                failOnTimeout: typeof policy.failOnTimeout === 'boolean' ? policy.failOnTimeout : AGENTPLANE_POLICY_DEFAULTS.failOnTimeout,
                humanGateRequired: typeof policy.humanGateRequired === 'boolean' ? policy.humanGateRequired : AGENTPLANE_POLICY_DEFAULTS.humanGateRequired,
            },
            artifacts: { outDir },
        },
    };
    if (Object.keys(keep).length > 0)
        bundle['x-agentplane'] = keep;
    return bundle;
}

// EXTERNAL MODULE: ./src/bundle/paths.ts
var paths = __webpack_require__(4792);
;// CONCATENATED MODULE: ./src/bundle/checks.ts




const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const AGPL = 'GNU AFFERO GENERAL PUBLIC LICENSE';
const LICENSE_FILE = /^(LICEN[CS]E|COPYING)(\.[A-Za-z0-9]+)?$/i;
const arr = (v) => (Array.isArray(v) ? v : []);
function checkLicensePolicy(b) {
    if (b.metadata?.licensePolicy?.allowAGPL === false)
        return [];
    return [{ check: 'license-policy', pointer: '/metadata/licensePolicy/allowAGPL', message: 'AGPL bundles are refused: metadata.licensePolicy.allowAGPL must be declared false' }];
}
/** A LICENSE/COPYING file at the top of the bundle folder that is the AGPL refuses the bundle. */
function checkLicenseFiles(dir) {
    const issues = [];
    for (const name of (0,external_node_fs_.readdirSync)(dir).filter((n) => LICENSE_FILE.test(n)).sort()) {
        const file = (0,external_node_path_.join)(dir, name);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            continue;
        }
        const offset = text.toUpperCase().indexOf(AGPL);
        if (offset < 0)
            continue;
        const before = text.slice(0, offset).split('\n');
        issues.push({
            check: 'license-file',
            pointer: '',
            message: `${name} is the GNU AGPL: AGPL bundles are refused`,
            at: { file, line: before.length, column: before[before.length - 1].length + 1 },
        });
    }
    return issues;
}
function checkBundlePaths(b, dir, base = 'the bundle folder') {
    const issues = [];
    const mustExist = (pointer, p, what) => {
        if (typeof p !== 'string')
            return;
        const r = (0,paths/* resolveInside */.LI)(dir, p, base);
        if ('problem' in r)
            issues.push({ check: 'paths-inside-bundle', pointer, message: `${what} ${JSON.stringify(p)} ${r.problem}` });
    };
    const mustStayInside = (pointer, p, what) => {
        if (typeof p !== 'string')
            return;
        const problem = (0,paths/* relativePathProblem */.BE)(p, base);
        if (problem)
            issues.push({ check: 'paths-inside-bundle', pointer, message: `${what} ${JSON.stringify(p)} ${problem}` });
    };
    mustExist('/spec/run/script', b.spec?.run?.script, 'script');
    mustStayInside('/spec/run/cwd', b.spec?.run?.cwd, 'cwd');
    arr(b.spec?.inputs).forEach((input, i) => mustExist(`/spec/inputs/${i}/path`, input?.path, 'input'));
    arr(b.spec?.outputs).forEach((output, i) => mustStayInside(`/spec/outputs/${i}/path`, output?.path, 'output glob'));
    arr(b.spec?.validations).forEach((v, i) => mustStayInside(`/spec/validations/${i}/path`, v?.path, 'validation path'));
    mustStayInside('/spec/artifacts/outDir', b.spec?.artifacts?.outDir, 'artifacts.outDir');
    const modulePath = b['x-agentplane']?.vm?.modulePath;
    mustStayInside('/spec/vm/modulePath', modulePath, 'vm.modulePath');
    return issues;
}
function checkSecretNames(b) {
    const issues = [];
    arr(b.spec?.secrets?.required).forEach((name, i) => {
        if (typeof name === 'string' && !ENV_NAME.test(name)) {
            issues.push({ check: 'secret-names', pointer: `/spec/secrets/required/${i}`, message: `secret name ${JSON.stringify(name)} is not a valid environment variable name` });
        }
    });
    for (const key of Object.keys(b.spec?.run?.env ?? {})) {
        if (!ENV_NAME.test(key))
            issues.push({ check: 'secret-names', pointer: `/spec/run/env/${key}`, message: `env name ${JSON.stringify(key)} is not a valid environment variable name` });
    }
    return issues;
}
/** agentplane intents with no executor here keep their name through the mapping; a missing vm block is the schema's to report. */
function checkSupportedBackend(b) {
    const intent = b.spec?.executor?.backendIntent;
    if (intent === undefined || intent === NO_VM_INTENT || ['auto', 'process', 'qemu', 'microvm'].includes(intent))
        return [];
    const why = intent === 'agent-machine' ? ' (SourceOS Agent Machine Podman workspaces)' : '';
    return [{ check: 'supported-backend', pointer: '/spec/executor/backendIntent', message: `backendIntent ${intent}${why} has no proof-capsule executor; use qemu, microvm, lima-process or fleet` }];
}
/**
 * Every semantic check, in a fixed order; each is defensive because the schema may have failed.
 * `dir` is where the bundle's paths resolve; license files are looked for there and in `bundleDir`.
 */
function checkBundle(b, dir, options = {}) {
    const licenseDirs = [...new Set([dir, options.bundleDir ?? dir])];
    return [...checkLicensePolicy(b), ...licenseDirs.flatMap(checkLicenseFiles), ...checkBundlePaths(b, dir, options.base), ...checkSecretNames(b), ...checkSupportedBackend(b)];
}

;// CONCATENATED MODULE: ./src/bundle/defaults.ts

/** What a bundle may leave out, and what it then gets (docs/bundle.md says the same). */
const BUNDLE_DEFAULTS = {
    licensePolicy: { allowAGPL: false },
    executor: { backendIntent: 'auto' },
    policy: { maxRunSeconds: 60, lane: 'dev', failOnTimeout: true, humanGateRequired: false },
};
/**
 * The bundle every later stage reads: the document as written, with each left-out field
 * filled (createdAt from the file's modification time). Keys only for editors (`$schema`,
 * `$comment`) are dropped. Runs after the schema check, which has already refused wrong types;
 * it is still defensive, because a bundle with schema errors is checked further to report
 * every problem at once.
 */
function withBundleDefaults(doc, file) {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return doc;
    const { $schema: _schema, $comment: _comment, ...rest } = doc;
    const b = rest;
    const metadata = isObject(b.metadata) ? b.metadata : {};
    const spec = isObject(b.spec) ? b.spec : {};
    return {
        ...b,
        metadata: {
            ...metadata,
            createdAt: metadata.createdAt ?? fileTime(file),
            licensePolicy: metadata.licensePolicy ?? { ...BUNDLE_DEFAULTS.licensePolicy },
        },
        spec: {
            ...spec,
            executor: spec.executor ?? { ...BUNDLE_DEFAULTS.executor },
            outputs: spec.outputs ?? [],
            policy: { ...BUNDLE_DEFAULTS.policy, ...(isObject(spec.policy) ? spec.policy : {}) },
        },
    };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `YYYY-MM-DDTHH:MM:SSZ`: the file's modification time, to the second. */
function fileTime(file) {
    return `${(0,external_node_fs_.statSync)(file).mtime.toISOString().slice(0, 19)}Z`;
}

// EXTERNAL MODULE: ./src/bundle/locate.ts
var locate = __webpack_require__(9328);
;// CONCATENATED MODULE: ./src/bundle/validate.ts












const AGENTPLANE_API_VERSION = 'agentplane.socioprophet.org/v0.1';
/**
 * Reads (a folder means its bundle.json), schema-checks, maps (agentplane v0.1 → native) and semantically checks a bundle.
 * Every problem is reported at once in ONE CapsuleError('bundle_invalid') whose details
 * hold `issues: BundleIssue[]`, each with file, JSON pointer and line:column.
 */
function validateBundle(path, options = {}) {
    const file = (0,locate/* locateBundleFile */.T)(path);
    // One read: the digest recorded is of the bytes that were validated.
    const bytes = (0,read/* readFileCapped */.uh)(file);
    const doc = (0,parse/* parseJsonStrict */.jM)(bytes.toString('utf8'), file);
    const bundleDir = (0,external_node_path_.dirname)(file);
    const agentplane = doc.value?.apiVersion === AGENTPLANE_API_VERSION;
    const dir = agentplane ? agentplaneRepoRoot(bundleDir, options.repoRoot) : bundleDir;
    const schema = agentplane ? 'agentplane-bundle' : 'bundle';
    const schemaIssues = (0,registry/* validateAgainst */.sq)(schema, doc.value, doc).map((i) => ({ ...i, file, check: 'schema' }));
    const bundle = agentplane ? mapAgentplaneBundle(doc.value) : withBundleDefaults(doc.value, file);
    const toOriginal = agentplane ? agentplanePointer : (p) => p;
    const outsideRoot = (0,paths/* isInside */.FK)(dir, file) ? [] : [{ check: 'paths-inside-bundle', pointer: '', message: `the bundle is not inside the repository root ${dir} (--repo-root)` }];
    const semantic = [...outsideRoot, ...checkBundle(bundle, dir, agentplane ? { base: 'the repository root', bundleDir } : {})].map((i) => locateIssue(i, doc, toOriginal));
    // A semantic check that speaks about the same value says it better than the schema (e.g. AGPL).
    const issues = [...schemaIssues.filter((i) => !semantic.some((s) => s.pointer === i.pointer)), ...semantic];
    if (issues.length > 0)
        throw bundleInvalid(file, issues);
    return {
        bundle,
        path: file,
        dir,
        ...(dir !== bundleDir ? { stage: stagePaths(bundle, dir, bundleDir) } : {}),
        sha256: (0,sha256/* sha256Hex */.fg)(bytes),
        format: agentplane ? 'agentplane.v0.1' : 'proofcapsule.v1',
        original: doc.value,
    };
}
/**
 * What of a repository a bundle rooted above its folder needs, by root-relative path: its own
 * folder and the files it names (smoke script, VM module), laid out as in the repository so
 * every path resolves the same way in the workspace and in the capsule's bundle/ copy.
 */
function stagePaths(bundle, root, bundleDir) {
    const folder = (0,external_node_path_.relative)(root, bundleDir).split(external_node_path_.sep).join('/');
    const named = [bundle.spec.run.script, bundle['x-agentplane']?.vm?.modulePath]
        .filter((p) => typeof p === 'string' && p !== '')
        .map(tidy)
        .filter((p) => p !== folder && !p.startsWith(`${folder}/`) && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, p)));
    return [...new Set([folder, ...named])].sort();
}
function agentplanePointer(pointer) {
    const hit = AGENTPLANE_POINTERS.find(([native]) => pointer === native || pointer.startsWith(`${native}/`));
    return hit ? hit[1] : pointer;
}
function locateIssue(issue, doc, toOriginal) {
    const pointer = issue.at ? issue.pointer : toOriginal(issue.pointer);
    const at = issue.at ?? { file: doc.file, ...doc.locate(pointer) };
    return { check: issue.check, pointer, message: issue.message, file: at.file, line: at.line, column: at.column };
}
/** `file:line:col pointer: message`, the line format of `capsule validate`. */
function formatIssue(i) {
    return `${i.file}:${i.line ?? 1}:${i.column ?? 1} ${i.pointer || '/'}: ${i.message}`;
}
function bundleInvalid(file, issues) {
    const first = issues[0];
    return new errors/* CapsuleError */.M('bundle_invalid', `${file}: invalid bundle (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`, { file: first.file, pointer: first.pointer, line: first.line, column: first.column }, { file, issues });
}


/***/ }),

/***/ 8370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ collectOutputs),
  u: () => (/* reexport */ evaluateGates)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/hash/sha256.ts
var hash_sha256 = __webpack_require__(6813);
// EXTERNAL MODULE: ./src/bundle/paths.ts
var paths = __webpack_require__(4792);
;// CONCATENATED MODULE: ./src/collect/gates.ts



function exitCodeGate(v, ctx) {
    const expected = v.equals ?? 0;
    const ok = ctx.exitCode === expected;
    return { label: v.label, status: ok ? 'pass' : 'fail', summary: `exit code ${ctx.exitCode ?? 'none'} ${ok ? '=' : '≠'} ${expected}`, details: { kind: v.kind, expected, actual: ctx.exitCode } };
}
function outputExistsGate(v, ctx) {
    const match = picomatch_default()(v.path.replace(/^\.\//, ''), { dot: true });
    const matched = ctx.outputs.filter((o) => match(o.path)).map((o) => o.path);
    const ok = matched.length > 0 || 'path' in (0,paths/* resolveInside */.LI)(ctx.workspace, v.path);
    return { label: v.label, status: ok ? 'pass' : 'fail', summary: ok ? `${v.path} exists` : `${v.path} was not produced`, details: { kind: v.kind, path: v.path, matched } };
}
function metricGate(v, ctx) {
    const details = { kind: v.kind, path: v.path, metric: v.metric, min: v.min ?? null, max: v.max ?? null };
    const fail = (summary) => ({ label: v.label, status: 'fail', summary, details });
    const file = (0,paths/* resolveInside */.LI)(ctx.workspace, v.path);
    if ('problem' in file)
        return fail(`metrics file ${v.path} ${file.problem.replace('bundle folder', 'workspace')}`);
    let doc;
    try {
        doc = JSON.parse((0,external_node_fs_.readFileSync)(file.path, 'utf8'));
    }
    catch (err) {
        return fail(`metrics file ${v.path} is not readable JSON: ${err.message}`);
    }
    // Dotted names reach into nested objects ("eval.accuracy").
    const value = v.metric.split('.').reduce((o, k) => (o !== null && typeof o === 'object' ? o[k] : undefined), doc);
    if (typeof value !== 'number' || !Number.isFinite(value))
        return fail(`metric ${v.metric} in ${v.path} is not a number`);
    details.value = value;
    const low = v.min !== undefined && value < v.min;
    const high = v.max !== undefined && value > v.max;
    const bounds = [v.min !== undefined ? `≥ ${v.min}` : '', v.max !== undefined ? `≤ ${v.max}` : ''].filter(Boolean).join(' and ');
    return { label: v.label, status: low || high ? 'fail' : 'pass', summary: `${v.metric} = ${value} (required ${bounds})`, details };
}
/** One result per declared validation, in declaration order. */
function evaluateGates(validations, ctx) {
    return validations.map((v) => (v.kind === 'exit-code' ? exitCodeGate(v, ctx) : v.kind === 'output-exists' ? outputExistsGate(v, ctx) : metricGate(v, ctx)));
}

;// CONCATENATED MODULE: ./src/collect/outputs.ts






/** Every non-folder entry under `root` as a posix relative path; symlinked folders are not entered. */
function walk(root, rel = '') {
    const out = [];
    for (const name of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, rel)).sort()) {
        const child = rel ? `${rel}/${name}` : name;
        if ((0,external_node_fs_.lstatSync)((0,external_node_path_.join)(root, child)).isDirectory())
            out.push(...walk(root, child));
        else
            out.push(child);
    }
    return out;
}
function notRegular(st) {
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isDirectory())
        return 'a folder';
    return st.isFile() ? null : 'not a regular file';
}
/**
 * Why the entry at `file` cannot be an output, or null: an output is a regular file with one
 * link, inside the workspace. A second link can be a hard link to a file outside it (the job
 * may hard-link /etc/passwd); a FIFO or device would hang or leak the read; a symlink counts
 * only when it leads to such a file inside the workspace.
 */
function refusal(realRoot, file) {
    const st = (0,external_node_fs_.lstatSync)(file);
    let target = st;
    if (st.isSymbolicLink()) {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(file);
        }
        catch {
            return 'a symlink that leads nowhere';
        }
        if (!(0,paths/* isInside */.FK)(realRoot, real))
            return 'a symlink that leads outside the workspace';
        target = (0,external_node_fs_.statSync)(real);
    }
    const kind = notRegular(target);
    if (kind)
        return `${st.isSymbolicLink() ? 'a symlink to ' : ''}${kind}, not a regular file`;
    if (target.nlink !== 1)
        return `a file with ${target.nlink} hard links (outputs have one link: another may be a file outside the workspace)`;
    return null;
}
/**
 * The declared outputs found in the workspace, by glob, hashed while streaming, sorted by
 * path; and every matched path that is not a regular file with one link inside the
 * workspace, with why. Globs with `..` or absolute paths are refused outright.
 */
async function collectOutputs(workspace, outputs) {
    for (const o of outputs) {
        const problem = (0,paths/* relativePathProblem */.BE)(o.path);
        if (problem)
            throw new errors/* CapsuleError */.M('output_path_invalid', `output glob ${JSON.stringify(o.path)} ${problem}`);
    }
    const realRoot = (0,external_node_fs_.realpathSync)(workspace);
    const matchers = outputs.map((o) => ({ kind: o.kind, match: picomatch_default()(o.path.replace(/^\.\//, ''), { dot: true }) }));
    const collected = [];
    const refused = [];
    for (const rel of walk(realRoot)) {
        const m = matchers.find((x) => x.match(rel));
        if (!m)
            continue;
        const reason = refusal(realRoot, (0,external_node_path_.join)(realRoot, rel));
        if (reason) {
            refused.push({ path: rel, reason });
            continue;
        }
        const { sha256, size } = await (0,hash_sha256/* sha256File */.Q3)((0,external_node_path_.join)(realRoot, rel));
        collected.push({ path: rel, kind: m.kind, sha256, size_bytes: size });
    }
    const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    return { outputs: collected.sort(byPath), refused: refused.sort(byPath) };
}
// The gates read what was collected; the pipeline takes both from here.



/***/ }),

/***/ 2436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ buildRunEnv)
/* harmony export */ });
/* unused harmony export ENV_ALLOWLIST */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _bundle_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93);


/**
 * Host variables a run inherits: enough to find programs (PATH), a home and temp dir for
 * tools that insist on one, and the locale/timezone so output is decoded and dated as on
 * the host. Everything else (tokens, CI variables) stays out unless named as a secret.
 */
const ENV_ALLOWLIST = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR'];
const DEFAULT_PATH = '/usr/local/bin:/usr/bin:/bin';
/** allowlist + bundle env + named secrets from the host; a missing secret is an error naming it. */
function buildRunEnv(bundle, hostEnv, options = {}) {
    const env = { PATH: DEFAULT_PATH };
    for (const name of ENV_ALLOWLIST) {
        const value = hostEnv[name];
        if (value !== undefined)
            env[name] = value;
    }
    Object.assign(env, bundle.spec.run.env ?? {});
    const secretNames = (0,_bundle_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredSecrets */ .H)(bundle);
    const missing = secretNames.filter((name) => hostEnv[name] === undefined || hostEnv[name] === '');
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .M('secret_missing', `bundle ${bundle.metadata.name} requires secret${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: set ${missing.length > 1 ? 'them' : 'it'} in the environment of capsule run`, { pointer: '/spec/secrets/required' }, { missing });
    }
    const secretValues = [];
    for (const name of secretNames) {
        env[name] = hostEnv[name];
        secretValues.push(hostEnv[name]);
    }
    // A value the bundle itself sets under a secret-looking key is treated as a secret too:
    // it is redacted from logs, the chain and the capsule's copy of the bundle.
    const bundleSecrets = Object.entries(bundle.spec.run.env ?? {}).filter(([k]) => (0,_bundle_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretLookingKey */ .l)(k)).map(([, v]) => v);
    return { env, secretNames, secretValues: [...secretValues, ...bundleSecrets, ...(options.extraSecretValues ?? [])].filter((v) => v.length > 0) };
}


/***/ }),

/***/ 5462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ createRedactor)
/* harmony export */ });
/* unused harmony export REDACTED */
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

/***/ 1167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ executorFor)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/execute/redact.ts
var execute_redact = __webpack_require__(5462);
;// CONCATENATED MODULE: ./src/execute/logs.ts




const DEFAULT_LOG_CAP_BYTES = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
/**
 * A log file that stores the stream redacted and capped. The recorded sha256 and byte
 * count are of the WHOLE redacted stream (before the cap): hashing the raw stream would
 * put a digest of secret-bearing bytes in the capsule, which the evidence rules forbid;
 * and this way an untruncated stored log verifies against its record byte for byte.
 */
function createLogSink(path, options) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    const fd = (0,external_node_fs_.openSync)(path, 'w', 0o644);
    const redactor = (0,execute_redact/* createRedactor */.l)(options.secretValues);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    let stored = 0;
    // Written synchronously on purpose: the job's pipe is not read again until this chunk is
    // on disk, so a job that writes faster than the disk waits on its full pipe (backpressure)
    // instead of its output piling up in our memory.
    const take = (data) => {
        hash.update(data);
        bytes += data.length;
        const room = Math.max(0, options.capBytes - stored);
        if (room > 0 && data.length > 0) {
            const part = data.subarray(0, room);
            (0,external_node_fs_.writeSync)(fd, part);
            stored += part.length;
        }
        return data;
    };
    return {
        write: (chunk) => take(redactor.push(chunk)),
        close() {
            const tail = take(redactor.end());
            (0,external_node_fs_.closeSync)(fd);
            return { record: { path, sha256: hash.digest('hex'), bytes, storedBytes: stored, truncated: bytes > stored }, tail };
        },
    };
}

;// CONCATENATED MODULE: ./src/execute/echo.ts
/** How much of each stream is echoed live (console, CI log); the log files and hashes are not affected. */
const ECHO_CAP_BYTES = 1024 * 1024;
/**
 * The live echo of one run: each stream decoded as UTF-8 and passed on until `capBytes` of
 * it went out, then one line saying the echo stopped and where the rest is. The cap is what
 * keeps a job printing gigabytes from piling them up in memory when the console is a slow
 * pipe (a CI runner reading stderr): the echo is the only copy of the output not written
 * synchronously to a file.
 */
function liveEcho(req, capBytes = ECHO_CAP_BYTES) {
    const onOutput = req.onOutput;
    if (!onOutput)
        return () => undefined;
    const state = {
        stdout: { decoder: new TextDecoder('utf-8'), sent: 0, stopped: false },
        stderr: { decoder: new TextDecoder('utf-8'), sent: 0, stopped: false },
    };
    return (stream, bytes, final = false) => {
        const s = state[stream];
        if (s.stopped)
            return;
        const room = capBytes - s.sent;
        const part = bytes.length > room ? bytes.subarray(0, room) : bytes;
        s.sent += part.length;
        const text = s.decoder.decode(part, { stream: !final && part.length === bytes.length });
        if (text.length > 0)
            onOutput(stream, text);
        if (part.length < bytes.length) {
            s.stopped = true;
            onOutput(stream, `\n[capsule: live ${stream} stopped after ${size(capBytes)}; the run goes on, the whole stream is hashed and its first ${size(req.logCapBytes)} are kept in logs/${stream}.log]\n`);
        }
    };
}
const size = (n) => (n >= 1024 * 1024 && n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`);

// EXTERNAL MODULE: ./src/bundle/paths.ts
var paths = __webpack_require__(4792);
;// CONCATENATED MODULE: ./src/execute/result.ts
/** Stamps the finish time and fills the fields every executor reports alike. */
function runResult(executor, req, startedAt, outcome) {
    const finishedAt = new Date();
    return {
        executor,
        status: outcome.pass ? 'pass' : 'fail',
        exitCode: outcome.exitCode,
        signal: outcome.signal,
        timedOut: outcome.timedOut,
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationSeconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
        argv: req.argv,
        cwd: req.cwd,
        logs: outcome.logs,
        diagnostics: outcome.diagnostics,
        details: outcome.details,
    };
}

// EXTERNAL MODULE: ./src/execute/contain/index.ts + 6 modules
var contain = __webpack_require__(2448);
;// CONCATENATED MODULE: ./src/execute/contain/record.ts

/** A process's name is the job's to choose: it is redacted like everything else the job writes. */
function redactNames(record, secretValues) {
    const redact = (name) => {
        const r = (0,execute_redact/* createRedactor */.l)(secretValues);
        return Buffer.concat([r.push(Buffer.from(name)), r.end()]).toString('utf8');
    };
    return {
        ...record,
        sent_sigterm: record.sent_sigterm.map((p) => ({ ...p, name: redact(p.name) })),
        killed: record.killed.map((p) => ({ ...p, name: redact(p.name) })),
    };
}
/** The containment block of an executor's details (the run manifest's `execution.details.containment`). */
function containmentDetails(record, secretValues) {
    return redactNames(record, secretValues);
}
/** What a reader of the run should be told: leftovers that had to be killed, and a containment a job can leave. */
function containmentDiagnostics(record, secretValues) {
    const out = [];
    if (record.kind === 'process-group') {
        out.push(`containment: process group only (${Object.values(record.unavailable).join('; ')}): a job that calls setsid can outlive its run`);
    }
    if (record.killed_count > 0) {
        const names = redactNames(record, secretValues).killed.slice(0, 5).map((p) => `${p.name} (${p.pid})`).join(', ');
        out.push(`${record.killed_count} process(es) of the run were still alive at its end and were killed (${record.kind} containment): ${names}${record.killed_count > 5 ? ', …' : ''}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/execute/process.ts








/** SIGTERM first, SIGKILL this long after. */
const KILL_GRACE_MS = 2000;
/** Runs argv directly (no shell) under the strongest containment the machine allows; never throws for what the job does. */
const processExecutor = {
    kind: 'process',
    run: runProcess,
};
async function runProcess(req) {
    const startedAt = new Date();
    const diagnostics = [];
    (0,external_node_fs_.mkdirSync)(req.logsDir, { recursive: true });
    const sinks = {
        stdout: createLogSink((0,external_node_path_.join)(req.logsDir, 'stdout.log'), { capBytes: req.logCapBytes, secretValues: req.secretValues }),
        stderr: createLogSink((0,external_node_path_.join)(req.logsDir, 'stderr.log'), { capBytes: req.logCapBytes, secretValues: req.secretValues }),
    };
    const emit = liveEcho(req);
    const outcome = await runContained(req, diagnostics, (stream, chunk) => emit(stream, sinks[stream].write(chunk)));
    const stdout = sinks.stdout.close();
    const stderr = sinks.stderr.close();
    emit('stdout', stdout.tail, true);
    emit('stderr', stderr.tail, true);
    const failOnTimeout = req.bundle.bundle.spec.policy.failOnTimeout;
    const exit = outcome?.exit;
    if (outcome?.timedOut)
        diagnostics.push(`timed out after ${req.timeoutSeconds} s: every process of the run was sent SIGTERM, SIGKILL after ${KILL_GRACE_MS / 1000} s${failOnTimeout ? '' : ' (failOnTimeout is false: not counted as a failure)'}`);
    if (exit?.signal && !outcome?.timedOut)
        diagnostics.push(`terminated by signal ${exit.signal}`);
    if (outcome)
        diagnostics.push(...containmentDiagnostics(outcome.containment, req.secretValues));
    return runResult('process', req, startedAt, {
        pass: exit?.started === true && (outcome.timedOut ? !failOnTimeout : exit.code === 0),
        exitCode: exit?.code ?? null,
        signal: exit?.signal ?? null,
        timedOut: outcome?.timedOut ?? false,
        logs: { stdout: stdout.record, stderr: stderr.record },
        diagnostics,
        details: { node_version: process.version, pid: outcome?.pid ?? null, ...(outcome ? { containment: containmentDetails(outcome.containment, req.secretValues) } : {}) },
    });
}
/** The working directory, refusing any that leaves the workspace (through `..` or a symlink). */
function workingDirectory(req) {
    try {
        const root = (0,external_node_fs_.realpathSync)(req.workspace);
        const cwd = (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(root, req.cwd));
        return (0,paths/* isInside */.FK)(root, cwd) ? cwd : null;
    }
    catch {
        return null;
    }
}
async function runContained(req, diagnostics, onChunk) {
    const cwd = workingDirectory(req);
    const plan = (0,contain/* planContainment */.eT)();
    const problem = cwd === null ? `working directory ${JSON.stringify(req.cwd)} is missing or outside the workspace` : req.argv.length === 0 ? 'empty argv: nothing to run' : 'problem' in plan ? plan.problem : null;
    if (problem !== null || cwd === null || 'problem' in plan) {
        diagnostics.push(problem);
        return null;
    }
    const job = (0,contain/* spawnContained */.zB)(req.argv, { cwd, env: req.env, plan });
    job.stdout.on('data', (c) => onChunk('stdout', c));
    job.stderr.on('data', (c) => onChunk('stderr', c));
    const supervised = await (0,contain/* superviseJob */.yg)(job, { timeoutMs: req.timeoutSeconds * 1000, graceMs: KILL_GRACE_MS });
    const failed = supervised.exit.failed;
    if (failed?.step === 'exec' || failed?.step === 'spawn') {
        diagnostics.push(`cannot start ${JSON.stringify(req.argv[0])}: ${failed.code}${failed.code === 'ENOENT' ? ' (not found: check the path or PATH)' : ''}`);
    }
    else if (failed) {
        diagnostics.push(`containment ${plan.kind} failed: ${failed.step} ${failed.code}`);
    }
    return { ...supervised, pid: job.jobPid() };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/hash/sha256.ts
var sha256 = __webpack_require__(6813);
// EXTERNAL MODULE: ./src/place/kernels.ts
var kernels = __webpack_require__(8133);
// EXTERNAL MODULE: ./src/place/probe.ts
var probe = __webpack_require__(6377);
;// CONCATENATED MODULE: ./src/execute/qemu/argv.ts

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const ID = /^[A-Za-z][A-Za-z0-9_]{0,30}$/;
// A kernel parameter is one word of the command line: no spaces or quotes that would start another.
const KERNEL_PARAM = /^[A-Za-z0-9_.-]+(=[A-Za-z0-9_.,:/+@-]*)?$/;
function unsafe(what, value, why) {
    return new errors/* CapsuleError */.M('qemu_unsafe_argument', `QEMU ${what} ${JSON.stringify(value)} is refused: ${why}`, {}, { what, value });
}
/** A path for a QEMU option list (`-drive file=...`): no control characters; commas doubled, which QEMU reads as one literal comma. */
function optionValue(what, value) {
    if (value.length === 0)
        throw unsafe(what, value, 'empty');
    if (CONTROL.test(value))
        throw unsafe(what, value, 'it contains a control character (newline, NUL, ...)');
    return value.replace(/,/g, ',,');
}
/** A path given as a whole argument (`-kernel PATH`): QEMU takes it literally, so only control characters are refused. */
function wholeValue(what, value) {
    if (value.length === 0)
        throw unsafe(what, value, 'empty');
    if (CONTROL.test(value))
        throw unsafe(what, value, 'it contains a control character (newline, NUL, ...)');
    return value;
}
function identifier(what, value) {
    if (!ID.test(value))
        throw unsafe(what, value, 'identifiers are a letter then up to 30 letters, digits or _');
    return value;
}
function kernelParam(value) {
    if (!KERNEL_PARAM.test(value))
        throw unsafe('kernel parameter', value, 'a parameter is name or name=value without spaces, quotes or control characters');
    return value;
}
function count(what, value, min, max) {
    if (!Number.isInteger(value) || value < min || value > max)
        throw unsafe(what, String(value), `must be an integer from ${min} to ${max}`);
    return String(value);
}
/**
 * The kernel command line our guest init expects; extra parameters are appended after validation.
 * `panic=-1` restarts at once on a panic and `reboot=t` makes that restart a triple fault, which
 * `-no-reboot` turns into QEMU exiting. Without it, on microvm (no ACPI reset register, no
 * keyboard controller) Linux falls through to a BIOS warm restart that re-enters the firmware
 * without a CPU reset and, depending on timing, wanders through unmapped memory forever.
 */
const BASE_KERNEL_PARAMS = ['console=ttyS0', 'quiet', 'panic=-1', 'reboot=t'];
/** Every QEMU argument of a run, built here and nowhere else. Never passed through a shell. */
function buildQemuArgv(launch) {
    // microvm's virtio transport is MMIO; the pc machine's is PCI.
    const bus = launch.machine === 'microvm' ? 'device' : 'pci';
    const argv = [
        '-M', launch.machine,
        '-accel', launch.accel,
        '-m', count('memory MiB', launch.memMiB, 64, 1 << 20),
        '-smp', count('vcpu count', launch.vcpu, 1, 256),
        '-kernel', wholeValue('kernel path', launch.kernel),
        '-initrd', wholeValue('initrd path', launch.initrd),
        '-append', [...BASE_KERNEL_PARAMS, ...launch.kernelParams.map(kernelParam)].join(' '),
        '-nographic', '-no-reboot', '-nodefaults', '-no-user-config', '-serial', 'stdio',
    ];
    for (const d of launch.disks) {
        const id = identifier('disk id', d.id);
        argv.push('-drive', `id=${id},file=${optionValue('disk path', d.path)},format=raw,if=none${d.readonly ? ',readonly=on' : ''}`);
        argv.push('-device', `virtio-blk-${bus},drive=${id}`);
    }
    for (const s of launch.shares) {
        const tag = identifier('9p mount tag', s.tag);
        argv.push('-fsdev', `local,id=${tag},path=${optionValue('9p share path', s.path)},security_model=none,multidevs=remap${s.readonly ? ',readonly=on' : ''}`);
        argv.push('-device', `virtio-9p-${bus},fsdev=${tag},mount_tag=${tag}`);
    }
    if (launch.network)
        argv.push('-netdev', 'user,id=net0', '-device', `virtio-net-${bus},netdev=net0`);
    else
        argv.push('-nic', 'none');
    return argv;
}

// EXTERNAL MODULE: ./src/text/shell.ts
var shell = __webpack_require__(6933);
;// CONCATENATED MODULE: ./src/execute/qemu/guest-init.ts


/** Lines the guest init prints on the serial console; the host reads them back. */
const GUEST_MARK = {
    started: 'capsule-guest: job started',
    exitCode: 'capsule-guest: exit-code=',
    resultsFailed: 'capsule-guest: results-write-failed',
    resultsWritten: 'capsule-guest: results-written',
};
/** Where things live inside the guest (all in the initramfs's tmpfs root). */
const GUEST_PATHS = { workspace: '/workspace', results: '/capsule', job: '/capsule-job.sh', resultsDisk: '/dev/vda' };
/**
 * /init: mount the basics, load the virtio modules, run the job with stdout/stderr and exit
 * code in /capsule, write /capsule then /workspace as a tar onto the results disk (logs
 * first, so a disk that fills up still returns them), report on the console, power off.
 */
function guestInitScript(o) {
    const bb = '/bin/busybox';
    const lines = [
        `#!${bb} sh`,
        `${bb} --install -s /bin`,
        'export PATH=/bin',
        'mkdir -p /proc /sys /dev /tmp /capsule',
        'mount -t proc proc /proc; mount -t sysfs sysfs /sys; mount -t devtmpfs devtmpfs /dev; mount -t tmpfs tmpfs /tmp',
        ...o.modules.map((m) => `insmod ${(0,shell/* shQuote */.US)(`/lib/modules/${m}`)} || echo "capsule-guest: insmod ${m} failed" > /dev/console`),
    ];
    if (o.network) {
        // QEMU user networking's fixed addresses (guest 10.0.2.15, gateway .2, DNS .3).
        lines.push('ip link set lo up; ip link set eth0 up; ip addr add 10.0.2.15/24 dev eth0; ip route add default via 10.0.2.2', 'mkdir -p /etc; echo nameserver 10.0.2.3 > /etc/resolv.conf');
    }
    const run = `env -i ${bb} sh ${GUEST_PATHS.job} > /capsule/stdout 2> /capsule/stderr < /dev/null`;
    if (o.hostUserland) {
        lines.push('mkdir -p /host /rw /newroot', 'mount -t 9p -o trans=virtio,version=9p2000.L,ro,msize=262144 hostroot /host', 'mount -t tmpfs tmpfs /rw && mkdir -p /rw/upper /rw/work', 'mount -t overlay overlay -o lowerdir=/host,upperdir=/rw/upper,workdir=/rw/work /newroot', `mkdir -p /newroot${GUEST_PATHS.workspace} /newroot/.capsule /newroot/proc /newroot/sys /newroot/dev /newroot/tmp`, `mount --bind ${GUEST_PATHS.workspace} /newroot${GUEST_PATHS.workspace}`, 'mount -t proc proc /newroot/proc; mount -t sysfs sysfs /newroot/sys; mount -t devtmpfs devtmpfs /newroot/dev; mount -t tmpfs tmpfs /newroot/tmp', `cp ${bb} /newroot/.capsule/busybox; cp ${GUEST_PATHS.job} /newroot/.capsule/job.sh`, `echo "${GUEST_MARK.started}" > /dev/console`, `chroot /newroot /.capsule/busybox env -i /.capsule/busybox sh /.capsule/job.sh > /capsule/stdout 2> /capsule/stderr < /dev/null`);
    }
    else {
        lines.push(`echo "${GUEST_MARK.started}" > /dev/console`, run);
    }
    lines.push('code=$?', 'echo "$code" > /capsule/exit_code', `echo "${GUEST_MARK.exitCode}$code" > /dev/console`, 'sync', `if cd / && tar -cf ${GUEST_PATHS.resultsDisk} capsule workspace 2> /tmp/tar.err; then echo "${GUEST_MARK.resultsWritten}" > /dev/console; else echo "${GUEST_MARK.resultsFailed} $(cat /tmp/tar.err | head -c 300)" > /dev/console; fi`, 'sync', 'poweroff -f');
    return lines.join('\n') + '\n';
}
/**
 * The job: clean environment, cwd inside the workspace, argv exec'd (no word splitting: every
 * word quoted by shQuote, the only way a value reaches the guest shell, so it is never parsed).
 */
function guestJobScript(argv, cwd, env) {
    if (argv.length === 0)
        throw new errors/* CapsuleError */.M('qemu_empty_argv', 'empty argv: nothing to run in the VM');
    const lines = ['set -e'];
    for (const [name, value] of Object.entries(env).sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (!(0,shell/* isShellName */.Uq)(name))
            throw new errors/* CapsuleError */.M('qemu_bad_env_name', `environment variable name ${JSON.stringify(name)} cannot be passed to the VM`);
        lines.push(`export ${name}=${(0,shell/* shQuote */.US)(value)}`);
    }
    lines.push(`cd ${(0,shell/* shQuote */.US)(`${GUEST_PATHS.workspace}/${cwd}`)}`, 'set +e', `exec ${argv.map(shell/* shQuote */.US).join(' ')}`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/execute/qemu/host-tools.ts


const BUSYBOX_CANDIDATES = ['/bin/busybox', '/usr/bin/busybox'];
/** True when the ELF names no dynamic loader: it can run alone in the guest's bare initramfs. */
function isStatic(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const head = Buffer.alloc(8192);
        const n = (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
        return head.subarray(0, 4).toString('latin1') === '\x7fELF' && !head.subarray(0, n).includes('/ld-linux');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** A statically linked busybox (Debian's busybox-static) for the guest, or why there is none. */
function findStaticBusybox(env = process.env) {
    const candidates = env.CAPSULE_GUEST_BUSYBOX ? [env.CAPSULE_GUEST_BUSYBOX] : BUSYBOX_CANDIDATES;
    for (const path of candidates) {
        try {
            (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.R_OK);
            if (isStatic(path))
                return { path };
        }
        catch {
            // Not here.
        }
    }
    return { problem: `no statically linked busybox at ${candidates.join(' or ')} (install the busybox-static package)` };
}
const versions = new Map();
/** The first line of `qemu-system-* --version`, once per binary. */
function qemuVersion(binary) {
    let v = versions.get(binary);
    if (v === undefined) {
        try {
            v = (0,external_node_child_process_.execFileSync)(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 }).split('\n')[0].trim();
        }
        catch (err) {
            v = `unknown (${err.message.split('\n')[0]})`;
        }
        versions.set(binary, v);
    }
    return v;
}
/**
 * Under TCG the guest's PIT-based TSC calibration fails now and then on a busy host
 * (measured here: about one boot in three hung at "tsc: Unable to calibrate against PIT").
 * TCG's guest TSC is the host's, so its rate is given to the kernel instead.
 */
function hostTscKhz() {
    try {
        const text = (0,external_node_fs_.readFileSync)('/proc/cpuinfo', 'utf8');
        const mhz = /^cpu MHz\s*:\s*([\d.]+)/m.exec(text);
        return mhz ? Math.round(Number(mhz[1]) * 1000) : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/execute/qemu/cpio.ts


const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const COPY_CHUNK = 1 << 20;
/**
 * A streaming writer of the cpio "newc" format the kernel unpacks as an initramfs. Output is
 * deterministic (inode numbers in write order, uid/gid/mtime 0); several archives may be
 * written one after another into the same file, which the kernel reads as one tree.
 */
class CpioWriter {
    fd;
    ino = 1;
    hash = (0,external_node_crypto_.createHash)('sha256');
    offset = 0;
    constructor(fd) {
        this.fd = fd;
    }
    static open(path) {
        return new CpioWriter((0,external_node_fs_.openSync)(path, 'w', 0o600));
    }
    add(entry) {
        if (entry.type === 'dir')
            return this.member(entry.name, S_IFDIR | entry.mode, 2, 0, () => { });
        if (entry.type === 'symlink') {
            const target = Buffer.from(entry.target);
            return this.member(entry.name, S_IFLNK | 0o777, 1, target.length, () => this.write(target));
        }
        if ('data' in entry)
            return this.member(entry.name, S_IFREG | entry.mode, 1, entry.data.length, () => this.write(entry.data));
        const source = entry.source;
        this.member(entry.name, S_IFREG | entry.mode, 1, entry.size, () => this.copy(source, entry.size));
    }
    /** Ends the current archive (TRAILER!!!) and returns the SHA-256 of its bytes; the next add() starts a new one. */
    endArchive() {
        this.member('TRAILER!!!', 0, 1, 0, () => { });
        const digest = this.hash.digest('hex');
        this.hash = (0,external_node_crypto_.createHash)('sha256');
        this.offset = 0;
        this.ino = 1;
        return digest;
    }
    close() {
        (0,external_node_fs_.closeSync)(this.fd);
    }
    member(name, mode, nlink, size, body) {
        const nameBytes = Buffer.from(`${name}\0`);
        const fields = [this.ino++, mode, 0, 0, nlink, 0, size, 0, 0, 0, 0, nameBytes.length, 0];
        this.write(Buffer.from('070701' + fields.map((f) => f.toString(16).padStart(8, '0')).join(''), 'ascii'));
        this.write(nameBytes);
        this.pad();
        body();
        this.pad();
    }
    copy(source, size) {
        const fd = (0,external_node_fs_.openSync)(source, 'r');
        try {
            const buf = Buffer.alloc(COPY_CHUNK);
            let left = size;
            while (left > 0) {
                const n = (0,external_node_fs_.readSync)(fd, buf, 0, Math.min(COPY_CHUNK, left), null);
                // A file that shrank while being packed would desynchronise the archive.
                if (n === 0)
                    throw new Error(`${source} shrank while it was packed into the initramfs`);
                this.write(buf.subarray(0, n));
                left -= n;
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    pad() {
        const rest = this.offset % 4;
        if (rest !== 0)
            this.write(Buffer.alloc(4 - rest));
    }
    write(bytes) {
        (0,external_node_fs_.writeSync)(this.fd, bytes);
        this.hash.update(bytes);
        this.offset += bytes.length;
    }
}

;// CONCATENATED MODULE: ./src/execute/qemu/initramfs.ts




/**
 * Two cpio archives back to back in one file: the system part (busybox-static as every
 * tool, /init, the modules), then the payload (the job script and a copy of the
 * workspace). The kernel unpacks both into one tmpfs root.
 */
function buildInitramfs(path, spec) {
    const writer = CpioWriter.open(path);
    try {
        for (const e of systemEntries(spec))
            writer.add(e);
        const systemSha256 = writer.endArchive();
        const payload = payloadEntries(spec);
        for (const e of payload)
            writer.add(e);
        const payloadSha256 = writer.endArchive();
        return { path, systemSha256, payloadSha256, payloadFiles: payload.filter((e) => e.type === 'file').length };
    }
    finally {
        writer.close();
    }
}
function systemEntries(spec) {
    const entries = ['bin', 'dev', 'proc', 'sys', 'tmp', 'lib', 'lib/modules'].map((name) => ({ name, type: 'dir', mode: 0o755 }));
    entries.push({ name: 'bin/busybox', type: 'file', mode: 0o755, source: spec.busybox, size: (0,external_node_fs_.lstatSync)(spec.busybox).size });
    entries.push({ name: 'init', type: 'file', mode: 0o755, data: Buffer.from(guestInitScript(spec.init)) });
    const dirs = new Set();
    for (const m of spec.init.modules) {
        const parts = m.split('/');
        for (let i = 1; i < parts.length; i++) {
            const dir = `lib/modules/${parts.slice(0, i).join('/')}`;
            if (!dirs.has(dir))
                entries.push({ name: dir, type: 'dir', mode: 0o755 });
            dirs.add(dir);
        }
        const source = (0,external_node_path_.join)(spec.modulesDir, m);
        entries.push({ name: `lib/modules/${m}`, type: 'file', mode: 0o644, source, size: (0,external_node_fs_.lstatSync)(source).size });
    }
    return entries;
}
function payloadEntries(spec) {
    const root = GUEST_PATHS.workspace.slice(1);
    return [
        { name: GUEST_PATHS.job.slice(1), type: 'file', mode: 0o644, data: Buffer.from(guestJobScript(spec.job.argv, spec.job.cwd, spec.job.env)) },
        { name: root, type: 'dir', mode: 0o755 },
        ...workspaceEntries(spec.workspace, root),
    ];
}
/** The workspace tree, sorted; symlinks are kept as symlinks (they resolve inside the guest only). */
function workspaceEntries(dir, prefix) {
    const entries = [];
    for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
        const source = (0,external_node_path_.join)(dir, name);
        const inGuest = `${prefix}/${name}`;
        const st = (0,external_node_fs_.lstatSync)(source);
        if (st.isSymbolicLink())
            entries.push({ name: inGuest, type: 'symlink', target: (0,external_node_fs_.readlinkSync)(source) });
        else if (st.isDirectory())
            entries.push({ name: inGuest, type: 'dir', mode: st.mode & 0o7777 }, ...workspaceEntries(source, inGuest));
        else if (st.isFile())
            entries.push({ name: inGuest, type: 'file', mode: st.mode & 0o7777, source, size: st.size });
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/execute/qemu/kernel.ts



/** CONFIG_* values from the kernel's config file (boot/config-<release>); empty when unreadable. */
function readConfig(bootDir, release) {
    const config = new Map();
    try {
        for (const m of (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(bootDir, `config-${release}`), 'utf8').matchAll(/^(CONFIG_\w+)=([ym])$/gm))
            config.set(m[1], m[2]);
    }
    catch {
        // No config beside the kernel: nothing is known, so nothing is claimed.
    }
    return config;
}
/** Debian's layout: <root>/boot/vmlinuz-<release> pairs with <root>/lib/modules/<release> (root is / for the host's own). */
function modulesDirOf(path, release) {
    const root = (0,external_node_path_.dirname)((0,external_node_path_.dirname)(path));
    const dir = (0,external_node_path_.join)(root, 'lib', 'modules', release);
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'modules.dep')) ? dir : undefined;
}
function describe(path) {
    const release = (0,external_node_path_.basename)(path).replace(/^vmlinuz-/, '');
    const bootDir = (0,external_node_path_.dirname)(path);
    const config = readConfig(bootDir, release);
    const modulesDir = modulesDirOf(path, release);
    // A module-built feature counts only when the modules are there to load.
    const has = (...keys) => keys.every((k) => config.get(k) === 'y' || (config.get(k) === 'm' && modulesDir !== undefined));
    const elf = (0,external_node_path_.join)(bootDir, `vmlinux-${release}`);
    return {
        path,
        bootPath: (0,external_node_fs_.existsSync)(elf) ? elf : path,
        release,
        kind: release.includes('cloud') ? 'cloud' : 'generic',
        ...(modulesDir ? { modulesDir } : {}),
        microvm: has('CONFIG_VIRTIO_MMIO', 'CONFIG_VIRTIO_BLK'),
        ninep: has('CONFIG_NET_9P_VIRTIO', 'CONFIG_9P_FS', 'CONFIG_OVERLAY_FS'),
    };
}
/**
 * Readable guest kernels (guestKernelDirs(): $CAPSULE_GUEST_KERNEL_DIR, beside the tool, the
 * per-user cache; then /boot/vmlinuz-*), in the placement's order, with what each supports.
 */
function findGuestKernels(env = process.env, cwd = process.cwd()) {
    return (0,kernels/* findGuestKernelFiles */.q3)(env, cwd).map(describe);
}
/**
 * The kernel to boot: the preferred one (bundle or placement) when it can do what the run
 * needs, else the first found that can. Null when none can.
 */
function chooseGuestKernel(preferred, found, needs) {
    const fits = (k) => k.modulesDir !== undefined && (!needs.ninep || k.ninep);
    const candidates = preferred !== undefined && (0,external_node_fs_.existsSync)(preferred) ? [describe(preferred), ...found] : found;
    return candidates.find(fits) ?? null;
}

;// CONCATENATED MODULE: ./src/execute/qemu/modules.ts




/** What the guest init needs, by feature. */
const GUEST_MODULES = {
    blockMmio: ['virtio_mmio', 'virtio_blk'],
    blockPci: ['virtio_pci', 'virtio_blk'],
    ninep: ['9pnet_virtio', '9p', 'overlay'],
    net: ['virtio_net'],
};
/**
 * Module files to insmod, dependencies first, for the named modules (from depmod's
 * modules.dep). Modules built into the kernel (modules.builtin) need nothing.
 */
function moduleLoadOrder(modulesDir, names) {
    const depFile = (0,external_node_path_.join)(modulesDir, 'modules.dep');
    const deps = new Map();
    for (const line of (0,external_node_fs_.readFileSync)(depFile, 'utf8').split('\n')) {
        const [mod, rest] = line.split(':');
        if (mod && rest !== undefined)
            deps.set(moduleName(mod), [mod, ...rest.trim().split(/\s+/).filter(Boolean)]);
    }
    const builtin = readBuiltin(modulesDir);
    const order = [];
    const visit = (name, trail) => {
        if (builtin.has(name))
            return;
        const entry = deps.get(name);
        if (!entry)
            throw new errors/* CapsuleError */.M('qemu_module_missing', `${depFile}: kernel module ${name} is neither built in nor listed (needed for ${trail.join(' → ')}); ${(0,kernels/* guestKernelHint */.Tu)()}`, { file: depFile });
        const [file, ...needs] = entry;
        if (!file.endsWith('.ko'))
            throw new errors/* CapsuleError */.M('qemu_module_compressed', `${depFile}: ${file} is compressed; the guest's busybox insmod loads plain .ko files only`, { file: depFile });
        for (const dep of needs)
            visit(moduleName(dep), [...trail, moduleName(dep)]);
        if (!order.includes(file))
            order.push(file);
    };
    for (const name of names)
        visit(name, [name]);
    return order;
}
/** "kernel/fs/9p/9p.ko" → "9p"; modules.dep spells names with either - or _. */
function moduleName(path) {
    return (0,external_node_path_.basename)(path).replace(/\.ko(\.\w+)?$/, '').replace(/-/g, '_');
}
function readBuiltin(modulesDir) {
    try {
        return new Set((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(modulesDir, 'modules.builtin'), 'utf8').split('\n').filter(Boolean).map(moduleName));
    }
    catch {
        return new Set();
    }
}

;// CONCATENATED MODULE: ./src/execute/qemu/results.ts


const BLOCK = 512;
function field(block, start, length) {
    const raw = block.subarray(start, start + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}
function octal(block, start, length) {
    // GNU base-256 for sizes over 8 GiB is refused: a results disk is never that large.
    if ((block[start] & 0x80) !== 0)
        return Number.NaN;
    const text = field(block, start, length).trim();
    return text === '' ? 0 : parseInt(text, 8);
}
/**
 * Reads the ustar stream busybox tar wrote onto the raw results disk (with GNU long-name
 * records). The disk is untrusted guest output: sizes are checked against the disk, and
 * parsing stops at the end marker, the end of the disk or the first malformed header.
 */
function* readTar(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const size = (0,external_node_fs_.lstatSync)(path).size;
        let offset = 0;
        let longName = null;
        const header = Buffer.alloc(BLOCK);
        while (offset + BLOCK <= size) {
            (0,external_node_fs_.readSync)(fd, header, 0, BLOCK, offset);
            if (header.every((b) => b === 0))
                return true;
            const length = octal(header, 124, 12);
            const dataEnd = offset + BLOCK + length;
            if (!Number.isFinite(length) || length < 0 || dataEnd > size)
                return false;
            const data = Buffer.alloc(length);
            (0,external_node_fs_.readSync)(fd, data, 0, length, offset + BLOCK);
            offset = offset + BLOCK + Math.ceil(length / BLOCK) * BLOCK;
            const type = String.fromCharCode(header[156]) || '0';
            if (type === 'L') {
                longName = field(data, 0, data.length);
                continue;
            }
            const prefix = header.subarray(257, 262).toString('ascii') === 'ustar' ? field(header, 345, 155) : '';
            const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
            longName = null;
            yield { name, type: type === '\0' ? '0' : type, mode: octal(header, 100, 8), data };
        }
        return false;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** A relative workspace path from an archive name, or null when it could leave the workspace. */
function workspacePath(name) {
    const rel = name.replace(/^workspace\/?/, '').replace(/\/+$/, '');
    if (rel === '')
        return '';
    const parts = rel.split('/');
    if (rel.startsWith('/') || parts.some((p) => p === '..' || p === '.' || p === '' || p.includes('\\')))
        return null;
    return rel;
}
/** Refuses to write through an existing symlink anywhere on the way (the host side may have one the guest did not). */
function throughSymlink(root, rel) {
    let current = root;
    for (const part of rel.split('/')) {
        current = (0,external_node_path_.join)(current, part);
        try {
            if ((0,external_node_fs_.lstatSync)(current).isSymbolicLink())
                return true;
        }
        catch {
            return false;
        }
    }
    return false;
}
/** Reads the results disk; writes the workspace files back into `workspace` (regular files and folders only). */
function collectGuestResults(disk, workspace) {
    const r = { stdout: null, stderr: null, exitCode: null, files: [], refused: [], truncated: false };
    const tar = readTar(disk);
    for (let step = tar.next();; step = tar.next()) {
        if (step.done) {
            r.truncated = !step.value;
            return r;
        }
        const e = step.value;
        if (e.name === 'capsule/stdout')
            r.stdout = e.data;
        else if (e.name === 'capsule/stderr')
            r.stderr = e.data;
        else if (e.name === 'capsule/exit_code')
            r.exitCode = /^\d{1,3}\s*$/.test(e.data.toString('ascii')) ? Number(e.data.toString('ascii').trim()) : null;
        else if (e.name === 'workspace' || e.name.startsWith('workspace/'))
            writeBack(e, workspace, r);
    }
}
function writeBack(e, workspace, r) {
    const rel = workspacePath(e.name);
    if (rel === null)
        return void r.refused.push(`${e.name}: path could leave the workspace`);
    if (rel === '')
        return;
    if (e.type !== '0' && e.type !== '5')
        return void r.refused.push(`${e.name}: ${e.type === '2' ? 'symlink' : e.type === '1' ? 'hard link' : `entry type ${e.type}`} not written back`);
    if (throughSymlink(workspace, rel))
        return void r.refused.push(`${e.name}: a symlink in the workspace is on its path`);
    const target = (0,external_node_path_.join)(workspace, rel);
    if (e.type === '5')
        return void (0,external_node_fs_.mkdirSync)(target, { recursive: true });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(target, '..'), { recursive: true });
    (0,external_node_fs_.writeFileSync)(target, e.data, { mode: (Number.isFinite(e.mode) ? e.mode : 0o644) & 0o755 });
    r.files.push(rel);
}

;// CONCATENATED MODULE: ./src/execute/qemu/executor.ts



















const DEFAULT_RESULTS_DISK_BYTES = 1 << 30;
const DEFAULT_MEM_MIB = 512;
/** Runs the bundle in a micro-VM: the guest kernel, our busybox init, the workspace as initramfs payload. */
function createQemuExecutor(options = {}) {
    return { kind: 'qemu', run: (req) => runInVm(req, options) };
}
const qemuExecutor = createQemuExecutor();
/** Everything the VM needs from the host, or why it cannot start (each a diagnostic, never an exception). */
function resolveSetup(req, env) {
    const vm = req.bundle.bundle.spec.executor.vm ?? {};
    if (vm.initrd)
        return `vm.initrd is not supported: the qemu executor builds the initramfs itself (busybox init + workspace payload)`;
    const binary = req.placement.qemu?.binary ?? (0,probe/* findQemu */["if"])(env);
    if (!binary || !(0,external_node_fs_.existsSync)(binary))
        return `QEMU not found (${binary ?? 'qemu-system-x86_64 not on PATH'}): install qemu-system-x86`;
    const busybox = findStaticBusybox(env);
    if ('problem' in busybox)
        return busybox.problem;
    const needs = { ninep: vm.hostUserland === true };
    const explicit = vm.kernel ? (0,external_node_path_.resolve)(req.bundle.dir, vm.kernel) : undefined;
    if (explicit && !(0,external_node_fs_.existsSync)(explicit))
        return `guest kernel ${explicit} (vm.kernel) does not exist`;
    const kernel = explicit ? chooseGuestKernel(explicit, [], needs) : chooseGuestKernel(req.placement.qemu?.kernel, findGuestKernels(env), needs);
    if (!kernel) {
        const what = explicit ? `the kernel ${explicit} (vm.kernel) has no usable modules${needs.ninep ? ' or lacks 9p/overlay' : ''}` : `no guest kernel${needs.ninep ? ' with 9p and overlay modules (vm.hostUserland needs the generic kernel)' : ''} found`;
        return `${what}: ${(0,kernels/* guestKernelHint */.Tu)(env)}`;
    }
    return { binary, kernel, busybox: busybox.path };
}
async function runInVm(req, options) {
    const startedAt = new Date();
    const diagnostics = [];
    const details = { io_channel: 'workspace in as initramfs payload; results out as a tar on a virtio-blk raw disk' };
    (0,external_node_fs_.mkdirSync)(req.logsDir, { recursive: true });
    const sink = (name) => createLogSink((0,external_node_path_.join)(req.logsDir, name), { capBytes: req.logCapBytes, secretValues: req.secretValues });
    const sinks = { stdout: sink('stdout.log'), stderr: sink('stderr.log'), console: sink('console.log') };
    let outcome = null;
    const setup = resolveSetup(req, options.env ?? process.env);
    if (typeof setup === 'string')
        diagnostics.push(setup);
    else {
        const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'capsule-qemu-'));
        try {
            outcome = await bootAndCollect(req, options, setup, scratch, sinks.console, details);
        }
        catch (err) {
            diagnostics.push(err instanceof errors/* CapsuleError */.M ? err.message : `qemu executor failed before the guest ran: ${err.message}`);
        }
        finally {
            (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        }
    }
    const logs = finishLogs(req, sinks, outcome?.results ?? null);
    details.console_log = logs.console;
    if (outcome)
        diagnostics.push(...explainOutcome(outcome, req, details));
    return runResult('qemu', req, startedAt, {
        pass: outcome !== null && outcome.exitCode === 0 && diagnostics.length === 0,
        exitCode: outcome?.exitCode ?? null,
        signal: outcome?.signal ?? null,
        timedOut: outcome?.timedOut ?? false,
        logs: { stdout: logs.stdout, stderr: logs.stderr },
        diagnostics,
        details,
    });
}
/** Stores the guest's stdout/stderr (capped, hashed, redacted) and closes the console log. */
function finishLogs(req, sinks, results) {
    const echo = liveEcho(req);
    const record = (stream) => {
        const s = sinks[stream];
        // The guest's output arrives when it powers off, so live output is replayed at the end.
        echo(stream, s.write(results?.[stream] ?? Buffer.alloc(0)));
        const { record, tail } = s.close();
        echo(stream, tail, true);
        return record;
    };
    return { stdout: record('stdout'), stderr: record('stderr'), console: sinks.console.close().record };
}
/** The failure reasons an outcome carries; none means the guest ran, reported and wrote its results back. */
function explainOutcome(o, req, details) {
    const d = [];
    if (o.timedOut)
        d.push(`guest hung: no poweroff within ${req.timeoutSeconds} s (boot included); QEMU was sent SIGTERM then SIGKILL. A VM that timed out is always a failure: it wrote no results`);
    if (o.panic)
        d.push(`kernel panic in the guest: ${o.panic} (see console.log)`);
    if (o.resultsMark === 'failed')
        d.push(`results disk full or unwritable (${Number(details.results_disk_bytes) / (1 << 20)} MiB): ${o.resultsError || 'tar failed'}; outputs were not all written back`);
    if (o.results?.truncated && o.resultsMark !== 'failed' && !o.timedOut && !o.panic)
        d.push('the results archive on the disk is cut off: the guest died while writing it');
    if (o.results && o.results.refused.length > 0)
        d.push(`guest results not written back: ${o.results.refused.slice(0, 5).join('; ')}`);
    if (o.exitCode === null && !o.timedOut && !o.panic)
        d.push(`guest never reported an exit code (QEMU exited ${o.qemuExit ?? o.signal}${o.qemuStderr ? `: ${o.qemuStderr}` : ''}); see console.log`);
    return d;
}
async function bootAndCollect(req, options, setup, scratch, consoleSink, details) {
    const vm = req.bundle.bundle.spec.executor.vm ?? {};
    const machine = setup.kernel.microvm ? 'microvm' : 'pc';
    const accel = req.placement.accel === 'kvm' ? 'kvm' : 'tcg';
    const hostUserland = vm.hostUserland === true;
    const network = vm.network === true;
    const modules = moduleLoadOrder(setup.kernel.modulesDir, [
        ...(machine === 'microvm' ? GUEST_MODULES.blockMmio : GUEST_MODULES.blockPci),
        ...(hostUserland ? GUEST_MODULES.ninep : []),
        ...(network ? GUEST_MODULES.net : []),
    ]);
    // Inside the guest only busybox exists unless the host's userland is shared.
    const env = { ...req.env, TMPDIR: '/tmp', ...(hostUserland ? {} : { PATH: '/bin', HOME: '/tmp' }) };
    const initrd = buildInitramfs((0,external_node_path_.join)(scratch, 'initrd.cpio'), {
        busybox: setup.busybox,
        modulesDir: setup.kernel.modulesDir,
        init: { modules, hostUserland, network },
        job: { argv: req.argv, cwd: req.cwd, env },
        workspace: req.workspace,
    });
    const disk = (0,external_node_path_.join)(scratch, 'results.img');
    const diskBytes = options.resultsDiskBytes ?? DEFAULT_RESULTS_DISK_BYTES;
    const fd = (0,external_node_fs_.openSync)(disk, 'w', 0o600);
    (0,external_node_fs_.ftruncateSync)(fd, diskBytes);
    (0,external_node_fs_.closeSync)(fd);
    const tscKhz = accel === 'tcg' ? hostTscKhz() : null;
    const launch = {
        kernel: setup.kernel.bootPath,
        initrd: initrd.path,
        machine,
        accel,
        memMiB: vm.memMiB ?? DEFAULT_MEM_MIB,
        vcpu: vm.vcpu ?? 1,
        kernelParams: tscKhz ? [`tsc_early_khz=${tscKhz}`] : [],
        disks: [{ id: 'results', path: disk, readonly: false }],
        shares: hostUserland ? [{ tag: 'hostroot', path: '/', readonly: true }] : [],
        network,
    };
    const argv = buildQemuArgv(launch);
    const [kernelDigest, qemuDigest] = await Promise.all([(0,sha256/* sha256File */.Q3)(setup.kernel.bootPath), (0,sha256/* sha256File */.Q3)(setup.binary)]);
    Object.assign(details, {
        kernel: { path: setup.kernel.path, boot_path: setup.kernel.bootPath, release: setup.kernel.release, sha256: kernelDigest.sha256, modules },
        // The payload holds the run's environment: its digest would fingerprint secret values, so it is left out when there are any.
        initrd: { sha256: initrd.systemSha256, ...(req.secretValues.length === 0 ? { payload_sha256: initrd.payloadSha256 } : {}), payload_files: initrd.payloadFiles, busybox: setup.busybox },
        qemu: { binary: setup.binary, sha256: qemuDigest.sha256, version: qemuVersion(setup.binary) },
        qemu_argv: [setup.binary, ...argv],
        accel,
        machine,
        mem_mib: launch.memMiB,
        vcpu: launch.vcpu,
        host_userland: hostUserland,
        network,
        results_disk_bytes: diskBytes,
    });
    const run = await runQemu(setup.binary, argv, req.timeoutSeconds * 1000, options.killGraceMs ?? 2000, consoleSink);
    if (run.containment)
        details.containment = containmentDetails(run.containment, req.secretValues);
    const results = run.timedOut ? null : collectGuestResults(disk, req.workspace);
    if (results)
        details.results = { files_written: results.files.length, refused: results.refused, truncated: results.truncated };
    return { ...run, exitCode: results?.exitCode ?? run.markedExitCode, results };
}
/** Runs QEMU contained like any job; reads the serial console line by line for the guest's marks and panics. */
async function runQemu(binary, argv, timeoutMs, graceMs, consoleSink) {
    const r = { timedOut: false, signal: null, qemuExit: null, panic: null, resultsMark: null, resultsError: '', markedExitCode: null, qemuStderr: '', containment: null };
    let partial = '';
    const onLine = (line) => {
        if (r.panic === null && line.includes('Kernel panic'))
            r.panic = line.replace(/^\[[^\]]*\]\s*/, '').trim();
        if (line.startsWith(GUEST_MARK.exitCode))
            r.markedExitCode = Number(line.slice(GUEST_MARK.exitCode.length).trim());
        if (line.startsWith(GUEST_MARK.resultsWritten))
            r.resultsMark = 'written';
        if (line.startsWith(GUEST_MARK.resultsFailed)) {
            r.resultsMark = 'failed';
            r.resultsError = line.slice(GUEST_MARK.resultsFailed.length).trim();
        }
    };
    const plan = (0,contain/* planContainment */.eT)();
    if ('problem' in plan)
        return { ...r, qemuStderr: plan.problem };
    const job = (0,contain/* spawnContained */.zB)([binary, ...argv], { plan });
    job.stdout.on('data', (chunk) => {
        consoleSink.write(chunk);
        const lines = (partial + chunk.toString('utf8')).split(/\r?\n/);
        partial = lines.pop().slice(-4096);
        lines.forEach(onLine);
    });
    job.stderr.on('data', (chunk) => {
        consoleSink.write(chunk);
        r.qemuStderr = (r.qemuStderr + chunk.toString('utf8')).slice(-1000);
    });
    const { exit, timedOut, containment } = await (0,contain/* superviseJob */.yg)(job, { timeoutMs, graceMs });
    onLine(partial);
    if (exit.failed)
        r.qemuStderr = `cannot start ${binary}: ${exit.failed.code}`;
    r.qemuStderr = r.qemuStderr.trim().split('\n').filter((l) => !l.includes('terminating on signal')).slice(-3).join(' | ');
    return { ...r, timedOut, qemuExit: exit.code, signal: exit.signal, containment };
}

;// CONCATENATED MODULE: ./src/execute/registry.ts



/** Every executor, by kind. Adding one: a file exporting an Executor, plus its import and entry here. */
const executors = new Map([processExecutor, qemuExecutor].map((e) => [e.kind, e]));
function executorFor(kind) {
    const executor = executors.get(kind);
    if (!executor)
        throw new errors/* CapsuleError */.M('executor_unavailable', `no ${kind} executor is built into this capsule`);
    return executor;
}


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

/***/ 8553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ readRunManifest)
/* harmony export */ });
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7105);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3545);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6813);



/** Reads and schema-validates a run manifest; errors name the file, pointer and line:column. */
async function readRunManifest(path) {
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsonFile */ .JE)(path, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .assertValid */ .pP)('run-manifest', doc.value, path, doc);
    const { sha256, size } = await (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q3)(path);
    return { manifest: doc.value, path, sha256, size, doc };
}


/***/ }),

/***/ 8163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QJ: () => (/* binding */ copyBundle),
/* harmony export */   Th: () => (/* binding */ stageBundle),
/* harmony export */   X$: () => (/* binding */ relativeToRun),
/* harmony export */   kg: () => (/* binding */ createRunFolder)
/* harmony export */ });
/* unused harmony export runLayout */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _execute_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5462);
/* harmony import */ var _fsio_atomic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9802);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);





function runLayout(root) {
    const r = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(root);
    return {
        root: r,
        manifest: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'run_manifest.json'),
        events: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'evidence', 'events.jsonl'),
        evidenceDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'evidence'),
        logsDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'logs'),
        artifactsDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'artifacts'),
        bundleDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'bundle'),
        agentplaneDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'agentplane'),
        workspace: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'workspace'),
        keysDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'keys'),
    };
}
/** A run never overwrites an earlier one: the folder must be new or empty. */
function createRunFolder(root) {
    const layout = runLayout(root);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(layout.root) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(layout.root).length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CapsuleError */ .M('out_dir_not_empty', `${layout.root}: already holds files (an earlier run?); choose another --out or remove it — runs never overwrite evidence`, { file: layout.root });
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(layout.root, { recursive: true });
    return layout;
}
/**
 * Copies the bundle twice: into `bundle/` (the snapshot packed into the capsule, for replay)
 * and into the workspace the job runs in. The run folder itself is skipped when it sits inside
 * the bundle folder, and symlinks are copied as links, never followed out.
 */
async function stageBundle(vb, layout, secretValues) {
    for (const target of [layout.bundleDir, layout.workspace])
        copyBundle(vb, target, [realpathOrSelf(layout.root)]);
    return redactTree(layout.bundleDir, secretValues);
}
/**
 * Copies what a bundle is into `target`: its whole folder, or, for a bundle rooted at a
 * repository above its folder (agentplane), the staged paths at their repository-relative
 * places. `.git`, `node_modules` and the `skip` paths are left out.
 */
function copyBundle(vb, target, skipPaths = []) {
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(vb.dir);
    const skip = [...skipPaths, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(source, '.git'), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(source, 'node_modules')];
    const filter = (src) => {
        const real = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(src);
        return !skip.some((s) => real === s || real.startsWith(s + node_path__WEBPACK_IMPORTED_MODULE_3__.sep));
    };
    for (const rel of vb.stage ?? ['.']) {
        const to = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(target, ...rel.split('/'));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(to), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.cpSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(source, ...rel.split('/')), to, { recursive: true, filter, verbatimSymlinks: true, preserveTimestamps: false });
    }
}
/**
 * Replaces secret values in every regular file under `dir` (the capsule's copy of the bundle
 * only; the job runs on the original). Returns the files changed, relative to `dir`.
 */
async function redactTree(dir, secretValues) {
    if (secretValues.length === 0)
        return [];
    const changed = [];
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile())
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(entry.parentPath, entry.name);
        const redactor = (0,_execute_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .createRedactor */ .l)(secretValues);
        const original = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
        const redacted = Buffer.concat([redactor.push(original), redactor.end()]);
        if (!redacted.equals(original)) {
            (0,_fsio_atomic_js__WEBPACK_IMPORTED_MODULE_2__.writeFileAtomic)(path, redacted);
            changed.push((0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(dir, path).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/'));
        }
    }
    return changed.sort();
}
function realpathOrSelf(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(path);
    }
}
/** A path inside the run folder, as written into documents (always "/"-separated). */
function relativeToRun(layout, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(layout.root, path).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
}


/***/ }),

/***/ 6777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isCapsuleTarget: () => (/* binding */ isCapsuleTarget),
/* harmony export */   resolveRunManifestPath: () => (/* binding */ resolveRunManifestPath),
/* harmony export */   verifyRunFolder: () => (/* binding */ verifyRunFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _chain_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9567);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6813);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7105);
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8553);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3545);
/* harmony import */ var _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2479);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5582);










const RUN_FOLDER_STEPS = [
    { id: 'run_manifest_valid', needs: [], run: checkManifestValid },
    { id: 'run_artifacts_present', needs: ['run_manifest_valid'], run: checkArtifactsPresent },
    { id: 'outputs_match_recorded_hashes', needs: ['run_manifest_valid'], run: checkOutputHashes },
    { id: 'event_chain_valid', needs: ['run_manifest_valid'], run: checkFolderChain },
    { id: 'proof_pack_manifest_valid', needs: ['run_manifest_valid'], run: checkPackIndex },
];
/**
 * What every command taking "a capsule or a run" calls a capsule: anything that is neither a
 * folder nor a .json manifest (a tampered or truncated file is still verified as a capsule).
 */
function isCapsuleTarget(target) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isDirectory())
        return false;
    return !target.endsWith('.json');
}
/** A manifest path, or a folder holding `run_manifest.json` or (unpacked capsule / pack dir) the snapshot. */
function resolveRunManifestPath(target) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isDirectory())
        return target;
    for (const name of ['run_manifest.json', _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_NAME */ .lE])
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target, name)))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target, name);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CapsuleError */ .M('run_manifest_missing', `${target}: holds neither run_manifest.json nor ${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_NAME */ .lE}`, { file: target });
}
/**
 * `capsule verify run_manifest.json` (AGILAB's verify takes a manifest): the manifest is valid,
 * its artifacts are where it says with the sizes it records, our outputs match their hashes,
 * the event chain verifies, and in a pack dir the root index matches every file.
 */
async function verifyRunFolder(target, options = {}) {
    const manifestPath = resolveRunManifestPath(target);
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(manifestPath));
    const result = await (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .runSteps */ .rl)(RUN_FOLDER_STEPS, { loaded: 'run_manifest_valid', chain: 'event_chain_valid' }, (facts, warnings) => ({ ...facts, manifestPath, folder, warnings, trusted: options.trustedPublicKeySha256 ?? [] }));
    const loaded = result.fact('loaded');
    return {
        schema: 'agilab.proof_capsule_verification.v1',
        status: result.checks.every((c) => c.status === 'pass') ? 'pass' : 'fail',
        capsule: { path: options.displayPath ?? manifestPath, sha256: loaded?.sha256 ?? null, size_bytes: loaded?.size ?? null },
        strict: false,
        checks: result.checks,
        warnings: result.warnings,
        evidence_class: result.fact('chain')?.classification ?? null,
        // A folder carries no signature: whoever wrote its files is not proven here.
        origin: { verified: false, public_key_sha256: null, summary: 'origin not verified: a run folder carries no signature; this verifies integrity only' },
    };
}
async function checkManifestValid(ctx) {
    const loaded = await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_6__/* .readRunManifest */ .t)(ctx.manifestPath);
    ctx.set('loaded', loaded);
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`run ${loaded.manifest.run_id} (${loaded.manifest.status}): valid agilab.run_manifest`);
}
function checkArtifactsPresent(ctx) {
    const problems = [];
    const artifacts = ctx.get('loaded').manifest.artifacts.filter((a) => a.exists);
    for (const a of artifacts) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.folder, a.path);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile())
            problems.push(`artifact ${a.name}: ${a.path} is missing`);
        else if (a.size_bytes !== null && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size !== a.size_bytes)
            problems.push(`artifact ${a.name}: ${a.path} is ${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size} bytes, ${a.size_bytes} recorded`);
    }
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(problems[0], { problems });
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`${artifacts.length} artifacts present with their recorded sizes`);
}
async function checkOutputHashes(ctx) {
    const outputs = ctx.get('loaded').manifest.proof_capsule?.outputs ?? [];
    const problems = [];
    for (const out of outputs) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.folder, out.path);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
            problems.push(`output ${out.path} is missing`);
            continue;
        }
        const digest = await (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q3)(path);
        if (digest.sha256 !== out.sha256 || digest.size !== out.size_bytes)
            problems.push(`output ${out.path}: sha256 ${digest.sha256} (${digest.size} bytes), recorded ${out.sha256} (${out.size_bytes} bytes)`);
    }
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(problems[0], { problems });
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`${outputs.length} outputs match their recorded sha256`);
}
async function checkFolderChain(ctx) {
    const evidence = ctx.get('loaded').manifest.proof_capsule?.evidence;
    if (!evidence)
        return null;
    const report = await (0,_chain_verify_js__WEBPACK_IMPORTED_MODULE_2__.verifyChainFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.folder, evidence.events), { trustedPublicKeySha256: ctx.trusted });
    ctx.set('chain', report);
    const details = { classification: report.classification, event_count: report.event_count, final_hash: report.final_hash };
    if (report.status !== 'PASS')
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(`${evidence.events}: chain FAIL: ${report.errors[0]?.rule ?? ''}: ${report.errors[0]?.message ?? ''}`, details);
    if (report.final_hash !== evidence.final_hash)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(`${evidence.events}: final hash ${report.final_hash} differs from the manifest's ${evidence.final_hash}`, details);
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`${evidence.events}: ${report.event_count} events verify; ${report.classification}`, details);
}
/** Only in a pack dir or unpacked capsule (the root index sits beside the manifest). */
async function checkPackIndex(ctx) {
    const indexPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.folder, _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PROOF_PACK_INDEX_NAME */ .y$);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(indexPath))
        return null;
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .readJsonFile */ .JE)(indexPath, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .assertValid */ .pP)('proof-pack', doc.value, indexPath, doc);
    const index = doc.value;
    const loaded = ctx.get('loaded');
    const problems = [];
    for (const f of index.files) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.folder, f.path);
        if (!path.startsWith(ctx.folder + '/') || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
            problems.push(`${f.path} is missing`);
            continue;
        }
        const digest = await (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q3)(path);
        if (digest.sha256 !== f.sha256 || digest.size !== f.size_bytes)
            problems.push(`${f.path}: sha256 ${digest.sha256} (${digest.size} bytes), index records ${f.sha256} (${f.size_bytes} bytes)`);
    }
    if (index.source_manifest.sha256 !== loaded.sha256 && ctx.manifestPath.endsWith(_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_NAME */ .lE))
        problems.push(`${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .SNAPSHOT_NAME */ .lE} sha256 ${loaded.sha256} differs from the index's source_manifest`);
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .fail */ .fJ)(problems[0], { problems });
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_9__/* .pass */ .IX)(`${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PROOF_PACK_INDEX_NAME */ .y$}: ${index.files.length} files match`);
}


/***/ })

};
