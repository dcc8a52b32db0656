/** The files `capsule init` writes: the smallest bundle that runs, says why, and promotes. */
export function bundleTemplate(name: string, schemaRef: string): string {
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

export const RUN_SCRIPT = `#!/bin/sh
# The job. capsule runs it in a fresh copy of this folder, records what it writes to stdout and
# stderr (secrets redacted), and packs the files bundle.json's "outputs" name into the capsule.
# A non-zero exit fails the run; the validations in bundle.json decide the rest.
set -eu
mkdir -p out
echo "42" > out/result.txt
echo "wrote out/result.txt"
`;

export const CAPSULE_IGNORE = `# Files of this folder that should stay out of the run's copy of it (gitignore syntax).
# capsule run never stages .git/, node_modules/, .env* or run folders; add what else should stay out.
out/
*.agipack
*.agipack.sig.json
.env
`;
