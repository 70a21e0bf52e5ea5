/**
 * CRX3 as Chromium defines it (components/crx_file/crx3.proto, crx_verifier.cc), read here independently of
 * the tool's own reader: magic "Cr24", format version 3, a CrxFileHeader whose RSA proof carries the public key
 * and a signature that verifies over "CRX3 SignedData\0" · size · signed_header_data · archive, and a crx_id =
 * the first 16 bytes of SHA-256 of the public key, written a–p as the extension id.
 */
import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCrx3, extensionIdOf, verifyCrx3 } from './crx3';
import { writeZip } from './deterministic-zip';
import { bytesField } from './protobuf';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const archive = writeZip([{ path: 'manifest.json', data: Buffer.from('{"manifest_version":3,"name":"t","version":"1.0"}') }]);
const { crx, extensionId } = buildCrx3(archive, privateKey);

/** Length-delimited fields of a protobuf message (the only wire type a CRX3 header uses), by field number. */
function decode(buf: Buffer): Map<number, Buffer[]> {
  const out = new Map<number, Buffer[]>();
  let at = 0;
  const varint = () => {
    let v = 0;
    for (let shift = 1; ; shift *= 128) {
      const b = buf[at++]!;
      v += (b & 127) * shift;
      if (b < 128) return v;
    }
  };
  while (at < buf.length) {
    const key = varint();
    expect(key & 7, 'wire type 2').toBe(2);
    const length = varint();
    out.set(key >>> 3, [...(out.get(key >>> 3) ?? []), buf.subarray(at, at + length)]);
    at += length;
  }
  return out;
}

describe('CRX3 file', () => {
  const headerSize = crx.readUInt32LE(8);
  const header = decode(crx.subarray(12, 12 + headerSize));
  const proof = decode(header.get(2)![0]!);
  const publicKey = proof.get(1)![0]!;
  const signature = proof.get(2)![0]!;
  const signedHeaderData = header.get(10000)![0]!;
  const body = crx.subarray(12 + headerSize);

  it('starts with the magic Cr24 and format version 3, then the header size', () => {
    expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    expect(12 + headerSize).toBeLessThan(crx.length);
    expect(body.equals(archive)).toBe(true);
  });

  it('has one RSA proof with the DER public key of the signing key, and no ECDSA proof', () => {
    expect(header.get(2)).toHaveLength(1);
    expect(header.has(3)).toBe(false);
    expect(publicKey.equals(createPublicKey(privateKey).export({ type: 'spki', format: 'der' }))).toBe(true);
  });

  it('is signed with SHA-256 RSA over "CRX3 SignedData\\0", the size and bytes of signed_header_data, and the archive', () => {
    const size = Buffer.alloc(4);
    size.writeUInt32LE(signedHeaderData.length);
    const signed = Buffer.concat([Buffer.from('CRX3 SignedData\0', 'latin1'), size, signedHeaderData, body]);
    const key = createPublicKey({ key: publicKey, format: 'der', type: 'spki' });
    expect(verify('sha256', signed, key, signature)).toBe(true);
    const tampered = Buffer.from(signed);
    tampered[tampered.length - 1]! ^= 1;
    expect(verify('sha256', tampered, key, signature)).toBe(false);
  });

  it('names crx_id = the first 16 bytes of SHA-256 of the public key, and the extension id spells it in a–p', () => {
    const crxId = decode(signedHeaderData).get(1)![0]!;
    expect(crxId.equals(createHash('sha256').update(publicKey).digest().subarray(0, 16))).toBe(true);
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    expect(extensionId).toBe([...crxId.toString('hex')].map((c) => 'abcdefghijklmnop'[parseInt(c, 16)]).join(''));
    expect(extensionIdOf(Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex'))).toBe('aaabacadaeafagahaiajakalamanaoap');
  });

  it('verifies with the tool’s own reader, which refuses a changed archive, another format or a foreign id', () => {
    expect(verifyCrx3(crx)).toMatchObject({ extensionId });
    const changed = Buffer.from(crx);
    changed[changed.length - 30]! ^= 1;
    expect(() => verifyCrx3(changed)).toThrow('CRX の署名が公開鍵で検証できません。');
    const v2 = Buffer.from(crx);
    v2.writeUInt32LE(2, 4);
    expect(() => verifyCrx3(v2)).toThrow('CRX の形式が 3 ではありません (2)。');
    expect(() => verifyCrx3(archive)).toThrow('CRX ファイルではありません');
    // Signed correctly by this key, but signed_header_data names another key's crx_id.
    const other = createPublicKey(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey).export({ type: 'spki', format: 'der' });
    const foreignShd = bytesField(1, createHash('sha256').update(other).digest().subarray(0, 16));
    const size = Buffer.alloc(4);
    size.writeUInt32LE(foreignShd.length);
    const signature = sign('sha256', Buffer.concat([Buffer.from('CRX3 SignedData\0', 'latin1'), size, foreignShd, archive]), privateKey);
    const header = Buffer.concat([
      bytesField(2, Buffer.concat([bytesField(1, createPublicKey(privateKey).export({ type: 'spki', format: 'der' })), bytesField(2, signature)])),
      bytesField(10000, foreignShd),
    ]);
    const prefix = Buffer.alloc(12);
    prefix.write('Cr24', 0, 'latin1');
    prefix.writeUInt32LE(3, 4);
    prefix.writeUInt32LE(header.length, 8);
    expect(() => verifyCrx3(Buffer.concat([prefix, header, archive]))).toThrow('CRX の crx_id がどの公開鍵とも一致しません。');
  });

  it('refuses a key that is not RSA', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;
    expect(() => buildCrx3(archive, ec)).toThrow('CRX3 の署名には RSA の秘密鍵が必要です。');
  });
});
