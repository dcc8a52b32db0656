import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { eventHash, type ChainEvent } from '../../src/chain/events.js';
import { ChainRecorder } from '../../src/chain/recorder.js';
import type { ChainClassification, ChainReport } from '../../src/chain/report.js';
import { verifyChainFile } from '../../src/chain/verify.js';
import { canonicalJson } from '../../src/json/canonical.js';
import { generateSigningKey } from '../../src/keys/ed25519.js';
import { isIJson, respell } from '../json/spellings.js';
import { steppingClock } from './sample-chain.js';

// AgentOps Replay's reference verifier is the oracle: every log runs through it and through ours.
const AGENTOPS = resolve('..', 'shared', 'reference', 'agentops', 'verifier');
const WRITER = resolve('test', 'chain', 'agentops', 'agentops_log.py');
const havePython = spawnSync('python3', ['-c', '0']).status === 0;
const available = havePython && existsSync(resolve(AGENTOPS, 'agentops_verify.py'));
if (!available) console.warn(`skipping AgentOps interoperability tests: ${havePython ? `${AGENTOPS} is absent` : 'python3 is not installed'}`);

const dir = mkdtempSync(join(tmpdir(), 'agentops-interop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

interface AgentOpsVerdict {
  result: 'PASS' | 'FAIL';
  evidence_class: ChainClassification | null;
  errors: string[];
}

function agentops(path: string): AgentOpsVerdict {
  const r = spawnSync('python3', [resolve(AGENTOPS, 'agentops_verify.py'), path, '--format', 'json'], { encoding: 'utf8' });
  expect(r.status === 0 || r.status === 1, `AgentOps' verifier exited ${r.status}: ${r.stderr}`).toBe(true);
  const out = JSON.parse(r.stdout) as AgentOpsVerdict;
  return { ...out, errors: out.errors.filter((e) => e !== 'skipped') };
}

interface LogSpec {
  events: [string, string][];
  dump?: 'dumps' | 'sorted' | 'compact' | 'unicode' | 'slash';
  newline?: '\n' | '\r\n';
  final_newline?: boolean;
  flaw?: string;
}

/** Logs written by AgentOps-style Python (json.dumps lines, AgentOps' own jcs.py for every hash), in one process. */
function agentopsLogs(specs: LogSpec[]): string[] {
  const paths = specs.map(() => join(dir, `agentops-${++files}.jsonl`));
  const input = JSON.stringify(specs.map((spec, i) => ({ path: paths[i], ...spec })));
  const r = spawnSync('python3', [WRITER], { input, encoding: 'utf8', env: { ...process.env, AGENTOPS_VERIFIER: AGENTOPS } });
  expect(r.status, r.stderr).toBe(0);
  return paths;
}

function agentopsLog(spec: LogSpec): string {
  return agentopsLogs([spec])[0]!;
}

/** Which of our rules names the fault AgentOps' verifier reports. */
const RULE_FOR: [RegExp, string[]][] = [
  [/Missing required field/, ['field_set']],
  [/must be a positive integer|must be >= 1|must be a string|must be a JSON object|must be 64-char/, ['field_type']],
  [/Unknown event_type/, ['event_type_unknown']],
  [/Multiple session_ids/, ['session_mismatch']],
  [/First seq must be 1|genesis|exactly 1 SESSION_START|SESSION_START must be at seq=1/, ['genesis']],
  [/Expected seq=\d+, found seq=\d+|Duplicate seq values/, ['seq_gap', 'seq_duplicate', 'line_order']],
  [/event_hash mismatch/, ['event_hash_mismatch']],
  [/prev_hash does not match/, ['prev_hash_mismatch']],
  [/Failed to compute hash/, ['json_string_not_ijson', 'json_number_not_ijson', 'json_parse']],
  [/no SESSION_END or CHAIN_SEAL/, ['session_incomplete']],
  [/CHAIN_SEAL must be the last event/, ['seal_not_last']],
];

const RANK: Record<ChainClassification, number> = { NON_AUTHORITATIVE_EVIDENCE: 0, PARTIAL_AUTHORITATIVE_EVIDENCE: 1, AUTHORITATIVE_EVIDENCE: 2 };

/**
 * The same verdict as AgentOps, a FAIL for the rule AgentOps names, and never a higher class.
 * `stricter` names the rule of ours that may FAIL a log AgentOps passes (a documented rule
 * AgentOps does not have), then the rules its fault may also set off; ours must fail for it.
 */
async function compare(path: string, ...stricter: string[]): Promise<{ theirs: AgentOpsVerdict; ours: ChainReport }> {
  const theirs = agentops(path);
  const ours = await verifyChainFile(path);
  const rules = ours.errors.map((e) => e.rule);
  if (theirs.result === 'PASS' && stricter.length > 0) {
    expect(rules, `AgentOps PASSes ${path}; ours must fail it for ${stricter[0]}`).toContain(stricter[0]);
    expect(rules.filter((r) => !stricter.includes(r)), `AgentOps PASSes ${path}; ours fails it for more than ${stricter.join(', ')}`).toEqual([]);
    return { theirs, ours };
  }
  expect(ours.status, `${path}: AgentOps says ${theirs.result} (${theirs.errors[0] ?? 'no errors'}); ours: ${JSON.stringify(ours.errors.slice(0, 2))}`).toBe(theirs.result);
  if (theirs.result === 'FAIL') {
    const named = RULE_FOR.find(([pattern]) => pattern.test(theirs.errors[0] ?? ''));
    expect(named, `no rule of ours known for AgentOps' error ${theirs.errors[0]}`).toBeDefined();
    expect(rules.some((r) => named![1].includes(r)), `AgentOps: ${theirs.errors[0]}; ours: ${rules.join(', ')}`).toBe(true);
  } else {
    expect(RANK[ours.classification]).toBeLessThanOrEqual(RANK[theirs.evidence_class!]);
  }
  return { theirs, ours };
}

const SESSION: [string, string][] = [
  ['SESSION_START', '{"agent_id": "test-agent", "model_id": "test-model", "tags": []}'],
  ['LLM_CALL', '{"model_id": "test-model", "prompt": "Hello / h\\u00e9llo \\ud83d\\ude02", "temperature": 2.0}'],
  ['LLM_RESPONSE', '{"content": "Hi there", "latency_s": 1e-05, "tokens": 1e16, "ratio": 0.1, "finish_reason": "stop"}'],
  ['TOOL_CALL', '{"tool_name": "calculator", "args": {"y": [2, 3.5], "x": 1}}'],
  ['TOOL_RESULT', '{"tool_name": "calculator", "result": 3}'],
  ['SESSION_END', '{"status": "success", "duration_ms": 150}'],
];
const SEALED: [string, string][] = [...SESSION, ['CHAIN_SEAL', '{}']];

describe.skipIf(!available)('every AgentOps vector gets AgentOps\' verdict, a FAIL naming its rule', () => {
  const vectors = available ? readdirSync(resolve(AGENTOPS, 'test_vectors')).filter((f) => f.endsWith('.jsonl')).sort() : [];
  it.each(vectors)('%s', async (name) => {
    const { theirs, ours } = await compare(resolve(AGENTOPS, 'test_vectors', name));
    if (theirs.result === 'PASS') expect(ours.notes.map((n) => n.rule)).toContain('line_not_canonical');
  });

  it('the named faults: valid_session PASS, tampered_hash at seq 5, sequence_gap at seq 5, the rest missing seq/session_id', async () => {
    const at = async (name: string) => (await verifyChainFile(resolve(AGENTOPS, 'test_vectors', name))).errors[0];
    expect(await at('valid_session.jsonl')).toBeUndefined();
    expect(await at('tampered_hash.jsonl')).toMatchObject({ rule: 'event_hash_mismatch', seq: 5 });
    expect(await at('sequence_gap.jsonl')).toMatchObject({ rule: 'seq_gap', seq: 5 });
    expect(await at('log_drop_session.jsonl')).toMatchObject({ rule: 'field_set', message: expect.stringContaining('missing seq, session_id') });
  });

  it('the logs AgentOps\' own generator writes (run against these events), each with its verdict', async () => {
    // The generator imports agentops_sdk.envelope.build_event; agentops_log.py is that envelope.
    const root = mkdtempSync(join(dir, 'generator-'));
    mkdirSync(join(root, 'verifier', 'test_vectors'), { recursive: true });
    mkdirSync(join(root, 'agentops_sdk'));
    copyFileSync(resolve(AGENTOPS, 'generator.py'), join(root, 'verifier', 'generator.py'));
    writeFileSync(join(root, 'agentops_sdk', '__init__.py'), '');
    copyFileSync(WRITER, join(root, 'agentops_sdk', 'envelope.py'));
    const r = spawnSync('python3', [join(root, 'verifier', 'generator.py')], { encoding: 'utf8', env: { ...process.env, AGENTOPS_VERIFIER: AGENTOPS } });
    expect(r.status, r.stderr).toBe(0);
    const written = readdirSync(join(root, 'verifier', 'test_vectors')).sort();
    expect(written).toEqual(['sequence_gap.jsonl', 'tampered_hash.jsonl', 'valid_session.jsonl']);
    for (const name of written) await compare(join(root, 'verifier', 'test_vectors', name));
  });
});

describe.skipIf(!available)('every spelling AgentOps\' code writes passes as it does in AgentOps', () => {
  const spellings = (['dumps', 'sorted', 'compact', 'unicode', 'slash'] as const).flatMap((dump) => (['\n', '\r\n'] as const).flatMap((newline) => [true, false].map((final_newline) => ({ dump, newline, final_newline }))));
  it(`${spellings.length} spellings: json.dumps as is, sorted, compact, unicode, \\/; LF or CRLF; with or without a final newline`, async () => {
    const paths = agentopsLogs(spellings.map((spelling) => ({ events: SESSION, ...spelling })));
    for (const [i, spelling] of spellings.entries()) {
      const { theirs, ours } = await compare(paths[i]!);
      expect(theirs.result).toBe('PASS');
      expect(ours.notes.map((n) => n.rule)).toEqual(expect.arrayContaining(['line_not_canonical', 'number_spelling_agentops', ...(spelling.final_newline ? [] : ['final_line_unterminated'])]));
    }
  });

  it('a session sealed by AgentOps\' ingestion service: AUTHORITATIVE there, PASS but NON_AUTHORITATIVE here (no anchored signature)', async () => {
    const { theirs, ours } = await compare(agentopsLog({ events: SEALED }));
    expect(theirs.evidence_class).toBe('AUTHORITATIVE_EVIDENCE');
    expect(ours).toMatchObject({ status: 'PASS', classification: 'NON_AUTHORITATIVE_EVIDENCE', sealed: true, seal_trusted: false });
    expect(ours.warnings.map((w) => w.rule)).toContain('seal_unsigned');
  });
});

describe.skipIf(!available)('LOG_DROP sessions in every shape AgentOps\' SDK and spec write', () => {
  const drop = (payload: string): [string, string][] => [SESSION[0]!, SESSION[1]!, ['LOG_DROP', payload], ...SESSION.slice(2)];
  it.each([
    ['internal_error: count 1, range = its own seq', '{"count": 1, "reason": "internal_error", "seq_range_start": 3, "seq_range_end": 3}'],
    ['buffer overflow: every dropped event had the next seq', '{"count": 4, "reason": "buffer_overflow", "seq_range_start": 3, "seq_range_end": 3}'],
    ['a range reaching past the drop (AgentOps\' own test)', '{"count": 3, "reason": "buffer_overflow", "seq_range_start": 3, "seq_range_end": 5}'],
    ['a range before the drop', '{"count": 2, "reason": "buffer_overflow", "seq_range_start": 1, "seq_range_end": 2}'],
    ['the SDK\'s server-authority guard', '{"count": 1, "reason": "attempted_server_authority_event", "seq_range_start": 3, "seq_range_end": 3}'],
  ])('%s', async (_, payload) => {
    for (const events of [drop(payload), [...drop(payload), ['CHAIN_SEAL', '{}'] as [string, string]]]) {
      const { theirs, ours } = await compare(agentopsLog({ events }));
      expect(theirs.result).toBe('PASS');
      expect(ours.warnings.map((w) => w.rule)).toContain('log_drop_recorded');
    }
  });

  it('what the spec makes strict stays strict: a LOG_DROP without a count, or a reversed range, fails log_drop_payload', async () => {
    for (const payload of ['{"reason": "buffer_overflow", "seq_range_start": 3, "seq_range_end": 3}', '{"count": 2, "reason": "x", "seq_range_start": 4, "seq_range_end": 3}', '{"count": "2", "reason": "x", "seq_range_start": 3, "seq_range_end": 3}']) {
      await compare(agentopsLog({ events: drop(payload) }), 'log_drop_payload');
    }
  });
});

describe.skipIf(!available)('each fault in an AgentOps-written log fails for its own rule, as in AgentOps', () => {
  it.each([
    ['tamper_payload'], ['tamper_hash'], ['drop_line'], ['duplicate_line'], ['reseq'], ['session_change'], ['bad_genesis'],
    ['no_end'], ['float_seq'], ['respell_float'], ['lone_surrogate'], ['nan'],
  ])('%s: both FAIL', async (flaw) => {
    const { theirs } = await compare(agentopsLog({ events: flaw === 'after_seal' ? SEALED : SESSION, flaw }));
    expect(theirs.result).toBe('FAIL');
  });

  it('an event after the seal: both FAIL', async () => {
    expect((await compare(agentopsLog({ events: SEALED, flaw: 'after_seal' }))).theirs.result).toBe('FAIL');
  });

  it.each([
    ['swap_lines', ['line_order', 'seq_gap', 'prev_hash_mismatch'], 'AgentOps sorts by seq; here file order is the chain order'],
    ['extra_field', ['field_set', 'prev_hash_mismatch'], 'an event has exactly the seven fields'],
    ['dup_key', ['json_duplicate_key'], 'two readers of one line must see one event'],
  ])('%s: AgentOps PASSes, ours FAILs for %s (%s)', async (flaw, rules) => {
    const { theirs } = await compare(agentopsLog({ events: SESSION, flaw }), ...rules);
    expect(theirs.result).toBe('PASS');
  });

  it('an integer beyond I-JSON: AgentOps (Python ints) PASSes, ours FAILs json_number_not_ijson', async () => {
    await compare(agentopsLog({ events: [...SESSION.slice(0, 4), ['TOOL_RESULT', '{"tool_name": "calculator", "result": 18446744073709551616}'], SESSION[5]!] }), 'json_number_not_ijson');
  });
});

/** Our recorder's chain, with these payloads, sealed with a throwaway key. */
function ourChain(payloads: Record<string, unknown>[]): string {
  const path = join(dir, `ours-${++files}.jsonl`);
  const r = ChainRecorder.create(path, { clock: steppingClock() });
  for (const payload of payloads) r.append('TOOL_CALL', payload);
  r.end({ status: 'success' });
  r.seal(generateSigningKey().key, { authority: 'test', serverVersion: '1' });
  return path;
}

function editLine(path: string, index: number, edit: (event: ChainEvent) => ChainEvent, rehash: boolean): string {
  const lines = readFileSync(path, 'utf8').split('\n');
  const edited = edit(JSON.parse(lines[index]!) as ChainEvent);
  if (rehash) {
    const { event_hash: _, ...rest } = edited;
    edited.event_hash = eventHash(rest);
  }
  lines[index] = canonicalJson(edited);
  const out = join(dir, `edited-${++files}.jsonl`);
  writeFileSync(out, lines.join('\n'));
  return out;
}

describe.skipIf(!available)('the other direction: what our recorder writes gets the same verdict in AgentOps', () => {
  const payloads = [{ tool_name: 'run', ratio: 0.5, tiny: 1e-7, small: 0.00001, huge: 1e21, n: 12, path: 'a/b', text: 'héllo 😂' }, { tool_name: 'x', nested: { b: [1.5, { c: null }], a: true } }];

  it('a sealed chain with fraction and exponent numbers passes both', async () => {
    const { theirs } = await compare(ourChain(payloads));
    expect(theirs).toMatchObject({ result: 'PASS', evidence_class: 'AUTHORITATIVE_EVIDENCE' });
  });

  it('tampered, re-hashed and re-linked faults fail both, for the same rule', async () => {
    const path = ourChain(payloads);
    await compare(editLine(path, 1, (e) => ({ ...e, payload: { ...e.payload, n: 13 } }), false));
    await compare(editLine(path, 2, (e) => ({ ...e, session_id: '11111111-2222-4333-8444-555555555555' }), true));
    await compare(editLine(path, 2, (e) => ({ ...e, seq: 7 }), true));
    await compare(editLine(path, 0, (e) => ({ ...e, prev_hash: '1'.repeat(64) }), true));
  });
});

describe.skipIf(!available)('property: random payloads in random spellings, both directions, verdicts compared', () => {
  // U+0085, U+2028 and U+2029 are left out: Python's str.splitlines, which AgentOps' verifier reads
  // lines with, splits a line at them, so it cannot read a log holding one raw (not even its own).
  const payloadArb = fc.dictionary(fc.string({ unit: 'binary', maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })
    .filter((p) => isIJson(p) && JSON.stringify(p).length < 2000 && !/[\u0085\u2028\u2029]/.test(JSON.stringify(p)));
  const dumpArb = fc.constantFrom('dumps', 'sorted', 'compact', 'unicode', 'slash');

  it('AgentOps-written, any spelling of any number (2.0, 1E5, 1e-05): same verdict', async () => {
    // Sampled, then written in one Python process: the oracle still runs once per log.
    const samples = fc.sample(fc.tuple(payloadArb, fc.integer(), dumpArb, fc.boolean()), 25);
    const paths = agentopsLogs(samples.map(([payload, seed, dump, crlf]) => ({
      events: [SESSION[0]!, ['TOOL_CALL', respell(payload, seed)], SESSION[5]!], dump: dump as LogSpec['dump'], newline: crlf ? '\r\n' : '\n',
    })));
    for (const path of paths) expect((await compare(path)).theirs.result).toBe('PASS');
  });

  it('written by our recorder: same verdict', async () => {
    await fc.assert(fc.asyncProperty(fc.array(payloadArb, { maxLength: 3 }), async (ps) => {
      const { theirs } = await compare(ourChain(ps));
      expect(theirs.result).toBe('PASS');
    }), { numRuns: 25 });
  });
});
