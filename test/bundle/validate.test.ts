import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateBundle } from '../../src/bundle/validate.js';
import { runCommand } from '../../src/bundle/run-command.js';
import { CapsuleError } from '../../src/errors.js';
import { validateAgainst } from '../../src/schemas/registry.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { BundleIssue } from '../../src/bundle/issues.js';
import { reference, titled } from '../reference.js';

const AGENTPLANE = reference('agentplane');
const REF = AGENTPLANE.path;
/** A test that reads agentplane's published example or schema. */
const itAgentplane = (title: string, fn: () => void) => it.skipIf(!AGENTPLANE.present)(titled(title, AGENTPLANE), fn);

function issuesOf(path: string): BundleIssue[] {
  try {
    validateBundle(path);
  } catch (err) {
    expect(err).toBeInstanceOf(CapsuleError);
    expect((err as CapsuleError).code).toBe('bundle_invalid');
    return (err as CapsuleError).details.issues as BundleIssue[];
  }
  throw new Error('bundle unexpectedly valid');
}

function tmpBundle(from: string, edit: (doc: any) => void, sub = '.'): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'bundle-')), sub);
  cpSync(from, dir, { recursive: true });
  const doc = JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8'));
  edit(doc);
  writeFileSync(join(dir, 'bundle.json'), JSON.stringify(doc, null, 2));
  return join(dir, 'bundle.json');
}

describe('validateBundle', () => {
  it('reports all five errors at once, each located by pointer and line:column', () => {
    const file = resolve('test/fixtures/bundle/five-errors/bundle.json');
    const issues = issuesOf(file);
    expect(issues.map((i) => [i.pointer, i.line, i.column, i.file])).toEqual([
      ['/colour', 4, 13, file],
      ['/spec/policy/maxRunSeconds', 16, 34, file],
      ['/spec/run/script', 12, 24, file],
      ['/spec/outputs/0/path', 14, 27, file],
      ['/spec/secrets/required/0', 15, 31, file],
    ]);
  });

  it('accepts the native examples', () => {
    for (const name of ['hello', 'train', 'failing', 'timeout']) {
      const vb = validateBundle(`examples/${name}/bundle.json`);
      expect(vb.format).toBe('proofcapsule.v1');
      expect(vb.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  itAgentplane('accepts agentplane reference example and maps it', () => {
    const vb = validateBundle(join(REF, 'bundles', 'example-agent', 'bundle.json'));
    expect(vb.format).toBe('agentplane.v0.1');
    const spec = vb.bundle.spec;
    // agentplane resolves paths from its repository root (the folder holding bundles/), as written.
    expect(vb.dir).toBe(REF);
    expect(spec.run.script).toBe('bundles/example-agent/smoke.sh');
    expect(vb.stage).toEqual(['bundles/example-agent']);
    expect(spec.executor.backendIntent).toBe('process');
    expect(spec.executor.vm).toMatchObject({ memMiB: 2048, vcpu: 2, network: true });
    expect(spec.policy).toEqual({ maxRunSeconds: 20, lane: 'staging', failOnTimeout: true, humanGateRequired: false });
    expect(spec.secrets).toEqual({ required: ['EXAMPLE_AGENT_TOKEN_FILE'] });
    expect(spec.artifacts).toEqual({ outDir: 'artifacts/example-agent' });
    expect(spec.outputs).toEqual([{ path: 'artifacts/example-agent/**', kind: 'file' }]);
    const kept = vb.bundle['x-agentplane']!;
    expect(kept.governanceContext).toEqual((vb.original as any).spec.governanceContext);
    expect(kept.vm).toEqual((vb.original as any).spec.vm);
    expect(kept.policy).toEqual({ policyPackHash: 'UNSET', policyPackRef: 'policy-packs/dev/default' });
    expect(kept.secrets).toEqual({ secretRefRoot: 'secrets://user' });
    expect(runCommand(vb)).toEqual({ argv: ['/usr/bin/env', 'bash', './bundles/example-agent/smoke.sh'], cwd: '.' });
  });

  itAgentplane('our agentplane schema agrees with the published one', () => {
    const refSchema = JSON.parse(readFileSync(join(REF, 'schemas', 'bundle.schema.v0.1.json'), 'utf8'));
    const refValidate = new Ajv2020({ strict: false, allErrors: true }).compile(refSchema);
    const base = JSON.parse(readFileSync(join(REF, 'bundles', 'example-agent', 'bundle.json'), 'utf8'));
    const variants: ((d: any) => void)[] = [
      () => {},
      (d) => (d.metadata.name = 'X'),
      (d) => (d.spec.policy.maxRunSeconds = 4),
      (d) => (d.spec.policy.maxRunSeconds = 3601),
      (d) => (d.spec.policy.lane = 'dev'),
      (d) => delete d.spec.smoke,
      (d) => (d.spec.vm.backendIntent = 'docker'),
      (d) => (d.metadata.licensePolicy.allowAGPL = true),
      (d) => (d.spec.vm.mounts[0].ro = 'no'),
      (d) => (d.spec.extra = { anything: 1 }),
      (d) => (d.spec.secrets.required = [1]),
    ];
    for (const v of variants) {
      const doc = structuredClone(base);
      v(doc);
      expect(validateAgainst('agentplane-bundle', doc).length === 0).toBe(refValidate(doc));
    }
  });

  it('refuses allowAGPL true and an AGPL LICENSE file', () => {
    const native = tmpBundle('examples/hello', (d) => (d.metadata.licensePolicy.allowAGPL = true));
    expect(issuesOf(native).map((i) => [i.pointer, i.check, i.message])).toEqual([['/metadata/licensePolicy/allowAGPL', 'license-policy', 'AGPL bundles are refused: metadata.licensePolicy.allowAGPL must be declared false']]);
    const lic = issuesOf(resolve('test/fixtures/bundle/agpl/bundle.json'));
    expect(lic).toEqual([expect.objectContaining({ check: 'license-file', file: resolve('test/fixtures/bundle/agpl/LICENSE'), line: 2, column: 21 })]);
  });

  itAgentplane('refuses an agentplane bundle without a license policy, at its line', () => {
    const ap = tmpBundle(join(REF, 'bundles', 'example-agent'), (d) => delete d.metadata.licensePolicy, 'bundles/example-agent');
    expect(issuesOf(ap).map((i) => [i.pointer, i.line])).toEqual([['/metadata/licensePolicy/allowAGPL', 4]]);
  });

  it('rejects maxRunSeconds 4 and 3601', () => {
    for (const n of [4, 3601]) {
      const path = tmpBundle('examples/hello', (d) => (d.spec.policy.maxRunSeconds = n));
      expect(issuesOf(path).map((i) => i.pointer)).toEqual(['/spec/policy/maxRunSeconds']);
    }
  });

  itAgentplane('rejects maxRunSeconds 3601 in an agentplane bundle', () => {
    const ap = tmpBundle(join(REF, 'bundles', 'example-agent'), (d) => (d.spec.policy.maxRunSeconds = 3601), 'bundles/example-agent');
    expect(issuesOf(ap).map((i) => i.pointer)).toEqual(['/spec/policy/maxRunSeconds']);
  });
});
