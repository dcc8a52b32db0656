import type { Command } from 'commander';
import { CapsuleError } from '../../errors.js';
import { action } from '../io.js';

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description('(not yet implemented)')
    .action(action(() => {
      throw new CapsuleError('not_implemented', 'verify is not implemented yet');
    }));
}
