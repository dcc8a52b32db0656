import type { Command } from 'commander';
import { CapsuleError } from '../../errors.js';
import { action } from '../io.js';

export function registerPolicyCheck(program: Command): void {
  program
    .command('policy-check')
    .description('(not yet implemented)')
    .action(action(() => {
      throw new CapsuleError('not_implemented', 'policy-check is not implemented yet');
    }));
}
