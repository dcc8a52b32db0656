import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CapsuleError, describeFsError } from '../../errors.js';
import type { ReplayFrame } from '../../chain/replay.js';
import type { ChainIssue, ChainReport } from '../../chain/report.js';
import type { VerifyChainOptions } from '../../chain/verify.js';
import { chainWorkersFor } from '../early-chain-workers.js';
import { terminalLines } from '../../text/terminal.js';
import { EXIT, action, collect, printJson } from '../io.js';

interface TrustOptions {
  trustPolicy?: string;
  publicKey: string[];
  json?: boolean;
  canonicalLines?: boolean;
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new CapsuleError('file_unreadable', `${path}: cannot read ${what}: ${describeFsError(err)}`, { file: path });
  }
}

/** `--public-key` files are trusted and available to verify seals that do not embed their key. */
async function trustFrom(options: TrustOptions): Promise<VerifyChainOptions> {
  // Loaded only when asked for: the trust-policy reader brings every schema validator with it.
  const trusted = options.trustPolicy ? (await import('../../trust/policy.js')).trustedKeysIn(options.trustPolicy) : [];
  const publicKeys = new Map<string, string>();
  const { publicKeyFromPem, publicKeySha256 } = await import('../../keys/ed25519.js');
  for (const file of options.publicKey) {
    const pem = readText(file, 'public key');
    try {
      publicKeyFromPem(pem);
    } catch (err) {
      throw new CapsuleError('public_key_invalid', `${file}: ${(err as Error).message}`, { file });
    }
    publicKeys.set(publicKeySha256(pem), pem);
    trusted.push(publicKeySha256(pem));
  }
  return { trustedPublicKeySha256: trusted, publicKeys, canonicalLines: options.canonicalLines ?? false };
}

function issueLine(kind: string, issue: ChainIssue): string {
  return `  ${kind} line ${issue.line}${issue.seq !== null ? ` seq ${issue.seq}` : ''} [${issue.rule}]: ${issue.message}`;
}

function renderReport(report: ChainReport): string {
  const head = `${report.file}: ${report.status} ${report.classification} (${report.event_count} events, verified through seq ${report.verified_through_seq}${report.sealed ? ', sealed' : ', unsealed'}${report.seal_trusted ? ', seal key trusted' : ''})`;
  return [head, ...report.errors.map((e) => issueLine('error', e)), ...report.warnings.map((w) => issueLine('warning', w)), ...report.notes.map((n) => issueLine('note', n))].join('\n') + '\n';
}

function renderFrame(frame: ReplayFrame): string {
  const { frame_type, seq, timestamp, ...rest } = frame;
  const label = frame.frame_type === 'EVENT' ? `EVENT ${frame.event_type}` : frame_type;
  const detail = frame.frame_type === 'EVENT' ? frame.payload : rest;
  return `#${seq} ${timestamp} ${label} ${JSON.stringify(detail)}`;
}

export function registerChain(program: Command): void {
  const chain = program
    .command('chain')
    .description('Verify or replay a hash-chained event log (evidence/events.jsonl, AgentOps Replay v1.0 format)');

  chain
    .command('verify')
    .description('Check every line in file order: strict I-JSON, fields, session, seq, genesis, hashes, links, seal and its signature. Any JSON spelling of an event is accepted (AgentOps\' json.dumps lines included). Exit 0 PASS, 1 FAIL, 2 unreadable input')
    .argument('<events>', 'the events.jsonl file')
    .option('--trust-policy <file>', 'JSON or TOML trust policy: its allowed_public_key_sha256 / trusted_public_key_sha256 keys may seal')
    .option('--public-key <pem>', 'an Ed25519 SPKI PEM file whose key is trusted to seal (repeatable)', collect, [])
    .option('--canonical-lines', 'fail every line that is not the RFC 8785 (JCS) form of its event plus "\\n" (as our recorder writes); by default other JSON spellings are accepted with a note')
    .option('--json', 'print the chain report as JSON')
    .action(action(async (events: string, options: TrustOptions) => {
      // A big file's worker threads were started as the CLI started (or start now): they boot
      // while the chain reader loads.
      const workers = chainWorkersFor(events);
      try {
        const { readingWith, verifyChainFile } = await import('../../chain/verify.js');
        const reading = workers ? readingWith(workers) : undefined;
        const report = await verifyChainFile(events, await trustFrom(options), reading);
        if (options.json) printJson(report);
        else process.stdout.write(terminalLines(renderReport(report)));
        return report.status === 'PASS' ? EXIT.ok : EXIT.failed;
      } finally {
        workers?.close();
      }
    }));

  chain
    .command('replay')
    .description('Verify the chain, then print one frame per recorded event (EVENT, LOG_DROP, GAP, REDACTION); a failing chain is refused')
    .argument('<events>', 'the events.jsonl file')
    .option('--trust-policy <file>', 'JSON or TOML trust policy naming the keys that may seal')
    .option('--public-key <pem>', 'an Ed25519 SPKI PEM file whose key is trusted to seal (repeatable)', collect, [])
    .option('--json', 'print the frames as JSON')
    .action(action(async (events: string, options: TrustOptions) => {
      const { replayChainFile } = await import('../../chain/replay.js');
      // A failing chain throws chain_invalid (checked and failed: exit 1, like `chain verify`).
      const replay = await replayChainFile(events, await trustFrom(options));
      if (options.json) printJson(replay);
      else process.stdout.write(terminalLines(`session ${replay.session_id} (${replay.classification}), ${replay.frames.length} frames\n${replay.frames.map(renderFrame).join('\n')}\n`));
      return EXIT.ok;
    }));
}
