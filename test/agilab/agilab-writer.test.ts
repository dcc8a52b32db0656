import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AGILAB_MODULES, agilabMissing, jsonOf, runAgilab, runCapsule, runPython, type ToolRun } from './oracle.js';
import { writeAgilabRun } from './sides.js';

interface Check { id: string; status: string; summary: string; details: Record<string, unknown> }
const checks = (r: ToolRun) => (jsonOf(r)?.checks ?? []) as Check[];
const check = (r: ToolRun, id: string) => checks(r).find((c) => c.id === id);
const failed = (r: ToolRun) => checks(r).filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.summary}`);

/** Rewrites one entry of a capsule and every digest that names it, as a careful forger would (no signature). */
const FORGE = `
import hashlib, json, sys, zipfile
src, out, name = sys.argv[1], sys.argv[2], sys.argv[3]
with zipfile.ZipFile(src) as a:
    data = {i.filename: a.read(i.filename) for i in a.infolist()}
data[name] = data[name] + b"forged"
digest = lambda b: (hashlib.sha256(b).hexdigest(), len(b))
index = json.loads(data["agilab_proof_pack.json"])
for f in index["files"]:
    if f["path"] == name: f["sha256"], f["size_bytes"] = digest(data[name])
data["agilab_proof_pack.json"] = json.dumps(index, indent=2).encode() + b"\\n"
manifest = json.loads(data["agipack-manifest.json"])
for e in manifest["entries"]:
    e["sha256"], e["size_bytes"] = digest(data[e["path"]])
data["agipack-manifest.json"] = json.dumps(manifest, indent=2).encode() + b"\\n"
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as b:
    for n in sorted(data): b.writestr(n, data[n])
`;

/**
 * Must show: AGILAB's own writer, `prove --export` and `sign` give a capsule ours verifies
 * under --strict with the signature and a trust policy, and replays; a manifest from AGILAB's
 * writer with a directory artifact verifies, packs and promotes in ours as in AGILAB.
 */
const skipped = agilabMissing ? ` (skipped: ${agilabMissing})` : '';
const NOT_PACKED = 'not packed, no hash recorded';

describe.skipIf(agilabMissing !== null)(`files written by AGILAB's own code, read by ours${skipped}`, () => {
  let root: string;
  let manifest: string;
  let capsule: string;
  let trust: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'agilab-writer-'));
    manifest = await writeAgilabRun(root);
    capsule = join(root, 'agilab.agipack');
    expect((await runAgilab(AGILAB_MODULES.contract, ['prove', manifest, '--export', capsule])).code).toBe(0);
    const key = join(root, 'key.pem');
    const sign = ['sign', capsule, '--key', key, '--generate-key', '--signer', 'agilab-ci', '--json'];
    const signed = await runAgilab(AGILAB_MODULES.contract, sign);
    expect(signed.code, signed.stderr).toBe(0);
    trust = join(root, 'trust.json');
    const keySha = (jsonOf(signed) as { key: { public_key_sha256: string } }).key.public_key_sha256;
    writeFileSync(trust, JSON.stringify({ allowed_public_keys_sha256: [keySha], allowed_signers: ['agilab-ci'] }));
  }, 120_000);

  it('AGILAB prove --export + sign: ours verify --strict --signature --trust-policy passes', async () => {
    const signedArgs = ['--signature', `${capsule}.sig.json`, '--trust-policy', trust, '--strict', '--json'];
    const theirs = await runAgilab(AGILAB_MODULES.contract, ['verify', capsule, ...signedArgs]);
    expect(jsonOf(theirs)?.status).toBe('pass');
    const ours = await runCapsule(['verify', capsule, ...signedArgs]);
    expect(failed(ours)).toEqual([]);
    expect(ours.code).toBe(0);
    const outputs = check(ours, 'outputs_match_recorded_hashes')!;
    const notPacked = outputs.details.not_packed as { name: string; reason: string }[];
    expect(notPacked.map((n) => n.reason)).toEqual([NOT_PACKED, NOT_PACKED, NOT_PACKED]);
    expect(outputs.summary).toContain('3 not packed');
    expect(check(ours, 'capsule_trust_policy_allows_public_key')?.status).toBe('pass');
    // A capsule of AGILAB's that lost its signature's subject still fails: the pass above is earned.
    const other = join(root, 'other.agipack');
    // AGILAB stamps its capsule with the time (ZIP times have 2 s steps): within the same step
    // its prove of the same manifest is the same bytes, and the old signature would rightly fit.
    await new Promise((r) => setTimeout(r, 2100));
    expect((await runAgilab(AGILAB_MODULES.contract, ['prove', manifest, '--export', other])).code).toBe(0);
    expect(readFileSync(other).equals(readFileSync(capsule)), 'the second capsule is other bytes').toBe(false);
    const wrong = await runCapsule(['verify', other, ...signedArgs]);
    expect(wrong.code).toBe(1);
    expect(check(wrong, 'capsule_signature_subject_matches')?.status).toBe('fail');
  });

  it('ours replay prints the AGILAB capsule as AGILAB does; --execute runs it in its cwd with its env', async () => {
    const theirs = jsonOf(await runAgilab(AGILAB_MODULES.contract, ['replay', capsule, '--json']))!;
    const printed = await runCapsule(['replay', capsule, '--json']);
    expect(printed.code, printed.stderr).toBe(0);
    const plan = jsonOf(printed)!;
    for (const key of ['schema', 'run_id', 'path_id', 'command', 'safe_default', 'execute_requires']) {
      const pick = (v: unknown) => (key === 'command' ? { ...(v as object), env_names: undefined } : v);
      expect(pick(plan[key]), key).toEqual(pick(theirs[key]));
    }
    expect(plan.source_capsule).toBe(capsule);
    // Its origin proven (AGILAB's signature under a policy anchoring AGILAB's key), it runs.
    const ran = await runCapsule(['replay', capsule, '--execute', '--trust-policy', trust, '--json']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(jsonOf(ran)).toMatchObject({ status: 'pass', returncode: 0, stdout: 'replayed with MODE=fast\n' });
    expect((jsonOf(ran)!.notes as string[]).join('\n')).toContain('API_TOKEN was redacted in the record');
  });

  it('ours replay --execute --timeout stops a recorded command that runs too long (exit 1, status fail)', async () => {
    const slow = join(root, 'slow');
    mkdirSync(slow);
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { command: { argv: string[]; cwd: string } };
    m.command.argv = ['sleep', '30'];
    writeFileSync(join(slow, 'run_manifest.json'), JSON.stringify(m));
    const started = Date.now();
    const slowManifest = join(slow, 'run_manifest.json');
    const args = ['replay', slowManifest, '--execute', '--allow-untrusted', '--timeout', '0.5', '--json'];
    const r = await runCapsule(args);
    expect(r.code).toBe(1);
    expect(jsonOf(r)).toMatchObject({ status: 'fail', timed_out: true });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a directory artifact from AGILAB\'s writer: verify, pack, verify the pack, promote, as AGILAB', async () => {
    const theirs = await runAgilab(AGILAB_MODULES.contract, ['verify', manifest, '--json']);
    const ours = await runCapsule(['verify', manifest, '--json']);
    expect(jsonOf(theirs)?.status).toBe('pass');
    expect(failed(ours)).toEqual([]);

    const packed = join(root, 'ours.agipack');
    const proved = await runCapsule(['prove', manifest, '--export', packed, '--json']);
    expect(proved.code, proved.stderr).toBe(0);
    const entries = ((jsonOf(proved)!.entries ?? []) as { path: string }[]).map((e) => e.path);
    const model = ['artifacts/out/model/config.json', 'artifacts/out/model/weights.bin'];
    expect(entries).toEqual(expect.arrayContaining(['artifacts/out/metrics.json', ...model]));
    expect(entries.some((p) => p.includes('shared-data'))).toBe(false);
    const strict = await runCapsule(['verify', packed, '--strict', '--json']);
    expect(failed(strict)).toEqual([]);
    const notPacked = check(strict, 'outputs_match_recorded_hashes')!.details.not_packed;
    const reason = 'is outside the run folder: recorded, not packed';
    const outside = { name: 'shared-data.csv', path: join(root, 'shared-data.csv'), reason };
    expect(notPacked).toEqual([outside]);
    const theirsOfOurs = await runAgilab(AGILAB_MODULES.contract, ['verify', packed, '--strict', '--json']);
    expect(jsonOf(theirsOfOurs)?.status).toBe('pass');

    // The directory's tree digest is what is checked: one changed file fails it, by name.
    const forged = join(root, 'forged.agipack');
    expect((await runPython(FORGE, [packed, forged, 'artifacts/out/model/weights.bin'])).code).toBe(0);
    const caught = await runCapsule(['verify', forged, '--json']);
    expect(caught.code).toBe(1);
    expect(check(caught, 'outputs_match_recorded_hashes')?.summary).toMatch(/artifact model .*tree digest/);

    const dossier = (dir: string) => [manifest, '--output-dir', join(root, dir), '--json'];
    const theirDecision = jsonOf(await runAgilab(AGILAB_MODULES.dossier, dossier('d-agilab')))?.decision;
    const ourDecision = jsonOf(await runCapsule(['promotion-dossier', ...dossier('d-ours')]))?.decision;
    expect(theirDecision).toBe('promote');
    expect(ourDecision).toBe(theirDecision);
  }, 120_000);
});
