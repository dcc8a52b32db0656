import { copyFileSync, createReadStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CollectedOutput } from '../collect/outputs.js';
import type { RunLayout } from './workspace.js';

export interface CopiedOutputs {
  /** Outputs copied into `artifacts/`. */
  packed: CollectedOutput[];
  /** Outputs that hold a secret value: never copied, and they fail the run. */
  leaking: { path: string; secretIndex: number }[];
}

/**
 * Copies the collected outputs into the run folder's `artifacts/`, keeping their relative
 * paths. An output that contains a secret value is not copied: a capsule must never hold a
 * secret, and redacting an artifact would silently change what the job produced.
 */
export async function copyOutputs(layout: RunLayout, outputs: CollectedOutput[], secretValues: string[]): Promise<CopiedOutputs> {
  const result: CopiedOutputs = { packed: [], leaking: [] };
  for (const o of outputs) {
    const source = join(layout.workspace, o.path);
    const secretIndex = await findSecret(source, secretValues);
    if (secretIndex >= 0) {
      result.leaking.push({ path: o.path, secretIndex });
      continue;
    }
    const target = join(layout.artifactsDir, o.path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
    result.packed.push(o);
  }
  return result;
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
