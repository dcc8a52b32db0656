import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temp file of a test run lives under one folder, removed when the run ends, so runs
 * leave nothing behind in /tmp (workers and the processes they spawn inherit TMPDIR).
 * CAPSULE_KEEP_TEST_TMP=1 keeps it for a post-mortem.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'capsule-tests-'));
  process.env.TMPDIR = root;
  return () => {
    if (process.env.CAPSULE_KEEP_TEST_TMP) process.stderr.write(`test temp files kept in ${root}\n`);
    else rmSync(root, { recursive: true, force: true });
  };
}
