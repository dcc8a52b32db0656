import { join } from 'node:path';
import { ChainRecorder, type RecorderOptions } from '../../src/chain/recorder.js';
import { generateSigningKey, type SigningKey } from '../../src/keys/ed25519.js';

/** A clock that ticks 1.5 s per call from a fixed instant, so recorded chains are reproducible. */
export function steppingClock(start = Date.UTC(2026, 0, 2, 3, 4, 5, 678)): () => Date {
  let t = start;
  return () => {
    const d = new Date(t);
    t += 1500;
    return d;
  };
}

const SESSION_ID = '6f1c2a52-8d0e-4b7a-9c3d-2e5f4a6b7c8d';

export interface SampleChain {
  path: string;
  key: SigningKey;
  recorder: ChainRecorder;
}

/** The shape the pipeline records: a TOOL_CALL/TOOL_RESULT pair per stage, then end and seal. */
export function recordSampleChain(dir: string, options: RecorderOptions & { seal?: boolean; key?: SigningKey } = {}): SampleChain {
  const path = join(dir, 'events.jsonl');
  const key = options.key ?? generateSigningKey('test key').key;
  const recorder = ChainRecorder.create(path, { sessionId: SESSION_ID, clock: steppingClock(), start: { agent_id: 'proof-capsule', tags: ['test'] }, ...options });
  for (const stage of ['validate', 'place', 'run', 'collect', 'gate']) {
    recorder.append('TOOL_CALL', { tool_name: stage, args_hash: 'a'.repeat(64) });
    recorder.append('TOOL_RESULT', { tool_name: stage, result_hash: 'b'.repeat(64), status: 'pass' });
  }
  recorder.end({ status: 'success' });
  if (options.seal !== false) recorder.seal(key, { authority: 'proof-capsule', serverVersion: '0.1.0' });
  else recorder.close();
  return { path, key, recorder };
}
