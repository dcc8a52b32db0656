import type { Command } from 'commander';
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { CapsuleError, describeFsError } from '../../errors.js';
import { OPEN_TO_READ } from '../../fsio/read.js';
import { SIG_LOCAL } from '../../zip/format.js';
import { action, printJson, progress } from '../io.js';

export function registerSign(program: Command): void {
  program
    .command('sign')
    .description('Write a detached Ed25519 signature <capsule>.sig.json (agilab.proof_capsule_signature.v1) over the capsule\'s sha256.')
    .argument('<capsule>', 'the .agipack to sign')
    .requiredOption('--key <path>', 'Ed25519 private key (PKCS#8 PEM, mode 0600)')
    .option('--generate-key', 'create the key at --key first if it does not exist')
    .option('--force-key', 'with --generate-key, replace an existing key at --key with a new one')
    .option('--signature <path>', 'where to write the signature (default: <capsule>.sig.json)')
    .option('--signer <name>', 'signer label (self-declared: it labels, it does not authenticate)')
    .option('--issuer <name>', 'issuer label (self-declared)')
    .option('--force', 'replace an existing signature file (without it, sign refuses to)')
    .option('--json', 'print the signature document, with status, capsule_path and signature_path')
    .addHelpText('after', '\nExit: 0 signed; 2 bad input (a capsule that does not verify is not signed, as in AGILAB).')
    .action(action(async (capsule: string, opts: { key: string; generateKey?: boolean; forceKey?: boolean; signature?: string; signer?: string; issuer?: string; force?: boolean; json?: boolean }) => {
      assertZipFile(capsule);
      const { signCapsule } = await import('../../sign/sign.js');
      const { loadSigningKey, writeGeneratedKey, keyFileTooOpen } = await import('../../keys/ed25519.js');
      const { verifyCapsule } = await import('../../verify/capsule.js');
      const target = opts.signature ?? `${capsule}.sig.json`;
      // A signature is evidence too: replacing it silently would lose who signed first.
      if (existsSync(target) && !opts.force) {
        throw new CapsuleError('signature_exists', `${target}: already exists; sign never replaces a signature unless told to (pass --force, or --signature for a new file)`, { file: target });
      }
      // A signature vouches for a capsule: one that does not verify is not signed (an old
      // signature beside it that no longer matches is what --force replaces, so it does not count).
      const report = await verifyCapsule(capsule);
      const failed = report.checks.filter((c) => c.status === 'fail' && !c.id.startsWith('capsule_signature_')).map((c) => `${c.id}: ${c.summary}`);
      if (failed.length > 0) {
        throw new CapsuleError('capsule_not_verified', `${capsule}: does not verify, so it is not signed:\n  ${failed.join('\n  ')}`, { file: capsule });
      }
      if (opts.generateKey && (opts.forceKey || !existsSync(opts.key))) {
        writeGeneratedKey(opts.key);
        progress(`generated ${opts.key} (0600) and ${opts.key}.pub${opts.forceKey ? ' (--force-key: any earlier key there is replaced)' : ''}`);
      }
      if (keyFileTooOpen(opts.key)) progress(`warning: ${opts.key} is readable by group or others; it should be mode 0600`);
      const key = loadSigningKey(opts.key);
      const { path, document } = await signCapsule(capsule, key, { signaturePath: opts.signature, signer: opts.signer, issuer: opts.issuer, expectedSha256: report.capsule.sha256 ?? undefined });
      if (opts.json) printJson({ ...document, status: 'pass', capsule_path: resolve(capsule), signature_path: resolve(path) });
      else process.stdout.write(`${path}\n`);
      progress(`signed ${capsule} (sha256 ${document.subject.sha256}) with key ${key.publicKeySha256}`);
    }));
}

/** A signature vouches for a capsule: signing a folder, an empty file or a JSON file is a mistake. */
function assertZipFile(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, OPEN_TO_READ);
  } catch (err) {
    const why = describeFsError(err);
    throw new CapsuleError('file_unreadable', `${path}: cannot read the capsule: ${why}`, { file: path });
  }
  try {
    if (!fstatSync(fd).isFile()) {
      throw new CapsuleError('not_a_capsule', `${path}: is not a file; give the .agipack capsule`, { file: path });
    }
    const head = Buffer.alloc(4);
    if (readSync(fd, head, 0, 4, 0) < 4 || head.readUInt32LE(0) !== SIG_LOCAL) {
      const what = `${path}: is not a .agipack capsule (not a ZIP archive); sign the capsule a run wrote`;
      throw new CapsuleError('not_a_capsule', what, { file: path });
    }
  } finally {
    closeSync(fd);
  }
}
