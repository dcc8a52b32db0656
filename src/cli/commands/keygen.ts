import type { Command } from 'commander';
import { CapsuleError } from '../../errors.js';
import { action } from '../io.js';

export function registerKeygen(program: Command): void {
  program
    .command('keygen')
    .description('(not yet implemented)')
    .action(action(() => {
      throw new CapsuleError('not_implemented', 'keygen is not implemented yet');
    }));
}
