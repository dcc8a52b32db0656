import type { Command } from 'commander';
import { dirname, join, relative, resolve } from 'node:path';
import { action, EXIT, printJson, progress } from '../io.js';
import { addBaselineOptions, type BaselineFlags } from '../baseline-options.js';

interface DossierFlags extends BaselineFlags {
  policy?: string;
  outputDir?: string;
  strict?: boolean;
  trustPolicy?: string;
  json?: boolean;
}

export function registerPromotionDossier(program: Command): void {
  addBaselineOptions(program
    .command('promotion-dossier')
    .description('Decide promote | block | manual-review for a run and write the promotion dossier: decision, policy results, lineage, MLflow export, run story, evidence manifest, replay.sh, and the decision as a SLSA VSA.')
    .argument('<manifest>', 'run_manifest.json, a run folder, or a .agipack (verified, then read)')
    .option('--policy <path>', 'promotion policy, JSON or TOML (docs/policy.md); default: the built-in gate set')
    .option('--output-dir <dir>', 'folder for the dossier files (default: promotion_dossier/ beside the manifest, or beside the .agipack)')
    .option('--strict', 'exit non-zero unless the decision is promote (1 block, 3 manual-review); a policy key nothing reads blocks (rule policy_keys_known)')
    .option('--trust-policy <path>', 'trust policy whose key anchors may seal the event chain (without it the chain is NON_AUTHORITATIVE and a capsule run goes to manual-review)')
    .option('--json', 'print the dossier summary (agilab.promotion_dossier.v1) as JSON'))
    .addHelpText('after', '\nExit: 0 dossier written (and, with --strict, promote); with --strict 1 block, 3 manual-review; 2 bad input.')
    .action(action(async (manifest: string, opts: DossierFlags) => {
      const { assessWithBaseline } = await import('../../diff/assess-baseline.js');
      const { buildPromotionFiles, PROMOTION_DIR } = await import('../../promotion/files.js');
      const { loadPromotionPolicy, policyWarnings } = await import('../../promotion/policy.js');
      const { writeGeneratedFiles } = await import('../../promotion/write-files.js');
      const { buildStandardExports } = await import('../../exports/standard.js');
      const { readerInside } = await import('../../exports/mlflow.js');
      const { withRunInput } = await import('../run-input.js');
      const policy = loadPromotionPolicy(opts.policy);
      for (const w of policyWarnings(policy)) progress(`warning: ${w}`);
      return withRunInput(manifest, async (input) => {
        const run = await assessWithBaseline(input.manifestPath, {
          trustPolicyPath: opts.trustPolicy, baselinePath: opts.baseline, baselineTrustPolicyPath: opts.baselineTrustPolicy,
        });
        for (const w of run.warnings) progress(`warning: ${w}`);
        const outputDir = resolve(opts.outputDir ?? join(input.beside, 'promotion_dossier'));
        const runDir = dirname(resolve(run.record.manifestPath));
        const { files, decision } = buildPromotionFiles(run.record, undefined, {
          policy,
          strict: opts.strict,
          verificationStatus: run.verificationStatus,
          evidenceClass: run.evidenceClass,
          // From a capsule the run folder is a temp copy: replay.sh then needs --run-dir.
          replayRunDir: input.capsule ? '.' : relative(outputDir, runDir) || '.',
          baseline: run.baseline,
        });
        const lineage = buildStandardExports(run.record, { readFile: readerInside(runDir) });
        // AGILAB's layout: the dossier files sit flat in the output folder.
        const dossier = [...files, ...lineage].filter((f) => f.path.startsWith(`${PROMOTION_DIR}/`)).map((f) => ({ ...f, path: f.path.slice(PROMOTION_DIR.length + 1) }));
        const written = writeGeneratedFiles(outputDir, dossier);
        const summary = {
          schema: 'agilab.promotion_dossier.v1',
          status: decision.status,
          decision: decision.decision,
          reason: decision.reason,
          manifest_path: resolve(input.capsule ?? run.record.manifestPath),
          output_dir: outputDir,
          paths: Object.fromEntries(dossier.map((f, i) => [f.path, written[i]]).sort(([a], [b]) => (a! < b! ? -1 : 1))),
          blockers: decision.blockers,
          next_action: decision.next_action,
        };
        if (opts.json) printJson(summary);
        else process.stdout.write(`promotion dossier: ${decision.decision} (${decision.reason})\noutput_dir: ${outputDir}\nnext action: ${decision.next_action}\n`);
        if (run.verification.status !== 'pass') progress(`note: verifying the run folder failed: ${run.verification.checks.find((c) => c.status === 'fail')?.summary ?? ''}`);
        if (input.capsule) progress(`note: replay.sh reads the run from an unpacked capsule: pass --run-dir DIR (unpack ${input.capsule} there)`);
        if (!opts.strict || decision.decision === 'promote') return EXIT.ok;
        return decision.decision === 'block' ? EXIT.failed : EXIT.manualReview;
      });
    }));
}
