import type { Command } from 'commander';
import { CapsuleError } from '../../errors.js';
import { action } from '../io.js';

export function registerPlace(program: Command): void {
  program
    .command('place')
    .description('(not yet implemented)')
    .action(action(() => {
      throw new CapsuleError('not_implemented', 'place is not implemented yet');
    }));
}
