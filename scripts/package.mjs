// Bundles the Action, the verify Action and the CLI with ncc into dist/ (committed; .ci/run
// checks it equals a fresh build). `--out DIR` builds a private copy and leaves dist/ alone.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
if (outDir === 'dist') execFileSync(process.execPath, ['scripts/gen-schema-catalog.mjs'], { stdio: 'inherit' });

// [entry, folder under outDir, file name]. The verify and review-check Actions and the CLI get
// their own folders so ncc's numbered chunks of one build cannot overwrite another's. The CLI
// loads each command's code on demand (dynamic imports, one chunk each), so `capsule --help`
// reads commander and the command list, not the whole tool.
const entries = [
  ['src/action/main.ts', '.', 'index.js'],
  ['src/action/verify-main.ts', 'verify', 'index.js'],
  ['src/action/review-check-main.ts', 'review-check', 'index.js'],
  // The CLI's entry is small (src/cli/entry.ts): it loads src/cli/main.ts as a chunk.
  ['src/cli/entry.ts', 'cli', 'index.js'],
  // The chain verifier's worker thread, found beside the CLI's chunks (src/chain/parallel.ts).
  ['src/chain/verify-worker.ts', 'cli', 'chain-worker.js'],
];
rmSync(outDir, { recursive: true, force: true });
for (const [src, folder, name] of entries) {
  const tmp = join('build', 'ncc', outDir.replace(/[\\/]/g, '_'), name.replace(/\.js$/, ''), folder);
  const target = join(outDir, folder);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', src, '-o', tmp, '--quiet', '--license', 'licenses.txt', '--target', 'es2022'], { stdio: 'inherit' });
  for (const f of readdirSync(tmp)) {
    const finalName = f === 'index.js' ? name : f === 'licenses.txt' ? `${name.replace(/\.js$/, '')}.licenses.txt` : f;
    const dest = join(target, finalName);
    if (existsSync(dest) && !readFileSync(dest).equals(readFileSync(join(tmp, f)))) {
      console.error(`package: ${dest} would be overwritten by a different ${f} from ${src}; give that entry its own folder`);
      process.exit(1);
    }
    renameSync(join(tmp, f), dest);
  }
}
// dist/cli.js, the package's bin, starts the CLI build in dist/cli/ (its chunks sit beside it).
const cli = join(outDir, 'cli.js');
writeFileSync(cli, "#!/usr/bin/env node\nimport './cli/index.js';\n");
chmodSync(cli, 0o755);
