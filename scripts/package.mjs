// Bundles the Action and the CLI with ncc into dist/ (committed; .ci/run checks it equals a fresh build).
import { execFileSync } from 'node:child_process';
import { rmSync, renameSync, mkdirSync, readdirSync, chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// `--out DIR` builds a private copy (for trying the CLI while dist/ is left alone).
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
if (outDir === 'dist') execFileSync(process.execPath, ['scripts/gen-schema-catalog.mjs'], { stdio: 'inherit' });
const entries = [
  ['src/action/main.ts', 'index.js'],
  ['src/cli/main.ts', 'cli.js'],
  ['src/action/verify-main.ts', 'verify.js'],
];
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const [src, out] of entries) {
  const tmp = join('build', 'ncc', outDir.replace(/[\\/]/g, '_'), out);
  rmSync(tmp, { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', src, '-o', tmp, '--quiet', '--license', 'licenses.txt', '--target', 'es2022'], { stdio: 'inherit' });
  for (const f of readdirSync(tmp)) {
    const name = f === 'index.js' ? out : f === 'licenses.txt' ? `${out.replace(/\.js$/, '')}.licenses.txt` : f;
    renameSync(join(tmp, f), join(outDir, name));
  }
}
const cli = join(outDir, 'cli.js');
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
