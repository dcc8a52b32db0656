// Event chain benchmark: writes 100k- and 1M-event sealed chains (same JCS library and hash
// as the recorder), verifies each with the built CLI under /usr/bin/time -v, and compares
// with `openssl dgst -sha256` and `sha256sum` over the same file. Prints a table and
// replaces the `## chain` section of bench/RESULTS.md.
//   CAPSULE_CLI=build/<you>/cli.js node bench/chain.mjs [sizes...]
import { createHash, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import canonicalize from 'canonicalize';
import { writeResultsSection } from './results.mjs';

const cli = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(100_000, 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'bench-chain-'));

const sha256 = (s) => createHash('sha256').update(s).digest('hex');
const stamp = (ms) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');

/** Writes a sealed chain of `n` events (seal included) and returns the public key PEM path. */
async function writeChain(path, n) {
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
  for (let seq = 2; seq < n - 1; seq++) {
    await emit(seq, seq % 2 ? 'TOOL_RESULT' : 'TOOL_CALL', seq % 2
      ? { tool_name: 'run', result_hash: sha256(String(seq)), status: 'pass' }
      : { tool_name: 'run', args_hash: sha256(String(seq)) });
  }
  await emit(n - 1, 'SESSION_END', { status: 'success' });
  const finalHash = prev;
  await emit(n, 'CHAIN_SEAL', {
    final_hash: finalHash, authority: 'bench', event_count: n - 1, server_timestamp: stamp(t0 + n), server_version: 'bench',
    signature: { algorithm: 'ed25519', public_key_pem: pem, public_key_sha256: sha256(pem), value: sign(null, Buffer.from(finalHash, 'ascii'), privateKey).toString('base64') },
  });
  out.end(batch.length > 0 ? `${batch.join("\n")}\n` : undefined);
  await once(out, 'finish');
  const pemPath = `${path}.pub.pem`;
  writeFileSync(pemPath, pem);
  return pemPath;
}

/** Runs a command under GNU time: wall seconds and peak RSS (KiB). */
function timed(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const field = (name) => Number((r.stderr.match(new RegExp(`${name}: (.*)`)) ?? [])[1]?.trim().split(':').reduce((a, p) => a * 60 + Number(p), 0));
  return { code: r.status, stdout: r.stdout, seconds: field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)'), rssKiB: field('Maximum resident set size \\(kbytes\\)') };
}

if (!existsSync(cli)) {
  console.error(`bench/chain.mjs: CLI not found at ${cli} (set CAPSULE_CLI or run npm run package)`);
  process.exit(2);
}
const rows = [];
for (const n of sizes) {
  const path = join(dir, `chain-${n}.jsonl`);
  const pem = await writeChain(path, n);
  const bytes = statSync(path).size;
  const verify = timed(process.execPath, [cli, 'chain', 'verify', path, '--public-key', pem, '--json']);
  const report = JSON.parse(verify.stdout);
  if (verify.code !== 0 || report.classification !== 'AUTHORITATIVE_EVIDENCE' || report.event_count !== n) {
    console.error(`verify of ${n} events did not PASS as AUTHORITATIVE: exit ${verify.code}`, report.errors?.slice(0, 3));
    process.exit(1);
  }
  // A 32 MiB old-space cap: if the verifier held anything per event, the largest chain would not fit.
  const capped = n === Math.max(...sizes) ? timed(process.execPath, ['--max-old-space-size=32', cli, 'chain', 'verify', path, '--public-key', pem]) : null;
  const openssl = timed('openssl', ['dgst', '-sha256', path]);
  const sha256sum = timed('sha256sum', [path]);
  rows.push({ n, mb: bytes / 2 ** 20, verify, capped, openssl, sha256sum });
  rmSync(path);
}
rmSync(dir, { recursive: true, force: true });

const fmt = (x, d = 2) => x.toFixed(d);
const header = '| Events | File (MiB) | `chain verify` (s) | Events/s | Verify MiB/s | Peak RSS (MiB) | `openssl dgst -sha256` (s) | `sha256sum` (s) |';
const lines = [header, `|${header.split('|').slice(1, -1).map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.n.toLocaleString('en-US')} | ${fmt(r.mb, 1)} | ${fmt(r.verify.seconds)} | ${Math.round(r.n / r.verify.seconds).toLocaleString('en-US')} | ${fmt(r.mb / r.verify.seconds, 1)} | ${fmt(r.verify.rssKiB / 1024, 1)} | ${fmt(r.openssl.seconds)} | ${fmt(r.sha256sum.seconds)} |`)];
const first = rows[0];
const last = rows[rows.length - 1];
const section = `## chain

\`capsule chain verify EVENTS.jsonl --public-key KEY --json\` on sealed chains of TOOL_CALL/TOOL_RESULT
events (~${Math.round((last.mb * 2 ** 20) / last.n)} bytes a line), each verifying as AUTHORITATIVE_EVIDENCE. The verifier
parses every line, checks it is the JCS form of its event, recomputes its SHA-256 and the link,
and checks the Ed25519 seal. Peak RSS from \`/usr/bin/time -v\`. Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), load average ${loadavg()[0].toFixed(1)} at the end of the run (timings are noisy under load).

${lines.join('\n')}

Memory is flat in chain length: peak RSS ${fmt(first.verify.rssKiB / 1024, 1)} MiB at ${first.n.toLocaleString('en-US')} events vs ${fmt(last.verify.rssKiB / 1024, 1)} MiB at ${last.n.toLocaleString('en-US')}
(V8 grows its heap lazily when allowed to); with \`node --max-old-space-size=32\` the ${last.n.toLocaleString('en-US')}-event chain
${last.capped.code === 0 ? 'still verifies' : `FAILED (exit ${last.capped.code})`} in ${fmt(last.capped.seconds)} s at ${fmt(last.capped.rssKiB / 1024, 1)} MiB peak RSS: the verifier keeps only the previous event and counters. Plain hashing of the file
(\`openssl\`, \`sha256sum\`) is the floor: it checks bytes, not the chain's structure, links or seal.
Regenerate: \`CAPSULE_CLI=dist/cli.js node bench/chain.mjs\`.
`;
process.stdout.write(`${section}\n`);

writeResultsSection('chain', section);
