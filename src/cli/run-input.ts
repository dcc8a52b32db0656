import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { SNAPSHOT_NAME } from '../prove/capsule-manifest.js';
import { extractVerifiedCapsule } from '../replay/extract.js';
import { openVerifiedCapsule } from '../verify/capsule.js';
import { resolveRunManifestPath } from '../verify/run-folder.js';
import { isCapsuleTarget } from '../verify/target.js';

/** A verb's `<manifest>` argument, opened: where the manifest is on disk, and the capsule it came from. */
export interface RunInput {
  manifestPath: string;
  /** The .agipack given, or null for a manifest or run folder. */
  capsule: string | null;
  /** Where outputs that AGILAB puts beside the manifest go: beside the capsule, for a capsule. */
  beside: string;
  /** Removes the unpacked copy of a capsule. */
  close(): void;
}

/**
 * What every verb that takes a run manifest accepts, as AGILAB's verbs do: a manifest, a run
 * folder (holding `run_manifest.json`, or an unpacked capsule's snapshot), or a `.agipack`,
 * which is verified and then unpacked into a temp folder that is itself a run folder.
 */
export async function openRunInput(target: string): Promise<RunInput> {
  if (!isCapsuleTarget(target)) {
    const manifestPath = resolveRunManifestPath(target);
    return { manifestPath, capsule: null, beside: dirname(resolve(manifestPath)), close: () => {} };
  }
  const scratch = mkdtempSync(join(tmpdir(), 'capsule-input-'));
  const close = () => rmSync(scratch, { recursive: true, force: true });
  const verified = await openVerifiedCapsule(target);
  try {
    await extractVerifiedCapsule(verified, scratch);
  } catch (err) {
    close();
    throw err;
  } finally {
    verified.close();
  }
  return { manifestPath: join(scratch, SNAPSHOT_NAME), capsule: target, beside: dirname(resolve(target)), close };
}

/** Runs `use` on the opened input and always cleans up after it. */
export async function withRunInput<T>(target: string, use: (input: RunInput) => Promise<T>): Promise<T> {
  const input = await openRunInput(target);
  try {
    return await use(input);
  } finally {
    input.close();
  }
}
