/**
 * What every command does with each kind of bad input, as documented in docs/bad-input.md
 * (which test/cli/bad-input-table.e2e.test.ts renders from this file and checks against the
 * built CLI).
 */
export const INPUTS = [
  'missing file',
  'folder',
  'empty',
  'not JSON',
  'YAML',
  '100k-deep JSON',
  'unknown option',
  'missing argument',
] as const;
export type Input = (typeof INPUTS)[number];

/**
 * `error`: exactly one `capsule: error [code]: …` message naming the file; `report`: the
 * command's own report names the file and says FAIL; `ok`: not an error for this command.
 */
export interface Outcome {
  exit: number;
  kind: 'error' | 'report' | 'ok';
  /** The code of an `error`, when it matters to the row. */
  code?: string;
}

export interface Row {
  command: string;
  /** The command line with FILE in the slot under test (the command's main input). */
  argv: (file: string) => string[];
  /** The command line without its required argument; null when it has none (with why). */
  missingArgument: string[] | { none: string };
  /** Where the row differs from "exit 2, one error naming the file". */
  outcomes?: Partial<Record<Input, Outcome>>;
  json?: boolean;
}

const usage: Outcome = { exit: 2, kind: 'error', code: 'usage' };
const badInput: Outcome = { exit: 2, kind: 'error' };
/** Evidence that exists but does not hold: checked and failed. */
const reportFails: Outcome = { exit: 1, kind: 'report' };
const notEvidence = { empty: reportFails, 'not JSON': reportFails, YAML: reportFails, '100k-deep JSON': reportFails };

export function expected(row: Row, input: Input): Outcome {
  if (input === 'unknown option' || input === 'missing argument') return row.outcomes?.[input] ?? usage;
  return row.outcomes?.[input] ?? badInput;
}

/** KEY is a signing key the table's set-up writes; every other name is a file of the case. */
export const ROWS: Row[] = [
  {
    command: 'init',
    argv: (f) => ['init', f],
    missingArgument: { none: 'DIR is optional, default: this folder' },
    outcomes: { 'missing file': { exit: 0, kind: 'ok' }, folder: { exit: 0, kind: 'ok' } },
    json: true,
  },
  {
    command: 'run',
    argv: (f) => ['run', f, '--out', 'run-out'],
    missingArgument: ['run', 'bundle.json', '--out'],
    json: true,
  },
  { command: 'validate', argv: (f) => ['validate', f], missingArgument: ['validate'], json: true },
  { command: 'place', argv: (f) => ['place', f], missingArgument: ['place'], json: true },
  {
    command: 'prove',
    argv: (f) => ['prove', f, '--export', 'x.agipack'],
    missingArgument: ['prove', '--export', 'x.agipack'],
    json: true,
  },
  {
    command: 'verify',
    argv: (f) => ['verify', f],
    missingArgument: ['verify'],
    outcomes: notEvidence,
    json: true,
  },
  { command: 'sign', argv: (f) => ['sign', f, '--key', 'KEY'], missingArgument: ['sign', '--key', 'KEY'], json: true },
  {
    command: 'keygen',
    argv: (f) => ['keygen', '--out', f],
    missingArgument: ['keygen', '--out'],
    outcomes: { 'missing file': { exit: 0, kind: 'ok' } },
    json: true,
  },
  {
    command: 'replay',
    argv: (f) => ['replay', f],
    missingArgument: ['replay'],
    // Anything not a folder or .json is read as a capsule, verified before it is unpacked.
    outcomes: { YAML: { exit: 2, kind: 'error', code: 'capsule_not_verified' } },
    json: true,
  },
  { command: 'story', argv: (f) => ['story', f], missingArgument: ['story'], json: true },
  {
    command: 'promotion-dossier',
    argv: (f) => ['promotion-dossier', f],
    missingArgument: ['promotion-dossier'],
    json: true,
  },
  { command: 'policy-check', argv: (f) => ['policy-check', f], missingArgument: ['policy-check'], json: true },
  { command: 'cards', argv: (f) => ['cards', f], missingArgument: ['cards'], json: true },
  {
    command: 'metadata-store',
    argv: (f) => ['metadata-store', f, '--store', 'store.json'],
    missingArgument: ['metadata-store', '--store', 'store.json'],
    json: true,
  },
  { command: 'export-lineage', argv: (f) => ['export-lineage', f], missingArgument: ['export-lineage'] },
  { command: 'export-traces', argv: (f) => ['export-traces', f], missingArgument: ['export-traces'] },
  {
    command: 'chain verify',
    argv: (f) => ['chain', 'verify', f],
    missingArgument: ['chain', 'verify'],
    outcomes: notEvidence,
    json: true,
  },
  {
    command: 'chain replay',
    argv: (f) => ['chain', 'replay', f],
    missingArgument: ['chain', 'replay'],
    outcomes: {
      empty: { exit: 1, kind: 'error', code: 'chain_invalid' },
      'not JSON': { exit: 1, kind: 'error', code: 'chain_invalid' },
      YAML: { exit: 1, kind: 'error', code: 'chain_invalid' },
      '100k-deep JSON': { exit: 1, kind: 'error', code: 'chain_invalid' },
    },
    json: true,
  },
  { command: 'view', argv: (f) => ['view', f], missingArgument: ['view'], outcomes: notEvidence, json: true },
  {
    command: 'diff',
    argv: (f) => ['diff', f, f],
    missingArgument: ['diff', 'a.json'],
    // Each run is verified before it is compared; one that does not hold is refused, nothing compared.
    outcomes: {
      empty: { exit: 2, kind: 'error', code: 'run_not_verified' },
      'not JSON': { exit: 2, kind: 'error', code: 'run_not_verified' },
      YAML: { exit: 2, kind: 'error', code: 'run_not_verified' },
      '100k-deep JSON': { exit: 2, kind: 'error', code: 'run_not_verified' },
    },
    json: true,
  },
];

/** docs/bad-input.md: this table, as a user reads it. */
export function renderBadInputDoc(): string {
  const cell = (row: Row, input: Input): string => {
    if (input === 'missing argument' && !Array.isArray(row.missingArgument)) return `— (${row.missingArgument.none})`;
    const o = expected(row, input);
    if (o.kind === 'ok') return `${o.exit} (not an error)`;
    if (o.kind === 'report') return `${o.exit} (report says FAIL)`;
    return o.code && o.code !== 'usage' ? `${o.exit} (\`${o.code}\`)` : `${o.exit}`;
  };
  const lines = ROWS.map((row) => `| \`capsule ${row.command}\` | ${INPUTS.map((i) => cell(row, i)).join(' | ')} |`);
  return `# What each command does with bad input

<!-- Generated from test/cli/bad-input-cases.ts
(refresh with \`npx vitest run test/cli/bad-input-doc.test.ts -u\`);
test/cli/bad-input-table.e2e.test.ts runs every cell against the built CLI. -->

Each cell is the exit code of the command given that input in its main file argument (see
[errors.md](errors.md) for what the codes mean). Unless the cell says otherwise, the command prints
exactly one message, \`capsule: error [code]: FILE: what is wrong; what to do\`, naming the file, and
no stack trace; with \`--json\` the same error is also one JSON object on stdout.

A *report says FAIL* cell is a command that checks evidence: the file exists but does not hold, so
the command's own report names it and says FAIL (exit 1, checked and failed).

| command | ${INPUTS.join(' | ')} |
| --- | ${INPUTS.map(() => '---').join(' | ')} |
${lines.join('\n')}
`;
}
