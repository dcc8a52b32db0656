import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAPSULE_CHECK_IDS, CAPSULE_FACT_PRODUCERS, CAPSULE_STEPS, verifyCapsule } from '../../src/verify/capsule.js';
import { pass, runSteps, type FactAccess, type Step } from '../../src/verify/steps.js';
import { signCapsule } from '../../src/sign/sign.js';
import { buildRunCapsule, type BuiltRunCapsule } from '../prove/build-capsule.js';

let built: BuiltRunCapsule;

beforeAll(async () => {
  built = await buildRunCapsule();
});

describe('the capsule check list', () => {
  it('runs its checks in the declared id order, each listed once', () => {
    expect(CAPSULE_STEPS.map((s) => s.id)).toEqual([...CAPSULE_CHECK_IDS]);
  });

  it('every needs and uses names a check that runs earlier', () => {
    CAPSULE_STEPS.forEach((step, i) => {
      const earlier = new Set(CAPSULE_STEPS.slice(0, i).map((s) => s.id));
      for (const need of [...step.needs, ...(step.uses ?? [])]) expect(earlier.has(need), `${step.id} needs ${need}`).toBe(true);
    });
  });

  it('every fact is established by a check on the list', () => {
    for (const producer of Object.values(CAPSULE_FACT_PRODUCERS)) expect(CAPSULE_CHECK_IDS).toContain(producer);
  });

  it('on a capsule that exercises every check (signed, policy and --public-key anchored, sealed chain, provenance), all run and pass: no check reads a fact it did not declare', async () => {
    const policy = join(built.dir, 'trust.json');
    writeFileSync(policy, JSON.stringify({ allowed_public_key_sha256: [built.key.publicKeySha256], allowed_signers: ['ci@example.org'], required_evidence_class: 'AUTHORITATIVE_EVIDENCE' }));
    const publicKey = join(built.dir, 'signer.pub.pem');
    writeFileSync(publicKey, built.key.publicKeyPem);
    const signed = join(built.dir, 'signed-ci.sig.json');
    await signCapsule(built.capsule, built.key, { signaturePath: signed, signer: 'ci@example.org', createdAt: '2026-03-14T09:30:00Z' });
    const report = await verifyCapsule(built.capsule, { signaturePath: signed, trustPolicyPath: policy, publicKeyPaths: [publicKey], requireSignature: true, strict: true });
    expect(report.checks.filter((c) => c.status === 'fail')).toEqual([]);
    const ran = new Set(report.checks.map((c) => c.id));
    // The agentplane artifacts are not in this capsule; every other check applies.
    expect(CAPSULE_CHECK_IDS.filter((id) => !ran.has(id))).toEqual(['agentplane_artifacts_valid']);
    expect(report.origin.verified).toBe(true);
    expect(report.evidence_class).toBe('AUTHORITATIVE_EVIDENCE');
  });
});

type Id = 'a' | 'b' | 'c';
interface Facts {
  x: number;
  y: number;
}
type Ctx = FactAccess<Facts>;

async function run(steps: Step<Id, Ctx>[]) {
  return runSteps<Id, Facts, Ctx>(steps, { x: 'a', y: 'b' }, (facts) => facts);
}

describe('runSteps', () => {
  it('a check reading a fact of a check it did not declare fails, naming both', async () => {
    const { checks } = await run([
      { id: 'a', needs: [], run: (c) => (c.set('x', 1), pass('a')) },
      { id: 'b', needs: [], run: (c) => pass(`x is ${c.get('x')}`) },
    ]);
    expect(checks[1]).toMatchObject({ id: 'b', status: 'fail', details: { internal_error: true } });
    expect(checks[1]!.summary).toMatch(/reads x, a fact of a, which it does not declare in needs/);
  });

  it('a check may read a declared check\'s facts, and its needs\' needs', async () => {
    const { checks } = await run([
      { id: 'a', needs: [], run: (c) => (c.set('x', 1), pass('a')) },
      { id: 'b', needs: ['a'], run: (c) => (c.set('y', c.get('x') + 1), pass('b')) },
      { id: 'c', needs: ['b'], run: (c) => pass(`${c.get('x')} ${c.get('y')}`) },
    ]);
    expect(checks.map((c) => [c.id, c.status, c.summary])).toEqual([['a', 'pass', 'a'], ['b', 'pass', 'b'], ['c', 'pass', '1 2']]);
  });

  it('a check may not set another check\'s fact', async () => {
    const { checks } = await run([{ id: 'b', needs: [], run: (c) => (c.set('x', 1), pass('b')) }]);
    expect(checks[0]!.summary).toMatch(/sets x, a fact of a/);
  });

  it('a thrown error is that check\'s failure, and what needs it is not run', async () => {
    const { checks, warnings } = await run([
      { id: 'a', needs: [], run: () => { throw new Error('boom'); } },
      { id: 'b', needs: ['a'], run: () => pass('b') },
      { id: 'c', needs: ['b'], run: () => pass('c') },
    ]);
    expect(checks).toEqual([{ id: 'a', status: 'fail', summary: 'a could not complete: boom', details: { internal_error: true } }]);
    expect(warnings).toEqual(['b not run: a failed', 'c not run: b was not run']);
  });

  it('a used check that did not pass leaves its facts undefined; one that did not apply is skipped silently by its needers', async () => {
    const { checks } = await run([
      { id: 'a', needs: [], run: () => null },
      { id: 'b', needs: ['a'], run: () => pass('b') },
      { id: 'c', needs: [], uses: ['a'], run: (c) => pass(`x ${c.maybe('x') ?? 'absent'}`) },
    ]);
    expect(checks).toEqual([{ id: 'c', status: 'pass', summary: 'x absent', details: {} }]);
  });
});
