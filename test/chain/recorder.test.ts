import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventHash, type ChainEvent } from '../../src/chain/events.js';
import { MAX_CHAIN_LINE_BYTES } from '../../src/chain/lines.js';
import { ChainRecorder } from '../../src/chain/recorder.js';
import { verifyChainFile } from '../../src/chain/verify.js';
import { sha256Hex } from '../../src/hash/sha256.js';
import { generateSigningKey, publicKeyFromPem, verifyEd25519Strict } from '../../src/keys/ed25519.js';
import { steppingClock } from './sample-chain.js';

let dir: string;
let path: string;

function events(): ChainEvent[] {
  return readFileSync(path, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as ChainEvent);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chain-recorder-'));
  path = join(dir, 'evidence', 'events.jsonl');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ChainRecorder', () => {
  it('writes SESSION_START at seq 1 with the genesis prev_hash and a UUIDv4 session', () => {
    const r = ChainRecorder.create(path, { clock: steppingClock(), start: { agent_id: 'x' } });
    r.close();
    const [start] = events();
    expect(start).toMatchObject({ seq: 1, event_type: 'SESSION_START', prev_hash: '0'.repeat(64), payload: { agent_id: 'x' }, timestamp: '2026-01-02T03:04:05.678000Z' });
    expect(start!.session_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const { event_hash, ...rest } = start!;
    expect(event_hash).toBe(eventHash(rest));
  });

  it('never overwrites an existing chain', () => {
    ChainRecorder.create(path).close();
    expect(() => ChainRecorder.create(path)).toThrow(expect.objectContaining({ code: 'chain_create_failed' }));
  });

  it('seals with a signature over the ASCII hex of the SESSION_END hash', () => {
    const { key } = generateSigningKey();
    const r = ChainRecorder.create(path, { clock: steppingClock() });
    const end = r.end({ status: 'success' });
    const seal = r.seal(key, { authority: 'proof-capsule', serverVersion: '0.1.0' });
    expect(seal).toMatchObject({ seq: 3, event_type: 'CHAIN_SEAL', prev_hash: end.event_hash, payload: { final_hash: end.event_hash, event_count: 2, authority: 'proof-capsule', server_version: '0.1.0' } });
    const sig = seal.payload.signature as Record<string, string>;
    expect(sig).toMatchObject({ algorithm: 'ed25519', public_key_sha256: key.publicKeySha256, public_key_pem: key.publicKeyPem });
    expect(verifyEd25519Strict(publicKeyFromPem(key.publicKeyPem), Buffer.from(end.event_hash, 'ascii'), Buffer.from(sig.value!, 'base64'))).toBe(true);
  });

  it('refuses to seal before SESSION_END, to record after it, and reserved types via append', () => {
    const { key } = generateSigningKey();
    const r = ChainRecorder.create(path);
    expect(() => r.seal(key, { authority: 'a', serverVersion: '1' })).toThrow(expect.objectContaining({ code: 'chain_state' }));
    expect(() => r.append('CHAIN_SEAL', {})).toThrow(expect.objectContaining({ code: 'chain_event_reserved' }));
    r.end({ status: 'success' });
    expect(() => r.append('TOOL_CALL', {})).toThrow(expect.objectContaining({ code: 'chain_state' }));
  });

  it('records queue overflow as one LOG_DROP after the queued events', async () => {
    const r = ChainRecorder.create(path, { maxQueue: 2, clock: steppingClock() });
    for (let i = 0; i < 5; i++) r.enqueue('TOOL_RESULT', { tool_name: 'log', result_hash: sha256Hex(String(i)) });
    r.end({ status: 'success' });
    r.close();
    expect(events().map((e) => e.event_type)).toEqual(['SESSION_START', 'TOOL_RESULT', 'TOOL_RESULT', 'LOG_DROP', 'SESSION_END']);
    expect(events()[3]!.payload).toEqual({ count: 3, reason: 'buffer_overflow', seq_range_start: 3, seq_range_end: 4 });
    const report = await verifyChainFile(path);
    expect(report).toMatchObject({ status: 'PASS', drops: 1, dropped_count: 3 });
  });
});

describe('redaction', () => {
  const SECRET = 'hunter2-s3cr3t-VALUE';

  it('never writes a secret value, not even hashed, and notes the redaction', async () => {
    const r = ChainRecorder.create(path, { secretValues: [SECRET], clock: steppingClock(), start: { note: `token=${SECRET}` } });
    r.append('TOOL_ERROR', { error_type: 'auth', error_message: `bad ${SECRET} given`, nested: [{ [SECRET]: SECRET }] });
    r.end({ status: 'error' });
    r.close();
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(sha256Hex(SECRET));
    expect(text).not.toContain(sha256Hex(`bad ${SECRET} given`));
    const redactions = events().filter((e) => e.event_type === 'REDACTION');
    expect(redactions.map((e) => e.payload.redacted_seq)).toEqual([1, 3]);
    expect(redactions[1]!.payload).toMatchObject({ redaction_reason: 'secret_value', secret_pointers: ['/error_message', '/nested/0/[REDACTED]'], hashed_pointers: [] });
    expect(events()[2]!.payload.error_message).toBe('bad [REDACTED] given');
    expect((await verifyChainFile(path)).status).toBe('PASS');
  });

  it('replaces redactKeys values with "[REDACTED]" and a sibling <key>_hash, before hashing the event', async () => {
    const r = ChainRecorder.create(path, { redactKeys: ['prompt'], clock: steppingClock() });
    const event = r.append('LLM_CALL', { model_id: 'm', prompt: 'summarize the report' });
    r.end({ status: 'success' });
    r.close();
    expect(event.payload).toEqual({ model_id: 'm', prompt: '[REDACTED]', prompt_hash: sha256Hex('summarize the report') });
    expect(readFileSync(path, 'utf8')).not.toContain('summarize the report');
    expect(events()[2]).toMatchObject({ event_type: 'REDACTION', payload: { redacted_seq: 2, hashed_pointers: ['/prompt'], redaction_reason: 'sensitive_content' } });
    expect((await verifyChainFile(path)).status).toBe('PASS');
  });

  it('refuses to overwrite an existing <key>_hash sibling', () => {
    const r = ChainRecorder.create(path, { redactKeys: ['prompt'] });
    expect(() => r.append('LLM_CALL', { prompt: 'p', prompt_hash: 'x' })).toThrow(expect.objectContaining({ code: 'redaction_key_collision' }));
    r.close();
    expect(existsSync(path)).toBe(true);
  });
});

describe('the recorder writes only what the verifier reads', () => {
  it('numbers with a fraction or an exponent: canonical lines, hashed as AgentOps spells them, verified', async () => {
    const r = ChainRecorder.create(path, { clock: steppingClock() });
    r.append('TOOL_RESULT', { tool_name: 'run', seconds: 0.25, tiny: 1e-7, huge: 1e21 });
    r.end({ status: 'success' });
    r.close();
    expect(readFileSync(path, 'utf8')).toContain('"huge":1e+21,');
    const report = await verifyChainFile(path, { canonicalLines: true });
    expect(report).toMatchObject({ status: 'PASS', errors: [] });
    expect(report.notes.map((n) => n.rule)).toEqual(['number_spelling_agentops']);
  });

  it('refuses an integer beyond I-JSON and a line over the limit, and the chain stays intact', async () => {
    const r = ChainRecorder.create(path, { clock: steppingClock() });
    expect(() => r.append('TOOL_RESULT', { size: 2 ** 60 })).toThrow(expect.objectContaining({ code: 'chain_event_unrepresentable', message: expect.stringContaining(path) }));
    expect(() => r.append('TOOL_RESULT', { blob: 'x'.repeat(MAX_CHAIN_LINE_BYTES) })).toThrow(expect.objectContaining({ code: 'chain_line_too_long' }));
    r.end({ status: 'success' });
    r.close();
    expect(await verifyChainFile(path)).toMatchObject({ status: 'PASS', event_count: 2 });
  });
});
