import { ERROR_CODES, EXIT_OF_CATEGORY, type ErrorCategory } from '../../src/errors.js';

const HEADINGS: Record<ErrorCategory, string> = {
  usage: 'Usage: the command line is wrong',
  bad_input: 'Bad input: a file, key, folder or the machine is not what the command needs',
  failed: 'Checked and failed: the evidence was read and does not hold',
  internal: 'Internal: a bug in capsule',
};

const EXIT_ROWS = [
  '| 1 | checked and failed: a verification check failed, chain FAIL, decision `block`, replay outputs differ, '
    + 'or an error of the *checked and failed* category below |',
  '| 2 | usage or bad input: an unknown option, a missing argument, an invalid choice, a file that is missing, '
    + 'a folder, empty, not JSON (YAML, say), nested too deep, or invalid; nothing was run |',
];

const JSON_EXAMPLE = JSON.stringify({
  error: {
    category: 'bad_input',
    code: 'file_unreadable',
    file: 'bundle.json',
    message: 'bundle.json: cannot read: does not exist; check the path',
  },
});

/** docs/errors.md, written from the code list in src/errors.ts; test/errors/codes.test.ts keeps it current. */
export function renderErrorCodesDoc(): string {
  const sections = (Object.keys(HEADINGS) as ErrorCategory[]).map((category) => {
    const rows = Object.entries(ERROR_CODES)
      .filter(([, c]) => c.category === category)
      .map(([code, c]) => `| \`${code}\` | ${c.meaning} |`);
    const heading = `## ${HEADINGS[category]} (exit ${EXIT_OF_CATEGORY[category]})`;
    return [heading, '', '| code | meaning |', '| --- | --- |', ...rows].join('\n');
  });
  return `# Errors and exit codes

<!-- Generated from src/errors.ts by test/errors/codes.test.ts (refresh with \`npx vitest run test/errors -u\`). -->

Every error \`capsule\` reports carries a stable code from one closed list. The code's category
alone decides the exit code, so a script can tell a mistake in the command line or an
unreadable file (\`2\`, nothing was run) from evidence that was checked and failed (\`1\`).

| exit | meaning |
| --- | --- |
| 0 | ok: verification passed, chain PASS, decision \`promote\` |
${EXIT_ROWS.join('\n')}
| 3 | decision \`manual-review\`: the evidence is fine, a person must decide (a decision, not an error) |
| 70 | internal error: a bug in capsule, please report it (\`CAPSULE_DEBUG=1\` shows where) |

An error is printed once, on stderr, as \`capsule: error [code]: FILE: what is wrong; what to do\`.
With \`--json\` it is also printed on stdout as one JSON object:

\`\`\`json
${JSON_EXAMPLE}
\`\`\`

\`verify\`, \`view\` and \`chain verify\` report on evidence: a capsule, manifest or event log that
exists but does not hold (not a ZIP, not JSON, a broken chain) is *checked and failed* (\`1\`),
with the report naming the file; a path that does not exist or cannot be read is bad input (\`2\`).
[bad-input.md](bad-input.md) shows what every command does with each kind of bad input.

${sections.join('\n\n')}
`;
}
