import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pae, verifyDsseEnvelope, type DsseEnvelope } from '../../src/exports/dsse.js';
import { buildProvenance } from '../../src/exports/provenance.js';
import { generateSigningKey, type SigningKey } from '../../src/keys/ed25519.js';
import { fixtureRecord, jsonOf } from './fixture-record.js';

const SUBJECTS = [{ name: 'artifacts/model.bin', sha256: '5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef' }];

function signedEnvelope(key: SigningKey): DsseEnvelope {
  const [envelope] = buildProvenance(fixtureRecord('capsule'), SUBJECTS, key);
  return jsonOf(envelope!.content) as unknown as DsseEnvelope;
}

const trusted = (key: SigningKey) => [{ keyid: key.publicKeySha256, publicKeyPem: key.publicKeyPem }];

function opensslVerify(key: SigningKey, envelope: DsseEnvelope): { status: number | null; out: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'exports-dsse-'));
  writeFileSync(path.join(dir, 'key.pub.pem'), key.publicKeyPem);
  writeFileSync(path.join(dir, 'sig.bin'), Buffer.from(envelope.signatures[0]!.sig, 'base64'));
  writeFileSync(path.join(dir, 'pae.bin'), pae(envelope.payloadType, Buffer.from(envelope.payload, 'base64')));
  const r = spawnSync('openssl', ['pkeyutl', '-verify', '-rawin', '-pubin', '-inkey', 'key.pub.pem', '-sigfile', 'sig.bin', '-in', 'pae.bin'], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('DSSE', () => {
  it('PAE matches the DSSE spec test vector', () => {
    expect(pae('http://example.com/HelloWorld', Buffer.from('hello world')).toString()).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world');
  });

  it('PAE lengths are byte lengths, not character counts', () => {
    expect(pae('t', Buffer.from('é', 'utf8')).toString('utf8')).toBe('DSSEv1 1 t 2 é');
  });

  it('a signed envelope verifies with ours and returns the in-toto statement', () => {
    const { key } = generateSigningKey();
    const envelope = signedEnvelope(key);
    expect(envelope.payloadType).toBe('application/vnd.in-toto+json');
    expect(envelope.signatures).toEqual([{ keyid: key.publicKeySha256, sig: expect.any(String) }]);
    const result = verifyDsseEnvelope(envelope, trusted(key));
    expect(result).toMatchObject({ ok: true, status: 'verified', keyid: key.publicKeySha256 });
    expect(result.statement).toMatchObject({ _type: 'https://in-toto.io/Statement/v1', predicateType: 'https://slsa.dev/provenance/v1' });
  });

  it('OpenSSL verifies our signature over the PAE bytes, and rejects it over altered bytes', () => {
    const { key } = generateSigningKey();
    const envelope = signedEnvelope(key);
    const ok = opensslVerify(key, envelope);
    expect(ok.out).toContain('Signature Verified Successfully');
    expect(ok.status).toBe(0);
    const payload = Buffer.from(envelope.payload, 'base64');
    payload[payload.length - 2] ^= 1;
    expect(opensslVerify(key, { ...envelope, payload: payload.toString('base64') }).status).not.toBe(0);
  });

  it('a tampered payload fails', () => {
    const { key } = generateSigningKey();
    const envelope = signedEnvelope(key);
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    statement.subject[0].digest.sha256 = '0'.repeat(64);
    const tampered = { ...envelope, payload: Buffer.from(JSON.stringify(statement)).toString('base64') };
    expect(verifyDsseEnvelope(tampered, trusted(key))).toMatchObject({ ok: false, status: 'invalid' });
  });

  it('a changed payloadType fails (it is signed too)', () => {
    const { key } = generateSigningKey();
    const envelope = signedEnvelope(key);
    expect(verifyDsseEnvelope({ ...envelope, payloadType: 'application/json' }, trusted(key)).ok).toBe(false);
  });

  it('another key is untrusted; a trusted key id with a bad signature is invalid', () => {
    const { key } = generateSigningKey();
    const { key: other } = generateSigningKey();
    const envelope = signedEnvelope(key);
    expect(verifyDsseEnvelope(envelope, trusted(other))).toMatchObject({ ok: false, status: 'untrusted' });
    expect(verifyDsseEnvelope(envelope, undefined)).toMatchObject({ ok: false, status: 'untrusted' });
    const forged = [{ keyid: key.publicKeySha256, publicKeyPem: other.publicKeyPem }];
    expect(verifyDsseEnvelope(envelope, forged)).toMatchObject({ ok: false, status: 'invalid' });
  });

  it('without a key: signatures [] and no PEM; verification reports unsigned but still reads the statement', () => {
    const files = buildProvenance(fixtureRecord('capsule'), SUBJECTS);
    expect(files.map((f) => f.path)).toEqual(['provenance/provenance.intoto.dsse.json']);
    const envelope = jsonOf(files[0]!.content);
    expect(envelope.signatures).toEqual([]);
    const result = verifyDsseEnvelope(envelope, undefined);
    expect(result).toMatchObject({ ok: false, status: 'unsigned' });
    expect(result.statement).toBeDefined();
  });

  it('malformed envelopes are rejected by name: extra field, non-canonical base64, duplicate keys in the payload', () => {
    const { key } = generateSigningKey();
    const envelope = signedEnvelope(key);
    expect(verifyDsseEnvelope({ ...envelope, note: 'x' }, trusted(key)).message).toContain('malformed');
    expect(verifyDsseEnvelope({ ...envelope, payload: `${envelope.payload.slice(0, -4)}` + '====' }, trusted(key)).ok).toBe(false);
    expect(verifyDsseEnvelope({ ...envelope, payload: 'QR==' }, trusted(key)).message).toContain('not canonical');
    expect(verifyDsseEnvelope('not an envelope', trusted(key)).status).toBe('invalid');
    const dup = Buffer.from('{"_type":"https://in-toto.io/Statement/v1","_type":"x"}');
    const signed = { payloadType: envelope.payloadType, payload: dup.toString('base64'), signatures: [{ keyid: key.publicKeySha256, sig: key.sign(pae(envelope.payloadType, dup)).toString('base64') }] };
    const result = verifyDsseEnvelope(signed, trusted(key));
    expect(result).toMatchObject({ ok: false, status: 'invalid' });
    expect(result.message).toContain('duplicate key');
  });
});
