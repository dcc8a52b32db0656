export const id = 661;
export const ids = [661];
export const modules = {

/***/ 5944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ withBundleDefaults),
/* harmony export */   K: () => (/* binding */ BUNDLE_DEFAULTS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

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
    return `${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).mtime.toISOString().slice(0, 19)}Z`;
}


/***/ }),

/***/ 5106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatIssue: () => (/* binding */ formatIssue),
  validateBundle: () => (/* binding */ validateBundle),
  _: () => (/* binding */ validateBundleBytes)
});

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

// EXTERNAL MODULE: ./src/bundle/defaults.ts
var defaults = __webpack_require__(5944);
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
    if (!agentplane)
        return checkedBundle(bytes, doc, bundleDir);
    const dir = agentplaneRepoRoot(bundleDir, options.repoRoot);
    const schemaIssues = (0,registry/* validateAgainst */.sq)('agentplane-bundle', doc.value, doc).map((i) => ({ ...i, file, check: 'schema' }));
    const bundle = mapAgentplaneBundle(doc.value);
    const outsideRoot = (0,paths/* isInside */.FK)(dir, file) ? [] : [{ check: 'paths-inside-bundle', pointer: '', message: `the bundle is not inside the repository root ${dir} (--repo-root)` }];
    const semantic = [...outsideRoot, ...checkBundle(bundle, dir, { base: 'the repository root', bundleDir })].map((i) => locateIssue(i, doc, agentplanePointer));
    throwIfIssues(file, schemaIssues, semantic);
    return {
        bundle,
        path: file,
        dir,
        ...(dir !== bundleDir ? { stage: stagePaths(bundle, dir, bundleDir) } : {}),
        sha256: (0,sha256/* sha256Hex */.fg)(bytes),
        format: 'agentplane.v0.1',
        original: doc.value,
    };
}
/**
 * A native bundle held in memory (the one `capsule run -- CMD` writes): the same schema and
 * semantic checks as a bundle file, its paths resolved in `dir` (the folder the command runs
 * in). `file` is where the caller writes exactly `bytes`, and names the bundle in messages.
 */
function validateBundleBytes(bytes, file, dir) {
    return checkedBundle(bytes, (0,parse/* parseJsonStrict */.jM)(bytes.toString('utf8'), file), dir);
}
/** Schema, defaults and semantic checks of a native bundle whose paths resolve in `dir`. */
function checkedBundle(bytes, doc, dir) {
    const schemaIssues = (0,registry/* validateAgainst */.sq)('bundle', doc.value, doc).map((i) => ({ ...i, file: doc.file, check: 'schema' }));
    const bundle = (0,defaults/* withBundleDefaults */.$)(doc.value, doc.file);
    throwIfIssues(doc.file, schemaIssues, checkBundle(bundle, dir).map((i) => locateIssue(i, doc, (p) => p)));
    return { bundle, path: doc.file, dir, sha256: (0,sha256/* sha256Hex */.fg)(bytes), format: 'proofcapsule.v1', original: doc.value };
}
/** Every problem at once; a semantic check that speaks about the same value says it better than the schema (e.g. AGPL). */
function throwIfIssues(file, schemaIssues, semantic) {
    const issues = [...schemaIssues.filter((i) => !semantic.some((s) => s.pointer === i.pointer)), ...semantic];
    if (issues.length > 0)
        throw bundleInvalid(file, issues);
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
    return new errors/* CapsuleError */.Mu('bundle_invalid', `${file}: invalid bundle (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`, { file: first.file, pointer: first.pointer, line: first.line, column: first.column }, { file, issues });
}


/***/ }),

/***/ 6539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ collectOutputs),
/* harmony export */   f: () => (/* binding */ globMatcher)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6813);
/* harmony import */ var _bundle_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4792);






/**
 * Every non-folder entry under `root/rel` as a posix path relative to `root`; symlinked folders
 * are not entered, nor are the skipped folders.
 */
function walk(root, rel, skip) {
    const out = [];
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel)).sort()) {
        const child = rel ? `${rel}/${name}` : name;
        if (skip.paths.has(child))
            continue;
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, child)).isDirectory()) {
            if (!skip.folder?.((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, child)))
                out.push(...walk(root, child, skip));
        }
        else
            out.push(child);
    }
    return out;
}
/**
 * The entries a set of globs can match, found by walking only below each glob's fixed leading
 * folders (`build/*.txt` looks in `build/` alone), so a workspace that is a whole repository
 * (a command run in place) is not read end to end. A leading folder reached through a symlink
 * is not walked.
 */
function candidates(root, globs, skip) {
    const bases = [...new Set(globs.map((g) => picomatch__WEBPACK_IMPORTED_MODULE_5___default().scan(g).base.replace(/\/+$/, '')))].sort();
    const roots = bases.filter((b) => !bases.some((o) => o !== b && (o === '' || b.startsWith(`${o}/`))));
    const found = new Set();
    for (const base of roots) {
        const kind = realFolderOrEntry(root, base);
        const skipped = base !== '' && (skip.paths.has(base) || skip.folder?.((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, base)));
        if (kind === 'folder' && !skipped)
            for (const rel of walk(root, base, skip))
                found.add(rel);
        else if (kind === 'entry')
            found.add(base);
    }
    return [...found].sort();
}
/** What `rel` is, with no symlink on the way to it: a folder to walk, another entry, or nothing usable. */
function realFolderOrEntry(root, rel) {
    if (rel === '')
        return 'folder';
    const parts = rel.split('/');
    for (let i = 1; i <= parts.length; i++) {
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...parts.slice(0, i)));
        }
        catch {
            return null;
        }
        if (i === parts.length)
            return st.isDirectory() ? 'folder' : 'entry';
        if (!st.isDirectory())
            return null;
    }
    return null;
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
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
    let target = st;
    if (st.isSymbolicLink()) {
        let real;
        try {
            real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file);
        }
        catch {
            return 'a symlink that leads nowhere';
        }
        if (!(0,_bundle_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)(realRoot, real))
            return 'a symlink that leads outside the workspace';
        target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
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
 * workspace, with why. A glob without wildcards that names a folder takes every file under
 * it. Globs with `..` or absolute paths are refused outright.
 */
async function collectOutputs(workspace, outputs, options = {}) {
    for (const o of outputs) {
        const problem = (0,_bundle_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .relativePathProblem */ .BE)(o.path);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('output_path_invalid', `output glob ${JSON.stringify(o.path)} ${problem}`);
    }
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace);
    const globs = outputs.map((o) => o.path.replace(/^(\.\/)+/, ''));
    const matchers = outputs.map((o, i) => ({ kind: o.kind, match: globMatcher(globs[i]) }));
    const found = [];
    const refused = [];
    const skip = { paths: new Set(options.skip ?? []), folder: options.skipFolder };
    for (const rel of candidates(realRoot, globs, skip)) {
        const m = matchers.find((x) => x.match(rel));
        if (!m)
            continue;
        const reason = refusal(realRoot, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realRoot, rel));
        if (reason)
            refused.push({ path: rel, reason });
        else
            found.push({ path: rel, kind: m.kind, size: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realRoot, rel)).size });
    }
    options.beforeHashing?.(found);
    const collected = [];
    for (const { path, kind } of found) {
        const { sha256, size } = await (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realRoot, path));
        collected.push({ path, kind, sha256, size_bytes: size });
    }
    const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    return { outputs: collected.sort(byPath), refused: refused.sort(byPath) };
}
/** A glob's matcher; a plain path (no wildcards) also matches everything below it: `dist` means its files. */
function globMatcher(glob) {
    const match = picomatch__WEBPACK_IMPORTED_MODULE_5___default()(glob, { dot: true });
    if (picomatch__WEBPACK_IMPORTED_MODULE_5___default().scan(glob).isGlob)
        return match;
    const folder = glob.replace(/\/+$/, '');
    return (rel) => match(rel) || rel.startsWith(`${folder}/`);
}


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ claimRunFolder),
/* harmony export */   mF: () => (/* binding */ isRunFolder)
/* harmony export */ });
/* unused harmony export RUN_CLAIM_FILE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



/**
 * The file that makes a folder a run's: created exclusively (O_EXCL) before anything runs, so
 * of two runs given one `--out` exactly one gets it. Staging recognises earlier run folders
 * inside a bundle folder by it. Never packed.
 */
const RUN_CLAIM_FILE = '.capsule-run';
/**
 * Claims `root` for this run: it must be new or empty, and the claim file is created
 * atomically. The loser of a race, or a folder that already holds anything, is refused
 * (exit 2, `out_dir_not_empty`) before the job starts. With `numbered` (a default out folder,
 * not one the user chose), a taken `root` moves on to `root-2`, `root-3`, ...: two runs in one
 * second, or at once, each get a folder of their own and neither fails.
 */
function claimRunFolder(root, numbered = false) {
    for (let n = 2, dir = root;; dir = `${root}-${n++}`) {
        try {
            return claimOne(dir);
        }
        catch (err) {
            if (!numbered || !(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu) || err.code !== 'out_dir_not_empty' || n > 1000)
                throw err;
        }
    }
}
function claimOne(root) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir), { recursive: true });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir);
    }
    catch (err) {
        if (codeOf(err) !== 'EEXIST')
            throw unusable(dir, `cannot be made (${codeOf(err)})`);
    }
    const notEmpty = () => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('out_dir_not_empty', `${dir}: already holds files (an earlier run, or a run going on now); choose another --out or remove it — `
        + 'runs never overwrite evidence', { file: dir });
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch (err) {
        throw unusable(dir, `is not a folder this run can use (${codeOf(err)})`);
    }
    if (entries.length > 0)
        throw notEmpty();
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, RUN_CLAIM_FILE), 'wx', 0o644);
    }
    catch (err) {
        if (codeOf(err) === 'EEXIST')
            throw notEmpty();
        throw unusable(dir, `cannot be claimed (${codeOf(err)})`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, claimLine(process.pid, new Date()));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    return dir;
}
const claimLine = (pid, at) => `capsule run, pid ${pid}, claimed ${at.toISOString()}\n`;
/** The claim file as claimOne writes it: one claim line (or none yet, in the instant after it is created). */
const CLAIM_LINE = /^(capsule run, pid \d+, claimed \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\n)?$/;
/**
 * Whether `dir` is a run folder (this run's, an earlier one, or one going on now): it holds the
 * claim file as a run writes it, a regular file of one claim line. A file of that name with
 * anything else in it (a user's own) does not make a folder a run's.
 */
function isRunFolder(dir) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, RUN_CLAIM_FILE);
    let fd;
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isFile())
            return false;
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    }
    catch {
        return false;
    }
    try {
        const head = Buffer.alloc(128);
        return CLAIM_LINE.test(head.subarray(0, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, head.length, 0)).toString('latin1'));
    }
    catch {
        return false;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
const codeOf = (err) => err.code;
const unusable = (dir, why) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('out_dir_unusable', `${dir}: ${why}`, { file: dir });


/***/ }),

/***/ 1883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h8: () => (/* binding */ stageBundleFolder),
/* harmony export */   qh: () => (/* binding */ readCapsuleIgnore)
/* harmony export */ });
/* unused harmony export CAPSULE_IGNORE_FILE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _execute_redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5462);
/* harmony import */ var _run_claim_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7194);







/** Bundle-relative paths that are never staged, whatever `.capsuleignore` says. */
const NEVER_STAGED = ['.git', 'node_modules'];
const CAPSULE_IGNORE_FILE = '.capsuleignore';
/** `.capsuleignore` at the bundle folder's root (gitignore syntax), read before anything runs. */
function readCapsuleIgnore(bundleDir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(bundleDir, CAPSULE_IGNORE_FILE);
    const rules = ignore__WEBPACK_IMPORTED_MODULE_3___default()();
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return rules;
    try {
        return rules.add((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        const why = err.code ?? err.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CapsuleError */ .Mu('capsuleignore_unreadable', `${file}: cannot be read (${why})`, { file });
    }
}
/**
 * Every file and symlink of the bundle folder (or, for a bundle rooted at a repository, of
 * its `stage` paths) that is staged. Never: a run folder (this one
 * when it lies inside, or an earlier one, known by its claim file), `.git`, `node_modules`,
 * `.env*` files and folders (at any depth), and whatever `.capsuleignore` matches.
 * Symlinks are staged as links, never followed.
 */
function walkStaged(root, rules, runFolder, only) {
    const out = { files: [], symlinks: [], excluded: [] };
    // A bundle rooted at a repository (agentplane) is its folder plus the files it names, not the whole repository.
    const wanted = (path) => !only || only.some((s) => s === '.' || path === s || path.startsWith(`${s}/`) || s.startsWith(`${path}/`));
    const visit = (rel) => {
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(rel ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, rel) : root).sort()) {
            const path = rel ? `${rel}/${name}` : name;
            if (!wanted(path))
                continue;
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path);
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(full);
            const dir = st.isDirectory();
            const reason = dir && (full === runFolder || (0,_run_claim_js__WEBPACK_IMPORTED_MODULE_6__/* .isRunFolder */ .mF)(full)) ? 'run folder'
                : NEVER_STAGED.includes(name) ? 'never staged'
                    : name.startsWith('.env') ? 'secret file'
                        : rules.ignores(dir ? `${path}/` : path) ? CAPSULE_IGNORE_FILE
                            : !dir && !st.isFile() && !st.isSymbolicLink() ? 'not a file or folder' : null;
            if (reason)
                out.excluded.push({ path, reason });
            else if (dir)
                visit(path);
            else
                (st.isSymbolicLink() ? out.symlinks : out.files).push(path);
        }
    };
    visit('');
    return out;
}
/** Copies `from` to `to` in one pass that also hashes it and looks for secret values (overlap kept across chunks). */
function copyHashing(from, to, secrets) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const overlap = Math.max(0, ...secrets.map((s) => s.length - 1));
    const buf = Buffer.alloc(1 << 20);
    const src = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(from, 'r');
    const dst = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(to, 'wx', (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(from).mode & 0o777);
    let size = 0;
    let tail = Buffer.alloc(0);
    let holdsSecret = false;
    try {
        for (let n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(src, buf); n > 0; n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(src, buf)) {
            const chunk = buf.subarray(0, n);
            hash.update(chunk);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(dst, chunk);
            size += n;
            if (!holdsSecret && secrets.length > 0) {
                const window = Buffer.concat([tail, chunk]);
                holdsSecret = secrets.some((s) => window.includes(s));
                tail = window.subarray(Math.max(0, window.length - overlap));
            }
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(src);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(dst);
    }
    return { size, sha256: hash.digest('hex'), holdsSecret };
}
/**
 * The staged files the bundle names: the bundle file, its script and every argv word that is
 * a staged file (resolved from the run's cwd), its declared inputs (a folder: every staged
 * file below it) and a VM kernel or initrd kept in the bundle folder. These go into the
 * capsule's `bundle/`, enough for replay; everything else is only listed in the inventory.
 */
function namedFiles(vb, bundleFile, argv, cwd, staged) {
    const spec = vb.bundle.spec;
    const norm = (p) => node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, '').replace(/\/$/, '');
    const named = new Set([bundleFile]);
    const add = (p) => {
        if (!p)
            return;
        const rel = norm(p);
        if (staged.has(rel))
            named.add(rel);
        else
            for (const f of staged)
                if (f.startsWith(`${rel}/`))
                    named.add(f);
    };
    for (const word of argv)
        if (!node_path__WEBPACK_IMPORTED_MODULE_2__.posix.isAbsolute(word))
            add(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(cwd, word));
    add(spec.run.script);
    for (const input of spec.inputs ?? [])
        add(input.path);
    add(spec.executor.vm?.kernel);
    add(spec.executor.vm?.initrd);
    return [...named].filter((f) => f === bundleFile || staged.has(f)).sort();
}
function redactPath(path, secretValues) {
    const r = (0,_execute_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .createRedactor */ .l)(secretValues);
    return Buffer.concat([r.push(Buffer.from(path)), r.end()]).toString('utf8');
}
/**
 * Stages the bundle folder into the workspace the job runs in (one pass: copy, hash, look for
 * secrets), copies the files the bundle names into `snapshotDir` (the capsule's `bundle/`),
 * and returns the inventory of everything staged and left out.
 */
function stageBundleFolder(vb, target, command, rules, secretValues) {
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(vb.dir);
    const walked = walkStaged(root, rules, realpathOrSelf(target.runFolder), vb.stage);
    const secrets = secretValues.filter((s) => s.length > 0).map((s) => Buffer.from(s));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(target.workspace, { recursive: true });
    const files = [];
    for (const rel of walked.files) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target.workspace, rel)), { recursive: true });
        const copied = copyHashing((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, rel), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target.workspace, rel), secrets);
        files.push(copied.holdsSecret
            ? { path: rel, size_bytes: copied.size, sha256: null, holds_secret: true }
            : { path: rel, size_bytes: copied.size, sha256: copied.sha256 });
    }
    for (const rel of walked.symlinks) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target.workspace, rel)), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.symlinkSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, rel)), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target.workspace, rel));
    }
    const bundleFile = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.relative(root.split('\\').join('/'), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(vb.path).split('\\').join('/'));
    const packed = namedFiles(vb, bundleFile, command.argv, command.cwd, new Set(walked.files));
    for (const rel of packed) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target.snapshotDir, rel)), { recursive: true });
        copyHashing((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, rel), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target.snapshotDir, rel), []);
    }
    const redact = (p) => redactPath(p, secretValues);
    return {
        schema: 'proofcapsule.staged_inventory.v1',
        bundle_file: redact(bundleFile),
        files: files.map((f) => ({ ...f, path: redact(f.path) })),
        symlinks: walked.symlinks.map(redact),
        packed: packed.map(redact),
        excluded: walked.excluded.map((e) => ({ ...e, path: redact(e.path) })),
    };
}
function realpathOrSelf(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(path);
    }
    catch {
        return path;
    }
}


/***/ }),

/***/ 8163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QJ: () => (/* binding */ copyBundle),
/* harmony export */   Th: () => (/* binding */ stageBundle),
/* harmony export */   WA: () => (/* binding */ runLayout),
/* harmony export */   X$: () => (/* binding */ relativeToRun),
/* harmony export */   kg: () => (/* binding */ createRunFolder),
/* harmony export */   us: () => (/* binding */ redactTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _execute_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5462);
/* harmony import */ var _fsio_atomic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9802);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _json_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1249);
/* harmony import */ var _run_claim_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7194);
/* harmony import */ var _staging_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1883);







function runLayout(root) {
    const r = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(root);
    return {
        root: r,
        manifest: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'run_manifest.json'),
        events: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'evidence', 'events.jsonl'),
        stagedInventory: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'evidence', 'staged_inventory.json'),
        evidenceDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'evidence'),
        logsDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'logs'),
        artifactsDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'artifacts'),
        bundleDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'bundle'),
        agentplaneDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'agentplane'),
        workspace: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'workspace'),
        keysDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(r, 'keys'),
    };
}
/** Claims the run folder (new or empty, atomically: see run-claim.ts) and names its parts. */
function createRunFolder(root, numbered = false) {
    return runLayout((0,_run_claim_js__WEBPACK_IMPORTED_MODULE_5__/* .claimRunFolder */ .EH)(root, numbered));
}
/**
 * Stages the bundle folder into the workspace the job runs in, packs the bundle file and the
 * files it names into `bundle/` (secret values redacted there), and writes the inventory of
 * everything staged to `evidence/staged_inventory.json`. The run folder is never staged, even
 * when it lies inside the bundle folder.
 */
function stageBundle(vb, layout, command, rules, secretValues) {
    const inventory = (0,_staging_js__WEBPACK_IMPORTED_MODULE_6__/* .stageBundleFolder */ .h8)(vb, { workspace: layout.workspace, snapshotDir: layout.bundleDir, runFolder: layout.root }, command, rules, secretValues);
    (0,_json_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonFile */ .A)(layout.stagedInventory, inventory);
    return { redactedBundleFiles: redactTree(layout.bundleDir, secretValues), inventory };
}
/**
 * Copies what a bundle is into `target` (replay: the capsule's `bundle/` into a fresh
 * workspace): its whole folder, or, for a bundle rooted at a repository above its folder
 * (agentplane), the staged paths at their repository-relative places.
 */
function copyBundle(vb, target) {
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(vb.dir);
    const skip = [(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(source, '.git'), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(source, 'node_modules')];
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
function redactTree(dir, secretValues) {
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
/** A path inside the run folder, as written into documents (always "/"-separated). */
function relativeToRun(layout, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(layout.root, path).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
}


/***/ })

};
