import type { Command } from 'commander';
import { action, printJson, progress } from '../io.js';

interface MetadataStoreFlags {
  store: string;
  policy?: string;
  trustPolicy?: string;
  json?: boolean;
}

export function registerMetadataStore(program: Command): void {
  program
    .command('metadata-store')
    .description('Add a run to a local metadata store (agilab.metadata_store.v1 JSON, one entry per run_id, with its promotion decision). Safe with concurrent writers.')
    .argument('<manifest>', 'run_manifest.json, a run folder, or a .agipack (verified, then read)')
    .requiredOption('--store <path>', 'metadata store JSON file (created when missing)')
    .option('--policy <path>', 'promotion policy for the recorded decision (default: the built-in gate set)')
    .option('--trust-policy <path>', 'trust policy whose key anchors may seal the event chain (without it the chain is NON_AUTHORITATIVE and a capsule run goes to manual-review)')
    .option('--json', 'print the whole store as JSON')
    .addHelpText('after', '\nExit: 0 entry stored; 2 bad input or the store stayed locked by another writer.')
    .action(action(async (manifest: string, opts: MetadataStoreFlags) => {
      const { assessRun } = await import('../../promotion/assess.js');
      const { buildMetadataStoreEntry, appendToMetadataStore } = await import('../../promotion/metadata-store.js');
      const { decidePromotion } = await import('../../promotion/decide.js');
      const { evaluatePolicy } = await import('../../promotion/evaluate.js');
      const { loadPromotionPolicy, policyWarnings } = await import('../../promotion/policy.js');
      const { withRunInput } = await import('../run-input.js');
      const policy = loadPromotionPolicy(opts.policy);
      for (const w of policyWarnings(policy)) progress(`warning: ${w}`);
      const { store, runId, decision } = await withRunInput(manifest, async (input) => {
        const run = await assessRun(input.manifestPath, { trustPolicyPath: opts.trustPolicy });
        const { manifest: runManifest, manifestPath, createdAt } = run.record;
        const report = evaluatePolicy(runManifest, policy, { manifestPath, verificationStatus: run.verificationStatus, evidenceClass: run.evidenceClass });
        const decided = decidePromotion(runManifest, report, { createdAt });
        return { store: appendToMetadataStore(opts.store, buildMetadataStoreEntry(run.record, decided, report.evidence_class)), runId: runManifest.run_id, decision: decided.decision };
      });
      if (opts.json) printJson(store);
      else process.stdout.write(`${store.schema}: ${store.entry_count} entries in ${opts.store}; stored run ${runId} (${decision})\n`);
    }));
}
