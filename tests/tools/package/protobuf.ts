/**
 * @file 最小限の protobuf (minimal protocol buffers): just what a CRX3 header needs — fields of wire type 2
 * (length-delimited bytes and embedded messages) with varint keys and lengths. Encoding rules: protobuf
 * "Encoding" guide (varint = 7 bits a byte, low group first, high bit = more; key = field number << 3 | wire
 * type). Reading skips the other wire types (0 varint, 1 fixed64, 5 fixed32) so unknown fields do no harm.
 */

/** A varint of a non-negative safe integer. */
export function varint(value: number): Buffer {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`varint にできない値です: ${value}`);
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

/** One length-delimited field (wire type 2): key, length, bytes. */
export function bytesField(field: number, value: Buffer): Buffer {
  return Buffer.concat([varint(field * 8 + 2), varint(value.length), value]);
}

/** A field read from a message: its number and, for wire type 2, its bytes. */
export interface ProtoField {
  field: number;
  wireType: number;
  bytes?: Buffer;
}

function readVarint(buf: Buffer, at: number): [value: number, next: number] {
  let value = 0;
  let scale = 1;
  for (let i = at; i < buf.length; i++) {
    const byte = buf[i]!;
    value += (byte & 0x7f) * scale;
    if ((byte & 0x80) === 0) return [value, i + 1];
    scale *= 0x80;
    if (scale > 2 ** 56) break;
  }
  throw new Error('protobuf の varint が途中で切れています。');
}

/** The fields of one message, in order (repeated fields appear once per value). */
export function readFields(buf: Buffer): ProtoField[] {
  const fields: ProtoField[] = [];
  let at = 0;
  while (at < buf.length) {
    const [key, afterKey] = readVarint(buf, at);
    const field = Math.floor(key / 8);
    const wireType = key % 8;
    if (wireType === 2) {
      const [length, start] = readVarint(buf, afterKey);
      if (start + length > buf.length) throw new Error(`protobuf のフィールド ${field} が途中で切れています。`);
      fields.push({ field, wireType, bytes: buf.subarray(start, start + length) });
      at = start + length;
    } else if (wireType === 0) {
      at = readVarint(buf, afterKey)[1];
      fields.push({ field, wireType });
    } else if (wireType === 1 || wireType === 5) {
      at = afterKey + (wireType === 1 ? 8 : 4);
      fields.push({ field, wireType });
    } else {
      throw new Error(`protobuf の未対応のワイヤー型 ${wireType} (フィールド ${field}) です。`);
    }
  }
  if (at !== buf.length) throw new Error('protobuf のメッセージが途中で切れています。');
  return fields;
}
