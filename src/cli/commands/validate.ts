import type { Command } from 'commander';
import { CapsuleError } from '../../errors.js';
import type { BundleIssue } from '../../bundle/issues.js';
import { action, EXIT, printJson, progress } from '../io.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('Check a bundle (native proofcapsule.dev/v1 or agentplane v0.1): every problem at once, each as file:line:col pointer: message. Exit 0 valid, 2 invalid.')
    .argument('<bundle>', 'bundle.json, or the folder holding it')
    .option('--json', 'print {valid, file, format, issues} as JSON on stdout')
    .option('--repo-root <dir>', 'agentplane bundles: the repository root their paths (spec.smoke.script, vm.modulePath, artifacts.outDir) resolve from; default: the nearest folder above the bundle holding bundles/')
    .action(action(async (bundle: string, opts: { json?: boolean; repoRoot?: string }) => {
      const { validateBundle, formatIssue } = await import('../../bundle/validate.js');
      try {
        const vb = validateBundle(bundle, { repoRoot: opts.repoRoot });
        if (opts.json) printJson({ valid: true, file: vb.path, format: vb.format, sha256: vb.sha256, issues: [] });
        else progress(`${vb.path}: valid ${vb.format} bundle ${vb.bundle.metadata.name}@${vb.bundle.metadata.version}`);
        return EXIT.ok;
      } catch (err) {
        if (!(err instanceof CapsuleError) || err.code !== 'bundle_invalid') throw err;
        const issues = err.details.issues as BundleIssue[];
        if (opts.json) printJson({ valid: false, file: err.details.file, format: null, issues });
        else for (const issue of issues) process.stdout.write(`${formatIssue(issue)}\n`);
        return EXIT.badInput;
      }
    }));
}
