// Bundles the Action and the CLI with ncc into dist/ (committed; .ci/run checks it equals a fresh build).
import { execFileSync } from 'node:child_process';
import { rmSync, renameSync, mkdirSync, readdirSync, chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const entries = [
  ['src/action/main.ts', 'index.js'],
  ['src/cli/main.ts', 'cli.js'],
];
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
for (const [src, out] of entries) {
  const tmp = join('build', 'ncc', out);
  rmSync(tmp, { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', src, '-o', tmp, '--quiet', '--license', 'licenses.txt', '--target', 'es2022'], { stdio: 'inherit' });
  for (const f of readdirSync(tmp)) {
    const name = f === 'index.js' ? out : f === 'licenses.txt' ? `${out.replace(/\.js$/, '')}.licenses.txt` : f;
    renameSync(join(tmp, f), join('dist', name));
  }
}
const cli = join('dist', 'cli.js');
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
