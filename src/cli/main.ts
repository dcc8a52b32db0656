// First: a big `chain verify` starts its worker threads before the rest of the CLI loads.
import './early-chain-workers.js';
import { Command, Help, type Option } from 'commander';
import { TOOL_VERSION } from '../version.js';
import { reportUsageErrors } from './io.js';
import { registerInit } from './commands/init.js';
import { registerRun } from './commands/run.js';
import { registerValidate } from './commands/validate.js';
import { registerPlace } from './commands/place.js';
import { registerProve } from './commands/prove.js';
import { registerVerify } from './commands/verify.js';
import { registerSign } from './commands/sign.js';
import { registerKeygen } from './commands/keygen.js';
import { registerReplay } from './commands/replay.js';
import { registerStory } from './commands/story.js';
import { registerPromotionDossier } from './commands/promotion-dossier.js';
import { registerPolicyCheck } from './commands/policy-check.js';
import { registerCards } from './commands/cards.js';
import { registerMetadataStore } from './commands/metadata-store.js';
import { registerExportLineage } from './commands/export-lineage.js';
import { registerExportTraces } from './commands/export-traces.js';
import { registerChain } from './commands/chain.js';
import { registerView } from './commands/view.js';
import { registerDiff } from './commands/diff.js';

const program = new Command('capsule')
  .description('Proof Capsule: run a job bundle, pack its evidence into a signed .agipack capsule, verify it, '
    + 'decide promotion.')
  .version(TOOL_VERSION)
  // A repeatable option starts from collect's []: "(default: [])" tells a reader nothing. Inherited
  // by every command made from this one.
  .configureHelp({
    optionDescription(this: Help, option: Option): string {
      return Help.prototype.optionDescription.call(this, option).replace(/ \(default: \[\]\)$/, '').replace(/, default: \[\]\)$/, ')');
    },
  })
  .addHelpText('after', '\nExit codes: 0 ok/pass/promote, 1 checked and failed (verify failed, block), '
    + '2 usage or bad input (nothing run), 3 manual-review, 70 internal error (a bug). '
    + 'Every error code: docs/errors.md.');

// Each top-level command by name, in --help's order. A run naming one registers that one only: building
// all nineteen commands' options cost every run about 1.5 ms, and the named command's own help, options
// and errors do not depend on the others. Anything else (no command, --help, --version, `help X`, a
// mistyped name that earns a "did you mean") gets them all. test/cli/one-command.e2e.test.ts checks
// `X --help` prints what `help X` does.
const commands = new Map<string, (program: Command) => void>([
  ['init', registerInit],
  ['run', registerRun],
  ['validate', registerValidate],
  ['place', registerPlace],
  ['prove', registerProve],
  ['verify', registerVerify],
  ['sign', registerSign],
  ['keygen', registerKeygen],
  ['replay', registerReplay],
  ['story', registerStory],
  ['promotion-dossier', registerPromotionDossier],
  ['policy-check', registerPolicyCheck],
  ['cards', registerCards],
  ['metadata-store', registerMetadataStore],
  ['export-lineage', registerExportLineage],
  ['export-traces', registerExportTraces],
  ['chain', registerChain],
  ['view', registerView],
  ['diff', registerDiff],
]);
const named = commands.get(process.argv[2] ?? '');
for (const register of named ? [named] : commands.values()) register(program);

reportUsageErrors(program);
await program.parseAsync(process.argv);
