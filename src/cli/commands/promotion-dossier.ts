import type { Command } from 'commander';
import { CapsuleError } from '../../errors.js';
import { action } from '../io.js';

export function registerPromotionDossier(program: Command): void {
  program
    .command('promotion-dossier')
    .description('(not yet implemented)')
    .action(action(() => {
      throw new CapsuleError('not_implemented', 'promotion-dossier is not implemented yet');
    }));
}
