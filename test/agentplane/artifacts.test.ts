import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { validateBundle } from '../../src/bundle/validate.js';
import { runCommand } from '../../src/bundle/run-command.js';
import { buildRunEnv } from '../../src/execute/env.js';
import { processExecutor } from '../../src/execute/process.js';
import { placeBundle } from '../../src/place/place.js';
import { validateAgainst } from '../../src/schemas/registry.js';
import { CapsuleError } from '../../src/errors.js';
import { buildValidationArtifact } from '../../src/agentplane/validation-artifact.js';
import { buildPlacementDecision, buildPlacementReceipt } from '../../src/agentplane/placement-artifacts.js';
import { buildRunArtifact } from '../../src/agentplane/run-artifact.js';
import { buildReplayArtifact } from '../../src/agentplane/replay-artifact.js';
import { buildPromotionArtifact } from '../../src/agentplane/promotion-artifact.js';
import { buildSessionArtifact } from '../../src/agentplane/session-artifact.js';
import type { PromotionDecision } from '../../src/promotion/types.js';
import { reference as referenceData, titled } from '../reference.js';

// Our own schemas always check the artifacts; agentplane's published ones too when they are present.
const SCHEMAS = referenceData('agentplane', 'schemas');
const REF = SCHEMAS.path;
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (a: Ajv2020) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const reference = (file: string) => (SCHEMAS.present ? ajv.compile(JSON.parse(readFileSync(join(REF, file), 'utf8'))) : null);
const REFERENCE: Record<string, ReturnType<typeof reference> | null> = {
  'validation-artifact': reference('validation-artifact.schema.v0.1.json'),
  'placement-decision': reference('placement-decision.schema.v0.1.json'),
  'placement-receipt': null,
  'run-artifact': reference('run-artifact.schema.v0.1.json'),
  'replay-artifact': reference('replay-artifact.schema.v0.1.json'),
  'promotion-artifact': reference('promotion-artifact.schema.v0.1.json'),
  'session-artifact': reference('session-artifact.schema.v0.1.json'),
};
const AT = '2026-01-02T03:04:05Z';

function expectValid(name: string, value: unknown): void {
  expect(validateAgainst(`agentplane-${name}`, value)).toEqual([]);
  const ref = REFERENCE[name];
  if (ref) expect(ref(value) ? [] : ref.errors).toEqual([]);
}

async function artifactsFor(bundlePath: string, hostEnv: NodeJS.ProcessEnv, decision: PromotionDecision['decision']) {
  const vb = validateBundle(bundlePath);
  const placement = await placeBundle(vb, { inventoryPath: 'test/fixtures/place/process-only.json', now: AT });
  const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
  cpSync(vb.dir, workspace, { recursive: true });
  const { argv, cwd } = runCommand(vb);
  const { env, secretValues } = buildRunEnv(vb.bundle, hostEnv);
  const result = await processExecutor.run({ bundle: vb, placement, workspace, logsDir: `${workspace}-logs`, argv, cwd, env, secretValues, timeoutSeconds: 20, logCapBytes: 1 << 20 });
  const promotion: PromotionDecision = { schema: 'agilab.promotion_decision.v1', decision, reason: 'r', status: result.status, run_id: 'run-1', path_id: 'p', label: 'l', manifest_status: result.status, policy_status: 'pass', verification_status: 'pass', blockers: [], next_action: 'n', created_at: AT };
  return {
    result,
    artifacts: {
      'validation-artifact': buildValidationArtifact({ capturedAt: AT, bundlePath: 'bundle/bundle.json', bundle: vb }),
      'placement-decision': buildPlacementDecision(placement),
      'placement-receipt': buildPlacementReceipt(vb, placement),
      'run-artifact': buildRunArtifact(vb, placement, result, { bundlePath: 'bundle/bundle.json', stdoutRef: 'logs/stdout.log', stderrRef: 'logs/stderr.log' }),
      'replay-artifact': buildReplayArtifact(vb, placement, { capturedAt: AT, bundlePath: 'bundle/bundle.json', artifactDir: 'artifacts' }),
      'promotion-artifact': buildPromotionArtifact(vb, promotion, 'sha256:' + 'a'.repeat(64)),
      'session-artifact': buildSessionArtifact(vb, result, { capturedAt: AT, sessionId: '7d4c3a52-5a43-4a57-9d84-4d1b8f2c9b11' }),
    } as Record<string, Record<string, unknown>>,
  };
}

describe('agentplane artifacts', () => {
  it.skipIf(!SCHEMAS.present)(titled('agentplane\'s published schemas are read, so the artifacts are checked against them too', SCHEMAS), () => {
    expect(Object.values(REFERENCE).filter(Boolean)).toHaveLength(6);
  });

  it('every artifact of the agentplane example run validates against the reference schemas and ours', async () => {
    const token = join(mkdtempSync(join(tmpdir(), 'tok-')), 'token');
    writeFileSync(token, 'dummy');
    const { result, artifacts } = await artifactsFor('examples/agentplane/bundles/example-agent/bundle.json', { PATH: process.env.PATH, EXAMPLE_AGENT_TOKEN_FILE: token }, 'manual-review');
    expect(result.status).toBe('pass');
    for (const [name, value] of Object.entries(artifacts)) expectValid(name, value);
    expect(artifacts['run-artifact']).toMatchObject({ bundle: 'example-agent@0.1.0', lane: 'staging', backendIntent: 'lima-process', status: 'success', exitCode: 0 });
    expect(artifacts['replay-artifact']!.inputs).toMatchObject({ bundleRev: 'UNSET', policyPackRef: 'policy-packs/dev/default', secretsRequired: ['EXAMPLE_AGENT_TOKEN_FILE'] });
    expect(artifacts['promotion-artifact']!.reviewSessionRef).toBe('urn:srcos:session:run-1');
    expect(readFileSync(result.logs.stdout.path, 'utf8')).not.toContain(token);
  });

  it('a failed dev run and a promoted one validate too, and builders are deterministic', async () => {
    const failed = await artifactsFor('examples/failing/bundle.json', process.env, 'block');
    for (const [name, value] of Object.entries(failed.artifacts)) expectValid(name, value);
    expect(failed.artifacts['run-artifact']).toMatchObject({ status: 'failure', exitCode: 3, lane: 'staging', 'x-proofcapsule': { lane: 'dev' } });
    const hello = await artifactsFor('examples/hello/bundle.json', process.env, 'promote');
    for (const [name, value] of Object.entries(hello.artifacts)) expectValid(name, value);
    const again = await artifactsFor('examples/hello/bundle.json', process.env, 'promote');
    expect(again.artifacts['placement-receipt']).toEqual(hello.artifacts['placement-receipt']);
  });

  it('an invalid bundle yields a failing ValidationArtifact naming each check', () => {
    let issues: unknown[] = [];
    try {
      validateBundle('test/fixtures/bundle/five-errors/bundle.json');
    } catch (err) {
      issues = (err as CapsuleError).details.issues as unknown[];
    }
    const artifact = buildValidationArtifact({ capturedAt: AT, bundlePath: 'bundle.json', issues: issues as never });
    expectValid('validation-artifact', artifact);
    expect(artifact.valid).toBe(false);
    expect((artifact.checks as { name: string; status: string }[]).filter((c) => c.status === 'fail').map((c) => c.name)).toEqual(['schema', 'paths-inside-bundle', 'secret-names']);
  });
});
