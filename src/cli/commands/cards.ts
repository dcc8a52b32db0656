import type { Command } from 'commander';
import { resolveRunManifestPath } from '../../verify/run-folder.js';
import { stableJson } from '../../json/write.js';
import { buildCards, CARD_TYPES } from '../../promotion/cards.js';
import { loadRunRecord } from '../../record/load.js';
import { writeGeneratedFiles } from '../../promotion/write-files.js';
import { action, printJson } from '../io.js';

interface CardsFlags {
  outputDir?: string;
  json?: boolean;
}

export function registerCards(program: Command): void {
  program
    .command('cards')
    .description('Write the model, dataset, prompt and eval cards of a run (agilab.evidence_card.v1), from its artifacts by kind; a kind the run did not produce gets a card with present: false.')
    .argument('<manifest>', 'run_manifest.json, or a run folder / unpacked capsule holding it')
    .option('--output-dir <dir>', 'write model-card.json, dataset-card.json, prompt-card.json, eval-card.json here instead of printing them')
    .option('--json', 'print the cards as one JSON document (the default without --output-dir)')
    .addHelpText('after', '\nExit: 0 cards written; 2 bad input.')
    .action(action(async (manifest: string, opts: CardsFlags) => {
      const cards = buildCards(await loadRunRecord(resolveRunManifestPath(manifest)));
      if (!opts.outputDir) {
        printJson({ schema: 'agilab.evidence_cards.v1', cards });
        return;
      }
      const written = writeGeneratedFiles(opts.outputDir, CARD_TYPES.map((type) => ({ path: `${type}-card.json`, content: stableJson(cards[type]) })));
      if (opts.json) printJson({ schema: 'agilab.evidence_cards.v1', paths: written });
      else process.stdout.write(`${written.map((p) => `${p}\n`).join('')}`);
    }));
}
