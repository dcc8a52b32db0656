import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChainRecorder } from '../../src/chain/recorder.js';
import { replayChainFile } from '../../src/chain/replay.js';
import { validateAgainst } from '../../src/schemas/registry.js';
import { generateSigningKey } from '../../src/keys/ed25519.js';
import { steppingClock } from './sample-chain.js';

function recordWithLoss(dir: string): string {
  const path = join(dir, 'events.jsonl');
  const r = ChainRecorder.create(path, { clock: steppingClock(), redactKeys: ['prompt'] });
  r.append('LLM_CALL', { model_id: 'm', prompt: 'secret-ish prompt' });
  r.drop(2, 'internal_error');
  r.append('CHAIN_BROKEN', { gap_start: 4, gap_end: 5 });
  r.append('TOOL_CALL', { tool_name: 'run', args_hash: 'a'.repeat(64) });
  r.end({ status: 'success' });
  r.seal(generateSigningKey().key, { authority: 'test', serverVersion: '1' });
  return path;
}

describe('replayChainFile', () => {
  it('gives one frame per recorded event, typed EVENT, REDACTION, LOG_DROP or GAP, none synthesized', async () => {
    const path = recordWithLoss(mkdtempSync(join(tmpdir(), 'chain-replay-')));
    const replay = await replayChainFile(path);
    expect(validateAgainst('replay-frames', replay)).toEqual([]);
    expect(replay.frames.map((f) => [f.seq, f.frame_type])).toEqual([
      [1, 'EVENT'], [2, 'EVENT'], [3, 'REDACTION'], [4, 'LOG_DROP'], [5, 'GAP'], [6, 'EVENT'], [7, 'EVENT'], [8, 'EVENT'],
    ]);
    expect(replay.frames[3]).toMatchObject({ count: 2, reason: 'internal_error', seq_range_start: 3, seq_range_end: 4 });
    expect(replay.frames[2]).toMatchObject({ redacted_seq: 2 });
    expect(replay.classification).toBe('NON_AUTHORITATIVE_EVIDENCE');
  });

  it('refuses a chain that fails verification, with no frames', async () => {
    const path = recordWithLoss(mkdtempSync(join(tmpdir(), 'chain-replay-')));
    writeFileSync(path, readFileSync(path, 'utf8').replace('"tool_name":"run"', '"tool_name":"rum"'));
    await expect(replayChainFile(path)).rejects.toThrow(expect.objectContaining({ code: 'chain_invalid', message: expect.stringContaining('event_hash_mismatch') }));
  });
});
