import type { Command } from 'commander';
import { dirname, join, resolve } from 'node:path';
import { CapsuleError } from '../../errors.js';
import { action, printJson, progress } from '../io.js';

interface ProveFlags {
  outputDir?: string;
  export?: string;
  policy?: string;
  metadataStore?: string;
  key?: string;
  trustPolicy?: string;
  json?: boolean;
}

export function registerProve(program: Command): void {
  program
    .command('prove')
    .description('Build the proof pack (AGILAB agilab.proof_pack.v1) from a run manifest, and/or export it as a deterministic .agipack (same manifest, same bytes; SOURCE_DATE_EPOCH overrides the run finish time).')
    .argument('<manifest>', 'run_manifest.json (AGILAB agilab.run_manifest v1, with or without the proof_capsule block), or a run folder holding it')
    .option('--output-dir <dir>', 'write the proof pack directory here (default, without --export: agilab-proof-pack/ beside the manifest)')
    .option('--export <file>', 'write the .agipack archive here')
    .option('--policy <path>', 'promotion policy (JSON or TOML) for the policy report and decision')
    .option('--metadata-store <path>', "also add this run (the pack's metadata-store-entry.json) to a local metadata store")
    .option('--key <path>', 'Ed25519 private key to sign the DSSE provenance and decision statement (its chain seal counts as trusted)')
    .option('--trust-policy <file>', 'trust policy whose key anchors may seal the event chain (else only --key\'s seal is trusted)')
    .option('--json', 'print agipack-manifest.json plus capsule_path (with --export), else agilab_proof_pack.json plus proof_pack_path, as AGILAB does')
    .addHelpText('after', '\nExit: 0 written; 2 bad input (an existing .agipack is not a manifest: prove reads the run it came from).')
    .action(action(async (manifest: string, opts: ProveFlags) => {
      const { proveManifest } = await import('../../pipeline/prove-manifest.js');
      const { resolveRunManifestPath } = await import('../../verify/run-folder.js');
      if (manifest.toLowerCase().endsWith('.agipack')) throw new CapsuleError('usage', `${manifest}: prove expects a run_manifest.json or a run folder, not an existing .agipack`, { file: manifest });
      const manifestPath = resolveRunManifestPath(manifest);
      const outputDir = opts.outputDir ?? (opts.export ? undefined : join(dirname(resolve(manifestPath)), 'agilab-proof-pack'));
      const result = await proveManifest(manifestPath, {
        outputDir, exportPath: opts.export, policyPath: opts.policy, metadataStorePath: opts.metadataStore,
        key: opts.key ? (await import('../../keys/ed25519.js')).loadSigningKey(opts.key) : undefined,
        // The trust-policy reader (and its TOML parser) is loaded only when a policy is given.
        trustedPublicKeySha256: opts.trustPolicy ? (await import('../../trust/policy.js')).trustedKeysIn(opts.trustPolicy) : [],
      });
      for (const l of result.limitations) progress(`limitation: ${l}`);
      if (opts.json) {
        const paths = { ...(result.capsulePath ? { capsule_path: resolve(result.capsulePath) } : {}), ...(result.packDir ? { proof_pack_path: resolve(result.packDir, 'agilab_proof_pack.json') } : {}) };
        printJson({ ...(result.capsuleManifest ?? result.index), ...paths, sha256: result.sha256 });
      } else {
        if (result.packDir) progress(`proof pack: ${result.packDir}`);
        if (result.capsulePath) progress(`capsule: ${result.capsulePath}`);
        process.stdout.write(`${result.sha256}\n`);
      }
    }));
}
