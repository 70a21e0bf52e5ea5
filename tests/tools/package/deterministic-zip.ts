/**
 * @file 再現可能な ZIP (deterministic zip): writes a ZIP archive whose bytes depend only on the files' paths
 * and contents — entries sorted by path, every time stamp fixed, no extra fields, no OS-specific attributes —
 * so the same build gives the same zip (and the same CRX and checksum). Also reads such archives back
 * (stored and deflated entries), for the package's self-check and its tests.
 *
 * Format: PKWARE APPNOTE.TXT 6.3.10 (local file header 4.3.7, central directory 4.3.12, end record 4.3.16);
 * version 2.0 (20) needed for deflate; bit 11 of the flags = file names are UTF-8 (APPNOTE 4.4.4).
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** One file of the archive: a '/'-separated relative path and its bytes. */
export interface ZipEntry {
  path: string;
  data: Buffer;
}

/** MS-DOS date of 1980-01-01 (the earliest a ZIP can hold) and time 00:00, for every entry. */
const FIXED_DOS_DATE = (0 << 9) | (1 << 5) | 1;
const FIXED_DOS_TIME = 0;
const UTF8_NAMES = 1 << 11;
const DEFLATE = 8;
const STORE = 0;
const VERSION_NEEDED = 20;

function checkPath(path: string): void {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.split('/').some((p) => p === '' || p === '.' || p === '..')) {
    throw new Error(`ZIP に入れられないパスです: 「${path}」`);
  }
}

/**
 * The run of fields the local header (from offset 4) and the central directory entry (from offset 6) share:
 * version needed, flags, method, time, date, CRC-32, compressed and uncompressed size, name length.
 */
function writeEntryFields(buf: Buffer, at: number, f: { method: number; crc: number; stored: number; size: number; nameLength: number }): void {
  buf.writeUInt16LE(VERSION_NEEDED, at);
  buf.writeUInt16LE(UTF8_NAMES, at + 2);
  buf.writeUInt16LE(f.method, at + 4);
  buf.writeUInt16LE(FIXED_DOS_TIME, at + 6);
  buf.writeUInt16LE(FIXED_DOS_DATE, at + 8);
  buf.writeUInt32LE(f.crc, at + 10);
  buf.writeUInt32LE(f.stored, at + 14);
  buf.writeUInt32LE(f.size, at + 18);
  buf.writeUInt16LE(f.nameLength, at + 22);
}

/** The archive of `entries`, sorted by path (byte order of UTF-8), deflated where that is smaller. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < sorted.length; i++) {
    const { path, data } = sorted[i]!;
    checkPath(path);
    if (i > 0 && sorted[i - 1]!.path === path) throw new Error(`ZIP に同じパスが 2 回あります: 「${path}」`);
    const name = Buffer.from(path, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const method = deflated.length < data.length ? DEFLATE : STORE;
    const body = method === DEFLATE ? deflated : data;
    const crc = crc32(data);
    const fields = { method, crc, stored: body.length, size: data.length, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, fields);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION_NEEDED, 4); // made by: MS-DOS (0), 2.0
    writeEntryFields(central, 6, fields);
    // extra, comment, disk, internal and external attributes: all 0.
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An entry as read back, with its stored time stamp. */
export interface ReadZipEntry extends ZipEntry {
  dosDate: number;
  dosTime: number;
}

/** Reads the entries of a ZIP archive (no ZIP64, no encryption), checking each CRC-32. */
export function readZip(zip: Buffer): ReadZipEntry[] {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('ZIP の終端レコードがありません。');
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  const entries: ReadZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('ZIP の中央ディレクトリが壊れています。');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const path = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(dataAt, dataAt + size);
    const data = method === DEFLATE ? inflateRawSync(body) : method === STORE ? Buffer.from(body) : undefined;
    if (!data) throw new Error(`ZIP の「${path}」は対応していない圧縮方式 (${method}) です。`);
    if (crc32(data) !== crc) throw new Error(`ZIP の「${path}」の CRC が合いません。`);
    entries.push({ path, data, dosDate: zip.readUInt16LE(at + 14), dosTime: zip.readUInt16LE(at + 12) });
    at += 46 + skip;
  }
  return entries;
}
