import { closeSync, existsSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import type { RunRecord } from '../record/types.js';
import { CapsuleError, describeFsError } from '../errors.js';
import { writeFileAtomic } from '../fsio/atomic.js';
import { parseJsonStrict } from '../json/parse.js';
import { stableJson } from '../json/write.js';
import { assertValid } from '../schemas/registry.js';
import type { PromotionDecision } from './types.js';

/** `agilab.metadata_entry.v1`: one run in the metadata store (AGILAB's fields, plus `promotion` when decided). */
export interface MetadataStoreEntry {
  schema: 'agilab.metadata_entry.v1';
  entry_type: 'run';
  run_id: string;
  path_id: string;
  label: string;
  status: string;
  created_at: string;
  manifest_path: string;
  manifest_sha256: string;
  command: { label: string; argv: string[]; cwd: string };
  environment: Record<string, string>;
  timing: { started_at: string; finished_at: string; duration_seconds: number; target_seconds: number | null };
  artifact_count: number;
  validation_statuses: Record<string, string>;
  promotion?: { decision: string; reason: string; evidence_class: string | null; lane: string | null; bundle_sha256: string | null };
}

/** `agilab.metadata_store.v1`: one JSON file, entries keyed by run_id, sorted by (created_at, run_id). */
export interface MetadataStore {
  schema: 'agilab.metadata_store.v1';
  entry_count: number;
  entries: MetadataStoreEntry[];
}

export function buildMetadataStoreEntry(record: RunRecord, decision?: PromotionDecision, evidenceClass?: string | null): MetadataStoreEntry {
  const m = record.manifest;
  const pc = m.proof_capsule;
  return {
    schema: 'agilab.metadata_entry.v1',
    entry_type: 'run',
    run_id: m.run_id,
    path_id: m.path_id,
    label: m.label,
    status: m.status,
    created_at: m.created_at,
    manifest_path: basename(record.manifestPath),
    manifest_sha256: record.manifestSha256,
    command: { label: m.command.label, argv: [...m.command.argv], cwd: m.command.cwd },
    environment: { ...m.environment },
    timing: { ...m.timing },
    artifact_count: m.artifacts.length,
    validation_statuses: Object.fromEntries(m.validations.map((v) => [v.label, v.status])),
    ...(decision
      ? {
          promotion: {
            decision: decision.decision,
            reason: decision.reason,
            evidence_class: evidenceClass ?? pc?.evidence.classification ?? null,
            lane: pc?.bundle.lane ?? null,
            bundle_sha256: pc?.bundle.sha256 ?? null,
          },
        }
      : {}),
  };
}

export interface LockOptions {
  /** Give up after this long (ms). */
  timeoutMs?: number;
  /** A lock older than this whose holder cannot be confirmed alive is taken over (ms). */
  staleMs?: number;
}

/**
 * Adds (or replaces, by run_id) one entry. Writers serialize on `<store>.lock`, created with
 * O_EXCL ('wx'), so concurrent read-modify-writes lose nothing; the store itself is replaced
 * atomically, so readers never see half a file. A lock left by a dead process is taken over.
 */
export function appendToMetadataStore(storePath: string, entry: MetadataStoreEntry, options: LockOptions = {}): MetadataStore {
  assertValid('metadata-store-entry', entry, '<metadata store entry>');
  return withStoreLock(storePath, options, () => {
    const store = readStore(storePath);
    const entries = store.entries.filter((e) => e.run_id !== entry.run_id);
    entries.push(entry);
    entries.sort((a, b) => compare(a.created_at, b.created_at) || compare(a.run_id, b.run_id));
    const next: MetadataStore = { schema: 'agilab.metadata_store.v1', entry_count: entries.length, entries };
    writeFileAtomic(storePath, stableJson(next));
    return next;
  });
}

export function readStore(storePath: string): MetadataStore {
  if (!existsSync(storePath)) return { schema: 'agilab.metadata_store.v1', entry_count: 0, entries: [] };
  const doc = parseJsonStrict(readFileSync(storePath, 'utf8'), storePath);
  assertValid('metadata-store', doc.value, storePath, doc);
  return doc.value as MetadataStore;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function withStoreLock<T>(storePath: string, options: LockOptions, fn: () => T): T {
  const lock = `${storePath}.lock`;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const staleMs = options.staleMs ?? 60_000;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname() }));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new CapsuleError('store_lock_failed', `${lock}: cannot create the metadata store lock: ${describeFsError(err)}`, { file: lock });
      }
      const staleIno = staleLockInode(lock, staleMs);
      if (staleIno !== undefined) {
        breakLock(lock, staleIno);
        continue;
      }
      if (Date.now() > deadline) {
        throw new CapsuleError('store_locked', `${lock}: the metadata store is locked by another writer; remove the lock if no capsule process is running`, { file: lock });
      }
      sleepMs(Math.min(2 * 2 ** Math.min(attempt, 5), 50) * (0.5 + Math.random()));
    }
  }
  try {
    return fn();
  } finally {
    unlinkSync(lock);
  }
}

/**
 * The lock's inode when it is stale: held by a process of this host that no longer exists,
 * or (holder on another host, or never written because its creator died) older than staleMs.
 */
function staleLockInode(lock: string, staleMs: number): number | undefined {
  let info: { ino: number; mtimeMs: number };
  try {
    info = statSync(lock);
  } catch {
    return undefined; // released meanwhile: just retry
  }
  const holder = readHolder(lock);
  const stale = holder && holder.host === hostname() ? !processAlive(holder.pid) : Date.now() - info.mtimeMs > staleMs;
  return stale ? info.ino : undefined;
}

function readHolder(lock: string): { pid: number; host: string } | undefined {
  try {
    const holder = JSON.parse(readFileSync(lock, 'utf8')) as { pid?: unknown; host?: unknown };
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? { pid: holder.pid, host: holder.host } : undefined;
  } catch {
    return undefined;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves the stale lock aside (of several writers that saw it stale, one succeeds). If what
 * was moved is not the stale inode (a live writer took the lock between our check and the
 * rename), it is put back with link(), which never replaces a newer lock.
 */
function breakLock(lock: string, staleIno: number): void {
  const aside = `${lock}.stale.${process.pid}.${Date.now()}`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // another writer broke it first
  }
  try {
    if (statSync(aside).ino !== staleIno) linkSync(aside, lock);
  } catch {
    // A newer lock exists already: its holder goes on, we wait for it.
  }
  unlinkSync(aside);
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
