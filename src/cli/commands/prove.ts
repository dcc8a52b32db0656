import type { Command } from 'commander';
import { CapsuleError } from '../../errors.js';
import { action, printJson, progress } from '../io.js';

export function registerProve(program: Command): void {
  program
    .command('prove')
    .description('Build the proof pack (AGILAB agilab.proof_pack.v1) from a run manifest, and/or export it as a deterministic .agipack (same manifest, same bytes; SOURCE_DATE_EPOCH overrides the run finish time).')
    .argument('<manifest>', 'run_manifest.json (AGILAB agilab.run_manifest v1, with or without the proof_capsule block)')
    .option('--output-dir <dir>', 'write the proof pack directory here')
    .option('--export <file>', 'write the .agipack archive here')
    .option('--policy <path>', 'promotion policy (JSON or TOML) for the policy report and decision')
    .option('--key <path>', 'Ed25519 private key to sign the DSSE provenance and decision statement (its chain seal counts as trusted)')
    .option('--trust-policy <file>', 'trust policy whose key anchors may seal the event chain (else only --key\'s seal is trusted)')
    .option('--json', 'print {pack_dir, capsule, sha256, limitations}')
    .action(action(async (manifest: string, opts: { outputDir?: string; export?: string; policy?: string; key?: string; trustPolicy?: string; json?: boolean }) => {
      const { proveManifest } = await import('../../pipeline/prove-manifest.js');
      const { loadSigningKey } = await import('../../keys/ed25519.js');
      const { loadTrustPolicy, trustedPublicKeys } = await import('../../trust/policy.js');
      if (!opts.outputDir && !opts.export) throw new CapsuleError('usage', 'prove: give --output-dir DIR or --export X.agipack (or both)');
      const result = await proveManifest(manifest, { outputDir: opts.outputDir, exportPath: opts.export, policyPath: opts.policy, key: opts.key ? loadSigningKey(opts.key) : undefined, trustedPublicKeySha256: opts.trustPolicy ? trustedPublicKeys(loadTrustPolicy(opts.trustPolicy)) : [] });
      for (const l of result.limitations) progress(`limitation: ${l}`);
      if (opts.json) printJson({ pack_dir: result.packDir ?? null, capsule: result.capsulePath ?? null, sha256: result.sha256, limitations: result.limitations });
      else {
        if (result.packDir) progress(`proof pack: ${result.packDir}`);
        if (result.capsulePath) progress(`capsule: ${result.capsulePath}`);
        process.stdout.write(`${result.sha256}\n`);
      }
    }));
}
