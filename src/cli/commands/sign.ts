import type { Command } from 'commander';
import { CapsuleError } from '../../errors.js';
import { action } from '../io.js';

export function registerSign(program: Command): void {
  program
    .command('sign')
    .description('(not yet implemented)')
    .action(action(() => {
      throw new CapsuleError('not_implemented', 'sign is not implemented yet');
    }));
}
