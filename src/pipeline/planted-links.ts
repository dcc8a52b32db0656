import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CapsuleError } from '../errors.js';
import type { RunLayout } from './workspace.js';

/**
 * Refuses to go on writing into a run folder the job has planted symbolic links in. The job runs
 * as the user, so it can write into the run folder around its workspace; `capsule` itself makes
 * no link there (its workspace aside), so each one is the job's, and writing on through one (an
 * `artifacts/` swapped for a link to another folder) would write outside the folder the user
 * named. Checked once the job has ended and before anything more is written.
 */
export function refusePlantedLinks(layout: RunLayout): void {
  const planted: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const st = lstatSync(path);
      // The workspace is the job's own (links in it are outputs' business), but not a link to elsewhere.
      if (path === layout.workspace && !st.isSymbolicLink()) continue;
      const shown = relative(layout.root, path).split(sep).join('/');
      if (st.isSymbolicLink()) planted.push(`${shown} -> ${readlinkSync(path)}`);
      else if (st.isDirectory()) walk(path);
    }
  };
  if (lstatSync(layout.root).isSymbolicLink()) planted.push(`${layout.root} itself -> ${readlinkSync(layout.root)}`);
  else walk(layout.root);
  if (planted.length === 0) return;
  const shown = planted.slice(0, 3).join(', ') + (planted.length > 3 ? ` and ${planted.length - 3} more` : '');
  const why = `the job planted symbolic links in the run folder while it ran (${shown}); `
    + 'nothing more is written there, so nothing is written through them';
  throw new CapsuleError('out_dir_unusable', `${layout.root}: ${why}`, { file: layout.root });
}
