import type { Command } from 'commander';
import { CapsuleError } from '../../errors.js';
import { action } from '../io.js';

export function registerExportLineage(program: Command): void {
  program
    .command('export-lineage')
    .description('(not yet implemented)')
    .action(action(() => {
      throw new CapsuleError('not_implemented', 'export-lineage is not implemented yet');
    }));
}
