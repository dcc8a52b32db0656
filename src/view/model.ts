import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { SNAPSHOT_NAME, PROOF_PACK_INDEX_NAME } from '../prove/capsule-manifest.js';
import type { VerificationReport, VerifyOptions } from '../verify/report.js';
import { resolveRunManifestPath, verifyRunFolder } from '../verify/run-folder.js';
import { isCapsuleTarget } from '../verify/target.js';
import { openVerifiedCapsule } from '../verify/capsule.js';
import { CapsuleError } from '../errors.js';
import { parseJsonStrict } from '../json/parse.js';
import { shQuote } from '../text/shell.js';
import { eventRows } from './event-rows.js';
import { decisionFacts, gateRows, outputRows, policyRows, runFacts, runFailure } from './run-facts.js';
import { lastLines, TAIL_BYTES } from '../fsio/tail.js';
import { capsuleSource, folderSource, type ViewSource } from './source.js';
import { stageBars } from './timeline.js';
import type { LogView, ViewModel } from './types.js';
import { asBoolean, asRecord, asString, type JsonRecord } from '../json/untrusted.js';

export type ViewOptions = Pick<VerifyOptions, 'signaturePath' | 'trustPolicyPath' | 'publicKeyPaths'>;

/** Largest JSON document (manifest, decision, report, events) read into memory. */
const MAX_DOCUMENT_BYTES = 16 * 1024 ** 2;
/** Each log shows at most its first 64 KiB. */
const MAX_LOG_BYTES = 64 * 1024;
const DECISION_PATH = 'promotion/promotion_decision.json';
const POLICY_REPORT_PATH = 'policy-report.json';

/**
 * Verifies the target, then collects what the page shows. A capsule that fails verification
 * is still read (entries straight from the archive) so the reviewer sees what it claims;
 * the page marks all of it untrusted.
 */
export async function buildViewModel(target: string, options: ViewOptions = {}): Promise<ViewModel> {
  if (!existsSync(target)) throw new CapsuleError('target_missing', `${target}: no such capsule, run folder or manifest`, { file: target });
  if (!isCapsuleTarget(target)) {
    const manifestPath = resolveRunManifestPath(target);
    const report = await verifyRunFolder(target);
    const name = basename(target);
    const commands = { verify: `capsule verify ${shQuote(name)}`, replay: `capsule replay ${shQuote(name)}`, replay_execute: `capsule replay ${shQuote(name)} --execute` };
    return assemble('run-folder', name, report, folderSource(dirname(manifestPath)), basename(manifestPath), commands);
  }
  // The page shows the bytes that were verified: one open, one pass, reads checked against it.
  const verified = await openVerifiedCapsule(target, { signaturePath: options.signaturePath, trustPolicyPath: options.trustPolicyPath, publicKeyPaths: options.publicKeyPaths });
  try {
    const name = basename(target);
    const anchors = [
      ...(options.trustPolicyPath ? ['--trust-policy', shQuote(options.trustPolicyPath)] : []),
      ...(options.publicKeyPaths ?? []).flatMap((k) => ['--public-key', shQuote(k)]),
    ];
    const verify = ['capsule verify', shQuote(name), '--signature', shQuote(options.signaturePath ?? `${name}.sig.json`), ...anchors, '--strict'];
    const commands = { verify: verify.join(' '), replay: `capsule replay ${shQuote(name)}`, replay_execute: ['capsule replay', shQuote(name), ...anchors, '--execute'].join(' ') };
    return await assemble('capsule', name, verified.report, capsuleSource(verified.capsule), SNAPSHOT_NAME, commands);
  } finally {
    verified.close();
  }
}

/** As `capsule verify` decides: a directory or a .json file is a run folder / manifest. */
async function assemble(kind: ViewModel['source']['kind'], name: string, report: VerificationReport, source: ViewSource, manifestName: string, commands: ViewModel['commands']): Promise<ViewModel> {
  const notes: string[] = [];
  const manifestDoc = await readJson(source, manifestName, notes);
  if (manifestDoc === null) notes.push(`${manifestName}: not found`);
  const manifest = manifestDoc ?? {};
  const decision = await readJson(source, DECISION_PATH, notes);
  const policy = await readJson(source, POLICY_REPORT_PATH, notes);
  const index = (await readJson(source, PROOF_PACK_INDEX_NAME, notes)) ?? {};
  const ext = asRecord(manifest.proof_capsule);
  const logs = asRecord(asRecord(ext.execution).logs);
  const run = manifestDoc ? runFacts(manifest) : null;
  const why = runFailure(run);
  return {
    schema: 'proofcapsule.view.v1',
    source: { kind, name, sha256: report.capsule.sha256, size_bytes: report.capsule.size_bytes },
    verification: {
      status: report.status,
      evidence_class: report.evidence_class,
      checks: report.checks.map((c) => ({ id: c.id, status: c.status, summary: c.summary })),
      failed: report.checks.filter((c) => c.status === 'fail').map((c) => c.id),
      warnings: report.warnings,
    },
    decision: decision ? decisionFacts(decision) : null,
    run,
    gates: gateRows(manifest),
    policy: policy ? policyRows(policy) : null,
    outputs: outputRows(manifest, index),
    stages: stageBars(ext.stages),
    events: await readEvents(source, ext.evidence === undefined ? null : asString(asRecord(ext.evidence).events) ?? 'evidence/events.jsonl', notes),
    logs: { stdout: await readLog(source, asRecord(logs.stdout), 'logs/stdout.log'), stderr: await readLog(source, asRecord(logs.stderr), 'logs/stderr.log') },
    failed_run: why === null ? null : { why, stderr_tail: await readStderrTail(source, asString(asRecord(logs.stderr).path) ?? 'logs/stderr.log') },
    commands,
    notes,
  };
}

async function readStderrTail(source: ViewSource, path: string): Promise<NonNullable<ViewModel['failed_run']>['stderr_tail']> {
  const read = await source.tail(path, TAIL_BYTES);
  if (!read) return null;
  const tail = lastLines(read.text);
  return tail.lines.length === 0 ? null : { path, lines: tail.lines, cut: tail.cut || read.cut };
}

/** A JSON object, or null when absent; a document that does not parse is noted, not thrown. */
async function readJson(source: ViewSource, path: string, notes: string[]): Promise<JsonRecord | null> {
  const read = await source.read(path, MAX_DOCUMENT_BYTES);
  if (!read) return null;
  if (read.truncated) {
    notes.push(`${path}: larger than ${MAX_DOCUMENT_BYTES} bytes, not shown`);
    return null;
  }
  try {
    return asRecord(parseJsonStrict(read.bytes.toString('utf8'), path).value);
  } catch (err) {
    if (!(err instanceof CapsuleError)) throw err;
    notes.push(err.message);
    return null;
  }
}

/** `path` is null for a plain AGILAB manifest, which records no event chain. */
async function readEvents(source: ViewSource, path: string | null, notes: string[]): Promise<ViewModel['events']> {
  const read = path === null ? null : await source.read(path, MAX_DOCUMENT_BYTES);
  if (!read) {
    if (path !== null) notes.push(`${path}: not found`);
    return { rows: [], total_lines: 0, note: null };
  }
  return eventRows(read.bytes.toString('utf8'), read.truncated);
}

async function readLog(source: ViewSource, record: JsonRecord, fallback: string): Promise<LogView | null> {
  const path = asString(record.path) ?? fallback;
  const read = await source.read(path, MAX_LOG_BYTES);
  if (!read) return null;
  return {
    path,
    text: read.bytes.toString('utf8'),
    shown_bytes: read.bytes.length,
    total_bytes: read.totalBytes,
    truncated: read.truncated,
    capture_truncated: asBoolean(record.truncated) ?? false,
  };
}
