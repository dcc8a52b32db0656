import { Command } from 'commander';
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
  .addHelpText('after', '\nExit codes: 0 ok/pass/promote, 1 checked and failed (verify failed, block), '
    + '2 usage or bad input (nothing run), 3 manual-review, 70 internal error (a bug). '
    + 'Every error code: docs/errors.md.');

registerInit(program);
registerRun(program);
registerValidate(program);
registerPlace(program);
registerProve(program);
registerVerify(program);
registerSign(program);
registerKeygen(program);
registerReplay(program);
registerStory(program);
registerPromotionDossier(program);
registerPolicyCheck(program);
registerCards(program);
registerMetadataStore(program);
registerExportLineage(program);
registerExportTraces(program);
registerChain(program);
registerView(program);
registerDiff(program);

reportUsageErrors(program);
await program.parseAsync(process.argv);
