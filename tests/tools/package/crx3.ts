/**
 * @file CRX3 (signed Chrome/Edge extension package): builds one from a zip and an RSA key, reads one back and
 * verifies it the way Chromium does, and derives the extension id from the public key.
 *
 * Format (Chromium components/crx_file/crx3.proto and crx_verifier.cc):
 *   "Cr24" · uint32 LE 3 · uint32 LE header size · CrxFileHeader · zip archive
 *   CrxFileHeader { repeated AsymmetricKeyProof sha256_with_rsa = 2; repeated … sha256_with_ecdsa = 3;
 *                   bytes signed_header_data = 10000 }      AsymmetricKeyProof { bytes public_key = 1; bytes signature = 2 }
 *   signed_header_data = SignedData { bytes crx_id = 1 }, crx_id = the first 16 bytes of SHA-256(public key),
 *   public key = DER SubjectPublicKeyInfo.
 *   Signature: RSASSA-PKCS1-v1_5 with SHA-256 over "CRX3 SignedData\0" · uint32 LE size of signed_header_data ·
 *   signed_header_data · zip archive.
 * Extension id: crx_id in hex with the digits 0–f written as the letters a–p (32 letters).
 */
import { type KeyObject, createHash, createPublicKey, sign, verify } from 'node:crypto';
import { bytesField, readFields } from './protobuf';

const MAGIC = Buffer.from('Cr24', 'latin1');
const FORMAT_VERSION = 3;
const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\0', 'latin1');
const FIELD = { sha256WithRsa: 2, sha256WithEcdsa: 3, signedHeaderData: 10000, publicKey: 1, signature: 2, crxId: 1 } as const;
/** Chromium refuses headers above this size (crx_verifier.cc kMaxHeaderSize, 1 MiB). */
const MAX_HEADER_SIZE = 1 << 20;

/** crx_id: the first 16 bytes of SHA-256 of the DER SubjectPublicKeyInfo. */
export function crxIdOf(publicKeyDer: Buffer): Buffer {
  return createHash('sha256').update(publicKeyDer).digest().subarray(0, 16);
}

/** The 32-letter extension id (a–p) of a crx_id. */
export function extensionIdOf(crxId: Buffer): string {
  return [...crxId.toString('hex')].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** DER SubjectPublicKeyInfo of a key (private or public). */
export function publicKeyDerOf(key: KeyObject): Buffer {
  return createPublicKey(key).export({ type: 'spki', format: 'der' });
}

function uint32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value);
  return b;
}

/** The bytes a CRX3 signature covers. */
function signedBytes(signedHeaderData: Buffer, archive: Buffer): Buffer {
  return Buffer.concat([SIGNATURE_CONTEXT, uint32(signedHeaderData.length), signedHeaderData, archive]);
}

/** A signed CRX3 of `archive` (a zip) with the RSA `privateKey`, and its extension id. */
export function buildCrx3(archive: Buffer, privateKey: KeyObject): { crx: Buffer; extensionId: string; publicKeyDer: Buffer } {
  if (privateKey.asymmetricKeyType !== 'rsa') throw new Error('CRX3 の署名には RSA の秘密鍵が必要です。');
  const publicKeyDer = publicKeyDerOf(privateKey);
  const crxId = crxIdOf(publicKeyDer);
  const signedHeaderData = bytesField(FIELD.crxId, crxId);
  const signature = sign('sha256', signedBytes(signedHeaderData, archive), privateKey);
  const proof = Buffer.concat([bytesField(FIELD.publicKey, publicKeyDer), bytesField(FIELD.signature, signature)]);
  const header = Buffer.concat([bytesField(FIELD.sha256WithRsa, proof), bytesField(FIELD.signedHeaderData, signedHeaderData)]);
  return { crx: Buffer.concat([MAGIC, uint32(FORMAT_VERSION), uint32(header.length), header, archive]), extensionId: extensionIdOf(crxId), publicKeyDer };
}

/** A CRX3 file taken apart. */
export interface ParsedCrx3 {
  version: number;
  headerSize: number;
  /** RSA proofs (public key DER, signature). */
  rsaProofs: { publicKey: Buffer; signature: Buffer }[];
  ecdsaProofs: number;
  signedHeaderData: Buffer;
  /** crx_id from the signed header data. */
  crxId: Buffer;
  archive: Buffer;
}

/** Takes a CRX3 apart; throws a Japanese error when it is not one. */
export function parseCrx3(crx: Buffer): ParsedCrx3 {
  if (crx.length < 12 || !crx.subarray(0, 4).equals(MAGIC)) throw new Error('CRX ファイルではありません (先頭が Cr24 ではありません)。');
  const version = crx.readUInt32LE(4);
  if (version !== FORMAT_VERSION) throw new Error(`CRX の形式が 3 ではありません (${version})。`);
  const headerSize = crx.readUInt32LE(8);
  if (headerSize > MAX_HEADER_SIZE || 12 + headerSize > crx.length) throw new Error(`CRX のヘッダーの長さ (${headerSize}) が不正です。`);
  const fields = readFields(crx.subarray(12, 12 + headerSize));
  const proofs = (field: number) => fields.filter((f) => f.field === field && f.bytes).map((f) => readFields(f.bytes!));
  const rsaProofs = proofs(FIELD.sha256WithRsa).map((p) => ({
    publicKey: p.find((f) => f.field === FIELD.publicKey)?.bytes ?? Buffer.alloc(0),
    signature: p.find((f) => f.field === FIELD.signature)?.bytes ?? Buffer.alloc(0),
  }));
  const signedHeaderData = fields.find((f) => f.field === FIELD.signedHeaderData)?.bytes;
  if (!signedHeaderData) throw new Error('CRX のヘッダーに signed_header_data がありません。');
  const crxId = readFields(signedHeaderData).find((f) => f.field === FIELD.crxId)?.bytes;
  if (!crxId || crxId.length !== 16) throw new Error('CRX の signed_header_data に 16 バイトの crx_id がありません。');
  return { version, headerSize, rsaProofs, ecdsaProofs: proofs(FIELD.sha256WithEcdsa).length, signedHeaderData, crxId, archive: crx.subarray(12 + headerSize) };
}

/**
 * Verifies a CRX3 as Chromium does for an extension: some RSA proof's public key hashes to crx_id, and every
 * RSA proof's signature verifies over the signed bytes. Returns the extension id; throws in Japanese otherwise.
 */
export function verifyCrx3(crx: Buffer): { extensionId: string; publicKeyDer: Buffer; archive: Buffer } {
  const parsed = parseCrx3(crx);
  if (parsed.rsaProofs.length === 0) throw new Error('CRX に RSA の署名がありません。');
  const data = signedBytes(parsed.signedHeaderData, parsed.archive);
  let developerKey: Buffer | undefined;
  for (const proof of parsed.rsaProofs) {
    const key = createPublicKey({ key: proof.publicKey, format: 'der', type: 'spki' });
    if (!verify('sha256', data, key, proof.signature)) throw new Error('CRX の署名が公開鍵で検証できません。');
    if (crxIdOf(proof.publicKey).equals(parsed.crxId)) developerKey = proof.publicKey;
  }
  if (!developerKey) throw new Error('CRX の crx_id がどの公開鍵とも一致しません。');
  return { extensionId: extensionIdOf(parsed.crxId), publicKeyDer: developerKey, archive: parsed.archive };
}
