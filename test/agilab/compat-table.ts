import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agilabArgv, type AgilabFlag } from './agilab-flags.js';
import { CASES, type CaseContext, type CompatCase, type Difference } from './compat-cases.js';
import { errorLine, outcomeOf, runAgilab, runCapsule, type ToolRun } from './oracle.js';
import type { Policies, Side } from './sides.js';

/** One case run on one side's files by both tools. */
export interface CompatRow {
  verb: string;
  flags: string[];
  input: string;
  /** Whose files the input is. */
  side: Side['name'];
  command: string;
  /** `outcome · verdict` of each tool. */
  agilab: string;
  ours: string;
  expected: Difference | null;
  /** Whether the cells are what the case expects (equal, or the pinned difference). */
  asExpected: boolean;
  /** For failures: what each tool said when it refused or crashed. */
  notes: string[];
  ms: number;
}

/** A temp folder's name in a message, e.g. /tmp/agilab-compat-AbC123. */
const TEMP_ROOT = new RegExp(`${tmpdir().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[^/\\s]+`, 'g');

function runTool(tool: 'agilab' | 'capsule', args: string[], cwd: string): Promise<ToolRun> {
  if (tool === 'capsule') return runCapsule(args, { cwd });
  const { module, args: a } = agilabArgv(args[0]!, args.slice(1));
  return runAgilab(module, a, { cwd });
}

async function cell(tool: 'agilab' | 'capsule', c: CompatCase, ctx: CaseContext): Promise<{ text: string; run: ToolRun; args: string[] }> {
  await c.prepare?.(ctx);
  const args = await c.args(ctx);
  const run = await runTool(tool, args, ctx.out);
  const outcome = outcomeOf(run);
  let verdict = '';
  if (c.verdict && (outcome === 'ok' || outcome === 'fail')) {
    try {
      verdict = await c.verdict(run, ctx);
    } catch (err) {
      verdict = `verdict unreadable: ${(err as Error).message.split('\n')[0]}`;
    }
  }
  return { text: verdict ? `${outcome} · ${verdict}` : outcome, run, args };
}

/** Paths shortened to what they are, so the table reads the same on every machine. */
function shorten(args: string[], side: Side, policies: Policies, out: string): string {
  const names: [string, string][] = [
    [out, 'OUT'], [side.signature, 'X.agipack.sig.json'], [side.capsule, 'X.agipack'], [side.manifest, 'run_manifest.json'],
    [side.runFolder, 'RUN'], [side.key, 'key.pem'], [side.trustJson, 'trust.json'], [side.trustToml, 'trust.toml'], [side.trustTml, 'trust.tml'],
    [policies.unknownRule, 'policy-unknown-rule.json'], [policies.json, 'policy.json'], [policies.toml, 'policy.toml'], [policies.tml, 'policy.tml'],
  ];
  return args.map((a) => {
    const hit = names.find(([path]) => a === path || a.startsWith(`${path}/`));
    return hit ? hit[1] + a.slice(hit[0].length) : a;
  }).join(' ');
}

function matches(actual: string, pinned: string): boolean {
  return actual === pinned || actual.startsWith(`${pinned} `) || actual.startsWith(`${pinned}·`);
}

async function runCase(c: CompatCase, index: number, side: Side, policies: Policies, work: string): Promise<CompatRow> {
  const started = Date.now();
  const dirs = { agilab: join(work, side.name, `${index}-agilab`), capsule: join(work, side.name, `${index}-capsule`) };
  const context = (tool: 'agilab' | 'capsule'): CaseContext => {
    mkdirSync(dirs[tool], { recursive: true });
    const other = tool === 'agilab' ? 'capsule' : 'agilab';
    return { tool, side, policies, out: dirs[tool], other: (args) => runTool(other, args, dirs[tool]) };
  };
  const agilab = await cell('agilab', c, context('agilab'));
  const ours = await cell('capsule', c, context('capsule'));
  const expected = c.expect?.[side.name] ?? null;
  const asExpected = expected ? matches(agilab.text, expected.agilab) && matches(ours.text, expected.ours) : agilab.text === ours.text;
  // Notes name temp paths; the table must read the same on every machine.
  const notes = [agilab.run, ours.run].filter((r) => !['ok', 'fail'].includes(outcomeOf(r))).map((r) => `${r.tool}: ${errorLine(r).replace(TEMP_ROOT, '…')}`);
  return {
    verb: c.verb, flags: c.flags, input: c.input, side: side.name,
    command: shorten(ours.args, side, policies, dirs.capsule),
    agilab: agilab.text, ours: ours.text, expected, asExpected, notes, ms: Date.now() - started,
  };
}

/** Every case on both sides' files, a few at a time (the machine has two cores). */
export async function runCompatCases(sides: Side[], policies: Policies, work: string, parallel = 3): Promise<CompatRow[]> {
  const tasks = sides.flatMap((side) => CASES.map((c, i) => ({ c, i, side }))).filter((t) => !t.c.only || t.c.only === t.side.name);
  const rows: CompatRow[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const k = next++;
      const t = tasks[k]!;
      rows[k] = await runCase(t.c, t.i, t.side, policies, work);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return rows;
}

/** AGILAB flags (from its argparse) that no case exercises: each must be covered. */
export function uncoveredFlags(flags: Record<string, AgilabFlag[]>): string[] {
  return Object.entries(flags).flatMap(([verb, list]) => list
    .filter((f) => !CASES.some((c) => c.verb === verb && c.flags.includes(f.flag)))
    .map((f) => `${verb} ${f.flag}`));
}

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/agilab-compat.md: the flags table, then every case on both sides' files. */
export function renderCompatTable(flags: Record<string, AgilabFlag[]>, oursHelp: Record<string, string>, rows: CompatRow[]): string {
  const lines = [
    '# AGILAB compatibility',
    '',
    'Generated by `test/agilab/compat-table.test.ts` (run `npx vitest run test/agilab/compat-table.test.ts -u` to',
    'refresh it); do not edit by hand. Each AGILAB verb and flag is read from AGILAB\'s own argparse parsers and',
    'run through both tools, AGILAB\'s evidence package (`python3 -m agilab.evidence.evidence_contract`,',
    '`…promotion_dossier`, `…run_storyboard`) and `capsule`, on files written by each side: AGILAB\'s run-manifest',
    'writer, `prove --export` and `sign`, or `capsule run`.',
    '',
    'A cell reads `outcome · what it did`. Outcomes: `ok` (exit 0), `fail` (checked and said no), `refused`',
    '(bad input or usage, named), `crash` (an uncaught exception). "same" means both tools gave the same',
    'outcome and result; any other row says how and why they differ.',
    '',
    '## Flags',
    '',
    '| verb | AGILAB flag | AGILAB help | in `capsule VERB --help` |',
    '| --- | --- | --- | --- |',
  ];
  for (const [verb, list] of Object.entries(flags)) {
    for (const f of list) {
      const present = f.flag.startsWith('<') || oursHelp[verb]?.includes(f.flag) ? 'yes' : '**no**';
      lines.push(`| ${verb} | \`${f.flag}${f.takesValue && !f.flag.startsWith('<') ? ' V' : ''}\`${f.choices ? ` (${f.choices.join(' \\| ')})` : ''} | ${esc(f.help)} | ${present} |`);
    }
  }
  lines.push('', '## Each verb and flag, both directions', '', '| verb | flags | input | files by | command | AGILAB | capsule | result |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    // Notes (error text) stay out: they name bytes and paths that differ from run to run.
    const result = !r.asExpected ? `**unexpected**${r.expected ? ` (expected AGILAB \`${r.expected.agilab}\`, ours \`${r.expected.ours}\`)` : ''}`
      : r.expected ? `differs: ${r.expected.why}` : 'same';
    lines.push(`| ${r.verb} | ${r.flags.map((f) => `\`${f}\``).join(' ')} | ${esc(r.input)} | ${r.side} | \`${esc(r.command)}\` | ${esc(r.agilab)} | ${esc(r.ours)} | ${esc(result)} |`);
  }
  lines.push('');
  return lines.join('\n');
}
