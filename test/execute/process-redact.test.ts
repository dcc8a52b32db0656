import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRedactor } from '../../src/execute/redact.js';

describe('createRedactor', () => {
  it('redacts a secret however the stream is split into chunks', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.nat(40)), (before, after, cuts) => {
        const secret = 'TOPSECRET-123';
        const text = Buffer.from(`${before}${secret}${after}${secret}`);
        const r = createRedactor([secret]);
        const parts: Buffer[] = [];
        let at = 0;
        for (const c of [...cuts].sort((a, b) => a - b)) {
          const end = Math.min(text.length, c);
          if (end > at) parts.push(r.push(text.subarray(at, end)));
          at = Math.max(at, end);
        }
        parts.push(r.push(text.subarray(at)), r.end());
        const out = Buffer.concat(parts).toString();
        expect(out).not.toContain(secret);
        expect(out).toBe(`${before}${secret}${after}${secret}`.split(secret).join('[REDACTED]'));
      }),
    );
  });
});

describe('createLogSink', () => {
  it('stores redacted and capped, records the hash and size of the whole redacted stream', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { createHash } = await import('node:crypto');
    const { createLogSink } = await import('../../src/execute/logs.js');
    const path = join(mkdtempSync(join(tmpdir(), 'log-')), 'out.log');
    const sink = createLogSink(path, { capBytes: 20, secretValues: ['hunter2'] });
    const live = [sink.write(Buffer.from('pass=hun')), sink.write(Buffer.from('ter2; more text after the secret'))];
    const { record, tail } = sink.close();
    const full = 'pass=[REDACTED]; more text after the secret';
    expect(Buffer.concat([...live, tail]).toString()).toBe(full);
    expect(record).toEqual({ path, sha256: createHash('sha256').update(full).digest('hex'), bytes: full.length, storedBytes: 20, truncated: true });
    expect(readFileSync(path, 'utf8')).toBe(full.slice(0, 20));
  });
});
