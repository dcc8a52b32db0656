import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AGILAB_VERB_MODULE, readAgilabFlags, type AgilabFlag } from './agilab-flags.js';
import { CASES } from './compat-cases.js';
import { renderCompatTable, runCompatCases, uncoveredFlags, type CompatRow } from './compat-table.js';
import { agilabMissing, runCapsule } from './oracle.js';
import { buildAgilabSide, buildOurSide, writePolicies } from './sides.js';

/**
 * Every AGILAB verb and flag × ours, on files written by each side, verdicts compared; the
 * table in docs/agilab-compat.md is this test's output (refresh with `-u`).
 */
describe.skipIf(agilabMissing !== null)(`AGILAB verbs and flags, both directions${agilabMissing ? ` (skipped: ${agilabMissing})` : ''}`, () => {
  let flags: Record<string, AgilabFlag[]>;
  let help: Record<string, string>;
  let rows: CompatRow[];

  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), 'agilab-compat-'));
    flags = await readAgilabFlags();
    const sides = [await buildAgilabSide(join(work, 'agilab-files')), await buildOurSide(join(work, 'our-files'))];
    rows = await runCompatCases(sides, writePolicies(join(work, 'policies')), join(work, 'cases'));
    help = Object.fromEntries(await Promise.all(Object.keys(flags).map(async (verb) => [verb, (await runCapsule([verb, '--help'])).stdout] as const)));
  }, 900_000);

  it('reads the verbs it mirrors from AGILAB', () => {
    expect(Object.keys(flags).sort()).toEqual(Object.keys(AGILAB_VERB_MODULE).sort());
  });

  it('exercises every AGILAB flag of every verb, and no flag AGILAB does not have', () => {
    expect(uncoveredFlags(flags)).toEqual([]);
    const invented = CASES.flatMap((c) => c.flags.filter((f) => !flags[c.verb]?.some((x) => x.flag === f)).map((f) => `${c.verb} ${f}`));
    expect(invented).toEqual([]);
  });

  it('every AGILAB flag is a flag of ours', () => {
    const missing = Object.entries(flags).flatMap(([verb, list]) => list.filter((f) => !f.flag.startsWith('<') && !help[verb]!.includes(f.flag)).map((f) => `${verb} ${f.flag}`));
    expect(missing).toEqual([]);
  });

  // Known to fail today (docs/agilab-compat.md lists each gap); flips to `it` once they close.
  it.fails('each case gives the same result in both tools, or the difference it documents', () => {
    const unexpected = rows.filter((r) => !r.asExpected).map((r) => `${r.verb} [${r.input}] on ${r.side}'s files: AGILAB ${r.agilab} / ours ${r.ours} ${r.notes.join('; ')}`);
    expect(unexpected).toEqual([]);
  });

  it('docs/agilab-compat.md is the generated table', async () => {
    await expect(renderCompatTable(flags, help, rows)).toMatchFileSnapshot('../../docs/agilab-compat.md');
  });
});
