// Event chain benchmark. Writes the logs, then times each verifier on the same file under
// /usr/bin/time -v (wall time, peak RSS), REPS times in alternation, and reports medians:
//   - a 100k-event log written as AgentOps Replay's SDK writes one (Python json.dumps lines,
//     hashes by AgentOps' own jcs.py): ours vs AgentOps' reference verifier (target ≥ 10×);
//   - our recorder's sealed 100k- and 1M-event chains: ours vs `openssl dgst -sha256` and
//     `sha256sum` of the file (target on 1M: ≤ 10× openssl, peak RSS ≤ 128 MiB);
//   - a one-line 1.5 GiB log (sparse): refused, peak RSS (target ≤ 128 MiB).
// The AgentOps rows need ../shared/reference/agentops and python3; without them they are
// skipped with a reason. Prints the section and replaces `## chain` in bench/RESULTS.md.
//   CAPSULE_CLI=build/<you>/cli.js node bench/chain.mjs [REPS]
import { createHash, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, existsSync, ftruncateSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import canonicalize from 'canonicalize';
import { wasShared, writeResultsSection } from './results.mjs';

const cli = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const reps = Number(process.argv[2] ?? 5);
const AGENTOPS = resolve('..', 'shared', 'reference', 'agentops', 'verifier');
const WRITER = resolve('test', 'chain', 'agentops', 'agentops_log.py');
const havePeer = spawnSync('python3', ['-c', '0']).status === 0 && existsSync(join(AGENTOPS, 'agentops_verify.py'));
if (!existsSync(cli)) {
  console.error(`bench/chain.mjs: CLI not found at ${cli} (set CAPSULE_CLI or run npm run package)`);
  process.exit(2);
}
if (!havePeer) console.error(`bench/chain.mjs: AgentOps rows skipped: ${AGENTOPS} or python3 is missing`);
const dir = mkdtempSync(join(tmpdir(), 'bench-chain-'));

const sha256 = (s) => createHash('sha256').update(s).digest('hex');
const stamp = (ms) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
const payloadFor = (seq) => (seq % 2
  ? { tool_name: 'run', result_hash: sha256(String(seq)), status: 'pass' }
  : { tool_name: 'run', args_hash: sha256(String(seq)) });

/** Our recorder's form: canonical lines, sealed with an Ed25519 key; returns the key's PEM path. */
async function writeOurs(path, n) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pem = publicKey.export({ type: 'spki', format: 'pem' });
  const out = createWriteStream(path);
  const session = randomUUID();
  let prev = '0'.repeat(64);
  let batch = [];
  const t0 = Date.UTC(2026, 0, 1);
  const emit = async (seq, type, payload) => {
    const event = { seq, event_type: type, session_id: session, timestamp: stamp(t0 + seq), payload, prev_hash: prev };
    event.event_hash = sha256(canonicalize(event));
    prev = event.event_hash;
    batch.push(canonicalize(event));
    if (batch.length >= 10_000) {
      if (!out.write(`${batch.join('\n')}\n`)) await once(out, 'drain');
      batch = [];
    }
  };
  await emit(1, 'SESSION_START', { agent_id: 'bench' });
  for (let seq = 2; seq < n - 1; seq++) await emit(seq, seq % 2 ? 'TOOL_RESULT' : 'TOOL_CALL', payloadFor(seq));
  await emit(n - 1, 'SESSION_END', { status: 'success' });
  const finalHash = prev;
  await emit(n, 'CHAIN_SEAL', {
    final_hash: finalHash, authority: 'bench', event_count: n - 1, server_timestamp: stamp(t0 + n), server_version: 'bench',
    signature: { algorithm: 'ed25519', public_key_pem: pem, public_key_sha256: sha256(pem), value: sign(null, Buffer.from(finalHash, 'ascii'), privateKey).toString('base64') },
  });
  out.end(batch.length > 0 ? `${batch.join('\n')}\n` : undefined);
  await once(out, 'finish');
  const pemPath = `${path}.pub.pem`;
  writeFileSync(pemPath, pem);
  return pemPath;
}

/** AgentOps' form, through the interop tests' writer: json.dumps lines, AgentOps' jcs.py hashes. */
function writeAgentOps(path, n) {
  const events = [['SESSION_START', '{"agent_id": "bench"}']];
  for (let seq = 2; seq < n; seq++) events.push([seq % 2 ? 'TOOL_RESULT' : 'TOOL_CALL', JSON.stringify(payloadFor(seq))]);
  events.push(['SESSION_END', '{"status": "success"}']);
  const r = spawnSync('python3', [WRITER], { input: JSON.stringify([{ path, events }]), env: { ...process.env, AGENTOPS_VERIFIER: AGENTOPS }, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`writing the AgentOps log failed: ${r.stderr}`);
}

/** Runs a command under GNU time: wall seconds and peak RSS (KiB). */
function timed(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const field = (name) => Number((r.stderr.match(new RegExp(`${name}: (.*)`)) ?? [])[1]?.trim().split(':').reduce((a, p) => a * 60 + Number(p), 0));
  return { code: r.status, stdout: r.stdout, seconds: field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)'), rssKiB: field('Maximum resident set size \\(kbytes\\)') };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Each command `reps` times, interleaved so load changes hit them alike; medians. */
function race(commands) {
  const runs = commands.map(() => []);
  for (let r = 0; r < reps; r++) commands.forEach(([cmd, args, check], i) => {
    const t = timed(cmd, args);
    check?.(t);
    runs[i].push(t);
  });
  return runs.map((rs) => ({ seconds: median(rs.map((t) => t.seconds)), rssKiB: Math.max(...rs.map((t) => t.rssKiB)), all: rs.map((t) => t.seconds) }));
}

const ours = (path, extra = []) => [process.execPath, [cli, 'chain', 'verify', path, ...extra, '--json'], (t) => {
  const report = JSON.parse(t.stdout);
  if (t.code !== 0 || report.status !== 'PASS') throw new Error(`chain verify of ${path} did not PASS (exit ${t.code}): ${JSON.stringify(report.errors?.slice(0, 2))}`);
}];
const agentops = (path) => ['python3', [join(AGENTOPS, 'agentops_verify.py'), path, '--format', 'json'], (t) => {
  if (t.code !== 0) throw new Error(`AgentOps' verifier did not PASS ${path} (exit ${t.code})`);
}];
const openssl = (path) => ['openssl', ['dgst', '-sha256', path]];
const sha256sum = (path) => ['sha256sum', [path]];

const fmt = (x, d = 2) => x.toFixed(d);
const mib = (kib) => fmt(kib / 1024, 1);
const rate = (n, s) => Math.round(n / s).toLocaleString('en-US');
const rows = [];
const row = (...cells) => rows.push(`| ${cells.join(' | ')} |`);

if (havePeer) {
  const n = 100_000;
  const path = join(dir, 'agentops-100k.jsonl');
  writeAgentOps(path, n);
  const size = fmt(statSync(path).size / 2 ** 20, 1);
  const [o, a] = race([ours(path), agentops(path)]);
  row('AgentOps-written (`json.dumps` lines)', n.toLocaleString('en-US'), size, fmt(o.seconds), rate(n, o.seconds), mib(o.rssKiB), "AgentOps' verifier", `${fmt(a.seconds)} (${mib(a.rssKiB)} MiB)`, `**${fmt(a.seconds / o.seconds, 1)}× faster**`, '≥ 10× faster');
  rmSync(path);
}
for (const n of [100_000, 1_000_000]) {
  const path = join(dir, `ours-${n}.jsonl`);
  const pem = await writeOurs(path, n);
  const size = fmt(statSync(path).size / 2 ** 20, 1);
  const [o, s, h] = race([ours(path, ['--public-key', pem]), openssl(path), sha256sum(path)]);
  row("our recorder's (canonical, sealed)", n.toLocaleString('en-US'), size, fmt(o.seconds), rate(n, o.seconds), mib(o.rssKiB), '`openssl dgst -sha256` / `sha256sum`', `${fmt(s.seconds)} / ${fmt(h.seconds)}`, `**${fmt(o.seconds / s.seconds, 1)}× openssl**`, n === 1_000_000 ? '≤ 10× openssl, ≤ 128 MiB' : '');
  rmSync(path);
}
{
  const path = join(dir, 'one-line.jsonl');
  const fd = openSync(path, 'w');
  writeSync(fd, '{"seq":1,"payload":{"blob":"');
  ftruncateSync(fd, 1.5 * 2 ** 30);
  closeSync(fd);
  const t = timed(process.execPath, [cli, 'chain', 'verify', path]);
  if (t.code !== 1 || !t.stdout.includes('[line_too_long]')) throw new Error(`the one-line 1.5 GiB log was not refused as line_too_long (exit ${t.code})`);
  row('one line, 1.5 GiB (sparse), refused `line_too_long`', '1', '1536.0', fmt(t.seconds), '', `**${mib(t.rssKiB)}**`, '', '', '', '≤ 128 MiB');
  rmSync(path);
}
rmSync(dir, { recursive: true, force: true });

const load = loadavg()[0];
const section = `## chain

\`capsule chain verify FILE --json\` (built CLI, \`--public-key\` for our sealed chains) against peers on the same
file, ${reps} runs each, interleaved; medians of wall time (\`/usr/bin/time -v\`, whole process: start-up
included), peak RSS the largest of the runs. The AgentOps log is written as AgentOps Replay's SDK writes
one (Python \`json.dumps\` lines, hashes by AgentOps' own \`jcs.py\`); our chains are our recorder's
canonical lines, sealed. Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${availableParallelism()} cores, ${fmt(totalmem() / 2 ** 30, 0)} GiB), load average ${load.toFixed(1)} at the end${wasShared(load) ? ': the machine was shared with other jobs, so timings are noisy; the interleaving keeps the ratios fair' : ''}.

| Log | Events | MiB | \`chain verify\` (s) | Events/s | Peak RSS (MiB) | Peer or floor | Its time (s) | Ratio | Target |
|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Regenerate: \`CAPSULE_CLI=dist/cli.js node bench/chain.mjs [reps]\`.
`;
process.stdout.write(`${section}\n`);
writeResultsSection('chain', section);
