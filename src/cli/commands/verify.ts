import type { Command } from 'commander';
import type { VerificationReport } from '../../verify/report.js';
import { action, EXIT, printJson, progress } from '../io.js';

interface VerifyFlags {
  signature?: string;
  trustPolicy?: string;
  requireSignature?: boolean;
  strict?: boolean;
  json?: boolean;
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description('Verify a .agipack capsule (every named check listed in docs/verification.md), or a run folder: a run_manifest.json, an unpacked capsule\'s run_manifest.snapshot.json, or a pack dir.')
    .argument('<target>', '.agipack file, run manifest, or pack/run directory')
    .option('--signature <path>', 'detached signature (default: <capsule>.sig.json when it exists)')
    .option('--trust-policy <path>', 'trust policy (JSON or TOML, agilab.proof_capsule_trust_policy.v1); implies a signature is required')
    .option('--require-signature', 'fail when the capsule has no signature')
    .option('--strict', 'also fail on advisory findings (a trust policy anchoring only self-declared signer/issuer names)')
    .option('--json', 'print the verification report (agilab.proof_capsule_verification.v1)')
    .addHelpText('after', '\nExit: 0 every listed check passed; 1 a check failed (with or without --strict: a tampered capsule never exits 0); 2 unreadable input or bad usage.\n--strict differs only in turning warnings into failing checks, e.g. capsule_trust_policy_has_key_anchor.')
    .action(action(async (target: string, opts: VerifyFlags) => {
      const { isCapsuleTarget, verifyRunFolder } = await import('../../verify/run-folder.js');
      const { verifyCapsule } = await import('../../verify/capsule.js');
      const report = isCapsuleTarget(target)
        ? await verifyCapsule(target, { signaturePath: opts.signature, trustPolicyPath: opts.trustPolicy, requireSignature: opts.requireSignature, strict: opts.strict })
        : await verifyRunFolder(target);
      render(report, opts.json ?? false);
      return report.status === 'pass' ? EXIT.ok : EXIT.failed;
    }));
}

/** A directory or a .json file is a run folder / manifest; anything else is read as an archive. */
function render(report: VerificationReport, json: boolean): void {
  if (json) printJson(report);
  else {
    for (const c of report.checks) process.stdout.write(`${c.status === 'pass' ? 'PASS' : 'FAIL'}  ${c.id}: ${c.summary}\n`);
    process.stdout.write(`${report.status.toUpperCase()} ${report.capsule.path}${report.evidence_class ? ` (${report.evidence_class})` : ''}\n`);
  }
  for (const w of report.warnings) progress(`warning: ${w}`);
}
