import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyChainFile } from '../../src/chain/verify.js';
import { validateAgainst } from '../../src/schemas/registry.js';
import { recordSampleChain } from './sample-chain.js';

describe('chain schemas', () => {
  const sample = recordSampleChain(mkdtempSync(join(tmpdir(), 'chain-schema-')));
  const events = readFileSync(sample.path, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

  it('every recorded event, the seal included, matches chain-event', () => {
    for (const e of events) expect(validateAgainst('chain-event', e)).toEqual([]);
  });

  it('chain-event rejects an eighth field and a bad timestamp', () => {
    expect(validateAgainst('chain-event', { ...events[1], extra: 1 }).map((i) => i.pointer)).toContain('/extra');
    expect(validateAgainst('chain-event', { ...events[1], timestamp: '2026-01-02T03:04:05Z' }).map((i) => i.pointer)).toContain('/timestamp');
  });

  it('a passing and a failing report both match chain-report', async () => {
    expect(validateAgainst('chain-report', await verifyChainFile(sample.path))).toEqual([]);
    expect(validateAgainst('chain-report', await verifyChainFile(sample.path, { trustedPublicKeySha256: ['0'.repeat(64)] }))).toEqual([]);
  });
});
