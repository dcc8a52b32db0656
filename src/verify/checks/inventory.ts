import { CapsuleError } from '../../errors.js';
import { CAPSULE_MANIFEST_NAME, parseCapsuleManifest } from '../../prove/capsule-manifest.js';
import { comparePaths } from '../../zip/canonical.js';
import { fail, pass, type CheckContext, type Outcome } from './context.js';

export function checkCapsuleManifestPresent(ctx: CheckContext): Outcome {
  if (!ctx.get('entries').has(CAPSULE_MANIFEST_NAME)) return fail(`${CAPSULE_MANIFEST_NAME} is not in the archive`);
  return pass(`${CAPSULE_MANIFEST_NAME} present`);
}

/** The text of a document entry, as the hashing pass read it. */
export async function readEntryText(ctx: CheckContext, name: string): Promise<string> {
  const entry = ctx.get('entries').get(name);
  const file = `${ctx.path}!/${name}`;
  if (!entry) throw new CapsuleError('capsule_entry_missing', `${file}: not in the archive`, { file });
  return decodeUtf8(await ctx.get('capsule').readEntry(entry, ctx.limits.maxDocumentBytes), file);
}

/** Signed-document JSON rules (duplicate keys, I-JSON numbers) and the exact field set. */
export async function checkCapsuleManifestSchema(ctx: CheckContext): Promise<Outcome> {
  const manifest = parseCapsuleManifest(await readEntryText(ctx, CAPSULE_MANIFEST_NAME), `${ctx.path}!/${CAPSULE_MANIFEST_NAME}`);
  ctx.set('manifest', manifest);
  return pass(`${CAPSULE_MANIFEST_NAME} is ${manifest.schema}`, { schema: manifest.schema });
}

export function decodeUtf8(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CapsuleError('utf8_invalid', `${file}: not UTF-8 text`, { file });
  }
}

/** The manifest's entries are sorted, unique, not itself, counted right; the archive holds files only. */
export function checkCapsuleEntriesValid(ctx: CheckContext): Outcome {
  const m = ctx.get('manifest');
  const problems: string[] = [];
  if (m.entry_count !== m.entries.length) problems.push(`entry_count ${m.entry_count} but ${m.entries.length} entries listed`);
  m.entries.forEach((e, i) => {
    if (e.path === CAPSULE_MANIFEST_NAME) problems.push(`/entries/${i}: the manifest lists itself`);
    if (i > 0 && comparePaths(m.entries[i - 1]!.path, e.path) >= 0) problems.push(`/entries/${i}: ${JSON.stringify(e.path)} is not after ${JSON.stringify(m.entries[i - 1]!.path)} (entries must be sorted and unique)`);
  });
  const names = [...ctx.get('entries').keys()];
  for (const name of names) if (name.endsWith('/')) problems.push(`${JSON.stringify(name)}: directory entry (capsules hold files only)`);
  const sorted = [...names].sort(comparePaths);
  if (names.some((n, i) => n !== sorted[i])) problems.push('archive entries are not sorted by path');
  if (problems.length > 0) return fail(problems[0]!, { problems });
  return pass(`${m.entries.length} manifest entries, sorted and unique`);
}

/** Every archive entry but the manifest is listed, and every listed entry is in the archive. */
export function checkEntryInventory(ctx: CheckContext): Outcome {
  const entries = ctx.get('entries');
  const listed = new Set(ctx.get('manifest').entries.map((e) => e.path));
  const archived = [...entries.keys()].filter((n) => n !== CAPSULE_MANIFEST_NAME);
  const unlisted = archived.filter((n) => !listed.has(n));
  const missing = [...listed].filter((n) => !entries.has(n));
  if (unlisted.length || missing.length) {
    return fail(`archive and manifest disagree: ${unlisted.length} entries not in the manifest, ${missing.length} listed but absent`, { not_in_manifest: unlisted, not_in_archive: missing });
  }
  return pass(`archive holds exactly the ${listed.size} listed entries`);
}

/**
 * Every entry (the manifest too), as the one hashing pass inflated it: the bytes must match
 * the central directory's size and CRC-32, and the manifest's size and sha256. Inflation
 * stopped at the declared size, so a size lie or bomb cost at most that much.
 */
export function checkEntryHashes(ctx: CheckContext): Outcome {
  const recorded = new Map(ctx.get('manifest').entries.map((e) => [e.path, e]));
  const problems: string[] = [];
  for (const [name, { record: e, scan: digest }] of ctx.get('entries')) {
    const q = JSON.stringify(name);
    if (digest === null || 'error' in digest) {
      problems.push(`${q}: ${digest?.error ?? 'not read'}`);
      continue;
    }
    if (digest.size !== e.uncompressedSize) problems.push(`${q}: inflates to ${digest.size} bytes, the central directory says ${e.uncompressedSize}`);
    if (digest.crc32 !== e.crc32) problems.push(`${q}: CRC-32 ${digest.crc32.toString(16)} != recorded ${e.crc32.toString(16)}`);
    const want = recorded.get(name);
    if (want && (want.sha256 !== digest.sha256 || want.size_bytes !== digest.size)) {
      problems.push(`${q}: sha256 ${digest.sha256} (${digest.size} bytes), manifest records ${want.sha256} (${want.size_bytes} bytes)`);
    }
  }
  if (problems.length > 0) return fail(problems[0]!, { problems });
  return pass(`${ctx.get('entries').size} entries match their CRC-32, size and sha256`);
}
