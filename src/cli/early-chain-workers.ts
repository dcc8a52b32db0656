// Imported first by main.ts. `capsule chain verify FILE` on a big file reads it with worker threads,
// which take 25-45 ms to boot: started here, before commander and the command modules load, they
// boot on the otherwise idle core meanwhile. The file named on the command line is a guess made
// before commander parses it; the command takes these workers only for the file it was given.
import { startChainWorkersFor, type ChainWorkers } from '../chain/workers.js';
import { operandAfter } from './argv-operand.js';

/** `chain verify` options whose value is the next argument (not the events file). */
const VALUE_OPTIONS: readonly string[] = ['--trust-policy', '--public-key'];

/** The events file `capsule chain verify … FILE …` names, or null for any other command line. */
export function chainVerifyFile(argv: readonly string[]): string | null {
  return operandAfter(argv.slice(2), ['chain', 'verify'], VALUE_OPTIONS);
}

const guessed = chainVerifyFile(process.argv);
const early = guessed === null ? null : startChainWorkersFor(guessed);
// Until the command takes them, they must not keep the process alive (a usage error, --help).
early?.threads.forEach(({ thread }) => thread.unref());

/** Workers for the events file `path`: the ones started early if they are for it, else started now. */
export function chainWorkersFor(path: string): ChainWorkers | null {
  if (path !== guessed) {
    early?.close();
    return startChainWorkersFor(path);
  }
  early?.threads.forEach(({ thread }) => thread.ref());
  return early;
}
