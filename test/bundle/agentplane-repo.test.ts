import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { BundleIssue } from '../../src/bundle/issues.js';
import { runCommand } from '../../src/bundle/run-command.js';
import { validateBundle } from '../../src/bundle/validate.js';
import { CapsuleError } from '../../src/errors.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { replayRun } from '../../src/replay/replay.js';
import { reference, titled } from '../reference.js';

const REPO = resolve('test/fixtures/agentplane-repo');
const REF_SCHEMA = reference('agentplane', 'schemas', 'bundle.schema.v0.1.json');
const VALID = ['assessment', 'fleet-agent', 'governed-agent', 'hello-agent', 'image-smoke', 'microvm-agent', 'no-network', 'prod-lane', 'qemu-stage', 'shared-smoke'];
const bundles = readdirSync(join(REPO, 'bundles')).sort();

function issuesOf(path: string, repoRoot?: string): BundleIssue[] {
  try {
    validateBundle(path, { repoRoot });
  } catch (err) {
    if (err instanceof CapsuleError && err.code === 'bundle_invalid') return err.details.issues as BundleIssue[];
    throw err;
  }
  return [];
}

const bundleFile = (name: string) => join(REPO, 'bundles', name, 'bundle.json');

describe("agentplane's repository layout", () => {
  it.skipIf(!REF_SCHEMA.present)(titled('agentplane\'s own schema accepts exactly the ten bundles meant to be valid', REF_SCHEMA), () => {
    const schema = JSON.parse(readFileSync(REF_SCHEMA.path, 'utf8')) as object;
    const refValidate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    expect(bundles.filter((n) => refValidate(JSON.parse(readFileSync(bundleFile(n), 'utf8'))))).toEqual(VALID);
  });

  it.each(VALID)('%s validates, its paths resolved from the repository root (the folder holding bundles/)', (name) => {
    expect(issuesOf(bundleFile(name))).toEqual([]);
    const vb = validateBundle(bundleFile(name));
    expect(vb.format).toBe('agentplane.v0.1');
    expect(vb.dir).toBe(REPO);
    expect(vb.stage?.[0]).toBe(`bundles/${name}`);
    expect(vb.bundle.spec.outputs).toEqual([{ path: `artifacts/${name}/**`, kind: 'file' }]);
  });

  it('a smoke script outside its bundle\'s folder is found from the root, staged at its repository path and run from the root', () => {
    const vb = validateBundle(bundleFile('shared-smoke'));
    expect(vb.bundle.spec.run.script).toBe('scripts/smoke-common.sh');
    expect(vb.stage).toEqual(['bundles/shared-smoke', 'scripts/smoke-common.sh']);
    expect(runCommand(vb)).toEqual({ argv: ['/usr/bin/env', 'bash', './scripts/smoke-common.sh'], cwd: '.' });
  });

  it('a bundle with no vm gets the schema\'s diagnostic (spec.vm is required), not one about an executor', () => {
    const issues = issuesOf(bundleFile('no-vm'));
    expect(issues.map((i) => [i.check, i.pointer, i.message])).toEqual([
      ['schema', '/spec', 'missing required property "vm"'],
      ['schema', '/spec/policy/lane', 'must be equal to one of the allowed values: "staging", "prod"'],
    ]);
  });
});

describe('agentplane paths are confined to the repository root', () => {
  function repoWith(edit: (doc: { spec: { smoke: { script: string }; vm: { modulePath: string } } }) => void, layout = 'bundles/b'): { root: string; file: string } {
    const root = mkdtempSync(join(tmpdir(), 'ap-root-'));
    const dir = join(root, ...layout.split('/'));
    cpSync(join(REPO, 'bundles', 'hello-agent'), dir, { recursive: true });
    const doc = JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8'));
    doc.spec.smoke.script = `${layout}/smoke.sh`;
    edit(doc);
    writeFileSync(join(dir, 'bundle.json'), JSON.stringify(doc, null, 2));
    return { root, file: join(dir, 'bundle.json') };
  }

  it('refuses a script that climbs out (..), is absolute, or leaves the root through a symlink', () => {
    const up = repoWith((d) => (d.spec.smoke.script = '../outside.sh'));
    expect(issuesOf(up.file).map((i) => [i.pointer, i.message])).toEqual([['/spec/smoke/script', 'script "../outside.sh" must not contain ".." segments']]);
    const abs = repoWith((d) => (d.spec.smoke.script = '/bin/sh'));
    expect(issuesOf(abs.file)[0]!.message).toBe('script "/bin/sh" must be relative to the repository root, not absolute');
    const link = repoWith((d) => (d.spec.smoke.script = 'scripts/escape.sh'));
    mkdirSync(join(link.root, 'scripts'));
    const outside = join(mkdtempSync(join(tmpdir(), 'ap-outside-')), 'x.sh');
    writeFileSync(outside, '#!/bin/sh\n');
    symlinkSync(outside, join(link.root, 'scripts', 'escape.sh'));
    expect(issuesOf(link.file)[0]!.message).toBe(`script "scripts/escape.sh" resolves (through a symlink) outside the repository root ${link.root}`);
    const module = repoWith((d) => (d.spec.vm.modulePath = '../vm.nix'));
    expect(issuesOf(module.file).map((i) => i.pointer)).toEqual(['/spec/vm/modulePath']);
  });

  it('--repo-root names the root when no folder holds bundles/, and must hold the bundle', () => {
    const { root, file } = repoWith((d) => (d.spec.smoke.script = 'tools/smoke.sh'), 'agents/b');
    mkdirSync(join(root, 'tools'));
    writeFileSync(join(root, 'tools', 'smoke.sh'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(root, 'tools', 'smoke.sh'), 0o755);
    expect(issuesOf(file)[0]!.message).toBe(`script "tools/smoke.sh" does not exist in the repository root ${join(root, 'agents', 'b')}`);
    expect(issuesOf(file, root)).toEqual([]);
    expect(validateBundle(file, { repoRoot: root }).stage).toEqual(['agents/b', 'tools/smoke.sh']);
    const elsewhere = mkdtempSync(join(tmpdir(), 'ap-elsewhere-'));
    expect(issuesOf(file, elsewhere).map((i) => i.message)).toContain(`the bundle is not inside the repository root ${elsewhere} (--repo-root)`);
  });
});

describe('a bundle whose smoke script lives elsewhere in the repository, end to end', () => {
  it('runs from the root, packs the repository-relative layout, and replays to the same outputs', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ap-run-')), 'run');
    const result = await runPipeline({ bundlePath: bundleFile('shared-smoke'), outDir: out, executor: 'process' });
    expect(result.gates.filter((g) => g.status !== 'pass')).toEqual([]);
    expect(result.outputs.map((o) => o.path)).toEqual(['artifacts/shared-smoke/smoke-result.json']);
    expect(existsSync(join(out, 'bundle', 'bundles', 'shared-smoke', 'bundle.json'))).toBe(true);
    expect(readFileSync(join(out, 'bundle', 'scripts', 'smoke-common.sh'), 'utf8')).toBe(readFileSync(join(REPO, 'scripts', 'smoke-common.sh'), 'utf8'));
    expect(existsSync(join(out, 'bundle', 'bundles', 'hello-agent'))).toBe(false);
    // The run's own key is the anchor: replay --execute runs only what a trusted key signed.
    const replay = await replayRun(result.capsulePath, { execute: true, publicKeyPaths: [join(out, 'keys', 'dev-signing-key.pub.pem')] });
    expect(replay.executed?.status).toBe('match');
  });
});
