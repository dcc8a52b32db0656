import type { Command } from 'commander';
import { CapsuleError } from '../../errors.js';
import { action } from '../io.js';

export function registerMetadataStore(program: Command): void {
  program
    .command('metadata-store')
    .description('(not yet implemented)')
    .action(action(() => {
      throw new CapsuleError('not_implemented', 'metadata-store is not implemented yet');
    }));
}
