import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildLineage } from '../../src/exports/lineage.js';
import { proveManifest } from '../../src/pipeline/prove-manifest.js';
import { loadRunRecord } from '../../src/record/load.js';
import { stableJson } from '../../src/json/write.js';
import { FIXTURES } from '../exports/fixture-record.js';

const AGILAB = path.join(FIXTURES, 'run_manifest.agilab.json');

/** The AGILAB fixture with its times replaced (AGILAB may write them without an offset). */
function manifestWith(finishedAt: string, createdAt = '2025-11-02T16:04:12Z'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'record-'));
  const file = path.join(dir, 'run_manifest.json');
  const text = readFileSync(AGILAB, 'utf8')
    .replace('2025-11-02T16:04:12.650000+00:00', finishedAt)
    .replace('"created_at": "2025-11-02T16:04:12Z"', `"created_at": "${createdAt}"`);
  writeFileSync(file, text);
  return file;
}

const saved = { tz: process.env.TZ, epoch: process.env.SOURCE_DATE_EPOCH };
afterEach(() => {
  for (const [name, value] of [
    ['TZ', saved.tz],
    ['SOURCE_DATE_EPOCH', saved.epoch],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('the one RunRecord time rule', () => {
  it('takes the finish time to the second, in UTC, whatever the machine time zone', async () => {
    process.env.TZ = 'America/New_York';
    const file = manifestWith('2025-11-02 16:04:12.650000');
    expect((await loadRunRecord(file)).createdAt).toBe('2025-11-02T16:04:12Z');
  });

  it('falls back to created_at, and names the line when neither is a time', async () => {
    expect((await loadRunRecord(manifestWith('yesterday'))).createdAt).toBe('2025-11-02T16:04:12Z');
    await expect(loadRunRecord(manifestWith('yesterday', '2025-13-02T16:04:12Z'))).rejects.toMatchObject({
      code: 'manifest_time_invalid',
      message: expect.stringMatching(/run_manifest\.json:\d+:\d+: \/timing\/finished_at "yesterday"/),
    });
  });

  it('lets SOURCE_DATE_EPOCH win for every document, and refuses one that is not whole seconds', async () => {
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    expect((await loadRunRecord(AGILAB)).createdAt).toBe('2023-11-14T22:13:20Z');
    process.env.SOURCE_DATE_EPOCH = '17e8';
    await expect(loadRunRecord(AGILAB)).rejects.toMatchObject({ code: 'source_date_epoch_invalid' });
  });

  it('gives the pack and a command run on the manifest the same document for the same run', async () => {
    const file = manifestWith('2025-11-02 16:04:12.650000');
    const out = path.join(path.dirname(file), 'pack');
    const proved = await proveManifest(file, { outputDir: out });
    const standalone = await loadRunRecord(file);
    expect(proved.record.createdAt).toBe(standalone.createdAt);
    expect(readFileSync(path.join(out, 'promotion', 'lineage.json'), 'utf8')).toBe(
      stableJson(buildLineage(standalone)),
    );
  });
});
