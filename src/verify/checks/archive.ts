import { statSync } from 'node:fs';
import yauzl from 'yauzl';
import { sha256File } from '../../hash/sha256.js';
import { ENTRY_MODE } from '../../zip/canonical.js';
import { FLAG_UTF8, readZipLayout, type ZipEntryRecord } from '../../zip/read.js';
import { fail, pass, type CapsuleContext, type CheckResult } from './context.js';

export async function checkCapsuleExists(ctx: CapsuleContext): Promise<CheckResult> {
  let stat;
  try {
    stat = statSync(ctx.path);
  } catch (err) {
    return fail(`${ctx.path}: ${(err as NodeJS.ErrnoException).code ?? 'cannot stat'}`);
  }
  if (!stat.isFile()) return fail(`${ctx.path} is not a regular file`);
  const digest = await sha256File(ctx.path);
  ctx.capsuleSha256 = digest.sha256;
  ctx.capsuleSize = digest.size;
  return pass(`${ctx.path} (${digest.size} bytes)`, { sha256: digest.sha256, size_bytes: digest.size });
}

/** An independent, lenient reader (yauzl) must list the archive too: the strict layout check comes next. */
export async function checkZipReadable(ctx: CapsuleContext): Promise<CheckResult> {
  try {
    const count = await countEntriesWithYauzl(ctx.path);
    return pass(`ZIP central directory lists ${count} entries`, { entry_count: count });
  } catch (err) {
    return fail(`not a readable ZIP archive: ${(err as Error).message}`);
  }
}

function countEntriesWithYauzl(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // decodeStrings:false: names are judged by archive_paths_safe, not rewritten or refused here.
    yauzl.open(path, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('cannot open'));
      let count = 0;
      zip.on('entry', () => {
        count++;
        zip.readEntry();
      });
      zip.on('end', () => resolve(count));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Local headers agree with the central directory, no stray bytes, no encryption, stored/deflate only, ZIP64 consistent, size caps. */
export function checkArchiveStructure(ctx: CapsuleContext): CheckResult {
  const layout = readZipLayout(ctx.path);
  ctx.layout = layout;
  const problems = [...layout.problems, ...sizeCapProblems(ctx, layout.entries)];
  if (problems.length > 0) return fail(`archive layout is not strict: ${problems[0]}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`, { problems });
  return pass(`${layout.entries.length} entries, contiguous, local headers match the central directory`);
}

function sizeCapProblems(ctx: CapsuleContext, entries: ZipEntryRecord[]): string[] {
  const { maxEntryBytes, maxTotalBytes, maxRatio, ratioFloorBytes } = ctx.limits;
  const problems: string[] = [];
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (e.uncompressedSize > maxEntryBytes) problems.push(`${JSON.stringify(e.name)}: declares ${e.uncompressedSize} bytes, above the per-entry cap ${maxEntryBytes}`);
    const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
    if (e.uncompressedSize >= ratioFloorBytes && ratio > maxRatio) problems.push(`${JSON.stringify(e.name)}: compression ratio ${ratio.toFixed(0)} above the cap ${maxRatio} (decompression bomb)`);
  }
  if (total > maxTotalBytes) problems.push(`entries declare ${total} bytes in total, above the cap ${maxTotalBytes}`);
  return problems;
}

/**
 * The writers whose central-directory-only fields (version made by, internal and external
 * attributes) we accept. A whole archive must match one profile, so a single changed field
 * is still caught without a signature. Ours: Unix, version 4.5, regular file 0644 with the
 * archive bit. Python's zipfile (AGILAB writes its capsules with it): version 2.0 (4.5 with
 * ZIP64) made on Unix or DOS, `writestr` mode 0600 without a file type, or a regular file's
 * own mode when written from disk.
 */
interface WriterProfile {
  name: string;
  versionsMadeBy: ReadonlySet<number>;
  externalAttributes: ReadonlySet<number>;
}

const regularFile = (mode: number) => ((0o100000 | mode) << 16) >>> 0;

const WRITER_PROFILES: WriterProfile[] = [
  { name: 'proof-capsule', versionsMadeBy: new Set([(3 << 8) | 45]), externalAttributes: new Set([(regularFile(ENTRY_MODE) | 0x20) >>> 0]) },
  {
    name: 'python-zipfile',
    versionsMadeBy: new Set([(3 << 8) | 20, (3 << 8) | 45, 20, 45]),
    externalAttributes: new Set([(0o600 << 16) >>> 0, regularFile(0o600), regularFile(0o640), regularFile(0o644), regularFile(0o664)]),
  },
];

function profileProblems(profile: WriterProfile, entries: ZipEntryRecord[]): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    const name = JSON.stringify(e.name);
    if (!profile.versionsMadeBy.has(e.versionMadeBy)) problems.push(`${name}: version made by 0x${e.versionMadeBy.toString(16)} is not ${profile.name}'s`);
    if (e.internalAttributes !== 0) problems.push(`${name}: internal attributes 0x${e.internalAttributes.toString(16)}, expected 0`);
    if (!profile.externalAttributes.has(e.externalAttributes) && !isSymlink(e)) problems.push(`${name}: external attributes 0x${e.externalAttributes.toString(16)} are not a ${profile.name} regular file`);
    if (e.versionNeeded !== 20 && e.versionNeeded !== 45) problems.push(`${name}: version needed ${e.versionNeeded}, expected 20 (or 45 with ZIP64)`);
  }
  return problems;
}

/**
 * The fields that only the central directory holds (so a change there is not caught by
 * comparing with the local header) must match one known writer's form, for every entry.
 */
export function checkArchiveCanonicalForm(ctx: CapsuleContext): CheckResult {
  const entries = ctx.layout!.entries;
  const results = WRITER_PROFILES.map((profile) => ({ profile, problems: profileProblems(profile, entries) }));
  const match = results.find((r) => r.problems.length === 0);
  if (match) return pass(`every entry is in ${match.profile.name}'s form: regular files, no extra attributes`, { writer: match.profile.name });
  const closest = results.reduce((a, b) => (b.problems.length < a.problems.length ? b : a));
  return fail(`entries are not in a known writer's canonical form (closest: ${closest.profile.name}): ${closest.problems[0]}`, { problems: closest.problems, writer: closest.profile.name });
}

export function isSymlink(e: ZipEntryRecord): boolean {
  return e.versionMadeBy >> 8 === 3 && ((e.externalAttributes >>> 16) & 0o170000) === 0o120000;
}

/** Zip-slip, symlinks, duplicates, non-UTF-8 and non-NFC names: each rejected by name. */
export function checkArchivePathsSafe(ctx: CapsuleContext): CheckResult {
  const problems: string[] = [];
  const seen = new Map<string, ZipEntryRecord>();
  const folded = new Set<string>();
  for (const e of ctx.layout!.entries) {
    const problem = pathProblem(e);
    if (problem) problems.push(problem);
    if (isSymlink(e)) problems.push(`${JSON.stringify(e.name)}: symlink entry`);
    if (seen.has(e.name)) problems.push(`${JSON.stringify(e.name)}: duplicate entry name`);
    // Two names one case-insensitive file system would merge on extraction.
    else if (folded.has(e.name.toLowerCase())) problems.push(`${JSON.stringify(e.name)}: differs from another entry only by case`);
    seen.set(e.name, e);
    folded.add(e.name.toLowerCase());
  }
  if (problems.length > 0) return fail(`unsafe entry names: ${problems[0]}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`, { problems });
  ctx.entries = seen;
  return pass(`${seen.size} entry names are relative, unique, UTF-8 NFC paths`);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function pathProblem(e: ZipEntryRecord): string | null {
  let name: string;
  try {
    name = utf8.decode(e.rawName);
  } catch {
    return `entry name bytes ${e.rawName.toString('hex')} are not UTF-8`;
  }
  const q = JSON.stringify(name);
  if (!(e.flags & FLAG_UTF8) && /[^\x20-\x7e]/.test(name)) return `${q}: non-ASCII name without the UTF-8 flag (would be read as CP437)`;
  if (name !== name.normalize('NFC')) return `${q}: name is not Unicode NFC`;
  if (name.length === 0) return 'empty entry name';
  if (/[\x00-\x1f\x7f]/.test(name)) return `${q}: control character in name`;
  if (name.includes('\\')) return `${q}: backslash in name`;
  if (name.startsWith('/')) return `${q}: absolute path`;
  if (/^[A-Za-z]:/.test(name)) return `${q}: drive-letter path`;
  // A directory entry ("dir/") is judged by capsule_entries_valid; its path is checked like a file's.
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.some((p) => p === '..')) return `${q}: ".." path segment (zip-slip)`;
  if (parts.some((p) => p === '.' || p === '')) return `${q}: empty or "." path segment`;
  return null;
}
