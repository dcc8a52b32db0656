import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventHash, type ChainEvent } from '../../src/chain/events.js';
import { ChainRecorder } from '../../src/chain/recorder.js';
import { MAX_CHAIN_LINE_BYTES } from '../../src/chain/lines.js';
import { verifyChainFile, verifyChainLines } from '../../src/chain/verify.js';
import { canonicalJson } from '../../src/json/canonical.js';
import { generateSigningKey } from '../../src/keys/ed25519.js';
import { recordSampleChain, steppingClock, type SampleChain } from './sample-chain.js';

let dir: string;
let sample: SampleChain;
let lines: string[];

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').trimEnd().split('\n');
}

/** Re-hashes an edited event so only the link to it (not its own hash) is wrong. */
function rehash(event: ChainEvent): string {
  const { event_hash: _, ...rest } = event;
  return canonicalJson({ ...rest, event_hash: eventHash(rest) });
}

function trusted() {
  return { trustedPublicKeySha256: [sample.key.publicKeySha256] };
}

function rules(ls: string[], truncatedLast = false): string[] {
  return verifyChainLines(ls, trusted(), 'test', truncatedLast).errors.map((e) => e.rule);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chain-verify-'));
  sample = recordSampleChain(dir);
  lines = readLines(sample.path);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('verifyChainFile', () => {
  it('passes a sealed chain signed by a trusted key as AUTHORITATIVE_EVIDENCE', async () => {
    const report = await verifyChainFile(sample.path, trusted());
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ status: 'PASS', classification: 'AUTHORITATIVE_EVIDENCE', sealed: true, seal_trusted: true, event_count: 13, verified_through_seq: 13, session_id: sample.recorder.sessionId });
    expect(report.final_hash).toBe((JSON.parse(lines[12]!) as ChainEvent).event_hash);
  });

  it('without trusted keys a valid seal passes but is NON_AUTHORITATIVE', async () => {
    const report = await verifyChainFile(sample.path);
    expect(report).toMatchObject({ status: 'PASS', classification: 'NON_AUTHORITATIVE_EVIDENCE', sealed: true, seal_trusted: false });
    expect(report.warnings.map((w) => w.rule)).toContain('seal_key_not_anchored');
  });

  it('streams a line longer than a read chunk (3 MiB payload) without splitting it', async () => {
    const path = join(dir, 'big.jsonl');
    const r = ChainRecorder.create(path, { clock: steppingClock() });
    r.append('TOOL_RESULT', { tool_name: 'run', blob: 'x'.repeat(3 << 20) });
    r.end({ status: 'success' });
    r.close();
    expect(await verifyChainFile(path)).toMatchObject({ status: 'PASS', event_count: 3 });
  });

  it('throws a CapsuleError for a missing file', async () => {
    await expect(verifyChainFile(join(dir, 'absent.jsonl'))).rejects.toMatchObject({ code: 'file_unreadable' });
  });
});

describe('each tampering fails with the rule that names it', () => {
  it('tampered payload: event_hash_mismatch at that seq', () => {
    lines[3] = lines[3]!.replace('"tool_name":"place"', '"tool_name":"plaice"');
    const report = verifyChainLines(lines, trusted());
    expect(report.status).toBe('FAIL');
    expect(report.errors).toEqual([expect.objectContaining({ seq: 4, line: 4, rule: 'event_hash_mismatch' })]);
    expect(report.verified_through_seq).toBe(3);
  });

  it('tampered hash: event_hash_mismatch, then the next link breaks', () => {
    const e = JSON.parse(lines[5]!) as ChainEvent;
    lines[5] = lines[5]!.replace(e.event_hash, 'f'.repeat(64));
    expect(rules(lines)).toEqual(['event_hash_mismatch', 'prev_hash_mismatch']);
  });

  it('deleted line: seq_gap and prev_hash_mismatch', () => {
    lines.splice(4, 1);
    expect(rules(lines)).toEqual(['seq_gap', 'prev_hash_mismatch']);
  });

  it('duplicated line: seq_duplicate', () => {
    lines.splice(4, 0, lines[4]!);
    expect(rules(lines)).toContain('seq_duplicate');
  });

  it('swapped lines: line_order', () => {
    [lines[4], lines[5]] = [lines[5]!, lines[4]!];
    expect(rules(lines)).toContain('line_order');
  });

  it('wrong session (re-hashed so only the session differs): session_mismatch', () => {
    const e = JSON.parse(lines[2]!) as ChainEvent;
    lines[2] = rehash({ ...e, session_id: '11111111-2222-4333-8444-555555555555' });
    expect(rules(lines)).toEqual(['session_mismatch', 'prev_hash_mismatch']);
  });

  it('bad genesis: a non-zero prev_hash on seq 1', () => {
    const e = JSON.parse(lines[0]!) as ChainEvent;
    lines[0] = rehash({ ...e, prev_hash: '1'.repeat(64) });
    expect(rules(lines)).toEqual(['genesis', 'prev_hash_mismatch']);
  });

  it('bad genesis: a chain starting at seq 2', () => {
    expect(rules(lines.slice(1))[0]).toBe('genesis');
  });

  it('seal not last: an event after CHAIN_SEAL', () => {
    const seal = JSON.parse(lines[12]!) as ChainEvent;
    const extra = { seq: 14, event_type: 'TOOL_CALL' as const, session_id: seal.session_id, timestamp: seal.timestamp, payload: {}, prev_hash: seal.event_hash };
    lines.push(canonicalJson({ ...extra, event_hash: eventHash(extra) }));
    expect(rules(lines)).toEqual(['seal_not_last']);
  });

  it('seal signed by an untrusted key: seal_key_untrusted', async () => {
    const other = generateSigningKey().key;
    const report = await verifyChainFile(sample.path, { trustedPublicKeySha256: [other.publicKeySha256] });
    expect(report.errors.map((e) => e.rule)).toEqual(['seal_key_untrusted']);
    expect(report.classification).toBe('NON_AUTHORITATIVE_EVIDENCE');
  });

  it('seal with a forged signature (re-hashed): seal_signature_invalid', () => {
    const seal = JSON.parse(lines[12]!) as ChainEvent;
    const sig = seal.payload.signature as Record<string, string>;
    const forged = { ...sig, value: Buffer.from(Buffer.alloc(64, 7)).toString('base64') };
    lines[12] = rehash({ ...seal, payload: { ...seal.payload, signature: forged } });
    expect(rules(lines)).toEqual(['seal_signature_invalid']);
  });

  it('a seal without an embedded key verifies with a supplied one, and fails seal_key_unavailable without', () => {
    const seal = JSON.parse(lines[12]!) as ChainEvent;
    const { public_key_pem: _, ...sig } = seal.payload.signature as Record<string, string>;
    lines[12] = rehash({ ...seal, payload: { ...seal.payload, signature: sig } });
    const keys = new Map([[sample.key.publicKeySha256, sample.key.publicKeyPem]]);
    expect(verifyChainLines(lines, { ...trusted(), publicKeys: keys })).toMatchObject({ status: 'PASS', classification: 'AUTHORITATIVE_EVIDENCE' });
    expect(rules(lines)).toEqual(['seal_key_unavailable']);
  });

  it('seal whose final_hash is not the event before it: seal_final_hash', () => {
    const seal = JSON.parse(lines[12]!) as ChainEvent;
    lines[12] = rehash({ ...seal, payload: { ...seal.payload, final_hash: 'c'.repeat(64) } });
    expect(rules(lines)).toContain('seal_final_hash');
  });

  it('truncated final line: truncated_final_line, the prefix still verified', async () => {
    const text = readFileSync(sample.path, 'utf8');
    writeFileSync(sample.path, text.slice(0, text.length - 40));
    const report = await verifyChainFile(sample.path, trusted());
    expect(report.errors.map((e) => e.rule)).toEqual(['truncated_final_line']);
    expect(report).toMatchObject({ status: 'FAIL', classification: 'NON_AUTHORITATIVE_EVIDENCE', verified_through_seq: 12, sealed: false });
  });

  it('an unknown event type: event_type_unknown', () => {
    const e = JSON.parse(lines[1]!) as ChainEvent;
    lines[1] = rehash({ ...e, event_type: 'TOOL_USE' as ChainEvent['event_type'] });
    expect(rules(lines)[0]).toBe('event_type_unknown');
  });

  it('an eighth field: field_set', () => {
    lines[1] = lines[1]!.replace(/}$/, ',"extra":1}');
    expect(rules(lines)[0]).toBe('field_set');
  });

  it('a duplicate JSON key (JSON.parse would keep the last): json_duplicate_key', () => {
    lines[1] = lines[1]!.replace('{"event_hash"', '{"seq":99,"event_hash"');
    expect(rules(lines)[0]).toBe('json_duplicate_key');
  });

  it('a lone surrogate, a number beyond I-JSON, 100,000 levels of nesting: each its own rule', () => {
    const edit = (payload: string) => [lines[0]!, lines[1]!.replace(/"payload":\{[^}]*\}/, `"payload":${payload}`), ...lines.slice(2)];
    expect(rules(edit('{"s":"\\ud800"}'))[0]).toBe('json_string_not_ijson');
    expect(rules(edit('{"n":9007199254740993}'))[0]).toBe('json_number_not_ijson');
    expect(rules(edit('{"n":1e400}'))[0]).toBe('json_number_not_ijson');
    expect(rules(edit(`${'['.repeat(100_000)}${']'.repeat(100_000)}`))[0]).toBe('json_too_deep');
  });

  it('a seq written 1.0 (a float to AgentOps\' Python verifier): field_type', () => {
    lines[0] = lines[0]!.replace('"seq":1,', '"seq":1.0,');
    expect(rules(lines)[0]).toBe('field_type');
  });

  it('a chain that neither ended nor was sealed: session_incomplete, as AgentOps fails it', () => {
    const report = verifyChainLines(lines.slice(0, 11), trusted());
    expect(report.errors.map((e) => e.rule)).toEqual(['session_incomplete']);
    expect(report).toMatchObject({ status: 'FAIL', verified_through_seq: 11 });
  });

  it('a seal whose event_count includes itself (AgentOps\' ingestion service) verifies', () => {
    const seal = JSON.parse(lines[12]!) as ChainEvent;
    lines[12] = rehash({ ...seal, payload: { ...seal.payload, event_count: 13 } });
    expect(rules(lines)).toEqual([]);
    lines[12] = rehash({ ...seal, payload: { ...seal.payload, event_count: 14 } });
    expect(rules(lines)).toEqual(['seal_event_count']);
  });
});

describe('any JSON spelling of an event is that event', () => {
  const respelled = (line: string) => JSON.stringify(JSON.parse(line), null, 1).replace(/\n/g, ' ').replace('"agent_id"', '"\\u0061gent_id"').replace(/\//g, '\\/');

  it('spaces, key order, escapes and CRLF pass, with one note naming the first such line', () => {
    const spelled = lines.map((l, i) => (i % 2 ? `${respelled(l)}\r` : l));
    const report = verifyChainLines([lines[0]!.replace('"seq":1', '"seq" : 1').replace('{"event_hash"', '{ "event_hash"'), ...spelled.slice(1)], trusted());
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ status: 'PASS', classification: 'AUTHORITATIVE_EVIDENCE' });
    expect(report.notes).toEqual([expect.objectContaining({ rule: 'line_not_canonical', line: 1, message: expect.stringMatching(/^7 lines/) })]);
  });

  it('--canonical-lines makes each other spelling an error', () => {
    lines[3] = respelled(lines[3]!);
    const report = verifyChainLines(lines, { ...trusted(), canonicalLines: true });
    expect(report.errors).toEqual([expect.objectContaining({ rule: 'line_not_canonical', line: 4, seq: 4 })]);
  });

  it('a complete final line without a newline passes with a note; a partial one is truncated_final_line', () => {
    const report = verifyChainLines(lines, trusted(), 'test', true);
    expect(report).toMatchObject({ status: 'PASS', classification: 'AUTHORITATIVE_EVIDENCE' });
    expect(report.notes.map((n) => n.rule)).toEqual(['final_line_unterminated']);
    expect(verifyChainLines(lines, { ...trusted(), canonicalLines: true }, 'test', true).errors.map((e) => e.rule)).toEqual(['line_not_canonical']);
    expect(rules([...lines.slice(0, 12), lines[12]!.slice(0, -1)], true)).toEqual(['truncated_final_line']);
  });

  it('blank lines are skipped with a note', () => {
    const report = verifyChainLines(['', ...lines.slice(0, 5), ' \r', ...lines.slice(5)], trusted());
    expect(report).toMatchObject({ status: 'PASS', event_count: 13 });
    expect(report.notes).toEqual([expect.objectContaining({ rule: 'blank_line', line: 1, message: expect.stringMatching(/^2 lines/) })]);
  });

  it('a line longer than the limit is refused in bounded memory: line_too_long, and nothing after it is read', async () => {
    const path = join(dir, 'long.jsonl');
    writeFileSync(path, `${lines[0]}\n{"x":"${'a'.repeat(MAX_CHAIN_LINE_BYTES)}"}\n${lines[1]}\n`);
    const report = await verifyChainFile(path, trusted());
    expect(report.errors.map((e) => [e.rule, e.line])).toEqual([['line_too_long', 2]]);
    expect(report).toMatchObject({ status: 'FAIL', event_count: 1, verified_through_seq: 1 });
  });
  it('reordered lines fail even when every line is internally valid', () => {
    expect(verifyChainLines([...lines].reverse()).status).toBe('FAIL');
  });
});

describe('a seal key is trusted only when its signature verified and an anchor names it', () => {
  it('no anchor: a valid seal is never AUTHORITATIVE, even with the key supplied to check it', () => {
    const seal = JSON.parse(lines[12]!) as ChainEvent;
    const { public_key_pem: _, ...sig } = seal.payload.signature as Record<string, string>;
    lines[12] = rehash({ ...seal, payload: { ...seal.payload, signature: sig } });
    const supplied = { publicKeys: new Map([[sample.key.publicKeySha256, sample.key.publicKeyPem]]) };
    const report = verifyChainLines(lines, supplied);
    expect(report).toMatchObject({ status: 'PASS', sealed: true, seal_trusted: false, classification: 'NON_AUTHORITATIVE_EVIDENCE' });
    expect(report.warnings.map((w) => w.rule)).toContain('seal_key_not_anchored');
  });

  it('an anchored key whose signature has one bit flipped: FAIL, nothing authoritative', () => {
    const seal = JSON.parse(lines[12]!) as ChainEvent;
    const sig = seal.payload.signature as Record<string, string>;
    const bytes = Buffer.from(sig.value!, 'base64');
    bytes[10]! ^= 1;
    lines[12] = rehash({ ...seal, payload: { ...seal.payload, signature: { ...sig, value: bytes.toString('base64') } } });
    const report = verifyChainLines(lines, trusted());
    expect(report.errors.map((e) => e.rule)).toEqual(['seal_signature_invalid']);
    expect(report).toMatchObject({ status: 'FAIL', sealed: false, seal_trusted: false, classification: 'NON_AUTHORITATIVE_EVIDENCE' });
  });
});

describe('classification', () => {
  it('a sealed chain with a LOG_DROP or CHAIN_BROKEN is PARTIAL_AUTHORITATIVE_EVIDENCE', () => {
    const key = generateSigningKey().key;
    for (const loss of ['drop', 'broken'] as const) {
      const path = join(dir, `${loss}.jsonl`);
      const r = ChainRecorder.create(path, { clock: steppingClock() });
      r.append('TOOL_CALL', { tool_name: 'run', args_hash: 'a'.repeat(64) });
      if (loss === 'drop') r.drop(3, 'buffer_overflow');
      else r.append('CHAIN_BROKEN', { gap_start: 2, gap_end: 4 });
      r.end({ status: 'success' });
      r.seal(key, { authority: 'test', serverVersion: '1' });
      const report = verifyChainLines(readLines(path), { trustedPublicKeySha256: [key.publicKeySha256] });
      expect(report).toMatchObject({ status: 'PASS', classification: 'PARTIAL_AUTHORITATIVE_EVIDENCE' });
      expect(report.warnings.map((w) => w.rule)).toContain(loss === 'drop' ? 'log_drop_recorded' : 'chain_broken_recorded');
    }
  });

  it('drops under an untrusted seal stay NON_AUTHORITATIVE (a LOG_DROP never raises the class)', () => {
    const path = join(dir, 'untrusted-drop.jsonl');
    const r = ChainRecorder.create(path, { clock: steppingClock() });
    r.drop(1, 'internal_error');
    r.end({ status: 'success' });
    r.seal(generateSigningKey().key, { authority: 'test', serverVersion: '1' });
    expect(verifyChainLines(readLines(path))).toMatchObject({ status: 'PASS', sealed: true, seal_trusted: false, classification: 'NON_AUTHORITATIVE_EVIDENCE' });
  });

  it('an unsealed but intact chain passes as NON_AUTHORITATIVE_EVIDENCE', () => {
    const report = verifyChainLines(lines.slice(0, 12), trusted());
    expect(report).toMatchObject({ status: 'PASS', classification: 'NON_AUTHORITATIVE_EVIDENCE', sealed: false });
    expect(report.warnings.map((w) => w.rule)).toContain('unsealed');
  });
});
