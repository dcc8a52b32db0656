import { copyFileSync, createReadStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CollectedOutput, Collection } from '../collect/outputs.js';
import type { GateResult } from '../collect/gates.js';
import { createRedactor } from '../execute/redact.js';
import type { RunLayout } from './workspace.js';
import { entryProblem } from '../prove/pack-limits.js';
import { entryNameCollisions } from '../zip/names.js';

/** An output left out of the capsule; `path` is redacted, so it can be recorded. */
export interface LeftOut {
  path: string;
  why: 'secret-in-name' | 'secret-in-content' | 'not-a-regular-file' | 'unportable-name';
  /** Which secret (by index into the run's secret values) for the secret cases. */
  secretIndex?: number;
  reason?: string;
}

export interface CopiedOutputs {
  /** Outputs copied into `artifacts/`. */
  packed: CollectedOutput[];
  /** Outputs not copied: each fails the run. */
  leftOut: LeftOut[];
}

/**
 * Copies the collected outputs into the run folder's `artifacts/`, keeping their relative
 * paths. An output whose name or bytes contain a secret value is not copied: a capsule must
 * never hold a secret (its path would become an entry name and appear in the manifests), and
 * redacting an artifact would silently change what the job produced. Paths of outputs left
 * out are recorded redacted.
 */
export async function copyOutputs(layout: RunLayout, workspace: string, collection: Collection, secretValues: string[]): Promise<CopiedOutputs> {
  const result: CopiedOutputs = { packed: [], leftOut: collection.refused.map((r) => ({ path: redactText(r.path, secretValues), why: 'not-a-regular-file', reason: r.reason })) };
  const unportable = unportableNames(collection.outputs.map((o) => o.path));
  for (const o of collection.outputs) {
    const problem = unportable.get(o.path);
    if (problem !== undefined) {
      const reason = redactText(problem, secretValues);
      result.leftOut.push({ path: redactText(o.path, secretValues), why: 'unportable-name', reason });
      continue;
    }
    const inName = secretValues.findIndex((s) => s.length > 0 && o.path.includes(s));
    if (inName >= 0) {
      result.leftOut.push({ path: redactText(o.path, secretValues), why: 'secret-in-name', secretIndex: inName });
      continue;
    }
    const source = join(workspace, o.path);
    const secretIndex = await findSecret(source, secretValues);
    if (secretIndex >= 0) {
      result.leftOut.push({ path: o.path, why: 'secret-in-content', secretIndex });
      continue;
    }
    const target = join(layout.artifactsDir, o.path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
    result.packed.push(o);
  }
  return result;
}

/** One failing gate per output left out: the run cannot pass with a leak or a refused output. */
export function leftOutGates(leftOut: LeftOut[], secretNames: string[]): GateResult[] {
  return leftOut.map((l) => {
    const secret = l.secretIndex === undefined ? null : (secretNames[l.secretIndex] ?? 'a registered secret');
    if (l.why === 'not-a-regular-file') {
      return { label: `output ${l.path} is a regular file`, status: 'fail' as const, summary: `${l.path} is ${l.reason}; it was not collected`, details: { path: l.path, reason: l.reason } };
    }
    if (l.why === 'unportable-name') {
      const summary = `${l.path}: its name cannot be a capsule entry (${l.reason}); it was left out of the capsule`;
      const label = `output ${l.path} has a name a capsule can hold`;
      return { label, status: 'fail' as const, summary, details: { path: l.path, reason: l.reason } };
    }
    const where = l.why === 'secret-in-name' ? 'name' : 'content';
    return {
      label: `output ${l.path} holds no secret${where === 'name' ? ' in its name' : ''}`,
      status: 'fail' as const,
      summary: `${where === 'name' ? `the name of ${l.path}` : l.path} contains the value of ${secret}; it was left out of the capsule`,
      details: { path: l.path, secret, where },
    };
  });
}

const WHY: Record<LeftOut['why'], string> = {
  'secret-in-name': 'a secret value in its name', 'secret-in-content': 'a secret value in its content',
  'not-a-regular-file': 'not a regular file', 'unportable-name': 'a name a capsule cannot hold',
};

/** The outputs left out and why, for the collect stage's one-line message (the first three named). */
export function describeLeftOut(leftOut: LeftOut[]): string {
  const named = leftOut.slice(0, 3).map((l) => `${l.path} (${l.why === 'not-a-regular-file' ? l.reason : WHY[l.why]})`);
  return `${named.join(', ')}${leftOut.length > 3 ? ` and ${leftOut.length - 3} more` : ''}`;
}

/**
 * Outputs whose capsule entry (`artifacts/<path>`) the verifier would refuse, by output path, with
 * why: its own name checks, and of two names one case-insensitive file system makes one, the later.
 */
function unportableNames(paths: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const path of paths) {
    const problem = entryProblem(`artifacts/${path}`);
    if (problem !== null) out.set(path, problem);
  }
  const rest = paths.filter((p) => !out.has(p));
  for (const problem of entryNameCollisions(rest.map((p) => `artifacts/${p}`))) {
    // Each collision is named by the entry it is about, first: `"artifacts/x": …`.
    const path = rest.find((p) => problem.startsWith(`${JSON.stringify(`artifacts/${p}`)}:`));
    if (path !== undefined && !out.has(path)) out.set(path, problem);
  }
  return out;
}

function redactText(text: string, secretValues: string[]): string {
  const r = createRedactor(secretValues);
  return Buffer.concat([r.push(Buffer.from(text)), r.end()]).toString('utf8');
}

/** Index of the first secret whose value occurs in the file (streamed, overlap kept across chunks), or -1. */
async function findSecret(path: string, secretValues: string[]): Promise<number> {
  const needles = secretValues.filter((s) => s.length > 0).map((s) => Buffer.from(s, 'utf8'));
  if (needles.length === 0) return -1;
  const overlap = Math.max(...needles.map((n) => n.length)) - 1;
  let tail = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const window = Buffer.concat([tail, chunk as Buffer]);
    const hit = needles.findIndex((n) => window.includes(n));
    if (hit >= 0) return hit;
    tail = window.subarray(Math.max(0, window.length - overlap));
  }
  return -1;
}
