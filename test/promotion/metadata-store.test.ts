import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CapsuleError } from '../../src/errors.js';
import { appendToMetadataStore, buildMetadataStoreEntry, readStore } from '../../src/promotion/metadata-store.js';
import { validateAgainst } from '../../src/schemas/registry.js';
import { recordOf } from './fixtures.js';

const WRITERS = 5;
const ENTRIES_EACH = 12;

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'capsule-store-test-'));
}

/** The writer compiled once with ncc, so child processes run plain node. */
let writerJs: string;
beforeAll(() => {
  const out = tmp();
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'test/fixtures/promotion/store-writer.ts', '-o', out, '--quiet', '--transpile-only'], { stdio: 'pipe' });
  writerJs = join(out, 'index.js');
}, 120_000);

function runWriter(store: string, id: number, template: string): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [writerJs, store, String(id), String(ENTRIES_EACH), template], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolvePromise(0) : reject(new Error(`writer ${id} exited ${code}: ${err}`))));
  });
}

describe('metadata store', () => {
  it(`loses no entry with ${WRITERS} concurrent writer processes of ${ENTRIES_EACH} entries each`, async () => {
    const dir = tmp();
    const store = join(dir, 'store.json');
    const template = join(dir, 'entry.json');
    writeFileSync(template, JSON.stringify(buildMetadataStoreEntry(recordOf('pass'))));
    await Promise.all(Array.from({ length: WRITERS }, (_, i) => runWriter(store, i, template)));
    const parsed = JSON.parse(readFileSync(store, 'utf8'));
    expect(validateAgainst('metadata-store', parsed)).toEqual([]);
    expect(parsed.entry_count).toBe(WRITERS * ENTRIES_EACH);
    const ids = new Set(parsed.entries.map((e: { run_id: string }) => e.run_id));
    expect(ids.size).toBe(WRITERS * ENTRIES_EACH);
    expect(existsSync(`${store}.lock`)).toBe(false);
  });

  it("replaces an entry by run_id and keeps AGILAB's order (created_at, run_id)", () => {
    const store = join(tmp(), 'store.json');
    const entry = buildMetadataStoreEntry(recordOf('pass'));
    appendToMetadataStore(store, { ...entry, run_id: 'b', created_at: '2026-01-02T00:00:00Z' });
    appendToMetadataStore(store, { ...entry, run_id: 'a', created_at: '2026-01-03T00:00:00Z' });
    const after = appendToMetadataStore(store, { ...entry, run_id: 'b', created_at: '2026-01-04T00:00:00Z', label: 'second' });
    expect(after.entries.map((e) => [e.run_id, e.label])).toEqual([['a', entry.label], ['b', 'second']]);
    expect(readStore(store)).toEqual(after);
  });

  it('takes over a lock left by a dead process', () => {
    const store = join(tmp(), 'store.json');
    writeFileSync(`${store}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: require('node:os').hostname() }));
    const result = appendToMetadataStore(store, buildMetadataStoreEntry(recordOf('pass')), { timeoutMs: 2000 });
    expect(result.entry_count).toBe(1);
    expect(existsSync(`${store}.lock`)).toBe(false);
  });

  it('waits, then gives up with a named error, while a live writer holds the lock', () => {
    const store = join(tmp(), 'store.json');
    writeFileSync(`${store}.lock`, JSON.stringify({ pid: process.pid, host: require('node:os').hostname() }));
    expect(() => appendToMetadataStore(store, buildMetadataStoreEntry(recordOf('pass')), { timeoutMs: 150 })).toThrow(/store\.json\.lock: the metadata store is locked/);
    expect(existsSync(store)).toBe(false);
  });

  it('refuses a store that is not an agilab.metadata_store.v1 document, naming the file', () => {
    const store = join(tmp(), 'store.json');
    writeFileSync(store, '{\n  "schema": "something.else",\n  "entries": []\n}\n');
    try {
      appendToMetadataStore(store, buildMetadataStoreEntry(recordOf('pass')));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(CapsuleError);
      expect((err as CapsuleError).location).toMatchObject({ file: store, pointer: '/schema', line: 2 });
    }
  });

  it('records the promotion outcome in the entry when there is one', () => {
    const record = recordOf('prod');
    const entry = buildMetadataStoreEntry(record, { decision: 'manual-review', reason: 'human_gate: lane prod requires a human gate' } as never, 'AUTHORITATIVE_EVIDENCE');
    expect(validateAgainst('metadata-store-entry', entry)).toEqual([]);
    expect(entry.promotion).toMatchObject({ decision: 'manual-review', lane: 'prod', evidence_class: 'AUTHORITATIVE_EVIDENCE' });
    expect(resolve(entry.manifest_path)).not.toBe(entry.manifest_path);
  });
});
