import type { Command } from 'commander';
import { CapsuleError } from '../../errors.js';
import { action } from '../io.js';

export function registerExportTraces(program: Command): void {
  program
    .command('export-traces')
    .description('(not yet implemented)')
    .action(action(() => {
      throw new CapsuleError('not_implemented', 'export-traces is not implemented yet');
    }));
}
