import { basename, join } from 'node:path';
import { writeJsonFile } from '../json/write.js';
import { assertValid } from '../schemas/registry.js';
import type { ValidatedBundle } from '../bundle/types.js';
import type { Placement } from '../execute/placement.js';
import type { RunResult } from '../execute/types.js';
import type { RunManifest } from '../manifest/types.js';
import type { PromotionDecision } from '../promotion/types.js';
import type { CollectedOutput } from '../collect/outputs.js';
import { AGENTPLANE_FILES } from './common.js';
import { buildValidationArtifact } from './validation-artifact.js';
import { buildPlacementDecision, buildPlacementReceipt } from './placement-artifacts.js';
import { buildRunArtifact } from './run-artifact.js';
import { buildReplayArtifact } from './replay-artifact.js';
import { buildPromotionArtifact } from './promotion-artifact.js';
import { buildSessionArtifact } from './session-artifact.js';

export interface AgentplaneRunFacts {
  vb: ValidatedBundle;
  placement: Placement;
  result: RunResult;
  outputs: CollectedOutput[];
  decision: PromotionDecision;
  manifest: RunManifest;
  /** The run's createdAt: every capturedAt derives from it, never the wall clock. */
  createdAt: string;
}

/** Every agentplane artifact of a run, keyed by its path relative to the run folder. */
function buildAgentplaneArtifacts(f: AgentplaneRunFacts): Record<string, Record<string, unknown>> {
  const bundlePath = `bundle/${basename(f.vb.path)}`;
  const artifacts: Record<string, Record<string, unknown>> = {
    [AGENTPLANE_FILES.validation]: buildValidationArtifact({ capturedAt: f.createdAt, bundlePath, bundle: f.vb }),
    [AGENTPLANE_FILES.placementDecision]: buildPlacementDecision(f.placement),
    [AGENTPLANE_FILES.placementReceipt]: buildPlacementReceipt(f.vb, f.placement),
    [AGENTPLANE_FILES.run]: buildRunArtifact(f.vb, f.placement, f.result, { bundlePath, stdoutRef: 'logs/stdout.log', stderrRef: 'logs/stderr.log' }),
    [AGENTPLANE_FILES.replay]: buildReplayArtifact(f.vb, f.placement, { capturedAt: f.createdAt, bundlePath, artifactDir: 'artifacts' }),
    [AGENTPLANE_FILES.promotion]: buildPromotionArtifact(f.vb, f.decision, `urn:proofcapsule:run:${f.manifest.run_id}`),
  };
  const sessionId = f.manifest.proof_capsule?.evidence.session_id;
  if (sessionId) artifacts[AGENTPLANE_FILES.session] = buildSessionArtifact(f.vb, f.result, { capturedAt: f.createdAt, sessionId });
  return artifacts;
}

const SCHEMA_OF: Record<string, string> = {
  [AGENTPLANE_FILES.validation]: 'agentplane-validation-artifact',
  [AGENTPLANE_FILES.placementDecision]: 'agentplane-placement-decision',
  [AGENTPLANE_FILES.placementReceipt]: 'agentplane-placement-receipt',
  [AGENTPLANE_FILES.run]: 'agentplane-run-artifact',
  [AGENTPLANE_FILES.replay]: 'agentplane-replay-artifact',
  [AGENTPLANE_FILES.promotion]: 'agentplane-promotion-artifact',
  [AGENTPLANE_FILES.session]: 'agentplane-session-artifact',
};

/** Writes the artifacts into `agentplaneDir` (the run folder's agentplane/), each checked against its schema first. */
export function writeAgentplaneArtifacts(agentplaneDir: string, facts: AgentplaneRunFacts): string[] {
  const written: string[] = [];
  for (const [rel, value] of Object.entries(buildAgentplaneArtifacts(facts))) {
    const path = join(agentplaneDir, basename(rel));
    assertValid(SCHEMA_OF[rel]!, value, path);
    writeJsonFile(path, value);
    written.push(path);
  }
  return written;
}
