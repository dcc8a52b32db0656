import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { PipelineResult } from '../../src/pipeline/types.js';
import type { DecisionKind } from '../../src/promotion/types.js';

/**
 * A PipelineResult as the engine returns it, with a real capsule and signature file under `dir`,
 * so the adapter can be run without the engine.
 */
export function fakePipelineResult(dir: string, decision: DecisionKind, gateCount = 2): PipelineResult {
  fs.mkdirSync(dir, { recursive: true });
  const capsulePath = path.join(dir, 'hello.agipack');
  const capsule = Buffer.from(`capsule bytes for ${decision}\n`);
  fs.writeFileSync(capsulePath, capsule);
  fs.writeFileSync(`${capsulePath}.sig.json`, '{"signature":"fake"}\n');
  const gates = Array.from({ length: gateCount }, (_, i) => ({ label: `gate-${i}`, status: decision === 'block' && i === 0 ? 'fail' : 'pass', summary: `gate ${i} | checked` }));
  return {
    decision: {
      schema: 'agilab.promotion_decision.v1',
      decision,
      reason: decision === 'block' ? 'gate gate-0 failed' : 'every gate passed',
      status: decision === 'block' ? 'fail' : 'pass',
      run_id: 'hello-20260101T000000Z-abcdef',
      path_id: 'hello',
      label: 'hello',
      manifest_status: 'pass',
      policy_status: 'pass',
      verification_status: 'pass',
      blockers: decision === 'block' ? ['gate-0'] : [],
      next_action: decision === 'block' ? 'fix gate-0' : 'promote',
      created_at: '2026-01-01T00:00:00Z',
    },
    evidenceClass: 'AUTHORITATIVE_EVIDENCE',
    runDir: dir,
    manifestPath: path.join(dir, 'run_manifest.json'),
    capsulePath,
    capsuleSha256: createHash('sha256').update(capsule).digest('hex'),
    capsuleSize: capsule.length,
    signaturePath: `${capsulePath}.sig.json`,
    publicKeySha256: 'a'.repeat(64),
    devKey: true,
    selfAnchored: true,
    verification: {
      schema: 'agilab.proof_capsule_verification.v1',
      status: 'pass',
      capsule: { path: capsulePath, sha256: null, size_bytes: capsule.length },
      strict: true,
      checks: [{ id: 'capsule_exists', status: 'pass', summary: 'found', details: {} }],
      warnings: [],
      evidence_class: 'AUTHORITATIVE_EVIDENCE',
      origin: { verified: true, public_key_sha256: 'a'.repeat(64), summary: 'origin verified' },
    },
    job: { argv: ['/bin/sh', './run.sh'], exitCode: 0, signal: null, timedOut: false, summary: 'exited with code 0' },
    gates,
    outputs: [{ path: 'artifacts/out.txt', sha256: 'b'.repeat(64), size_bytes: 12 }],
    stages: [
      { stage: 'validate', status: 'pass', durationMs: 3, message: 'valid' },
      { stage: 'run', status: 'pass', durationMs: 120, message: 'exit 0' },
      { stage: 'gate', status: decision === 'block' ? 'fail' : 'pass', durationMs: 0, message: 'gates' },
    ],
  };
}
