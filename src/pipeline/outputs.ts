import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RunLayout } from './workspace.js';

/** Copies the collected outputs into the run folder's `artifacts/`, keeping their relative paths. */
export async function copyOutputs(layout: RunLayout, outputs: { path: string }[]): Promise<void> {
  for (const o of outputs) {
    const target = join(layout.artifactsDir, o.path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(layout.workspace, o.path), target);
  }
}
