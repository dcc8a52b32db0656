import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { CpioWriter, type CpioEntry } from './cpio.js';
import { GUEST_PATHS, guestInitScript, guestJobScript, type GuestInitOptions } from './guest-init.js';

export interface InitramfsSpec {
  busybox: string;
  modulesDir: string;
  init: GuestInitOptions;
  /** The job: argv, cwd (relative to the workspace), environment. */
  job: { argv: string[]; cwd: string; env: Record<string, string> };
  /** The host folder copied into the guest's /workspace. */
  workspace: string;
  /** Folders of the workspace (relative) not copied. */
  skip?: string[];
  /** Nor any folder this says yes to (by host path). */
  skipFolder?: (path: string) => boolean;
}

export interface BuiltInitramfs {
  path: string;
  /** SHA-256 of the system part (busybox, /init, modules): the same for every run of the same kernel and options. */
  systemSha256: string;
  /** SHA-256 of the payload part (job + workspace); holds secret values when the run has any. */
  payloadSha256: string;
  payloadFiles: number;
}

/**
 * Two cpio archives back to back in one file: the system part (busybox-static as every
 * tool, /init, the modules), then the payload (the job script and a copy of the
 * workspace). The kernel unpacks both into one tmpfs root.
 */
export function buildInitramfs(path: string, spec: InitramfsSpec): BuiltInitramfs {
  const writer = CpioWriter.open(path);
  try {
    for (const e of systemEntries(spec)) writer.add(e);
    const systemSha256 = writer.endArchive();
    const payload = payloadEntries(spec);
    for (const e of payload) writer.add(e);
    const payloadSha256 = writer.endArchive();
    return { path, systemSha256, payloadSha256, payloadFiles: payload.filter((e) => e.type === 'file').length };
  } finally {
    writer.close();
  }
}

function systemEntries(spec: InitramfsSpec): CpioEntry[] {
  const entries: CpioEntry[] = ['bin', 'dev', 'proc', 'sys', 'tmp', 'lib', 'lib/modules'].map((name) => ({ name, type: 'dir', mode: 0o755 }));
  entries.push({ name: 'bin/busybox', type: 'file', mode: 0o755, source: spec.busybox, size: lstatSync(spec.busybox).size });
  entries.push({ name: 'init', type: 'file', mode: 0o755, data: Buffer.from(guestInitScript(spec.init)) });
  const dirs = new Set<string>();
  for (const m of spec.init.modules) {
    const parts = m.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = `lib/modules/${parts.slice(0, i).join('/')}`;
      if (!dirs.has(dir)) entries.push({ name: dir, type: 'dir', mode: 0o755 });
      dirs.add(dir);
    }
    const source = join(spec.modulesDir, m);
    entries.push({ name: `lib/modules/${m}`, type: 'file', mode: 0o644, source, size: lstatSync(source).size });
  }
  return entries;
}

function payloadEntries(spec: InitramfsSpec): CpioEntry[] {
  const root = GUEST_PATHS.workspace.slice(1);
  return [
    { name: GUEST_PATHS.job.slice(1), type: 'file', mode: 0o644, data: Buffer.from(guestJobScript(spec.job.argv, spec.job.cwd, spec.job.env)) },
    { name: root, type: 'dir', mode: 0o755 },
    ...workspaceEntries(spec.workspace, root, '', { paths: new Set(spec.skip ?? []), folder: spec.skipFolder }),
  ];
}

interface Skipped {
  paths: Set<string>;
  folder?: ((path: string) => boolean) | undefined;
}

/** The workspace tree but the skipped folders, sorted; symlinks stay symlinks (they resolve in the guest only). */
function workspaceEntries(dir: string, prefix: string, rel: string, skip: Skipped): CpioEntry[] {
  const entries: CpioEntry[] = [];
  for (const name of readdirSync(dir).sort()) {
    const childRel = rel ? `${rel}/${name}` : name;
    if (skip.paths.has(childRel)) continue;
    const source = join(dir, name);
    const inGuest = `${prefix}/${name}`;
    const st = lstatSync(source);
    if (st.isSymbolicLink()) entries.push({ name: inGuest, type: 'symlink', target: readlinkSync(source) });
    else if (st.isDirectory()) {
      if (skip.folder?.(source)) continue;
      entries.push({ name: inGuest, type: 'dir', mode: st.mode & 0o7777 });
      entries.push(...workspaceEntries(source, inGuest, childRel, skip));
    }
    else if (st.isFile()) entries.push({ name: inGuest, type: 'file', mode: st.mode & 0o7777, source, size: st.size });
  }
  return entries;
}
