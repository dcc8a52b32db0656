export const id = 1464;
export const ids = [1464];
export const modules = {

/***/ 1464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initBundle: () => (/* binding */ initBundle)
});

// UNUSED EXPORTS: BUNDLE_SCHEMA_ID, bundleName

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/fsio/atomic.ts
var atomic = __webpack_require__(9802);
;// CONCATENATED MODULE: ./src/init/templates.ts
/** The files `capsule init` writes: the smallest bundle that runs, says why, and promotes. */
function bundleTemplate(name, schemaRef) {
    const q = JSON.stringify;
    return `{
  "$schema": ${q(schemaRef)},
  "$comment": [
    "A Proof Capsule bundle: what to run, what it produces and how it is judged.",
    "Your editor describes each field from $schema; docs/bundle.md of proof-capsule has the format.",
    "Left out, so defaulted: metadata.createdAt (this file's time), metadata.licensePolicy (allowAGPL false),",
    "spec.executor (backendIntent auto), spec.policy (lane dev, maxRunSeconds 60, failOnTimeout true, humanGateRequired false)."
  ],
  "apiVersion": "proofcapsule.dev/v1",
  "kind": "Bundle",
  "metadata": { "name": ${q(name)}, "version": "0.1.0" },
  "spec": {
    "run": { "script": "run.sh" },
    "outputs": [{ "path": "out/result.txt", "kind": "file" }],
    "validations": [
      { "label": "exits 0", "kind": "exit-code", "equals": 0 },
      { "label": "result written", "kind": "output-exists", "path": "out/result.txt" }
    ]
  }
}
`;
}
const RUN_SCRIPT = `#!/bin/sh
# The job. capsule runs it in a fresh copy of this folder, records what it writes to stdout and
# stderr (secrets redacted), and packs the files bundle.json's "outputs" name into the capsule.
# A non-zero exit fails the run; the validations in bundle.json decide the rest.
set -eu
mkdir -p out
echo "42" > out/result.txt
echo "wrote out/result.txt"
`;
const CAPSULE_IGNORE = `# Files of this folder that should stay out of the run's copy of it (gitignore syntax).
# capsule run never stages .git/, node_modules/, .env* or run folders; add what else should stay out.
out/
*.agipack
*.agipack.sig.json
.env
`;

;// CONCATENATED MODULE: ./src/init/init.ts





const BUNDLE_SCHEMA_ID = 'https://proofcapsule.dev/schemas/bundle.schema.json';
const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;
/**
 * Writes a first bundle into `dir` (made if missing). Never overwrites: when any of the files
 * is already there nothing is written, and the error names it.
 */
function initBundle(dir, schemaFile) {
    const full = (0,external_node_path_.resolve)(dir);
    if ((0,external_node_fs_.existsSync)(full) && !(0,external_node_fs_.statSync)(full).isDirectory())
        throw new errors/* CapsuleError */.Mu('init_target_not_folder', `${dir}: exists and is not a folder; give a new or existing folder`, { file: dir });
    const name = bundleName((0,external_node_path_.basename)(full));
    // A path from the bundle to the schema shipped in the package, so an editor validates offline.
    const schemaRef = schemaFile ? (0,external_node_path_.relative)(full, schemaFile).split('\\').join('/') : BUNDLE_SCHEMA_ID;
    const files = [
        ['bundle.json', bundleTemplate(name, schemaRef), 0o644],
        ['run.sh', RUN_SCRIPT, 0o755],
        ['.capsuleignore', CAPSULE_IGNORE, 0o644],
    ];
    const taken = files.map(([f]) => (0,external_node_path_.join)(full, f)).filter((f) => (0,external_node_fs_.existsSync)(f));
    if (taken.length > 0)
        throw new errors/* CapsuleError */.Mu('init_would_overwrite', `${taken.join(', ')}: already there; capsule init never overwrites (pick a new folder, or move them away)`, { file: taken[0] });
    (0,external_node_fs_.mkdirSync)(full, { recursive: true });
    for (const [file, text, mode] of files)
        (0,atomic.writeFileAtomic)((0,external_node_path_.join)(full, file), text, mode);
    return { dir: full, name, files: files.map(([f]) => (0,external_node_path_.join)(full, f)) };
}
/** The folder's name as a bundle name (lower case, [a-z0-9._-]), or `my-job` when nothing is left. */
function bundleName(folder) {
    const name = folder.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 63);
    return NAME.test(name) ? name : 'my-job';
}


/***/ })

};
