import { lstatSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { RunManifest } from './types.js';

export type ArtifactFound = 'file' | 'directory' | 'missing' | 'symlink' | 'other';

/** Where one recorded artifact is, read as AGILAB reads it. */
export interface ArtifactPlace {
  index: number;
  artifact: RunManifest['artifacts'][number];
  /**
   * The recorded path on this machine: absolute as written (`~` expanded, as AGILAB does),
   * else relative to the manifest's folder.
   */
  location: string;
  absolute: boolean;
  /** Its path below the run folder (the manifest's folder), "/"-separated; null when it lies outside. */
  inRunFolder: string | null;
  /** What is there now, not following a final symlink. */
  found: ArtifactFound;
}

function expandHome(p: string): string {
  return p === '~' || p.startsWith('~/') ? homedir() + p.slice(1) : p;
}

function foundAt(path: string): ArtifactFound {
  try {
    const st = lstatSync(path);
    return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : st.isSymbolicLink() ? 'symlink' : 'other';
  } catch {
    return 'missing';
  }
}

/**
 * Every artifact of a manifest, placed. AGILAB's own writer records absolute paths (inside the
 * run folder or not) and `kind: "directory"` for folders; other writers record paths relative
 * to the manifest. Both resolve here the way AGILAB's verifier resolves them.
 */
export function placeArtifacts(manifest: RunManifest, manifestPath: string): ArtifactPlace[] {
  const folder = dirname(resolve(manifestPath));
  return manifest.artifacts.map((artifact, index) => {
    const recorded = expandHome(artifact.path);
    const absolute = isAbsolute(recorded);
    const location = absolute ? resolve(recorded) : resolve(folder, recorded);
    const rel = relative(folder, location);
    const inside = rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
    const inRunFolder = inside ? rel.split(sep).join('/') : null;
    return { index, artifact, location, absolute, inRunFolder, found: foundAt(location) };
  });
}

/**
 * Where a proof pack holds an artifact found inside the run folder: a relative path as
 * recorded (it resolves the same in the unpacked capsule), an absolute one under `artifacts/`
 * (the snapshot is re-pointed there).
 */
export function packPathOf(place: ArtifactPlace): string | null {
  if (place.inRunFolder === null) return null;
  if (!place.absolute) return place.inRunFolder;
  return place.inRunFolder.startsWith('artifacts/') ? place.inRunFolder : `artifacts/${place.inRunFolder}`;
}
