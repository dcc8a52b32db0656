import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCapsule } from '../../src/verify/capsule.js';
import { stableJson } from '../../src/json/write.js';
import type { ArchiveLimits } from '../../src/zip/limits.js';
import { tempDir } from '../prove/build-capsule.js';
import { buildRawZip, type RawEntry } from '../zip/zip-bytes.js';
import { MANIFEST, sortEntries, tinyCapsuleEntries, withListedEntry as listed } from './listed-entry.js';

let dir: string;
let base: RawEntry[];

beforeAll(async () => {
  dir = tempDir('capsule-hostile-');
  base = await tinyCapsuleEntries(dir);
});

function withListedEntry(extra: RawEntry): RawEntry[] {
  return listed(base, extra);
}

function withManifestText(text: string): RawEntry[] {
  return base.map((e) => (e.name === MANIFEST ? { name: MANIFEST, data: Buffer.from(text) } : e));
}

function manifestObject(): Record<string, unknown> {
  return JSON.parse(base.find((e) => e.name === MANIFEST)!.data.toString('utf8'));
}

async function failedChecks(bytes: Buffer, limits?: Partial<ArchiveLimits>): Promise<string[]> {
  const path = join(dir, `h-${Math.random().toString(16).slice(2)}.agipack`);
  writeFileSync(path, bytes);
  const report = await verifyCapsule(path, { strict: true, limits });
  return report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
}

const payload = Buffer.from('payload\n');

const cases: [string, () => Buffer, string, Partial<ArchiveLimits>?][] = [
  ['zip-slip ../', () => buildRawZip(withListedEntry({ name: '../evil.txt', data: payload })), 'archive_paths_safe'],
  ['zip-slip nested ..', () => buildRawZip(withListedEntry({ name: 'artifacts/../../evil.txt', data: payload })), 'archive_paths_safe'],
  ['absolute path', () => buildRawZip(withListedEntry({ name: '/tmp/evil.txt', data: payload })), 'archive_paths_safe'],
  ['drive-letter path', () => buildRawZip(withListedEntry({ name: 'C:/evil.txt', data: payload })), 'archive_paths_safe'],
  ['backslash path', () => buildRawZip(withListedEntry({ name: '..\\evil.txt', data: payload })), 'archive_paths_safe'],
  ['symlink entry', () => buildRawZip(withListedEntry({ name: 'artifacts/link', data: Buffer.from('/etc/passwd'), externalAttributes: ((0o120777 << 16) >>> 0) })), 'archive_paths_safe'],
  ['duplicate entry names', () => buildRawZip([...base, { name: 'artifacts/out.txt', data: Buffer.from('other\n') }].sort((a, b) => Buffer.compare(Buffer.from(a.name as string), Buffer.from(b.name as string)))), 'archive_paths_safe'],
  ['names differing only by case', () => buildRawZip(withListedEntry({ name: 'artifacts/OUT.txt', data: payload })), 'archive_paths_safe'],
  ['non-UTF-8 name', () => buildRawZip(withListedEntry({ name: Buffer.from([0x61, 0xff, 0x62]), data: payload })), 'archive_paths_safe'],
  ['non-NFC name', () => buildRawZip(withListedEntry({ name: 'artifacts/cafe\u0301.txt', data: payload })), 'archive_paths_safe'],
  ['non-ASCII name without the UTF-8 flag', () => buildRawZip(withListedEntry({ name: 'artifacts/caf\u00e9.txt', data: payload, flags: 0 })), 'archive_paths_safe'],
  ['a trailing dot', () => buildRawZip(withListedEntry({ name: 'artifacts/a.txt.', data: payload })), 'archive_paths_safe'],
  ['a trailing space', () => buildRawZip(withListedEntry({ name: 'artifacts/a.txt ', data: payload })), 'archive_paths_safe'],
  ['a reserved device name', () => buildRawZip(withListedEntry({ name: 'artifacts/CON', data: payload })), 'archive_paths_safe'],
  ['a reserved device name with an extension', () => buildRawZip(withListedEntry({ name: 'artifacts/lpt1.log', data: payload })), 'archive_paths_safe'],
  ['a reserved device name as a folder', () => buildRawZip(withListedEntry({ name: 'aux/x.txt', data: payload })), 'archive_paths_safe'],
  ['a bidi override', () => buildRawZip(withListedEntry({ name: 'artifacts/evil\u202etxt.exe', data: payload })), 'archive_paths_safe'],
  ['a zero-width character', () => buildRawZip(withListedEntry({ name: 'artifacts/out\u200b.txt', data: payload })), 'archive_paths_safe'],
  ['a 256-byte path segment', () => buildRawZip(withListedEntry({ name: `artifacts/${'a'.repeat(256)}`, data: payload })), 'archive_paths_safe'],
  ['a path over 512 bytes', () => buildRawZip(withListedEntry({ name: `${'abcdefghi/'.repeat(52)}x`, data: payload })), 'archive_paths_safe'],
  ['an NFC and an NFD spelling of one name', () => buildRawZip(sortEntries([...withListedEntry({ name: 'artifacts/caf\u00e9.txt', data: payload }), { name: 'artifacts/cafe\u0301.txt', data: payload }])), 'archive_paths_safe'],
  ['case-folding collisions beyond ASCII (Kelvin sign)', () => buildRawZip(sortEntries([...withListedEntry({ name: 'artifacts/k.txt', data: payload }), { name: 'artifacts/\u212a.txt', data: payload }])), 'archive_paths_safe'],
  ['a file that is also a folder', () => buildRawZip(sortEntries([...withListedEntry({ name: 'artifacts/out.txt/inner.txt', data: payload })])), 'archive_paths_safe'],
  ['directory entry', () => buildRawZip(withListedEntry({ name: 'artifacts/sub/', data: Buffer.alloc(0) })), 'capsule_entries_valid'],
  ['entry in the archive but not the manifest', () => buildRawZip(sortEntries([...base, { name: 'zz-extra.txt', data: payload }])), 'capsule_entry_inventory_matches'],
  ['entry in the manifest but not the archive', () => buildRawZip(base.filter((e) => e.name !== 'artifacts/out.txt')), 'capsule_entry_inventory_matches'],
  ['CRC mismatch', () => buildRawZip(base.map((e) => (e.name === 'artifacts/out.txt' ? { ...e, crc32: 0x12345678 } : e))), 'capsule_entry_hashes_match'],
  ['declared size lie (deflate inflates past it)', () => buildRawZip(withListedEntry({ name: 'artifacts/big.txt', data: Buffer.alloc(5000, 0x61), method: 8, uncompressedSize: 100 })), 'capsule_entry_hashes_match'],
  ['content that differs from the manifest hash', () => buildRawZip(base.map((e) => (e.name === 'artifacts/out.txt' ? { ...e, data: Buffer.from('no\n') } : e))), 'capsule_entry_hashes_match'],
  // Our writer stores entries from 8 MiB on, so a deflated one that large with a ratio over 500 is not ours.
  ['decompression bomb (ratio)', () => buildRawZip(withListedEntry({ name: 'artifacts/zeros.bin', data: Buffer.alloc(16 << 20), method: 8 })), 'archive_structure_strict'],
  ['per-entry size cap', () => buildRawZip(base), 'archive_structure_strict', { maxEntryBytes: 100 }],
  ['total size cap', () => buildRawZip(base), 'archive_structure_strict', { maxTotalBytes: 2000 }],
  ['bytes before the first local header', () => buildRawZip(base, { prefix: Buffer.from('MZ-junk') }), 'archive_structure_strict'],
  ['bytes after the end record', () => buildRawZip(base, { suffix: Buffer.from('trailing') }), 'archive_structure_strict'],
  ['archive comment', () => buildRawZip(base, { comment: Buffer.from('hi') }), 'archive_structure_strict'],
  ['encrypted entry', () => buildRawZip(base.map((e) => (e.name === 'artifacts/out.txt' ? { ...e, flags: 0x0801 } : e))), 'archive_structure_strict'],
  ['unsupported compression method', () => buildRawZip(base.map((e) => (e.name === 'artifacts/out.txt' ? { ...e, method: 12 } : e))), 'archive_structure_strict'],
  ['ZIP64 counts that disagree', () => buildRawZip(base, { zip64: { entryCount: base.length + 1, eocdCountMarker: true } }), 'archive_structure_strict'],
  ['manifest that is not an object', () => buildRawZip(withManifestText('[]\n')), 'capsule_manifest_schema_supported'],
  ['manifest with an extra field', () => buildRawZip(withManifestText(stableJson({ ...manifestObject(), extra: 1 }))), 'capsule_manifest_schema_supported'],
  ['manifest with a missing field', () => buildRawZip(withManifestText(stableJson({ ...manifestObject(), limitations: undefined }))), 'capsule_manifest_schema_supported'],
  ['manifest with duplicate keys', () => buildRawZip(withManifestText(stableJson(manifestObject()).replace('"format": "zip",', '"format": "zip",\n  "format": "zip",'))), 'capsule_manifest_schema_supported'],
  ['no capsule manifest', () => buildRawZip(base.filter((e) => e.name !== MANIFEST)), 'capsule_manifest_present'],
  ['not a ZIP at all', () => Buffer.from('just text, not an archive'), 'zip_readable'],
];

describe('hostile archives', () => {
  it('the byte-built baseline passes (so each case below fails for its own reason)', async () => {
    expect(await failedChecks(buildRawZip(base))).toEqual([]);
  });

  it.each(cases.map(([name, build, check, limits]) => ({ name, build, check, limits })))('$name fails $check', async ({ build, check, limits }) => {
    const failed = await failedChecks(build(), limits);
    expect(failed).toContain(check);
  });

  it('a 255-byte segment and a 512-byte path are still portable', async () => {
    // (The added entry is not in the root index, so only proof_pack_manifest_valid fails.)
    expect(await failedChecks(buildRawZip(withListedEntry({ name: `artifacts/${'a'.repeat(255)}`, data: payload })))).toEqual(['proof_pack_manifest_valid']);
    const long = `${'abcdefghi/'.repeat(50)}${'x'.repeat(12)}`;
    expect(Buffer.byteLength(long)).toBe(512);
    expect(await failedChecks(buildRawZip(withListedEntry({ name: long, data: payload })))).toEqual(['proof_pack_manifest_valid']);
  });

  it('never writes outside its temp dir, and leaves nothing in it', async () => {
    // A private TMPDIR: the shared one changes under other processes.
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      await failedChecks(buildRawZip(withListedEntry({ name: '../evil.txt', data: payload })));
      await failedChecks(buildRawZip(withListedEntry({ name: 'evidence/events.jsonl', data: payload })));
    } finally {
      process.env.TMPDIR = saved;
    }
    expect(existsSync(join(dir, '..', 'evil.txt'))).toBe(false);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
