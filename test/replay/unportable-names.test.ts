import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../prove/build-capsule.js';
import { sortEntries, tinyCapsuleEntries, withListedEntry } from '../verify/listed-entry.js';
import { buildRawZip, type RawEntry } from '../zip/zip-bytes.js';

/**
 * Names no Windows or macOS checkout can hold, and a segment too long for any file system:
 * replay refuses them by the check that names them (before anything is unpacked), never
 * with ENAMETOOLONG, a stack trace or exit 70.
 */
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const payload = Buffer.from('payload\n');
let dir: string;
let base: RawEntry[];

beforeAll(async () => {
  dir = tempDir('capsule-unportable-');
  base = await tinyCapsuleEntries(dir);
});

/** Both names in the archive, the first also in the manifest. */
function pair(base: RawEntry[], listed: string, other: string): RawEntry[] {
  return sortEntries([...withListedEntry(base, { name: listed, data: payload }), { name: other, data: payload }]);
}

const names: [string, (base: RawEntry[]) => RawEntry[]][] = [
  ['a 300-byte segment', (b) => withListedEntry(b, { name: `artifacts/${'a'.repeat(300)}`, data: payload })],
  ['a trailing dot', (b) => withListedEntry(b, { name: 'artifacts/a.txt.', data: payload })],
  ['a reserved device name', (b) => withListedEntry(b, { name: 'artifacts/CON', data: payload })],
  ['a bidi override', (b) => withListedEntry(b, { name: 'artifacts/evil\u202etxt.exe', data: payload })],
  ['a case-colliding pair', (b) => pair(b, 'artifacts/Out.txt', 'artifacts/OUT.txt')],
  ['an NFC/NFD-colliding pair', (b) => pair(b, 'artifacts/caf\u00e9.txt', 'artifacts/cafe\u0301.txt')],
];

describe('replay of a capsule with an unportable entry name', () => {
  it.each(names)('%s: refused by archive_paths_safe before unpacking, exit 2, no crash', (_what, entries) => {
    const capsule = join(dir, `${Math.random().toString(16).slice(2)}.agipack`);
    writeFileSync(capsule, buildRawZip(entries(base)));
    const tmp = join(dir, `tmp-${Math.random().toString(16).slice(2)}`);
    mkdirSync(tmp);
    const env = { ...process.env, TMPDIR: tmp };
    const r = spawnSync(process.execPath, [CLI, 'replay', capsule, '--json'], { encoding: 'utf8', env });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/does not verify, so it is not unpacked:\n\s+archive_paths_safe: /);
    expect(r.stderr).not.toMatch(/\n\s+at |ENAMETOOLONG/);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
