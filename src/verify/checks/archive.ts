import { entryNameCollisions, entryNameProblem } from '../../zip/names.js';
import type { ZipFile } from 'yauzl';
import type { CapsuleFile } from '../../zip/file.js';
import { openCapsule, type OpenedCapsule, type ScannedEntry } from '../../zip/opened.js';
import { ENTRY_MODE } from '../../zip/canonical.js';
import { FLAG_UTF8, type ZipEntryRecord } from '../../zip/read.js';
import { fail, pass, type CheckContext, type Outcome } from './context.js';

/** Each opened capsule's yauzl listing, started while the pass reads it (a few reads; its parsing the main thread's spare time). */
const listings = new WeakMap<OpenedCapsule, Promise<number>>();

/**
 * Opens the capsule once and makes the one pass over it that every later check reads from.
 * `whilePassing` runs as the pass starts (the caller loads code the pass does not need meanwhile).
 */
export async function checkCapsuleExists(ctx: CheckContext, whilePassing: () => void = () => undefined): Promise<Outcome> {
  let listing: Promise<number> | null = null;
  const capsule = await openCapsule(ctx.path, ctx.limits, (file) => {
    listing = countEntriesWithYauzl(file);
    // Judged by zip_readable, which runs only if the capsule opened.
    listing.catch(() => undefined);
    whilePassing();
  });
  if (listing) listings.set(capsule, listing);
  ctx.set('capsule', capsule);
  return pass(`${ctx.path} (${capsule.file.size} bytes)`, { sha256: capsule.scan.sha256, size_bytes: capsule.file.size });
}

/**
 * An independent, lenient reader (yauzl) must list the archive too: the strict layout check comes
 * next. It reads the same descriptor, or, for a small capsule read whole at open, those very bytes.
 */
export async function checkZipReadable(ctx: CheckContext): Promise<Outcome> {
  const capsule = ctx.get('capsule');
  try {
    const count = await (listings.get(capsule) ?? countEntriesWithYauzl(capsule.file));
    return pass(`ZIP central directory lists ${count} entries`, { entry_count: count });
  } catch (err) {
    return fail(`not a readable ZIP archive: ${(err as Error).message}`);
  }
}

/** yauzl is loaded here, as the pass starts: its read and compile overlap the hashing. */
async function countEntriesWithYauzl(file: CapsuleFile): Promise<number> {
  const { default: yauzl } = await import('yauzl');
  return new Promise((resolve, reject) => {
    const listed = (err: Error | null, zip?: ZipFile) => {
      if (err || !zip) return reject(err ?? new Error('cannot open'));
      let count = 0;
      zip.on('entry', () => {
        count++;
        zip.readEntry();
      });
      zip.on('end', () => resolve(count));
      zip.on('error', reject);
      zip.readEntry();
    };
    // decodeStrings:false: names are judged by archive_paths_safe, not rewritten or refused here.
    const options = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true };
    if (file.bytes) yauzl.fromBuffer(file.bytes, options, listed);
    else yauzl.fromFd(file.fd, { ...options, autoClose: false }, listed);
  });
}

/**
 * Local headers agree with the central directory, no stray bytes, no encryption, stored/deflate
 * only, ZIP64 consistent, size caps, and what the layout reader read is what the hashing pass read.
 */
export function checkArchiveStructure(ctx: CheckContext): Outcome {
  const capsule = ctx.get('capsule');
  const problems = [...capsule.structureProblems, ...capsule.scan.problems];
  if (problems.length > 0) return fail(`archive layout is not strict: ${problems[0]}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`, { problems });
  return pass(`${capsule.layout.entries.length} entries, contiguous, local headers match the central directory`);
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
export function checkArchiveCanonicalForm(ctx: CheckContext): Outcome {
  const entries = ctx.get('capsule').layout.entries;
  const results = WRITER_PROFILES.map((profile) => ({ profile, problems: profileProblems(profile, entries) }));
  const match = results.find((r) => r.problems.length === 0);
  if (match) return pass(`every entry is in ${match.profile.name}'s form: regular files, no extra attributes`, { writer: match.profile.name });
  const closest = results.reduce((a, b) => (b.problems.length < a.problems.length ? b : a));
  return fail(`entries are not in a known writer's canonical form (closest: ${closest.profile.name}): ${closest.problems[0]}`, { problems: closest.problems, writer: closest.profile.name });
}

function isSymlink(e: ZipEntryRecord): boolean {
  return e.versionMadeBy >> 8 === 3 && ((e.externalAttributes >>> 16) & 0o170000) === 0o120000;
}

/** Zip-slip, symlinks, duplicates, and names that are not portable (bytes, form, length, case): each rejected by name. */
export function checkArchivePathsSafe(ctx: CheckContext): Outcome {
  const problems: string[] = [];
  const byName = new Map<string, ScannedEntry>();
  for (const e of ctx.get('capsule').entries) {
    const r = e.record;
    const problem = entryNameProblem({ raw: r.rawName, utf8Flag: (r.flags & FLAG_UTF8) !== 0 });
    if (problem) problems.push(problem);
    if (isSymlink(r)) problems.push(`${JSON.stringify(r.name)}: symlink entry`);
    if (byName.has(r.name)) problems.push(`${JSON.stringify(r.name)}: duplicate entry name`);
    byName.set(r.name, e);
  }
  if (problems.length === 0) problems.push(...entryNameCollisions([...byName.keys()]));
  if (problems.length > 0) return fail(`unsafe entry names: ${problems[0]}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`, { problems });
  ctx.set('entries', byName);
  return pass(`${byName.size} entry names are relative, unique, portable UTF-8 NFC paths`);
}
