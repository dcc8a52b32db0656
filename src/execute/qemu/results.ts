import { closeSync, lstatSync, mkdirSync, openSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BLOCK = 512;

/** What the guest wrote onto the results disk: its /capsule files, and the workspace files it wrote back. */
export interface GuestResults {
  stdout: Buffer | null;
  stderr: Buffer | null;
  exitCode: number | null;
  /** Workspace files written back (relative paths). */
  files: string[];
  /** Entries refused (unsafe path, link, device) or cut off, with why. */
  refused: string[];
  /** The archive ended before its end marker (disk full, or the guest died while writing). */
  truncated: boolean;
}

interface TarEntry {
  name: string;
  type: string;
  mode: number;
  data: Buffer;
}

function field(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

function octal(block: Buffer, start: number, length: number): number {
  // GNU base-256 for sizes over 8 GiB is refused: a results disk is never that large.
  if ((block[start]! & 0x80) !== 0) return Number.NaN;
  const text = field(block, start, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

/**
 * Reads the ustar stream busybox tar wrote onto the raw results disk (with GNU long-name
 * records). The disk is untrusted guest output: sizes are checked against the disk, and
 * parsing stops at the end marker, the end of the disk or the first malformed header.
 */
function* readTar(path: string): Generator<TarEntry, boolean> {
  const fd = openSync(path, 'r');
  try {
    const size = lstatSync(path).size;
    let offset = 0;
    let longName: string | null = null;
    const header = Buffer.alloc(BLOCK);
    while (offset + BLOCK <= size) {
      readSync(fd, header, 0, BLOCK, offset);
      if (header.every((b) => b === 0)) return true;
      const length = octal(header, 124, 12);
      const dataEnd = offset + BLOCK + length;
      if (!Number.isFinite(length) || length < 0 || dataEnd > size) return false;
      const data = Buffer.alloc(length);
      readSync(fd, data, 0, length, offset + BLOCK);
      offset = offset + BLOCK + Math.ceil(length / BLOCK) * BLOCK;
      const type = String.fromCharCode(header[156]!) || '0';
      if (type === 'L') {
        longName = field(data, 0, data.length);
        continue;
      }
      const prefix = header.subarray(257, 262).toString('ascii') === 'ustar' ? field(header, 345, 155) : '';
      const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
      longName = null;
      yield { name, type: type === '\0' ? '0' : type, mode: octal(header, 100, 8), data };
    }
    return false;
  } finally {
    closeSync(fd);
  }
}

/** A relative workspace path from an archive name, or null when it could leave the workspace. */
function workspacePath(name: string): string | null {
  const rel = name.replace(/^workspace\/?/, '').replace(/\/+$/, '');
  if (rel === '') return '';
  const parts = rel.split('/');
  if (rel.startsWith('/') || parts.some((p) => p === '..' || p === '.' || p === '' || p.includes('\\'))) return null;
  return rel;
}

/** Refuses to write through an existing symlink anywhere on the way (the host side may have one the guest did not). */
function throughSymlink(root: string, rel: string): boolean {
  let current = root;
  for (const part of rel.split('/')) {
    current = join(current, part);
    try {
      if (lstatSync(current).isSymbolicLink()) return true;
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Reads the results disk; writes the workspace files back into `workspace` (regular files and
 * folders only), never into a `skip` folder nor into a host folder `skipFolder` says yes to.
 */
export function collectGuestResults(
  disk: string, workspace: string, skip: string[] = [], skipFolder?: (path: string) => boolean,
): GuestResults {
  const r: GuestResults = { stdout: null, stderr: null, exitCode: null, files: [], refused: [], truncated: false };
  const tar = readTar(disk);
  for (let step = tar.next(); ; step = tar.next()) {
    if (step.done) {
      r.truncated = !step.value;
      return r;
    }
    const e = step.value;
    if (e.name === 'capsule/stdout') r.stdout = e.data;
    else if (e.name === 'capsule/stderr') r.stderr = e.data;
    else if (e.name === 'capsule/exit_code') r.exitCode = /^\d{1,3}\s*$/.test(e.data.toString('ascii')) ? Number(e.data.toString('ascii').trim()) : null;
    else if (e.name === 'workspace' || e.name.startsWith('workspace/')) writeBack(e, workspace, r, skip, skipFolder);
  }
}

function writeBack(
  e: TarEntry, workspace: string, r: GuestResults, skip: string[], skipFolder?: (path: string) => boolean,
): void {
  const rel = workspacePath(e.name);
  if (rel === null) return void r.refused.push(`${e.name}: path could leave the workspace`);
  if (rel === '') return;
  const kept = skip.find((s) => rel === s || rel.startsWith(`${s}/`)) ?? keptFolder(workspace, rel, skipFolder);
  if (kept !== undefined) return void r.refused.push(`${e.name}: inside ${kept}, a folder kept out of the VM`);
  if (e.type !== '0' && e.type !== '5') return void r.refused.push(`${e.name}: ${e.type === '2' ? 'symlink' : e.type === '1' ? 'hard link' : `entry type ${e.type}`} not written back`);
  if (throughSymlink(workspace, rel)) return void r.refused.push(`${e.name}: a symlink in the workspace is on its path`);
  const target = join(workspace, rel);
  if (e.type === '5') return void mkdirSync(target, { recursive: true });
  mkdirSync(join(target, '..'), { recursive: true });
  writeFileSync(target, e.data, { mode: (Number.isFinite(e.mode) ? e.mode : 0o644) & 0o755 });
  r.files.push(rel);
}

/** The first folder on `rel`'s path (itself included) that exists on the host and `skipFolder` keeps out. */
function keptFolder(workspace: string, rel: string, skipFolder?: (path: string) => boolean): string | undefined {
  if (!skipFolder) return undefined;
  const parts = rel.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    if (skipFolder(join(workspace, prefix))) return prefix;
  }
  return undefined;
}
