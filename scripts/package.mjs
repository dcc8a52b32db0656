// Bundles the Action, the verify Action and the CLI with ncc into dist/ (committed; .ci/run
// checks it equals a fresh build). `--out DIR` builds a private copy and leaves dist/ alone.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
if (outDir === 'dist') execFileSync(process.execPath, ['scripts/gen-schema-catalog.mjs'], { stdio: 'inherit' });

// [entry, folder under outDir, file name]. The verify and review-check Actions get their own
// folders so ncc's numbered chunks of the Action builds cannot overwrite each other.
const entries = [
  ['src/action/main.ts', '.', 'index.js'],
  ['src/action/verify-main.ts', 'verify', 'index.js'],
  ['src/action/review-check-main.ts', 'review-check', 'index.js'],
  ['src/cli/main.ts', '.', 'cli.js'],
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
const cli = join(outDir, 'cli.js');
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
