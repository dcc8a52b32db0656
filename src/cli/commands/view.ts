import type { Command } from 'commander';
import { action, collect, EXIT, printJson, progress } from '../io.js';
import { addBaselineOptions, type BaselineFlags } from '../baseline-options.js';

interface ViewFlags extends BaselineFlags {
  output?: string;
  signature?: string;
  trustPolicy?: string;
  publicKey: string[];
  json?: boolean;
}

export function registerView(program: Command): void {
  addBaselineOptions(program
    .command('view')
    .description('Verify a capsule (or run folder) and write one self-contained, offline HTML page a reviewer can read without tools: decision, every check, run facts, gates, outputs, stage timeline, event chain, logs, and the commands to verify and replay.')
    .argument('<target>', '.agipack file, run manifest, or run / pack directory')
    .option('--output <file>', 'where to write the page (default: <target>.html beside the target)')
    .option('--signature <path>', 'detached signature (default: <capsule>.sig.json when it exists)')
    .option('--trust-policy <path>', 'trust policy to verify the signature against')
    .option('--public-key <pem>', 'an Ed25519 public key (SPKI PEM) trusted to sign the capsule (repeatable)', collect, [])
    .option('--json', 'print the view model (proofcapsule.view.v1) instead of writing HTML'))
    .addHelpText('after', '\nA capsule that fails verification is still shown, under a banner naming the failed checks.\nExit: 0 page written and verified; 1 page written but verification failed; 2 bad input.')
    .action(action(async (target: string, opts: ViewFlags) => {
      const { writeFileAtomic } = await import('../../fsio/atomic.js');
      const { buildViewModel } = await import('../../view/model.js');
      const { renderViewPage } = await import('../../view/render.js');
      const { loadBaseline } = await import('../../diff/baseline.js');
      const { viewBaseline } = await import('../../diff/view-baseline.js');
      // A baseline is verified first: one that does not verify is refused (exit 2), never shown as one.
      const baseline = opts.baseline === undefined ? undefined : await loadBaseline(opts.baseline, opts.baselineTrustPolicy ?? opts.trustPolicy);
      const model = await buildViewModel(target, { signaturePath: opts.signature, trustPolicyPath: opts.trustPolicy, publicKeyPaths: opts.publicKey });
      if (baseline) {
        const verified = model.verification.status === 'pass';
        model.baseline = await viewBaseline(baseline, target, verified, { trustPolicyPath: opts.trustPolicy, signaturePath: opts.signature });
      }
      if (opts.json) printJson(model);
      else {
        const output = opts.output ?? `${target.replace(/[\\/]+$/, '')}.html`;
        writeFileAtomic(output, renderViewPage(model));
        process.stdout.write(`${output}\n`);
      }
      if (model.verification.status === 'pass') return EXIT.ok;
      progress(`${target}: FAILED verification: ${model.verification.failed.join(', ')}`);
      return EXIT.failed;
    }));
}
