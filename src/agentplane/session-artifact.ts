import type { ValidatedBundle } from '../bundle/types.js';
import type { RunResult } from '../execute/types.js';
import { AGENTPLANE_FILES, bundleRef, governanceContext } from './common.js';

export interface SessionArtifactInput {
  capturedAt: string;
  /** The evidence chain's session_id (UUIDv4). */
  sessionId: string;
}

/** agentplane SessionArtifact for the evidence session, linking the run and replay artifacts. */
export function buildSessionArtifact(vb: ValidatedBundle, result: RunResult, input: SessionArtifactInput): Record<string, unknown> {
  return {
    kind: 'SessionArtifact',
    bundle: bundleRef(vb),
    capturedAt: input.capturedAt,
    sessionRef: `urn:srcos:session:${input.sessionId}`,
    status: result.status === 'pass' ? 'success' : 'failure',
    receiptRef: `urn:srcos:receipt:session:${input.sessionId}`,
    runArtifactRef: AGENTPLANE_FILES.run,
    replayArtifactRef: AGENTPLANE_FILES.replay,
    governanceContext: governanceContext(vb) ?? null,
  };
}
