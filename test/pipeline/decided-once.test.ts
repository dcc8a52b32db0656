import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSigningKey } from '../../src/keys/ed25519.js';
import { proveManifest } from '../../src/pipeline/prove-manifest.js';
import { runPipeline } from '../../src/pipeline/run.js';

// The pipeline decides once and packs from memory what it has just written and verified; `capsule
// prove` reads the same run folder back, verifies it and decides again. Both must give the same bytes.
describe('the pipeline packs what prove would pack from its run folder', () => {
  const cases = [['examples/hello/bundle.json', 'promote'], ['examples/failing/bundle.json', 'block']];
  for (const [bundle, decision] of cases) {
    it(`${bundle}: byte-identical capsule, decision ${decision}`, async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'decided-once-')), 'run');
      const result = await runPipeline({ bundlePath: bundle, outDir: out });
      expect(result.decision.decision).toBe(decision);
      const again = join(out, '..', 'again.agipack');
      const key = loadSigningKey(join(out, 'keys', 'dev-signing-key.pem'));
      const proved = await proveManifest(result.manifestPath, { exportPath: again, key });
      expect(proved.decision).toEqual(result.decision);
      expect(readFileSync(again).equals(readFileSync(result.capsulePath))).toBe(true);
    });
  }
});
