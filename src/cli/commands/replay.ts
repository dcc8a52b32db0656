import type { Command } from 'commander';
import { CapsuleError } from '../../errors.js';
import { action } from '../io.js';

export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('(not yet implemented)')
    .action(action(() => {
      throw new CapsuleError('not_implemented', 'replay is not implemented yet');
    }));
}
