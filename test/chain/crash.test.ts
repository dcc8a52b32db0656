import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChainFile } from '../../src/chain/verify.js';

let childScript: string;
// Inside the repo so the compiled child resolves node_modules and "type": "module".
const out = resolve('build', `chain-crash-${process.pid}`);

beforeAll(() => {
  // The recorder is TypeScript: compile the child and what it imports (no type check: speed only).
  execFileSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '--outDir', out, '--rootDir', '.', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--noCheck', '--skipLibCheck', 'test/fixtures/chain/record-until-killed.ts'], { stdio: 'inherit' });
  childScript = join(out, 'test/fixtures/chain/record-until-killed.js');
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

async function waitFor(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((r) => setTimeout(r, 5));
}

/** Starts the recorder, lets it write for `ms` after its first event, then SIGKILLs it. */
async function recordAndKill(ms: number): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'chain-crash-')), 'events.jsonl');
  const child = spawn(process.execPath, [childScript, path], { stdio: 'ignore' });
  const exited = new Promise((r) => child.on('exit', r));
  await waitFor(() => existsSync(path) && statSync(path).size > 0);
  await new Promise((r) => setTimeout(r, ms));
  child.kill('SIGKILL');
  await exited;
  return path;
}

describe('a recorder killed with SIGKILL at a random point', () => {
  it('leaves a chain that verifies up to its last complete event and is never AUTHORITATIVE', async () => {
    for (let i = 0; i < 8; i++) {
      const path = await recordAndKill(Math.floor(Math.random() * 300));
      const report = await verifyChainFile(path);
      // A crash leaves an unfinished session and perhaps a partial final line; every complete line verifies.
      expect(report.errors.map((e) => e.rule).filter((r) => r !== 'truncated_final_line')).toEqual(['session_incomplete']);
      const completeLines = report.event_count;
      expect(report.verified_through_seq).toBe(completeLines);
      expect(completeLines).toBeGreaterThanOrEqual(1);
      expect(report.sealed).toBe(false);
      expect(report.classification).toBe('NON_AUTHORITATIVE_EVIDENCE');
      expect(report.status).toBe('FAIL');
    }
  });
});
