import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AGILAB_MODULES, runAgilab, runCapsule, runPython, type ToolRun } from './oracle.js';

/** The files one tool wrote for a run, which the other tool is then asked to read. */
export interface Side {
  name: 'AGILAB' | 'ours';
  root: string;
  /** The folder holding run_manifest.json (AGILAB's writer's, or `capsule run --out`). */
  runFolder: string;
  manifest: string;
  capsule: string;
  /** Detached signature of `capsule`, at `<capsule>.sig.json`. */
  signature: string;
  /** The private key that signed it, and the sha256 of its public key PEM. */
  key: string;
  keySha256: string;
  /** Trust policies anchoring `keySha256`, in the spellings this side writes. */
  trustJson: string;
  trustToml: string;
  trustTml: string;
}

function must(r: ToolRun, what: string): ToolRun {
  if (r.code !== 0) throw new Error(`${what}: ${r.display} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/**
 * AGILAB's own writer (agilab.evidence.run_manifest) records artifacts by absolute path and
 * records no hash: a file inside the run folder, a directory inside it (kind "directory", no
 * size), a file outside it, and one that was never produced.
 */
const WRITE_AGILAB_MANIFEST = `
import sys
from pathlib import Path
from agilab.evidence import run_manifest as rm
run, outside = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
manifest = rm.build_run_manifest(
    path_id="demo/train", label="demo training", status="pass",
    command=rm.RunManifestCommand(label="train", argv=("sh", "job.sh"), cwd=str(run),
                                  env_overrides={"MODE": "fast", "API_TOKEN": "<redacted>"}),
    environment=rm.RunManifestEnvironment.from_paths(repo_root=run, active_app=run),
    timing=rm.RunManifestTiming(started_at="2026-03-14T09:25:12Z", finished_at="2026-03-14T09:27:41Z",
                                duration_seconds=149.0, target_seconds=300.0),
    artifacts=[
        rm.RunManifestArtifact.from_path(run / "out" / "metrics.json", kind="metrics"),
        rm.RunManifestArtifact.from_path(run / "out" / "model"),
        rm.RunManifestArtifact.from_path(outside),
        rm.RunManifestArtifact.from_path(run / "out" / "profile.html"),
    ],
    validations=[rm.RunManifestValidation(label="accuracy >= 0.85", status="pass", summary="accuracy 0.912",
                                          details={"accuracy": 0.912, "model": "demo-model"})],
    run_id="run-demo-0001", created_at="2026-03-14T09:27:41Z",
)
rm.write_run_manifest(manifest, run / "run_manifest.json")
`;

/** A run folder as AGILAB's writer leaves it, with its job script, outputs and one file outside. */
export async function writeAgilabRun(root: string): Promise<string> {
  const run = join(root, 'run');
  mkdirSync(join(run, 'out', 'model'), { recursive: true });
  writeFileSync(join(run, 'job.sh'), '#!/bin/sh\necho "replayed with MODE=$MODE"\n');
  writeFileSync(join(run, 'out', 'metrics.json'), '{"accuracy": 0.912}\n');
  writeFileSync(join(run, 'out', 'model', 'weights.bin'), Buffer.from([0, 1, 2, 3, 4, 5, 6, 7]));
  writeFileSync(join(run, 'out', 'model', 'config.json'), '{"layers": 2}\n');
  const outside = join(root, 'shared-data.csv');
  writeFileSync(outside, 'a,b\n1,2\n');
  must(await runPython(WRITE_AGILAB_MANIFEST, [run, outside]), "AGILAB's run-manifest writer");
  return join(run, 'run_manifest.json');
}

/** AGILAB's side: its writer's manifest, `prove --export`, `sign --generate-key`, and trust policies in its spellings. */
export async function buildAgilabSide(root: string): Promise<Side> {
  mkdirSync(root, { recursive: true });
  const manifest = await writeAgilabRun(root);
  const capsule = join(root, 'agilab.agipack');
  const key = join(root, 'agilab-key.pem');
  must(await runAgilab(AGILAB_MODULES.contract, ['prove', manifest, '--export', capsule]), 'AGILAB prove --export');
  const signed = must(await runAgilab(AGILAB_MODULES.contract, ['sign', capsule, '--key', key, '--generate-key', '--signer', 'agilab-ci', '--issuer', 'https://agilab.example', '--json']), 'AGILAB sign');
  const keySha256 = (JSON.parse(signed.stdout) as { key: { public_key_sha256: string } }).key.public_key_sha256;
  const side: Side = {
    name: 'AGILAB', root, runFolder: join(root, 'run'), manifest, capsule, signature: `${capsule}.sig.json`, key, keySha256,
    trustJson: join(root, 'trust.json'), trustToml: join(root, 'trust.toml'), trustTml: join(root, 'trust.tml'),
  };
  writeFileSync(side.trustJson, `${JSON.stringify({ allowed_public_keys_sha256: [keySha256], allowed_signers: ['agilab-ci'] })}\n`);
  writeFileSync(side.trustToml, `schema = "agilab.proof_capsule_trust_policy.v1"\ntrusted_public_keys_sha256 = ["${keySha256}"]\n`);
  writeFileSync(side.trustTml, `trusted_public_key_sha256 = "${keySha256}"\ntrusted_issuers = ["https://agilab.example"]\n`);
  return side;
}

/** Our side: `capsule run examples/hello` (manifest, run folder, capsule, dev-key signature, local trust policy). */
export async function buildOurSide(root: string): Promise<Side> {
  mkdirSync(root, { recursive: true });
  const runFolder = join(root, 'run');
  must(await runCapsule(['run', resolve('examples/hello'), '--out', runFolder]), 'capsule run');
  const capsule = join(runFolder, 'hello.agipack');
  const trustJson = join(runFolder, 'keys', 'trust-policy.local.json');
  const keySha256 = (JSON.parse(readFileSync(trustJson, 'utf8')) as { allowed_public_key_sha256: string[] }).allowed_public_key_sha256[0]!;
  const side: Side = {
    name: 'ours', root, runFolder, manifest: join(runFolder, 'run_manifest.json'), capsule, signature: `${capsule}.sig.json`,
    key: join(runFolder, 'keys', 'dev-signing-key.pem'), keySha256,
    trustJson: join(root, 'trust.json'), trustToml: join(root, 'trust.toml'), trustTml: join(root, 'trust.tml'),
  };
  copyFileSync(trustJson, side.trustJson);
  writeFileSync(side.trustToml, `schema = "agilab.proof_capsule_trust_policy.v1"\nallowed_public_key_sha256 = ["${keySha256}"]\n`);
  writeFileSync(side.trustTml, `allowed_public_key_sha256 = ["${keySha256}"]\n`);
  return side;
}

/** Promotion policies in each spelling AGILAB reads, shared by both directions. */
export interface Policies {
  json: string;
  toml: string;
  tml: string;
  /** Selects a rule neither tool knows: AGILAB fails that rule. */
  unknownRule: string;
}

export function writePolicies(root: string): Policies {
  mkdirSync(root, { recursive: true });
  const p: Policies = { json: join(root, 'policy.json'), toml: join(root, 'policy.toml'), tml: join(root, 'policy.tml'), unknownRule: join(root, 'policy-unknown-rule.json') };
  writeFileSync(p.json, `${JSON.stringify({ schema: 'agilab.policy.v1', id: 'compat.gate', rules: [{ id: 'manifest_status_pass', required: true }, { id: 'command_present' }, { id: 'replay_available', required: false }] })}\n`);
  writeFileSync(p.toml, 'id = "compat.toml"\nrules = ["manifest_status_pass", "validations_pass"]\n');
  writeFileSync(p.tml, 'id = "compat.tml"\n[rules]\nmanifest_status_pass = true\nsecret_env_values_redacted = true\nreplay_available = false\n');
  writeFileSync(p.unknownRule, `${JSON.stringify({ id: 'compat.unknown', rules: ['manifest_status_pass', 'no_such_rule'] })}\n`);
  return p;
}
