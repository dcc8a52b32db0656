import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { CapsuleError } from '../../errors.js';
import type { VerificationReport } from '../../verify/report.js';
import { isCapsuleTarget } from '../../verify/target.js';
import { terminalField } from '../../text/terminal.js';
import { dropEarlyWorker } from '../early-worker.js';
import { action, collect, EXIT, printJson, progress } from '../io.js';

interface VerifyFlags {
  signature?: string;
  trustPolicy?: string;
  publicKey: string[];
  requireSignature?: boolean;
  strict?: boolean;
  json?: boolean;
  /** commander's name for --no-artifacts */
  artifacts?: boolean;
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description('Verify a .agipack capsule (every named check listed in docs/verification.md), or a run folder: a run_manifest.json, an unpacked capsule\'s run_manifest.snapshot.json, or a pack dir.')
    .argument('<target>', '.agipack file, run manifest, or pack/run directory')
    .option('--signature <path>', 'detached signature (default: <capsule>.sig.json when it exists; a named one that cannot be read fails)')
    .option('--trust-policy <path>', 'trust policy (JSON or TOML, agilab.proof_capsule_trust_policy.v1); implies a signature is required')
    .option('--public-key <pem>', 'an Ed25519 public key (SPKI PEM) trusted to sign the capsule, without a policy file (repeatable); implies a signature is required', collect, [])
    .option('--require-signature', 'fail unless the capsule\'s origin is proven: a signature that verifies under --trust-policy or --public-key')
    .option('--no-artifacts', 'run manifest / run folder: skip the artifact existence checks (a capsule is verified whole)')
    .option('--strict', 'also fail on advisory findings (a trust policy anchoring only self-declared signer/issuer names)')
    .option('--json', 'print the verification report (agilab.proof_capsule_verification.v1)')
    .addHelpText('after', '\nExit: 0 every listed check passed; 1 a check failed (with or without --strict: a tampered capsule never exits 0); 2 unreadable input or bad usage.\n--strict differs only in turning warnings into failing checks, e.g. capsule_trust_policy_has_key_anchor.\nWithout --trust-policy or --public-key a pass proves integrity only: the report says NON_AUTHORITATIVE and "origin not verified".')
    .action(action(async (target: string, opts: VerifyFlags) => {
      try {
        return await verifyTarget(target, opts);
      } finally {
        // The worker the CLI's entry may have started for this verify, if no pass took it.
        await dropEarlyWorker();
      }
    }));
}

async function verifyTarget(target: string, opts: VerifyFlags): Promise<number> {
  // Nothing to check is bad input (2), not a failed check (1).
  if (!existsSync(target)) throw new CapsuleError('target_missing', `${target}: no such capsule, run folder or manifest`, { file: target });
  const capsule = isCapsuleTarget(target);
  if (!capsule && (opts.signature || opts.trustPolicy || opts.publicKey?.length || opts.requireSignature)) {
    const flags = '--signature, --trust-policy, --public-key and --require-signature need a .agipack';
    throw new CapsuleError('verify_signature_needs_capsule', `${target}: ${flags}; a run manifest or folder is not signed (pack it with capsule prove --export)`, { file: target });
  }
  // Only the one verifier's code is loaded.
  const report = capsule
    ? await (await import('../../verify/capsule.js')).verifyCapsule(target, { signaturePath: opts.signature, trustPolicyPath: opts.trustPolicy, publicKeyPaths: opts.publicKey, requireSignature: opts.requireSignature, strict: opts.strict })
    : await (await import('../../verify/run-folder.js')).verifyRunFolder(target, { skipArtifacts: opts.artifacts === false });
  render(report, opts.json ?? false);
  return report.status === 'pass' ? EXIT.ok : EXIT.failed;
}

/**
 * The human report: a line per check, then one verdict line. A failed report's verdict names
 * the failed checks (the origin summary would speak of integrity the checks just disproved).
 * The checks skipped because one they need failed are one warning, not one line each.
 */
function render(report: VerificationReport, json: boolean): void {
  if (json) printJson(report);
  else {
    // One write: a line each was a write (and, on a pipe, a syscall) each.
    // A summary quotes what the capsule holds: on a terminal it stays one line and draws nothing.
    const lines = report.checks.map((c) => `${c.status === 'pass' ? 'PASS' : 'FAIL'}  ${c.id}: ${terminalField(c.summary)}\n`);
    lines.push(`${report.status.toUpperCase()} ${terminalField(report.capsule.path)}${report.evidence_class ? ` (${report.evidence_class})` : ''}: ${verdict(report)}\n`);
    process.stdout.write(lines.join(''));
  }
  for (const w of humanWarnings(report)) progress(`warning: ${w}`);
}

function verdict(report: VerificationReport): string {
  const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
  if (report.status === 'pass' || failed.length === 0) return report.origin.summary;
  return `${failed.length} check${failed.length === 1 ? '' : 's'} failed: ${failed.join(', ')}`;
}

const NOT_RUN = /^([a-z0-9_]+) not run: [a-z0-9_]+ (?:failed|was not run)$/;

function humanWarnings(report: VerificationReport): string[] {
  const skipped = report.warnings.flatMap((w) => NOT_RUN.exec(w)?.[1] ?? []);
  // On a failed report the origin summary ("... integrity only") is what the verdict replaced.
  const rest = report.warnings.filter((w) => !NOT_RUN.test(w) && (report.status === 'pass' || w !== report.origin.summary));
  if (skipped.length === 0) return rest;
  const they = skipped.length === 1 ? 'it needs' : 'they need';
  return [`${skipped.length} check${skipped.length === 1 ? '' : 's'} not run, as a check ${they} failed: ${skipped.join(', ')}`, ...rest];
}
