import type { Command } from 'commander';
import { CapsuleError } from '../../errors.js';
import { existsSync } from 'node:fs';
import { writeGeneratedKey } from '../../keys/ed25519.js';
import { action, printJson, progress } from '../io.js';

export function registerKeygen(program: Command): void {
  program
    .command('keygen')
    .description('Generate an Ed25519 signing key: unencrypted PKCS#8 PEM (mode 0600) and its SPKI public key beside it as <path>.pub.')
    .option('--out <path>', 'private key file to write (refuses to overwrite)', 'capsule-signing-key.pem')
    .option('--json', 'print {private_key, public_key, public_key_sha256} as JSON')
    .action(action((opts: { out: string; json?: boolean }) => {
      if (existsSync(opts.out)) throw new CapsuleError('key_exists', `${opts.out}: already exists; refusing to overwrite a key`, { file: opts.out });
      const key = writeGeneratedKey(opts.out);
      if (opts.json) printJson({ private_key: opts.out, public_key: `${opts.out}.pub`, public_key_sha256: key.publicKeySha256 });
      else {
        progress(`wrote ${opts.out} (0600) and ${opts.out}.pub`);
        process.stdout.write(`${key.publicKeySha256}\n`);
      }
    }));
}
