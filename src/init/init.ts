import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { CapsuleError } from '../errors.js';
import { writeFileAtomic } from '../fsio/atomic.js';
import { bundleTemplate, CAPSULE_IGNORE, RUN_SCRIPT } from './templates.js';

export const BUNDLE_SCHEMA_ID = 'https://proofcapsule.dev/schemas/bundle.schema.json';
const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;

export interface InitResult {
  dir: string;
  name: string;
  files: string[];
}

/**
 * Writes a first bundle into `dir` (made if missing). Never overwrites: when any of the files
 * is already there nothing is written, and the error names it.
 */
export function initBundle(dir: string, schemaFile: string | null): InitResult {
  const full = resolve(dir);
  if (existsSync(full) && !statSync(full).isDirectory()) throw new CapsuleError('init_target_not_folder', `${dir}: exists and is not a folder; give a new or existing folder`, { file: dir });
  const name = bundleName(basename(full));
  // A path from the bundle to the schema shipped in the package, so an editor validates offline.
  const schemaRef = schemaFile ? relative(full, schemaFile).split('\\').join('/') : BUNDLE_SCHEMA_ID;
  const files: [string, string, number][] = [
    ['bundle.json', bundleTemplate(name, schemaRef), 0o644],
    ['run.sh', RUN_SCRIPT, 0o755],
    ['.capsuleignore', CAPSULE_IGNORE, 0o644],
  ];
  const taken = files.map(([f]) => join(full, f)).filter((f) => existsSync(f));
  if (taken.length > 0) throw new CapsuleError('init_would_overwrite', `${taken.join(', ')}: already there; capsule init never overwrites (pick a new folder, or move them away)`, { file: taken[0] });
  mkdirSync(full, { recursive: true });
  for (const [file, text, mode] of files) writeFileAtomic(join(full, file), text, mode);
  return { dir: full, name, files: files.map(([f]) => join(full, f)) };
}

/** The folder's name as a bundle name (lower case, [a-z0-9._-]), or `my-job` when nothing is left. */
export function bundleName(folder: string): string {
  const name = folder.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 63);
  return NAME.test(name) ? name : 'my-job';
}
