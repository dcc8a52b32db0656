import type { Command } from 'commander';
import { action, printJson } from '../io.js';

interface CardsFlags {
  outputDir?: string;
  json?: boolean;
}

export function registerCards(program: Command): void {
  program
    .command('cards')
    .description('Write the model, dataset, prompt and eval cards of a run (agilab.evidence_card.v1), from its artifacts by kind; a kind the run did not produce gets a card with present: false.')
    .argument('<manifest>', 'run_manifest.json, a run folder, or a .agipack (verified, then read)')
    .option('--output-dir <dir>', 'write model-card.json, dataset-card.json, prompt-card.json, eval-card.json here instead of printing them')
    .option('--json', 'print the cards as one JSON document (the default without --output-dir)')
    .addHelpText('after', '\nExit: 0 cards written; 2 bad input.')
    .action(action(async (manifest: string, opts: CardsFlags) => {
      const { stableJson } = await import('../../json/write.js');
      const { buildCards, CARD_TYPES } = await import('../../promotion/cards.js');
      const { loadRunRecord } = await import('../../record/load.js');
      const { writeGeneratedFiles } = await import('../../promotion/write-files.js');
      const { withRunInput } = await import('../run-input.js');
      const cards = await withRunInput(manifest, async (input) => buildCards(await loadRunRecord(input.manifestPath)));
      if (!opts.outputDir) {
        printJson({ schema: 'agilab.evidence_cards.v1', cards });
        return;
      }
      const written = writeGeneratedFiles(opts.outputDir, CARD_TYPES.map((type) => ({ path: `${type}-card.json`, content: stableJson(cards[type]) })));
      if (opts.json) printJson({ schema: 'agilab.evidence_cards.v1', paths: written });
      else process.stdout.write(`${written.map((p) => `${p}\n`).join('')}`);
    }));
}
