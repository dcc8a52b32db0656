import { relative } from 'node:path';
import type { Command } from 'commander';
import { shellWord } from '../../text/shell.js';
import { action, printJson, progress } from '../io.js';
import { packageFile } from '../package-files.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('Write a first bundle into DIR (default: this folder): a commented bundle.json whose $schema points at the schema shipped with capsule, a run.sh, a .capsuleignore. Never overwrites.')
    .argument('[dir]', 'folder to write into (made if missing)', '.')
    .option('--json', 'print {dir, name, files, next} as JSON')
    .addHelpText('after', '\nThen: capsule validate DIR, capsule run DIR. Exit codes: 0 written, 2 a file is already there (nothing written).')
    .action(action(async (dir: string, opts: { json?: boolean }) => {
      const { initBundle } = await import('../../init/init.js');
      const result = initBundle(dir, packageFile('schemas', 'bundle.schema.json'));
      const shown = relative(process.cwd(), result.dir) || '.';
      const arg = shellWord(shown);
      const next = [
        { command: `capsule validate ${arg}`, does: 'check the bundle: every problem at once, with line and column' },
        { command: `capsule run ${arg}`, does: 'run it: a signed capsule, its evidence and a decision under out/' },
      ];
      if (opts.json) {
        printJson({ dir: result.dir, name: result.name, files: result.files, next: next.map((n) => n.command) });
        return;
      }
      progress(`wrote ${result.files.map((f) => relative(process.cwd(), f)).join(', ')}`);
      const width = Math.max(...next.map((n) => n.command.length));
      process.stdout.write(`Next:\n${next.map((n) => `  ${n.command.padEnd(width)}  ${n.does}`).join('\n')}\nThen edit ${relative(process.cwd(), result.files[1]!)} to run your job, and bundle.json's outputs and validations to match.\n`);
    }));
}
