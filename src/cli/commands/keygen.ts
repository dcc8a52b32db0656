import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { CapsuleError } from '../../errors.js';
import { shellWord } from '../../text/shell.js';
import { action, printJson } from '../io.js';

export function registerKeygen(program: Command): void {
  program
    .command('keygen')
    .description('Generate an Ed25519 signing key: unencrypted PKCS#8 PEM (mode 0600) and its SPKI public key beside it as <path>.pub; print the public key\'s sha256 and a trust policy that anchors it.')
    .option('--out <path>', 'private key file to write (refuses to overwrite)', 'capsule-signing-key.pem')
    .option('--trust-policy <file>', 'also write a trust policy anchoring the new key to this file (refuses to overwrite)')
    .option('--json', 'print {private_key, public_key, public_key_sha256, trust_policy} as JSON')
    .action(action(async (opts: { out: string; trustPolicy?: string; json?: boolean }) => {
      const { writeFileAtomic } = await import('../../fsio/atomic.js');
      const { writeGeneratedKey } = await import('../../keys/ed25519.js');
      for (const file of [opts.out, `${opts.out}.pub`, opts.trustPolicy]) {
        if (file !== undefined && existsSync(file)) throw new CapsuleError('key_exists', `${file}: already exists; keygen never overwrites (choose another --out or --trust-policy)`, { file });
      }
      const key = writeGeneratedKey(opts.out);
      const trustPolicy = { schema: 'agilab.proof_capsule_trust_policy.v1', allowed_public_key_sha256: [key.publicKeySha256] };
      if (opts.trustPolicy) writeFileAtomic(opts.trustPolicy, `${JSON.stringify(trustPolicy, null, 2)}\n`);
      if (opts.json) {
        printJson({ private_key: opts.out, public_key: `${opts.out}.pub`, public_key_sha256: key.publicKeySha256, trust_policy: trustPolicy });
        return;
      }
      process.stdout.write([
        `Private key:        ${opts.out} (mode 0600; keep it secret, e.g. as a CI secret)`,
        `Public key:         ${opts.out}.pub`,
        `Public key sha256:  ${key.publicKeySha256}`,
        '',
        opts.trustPolicy ? `Trust policy:       ${opts.trustPolicy} (anchors this key; give it to whoever verifies):` : 'A trust policy that anchors this key (save it as trust-policy.json and give it to whoever verifies):',
        JSON.stringify(trustPolicy, null, 2),
        '',
        `Next: capsule run BUNDLE --key ${shellWord(opts.out)} --trust-policy ${shellWord(opts.trustPolicy ?? 'trust-policy.json')}`,
        '',
      ].join('\n'));
    }));
}
