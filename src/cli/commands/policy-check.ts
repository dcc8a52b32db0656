import type { Command } from 'commander';
import type { PolicyReport } from '../../promotion/evaluate.js';
import { action, EXIT, printJson, progress } from '../io.js';
import { addBaselineOptions, type BaselineFlags } from '../baseline-options.js';

interface PolicyCheckFlags extends BaselineFlags {
  policy?: string;
  strict?: boolean;
  trustPolicy?: string;
  json?: boolean;
}

export function registerPolicyCheck(program: Command): void {
  addBaselineOptions(program
    .command('policy-check')
    .description('Evaluate a run manifest against a promotion policy (agilab.policy_report.v1): each selected gate passes, fails or is skipped.')
    .argument('<manifest>', 'run_manifest.json, a run folder, or a .agipack (verified, then read)')
    .option('--policy <path>', 'promotion policy, JSON or TOML (docs/policy.md); default: the built-in gate set')
    .option('--strict', 'exit 1 when any gate fails; a policy key nothing reads fails the rule policy_keys_known')
    .option('--trust-policy <path>', 'trust policy whose key anchors may seal the event chain (without it the chain is NON_AUTHORITATIVE and a capsule run goes to manual-review)')
    .option('--json', 'print the policy report as JSON'))
    .addHelpText('after', '\nExit: 0 report written (and, with --strict, every gate passed); 1 a gate failed under --strict; 2 bad input.')
    .action(action(async (manifest: string, opts: PolicyCheckFlags) => {
      const { assessWithBaseline } = await import('../../diff/assess-baseline.js');
      const { evaluatePolicy } = await import('../../promotion/evaluate.js');
      const { loadPromotionPolicy, policyWarnings } = await import('../../promotion/policy.js');
      const { withRunInput } = await import('../run-input.js');
      const policy = loadPromotionPolicy(opts.policy);
      for (const w of policyWarnings(policy)) progress(`warning: ${w}`);
      const report = await withRunInput(manifest, async (input) => {
        const run = await assessWithBaseline(input.manifestPath, {
          trustPolicyPath: opts.trustPolicy, baselinePath: opts.baseline, baselineTrustPolicyPath: opts.baselineTrustPolicy,
        });
        for (const w of run.warnings) progress(`warning: ${w}`);
        return evaluatePolicy(run.record.manifest, policy, {
          manifestPath: run.record.manifestPath,
          verificationStatus: run.verificationStatus,
          evidenceClass: run.evidenceClass,
          strict: opts.strict,
          baseline: run.baseline,
        });
      });
      if (opts.json) printJson(report);
      else process.stdout.write(renderPolicyReport(report));
      return opts.strict && report.status !== 'pass' ? EXIT.failed : EXIT.ok;
    }));
}

/** AGILAB's human summary: the schema and status, then one line per rule. */
function renderPolicyReport(report: PolicyReport): string {
  const lines = [
    `${report.schema}: ${report.status}`,
    `policy: ${report.policy_id} (${report.policy_source})`,
    `verification: ${report.verification_status}${report.evidence_class ? ` (${report.evidence_class})` : ''}`,
    ...(report.baseline ? [`baseline: ${report.baseline.name} (run ${report.baseline.run_id}, verified)`] : []),
    ...report.rules.map((r) => `- ${r.id}: ${r.status} - ${r.summary}`),
  ];
  return `${lines.join('\n')}\n`;
}
