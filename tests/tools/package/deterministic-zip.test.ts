/**
 * The deterministic zip: entries sorted by their UTF-8 path, one fixed time stamp, deflated only when smaller,
 * read back byte for byte (CRC-checked); unsafe or repeated paths refused. (`unzip` reads the real package in
 * package-cli.e2e.test.ts.)
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readZip, writeZip } from './deterministic-zip';

describe('writeZip / readZip', () => {
  const text = Buffer.from('国会答弁デスク\n'.repeat(100));
  const noise = randomBytes(64);
  const zip = writeZip([{ path: 'z/ポップアップ.js', data: text }, { path: 'a.bin', data: noise }, { path: 'manifest.json', data: Buffer.from('{}') }]);

  it('reads back every entry byte for byte, in path order, all at 1980-01-01 00:00', () => {
    const entries = readZip(zip);
    expect(entries.map((e) => e.path)).toEqual(['a.bin', 'manifest.json', 'z/ポップアップ.js']);
    expect(entries[0]!.data.equals(noise)).toBe(true);
    expect(entries[2]!.data.equals(text)).toBe(true);
    expect(entries.every((e) => e.dosDate === 33 && e.dosTime === 0)).toBe(true);
  });

  it('deflates what shrinks and stores what does not', () => {
    expect(zip.length).toBeLessThan(text.length);
    // Method field of each local header: 0 stored (random bytes), 8 deflated (repeated text).
    const methods = [...zip.toString('latin1').matchAll(/PK\x03\x04/g)].map((m) => zip.readUInt16LE(m.index + 8));
    expect(methods).toEqual([0, 0, 8]);
  });

  it('refuses unsafe and repeated paths, and notices a changed byte', () => {
    for (const path of ['', '/etc/passwd', '../x', 'a//b', 'a\\b', './a']) {
      expect(() => writeZip([{ path, data: Buffer.from('x') }])).toThrow(`ZIP に入れられないパスです: 「${path}」`);
    }
    expect(() => writeZip([{ path: 'a', data: Buffer.from('1') }, { path: 'a', data: Buffer.from('2') }])).toThrow('ZIP に同じパスが 2 回あります: 「a」');
    const broken = Buffer.from(zip);
    broken[30 + 'a.bin'.length]! ^= 1; // first byte of a.bin's stored data
    expect(() => readZip(broken)).toThrow('ZIP の「a.bin」の CRC が合いません。');
  });
});
