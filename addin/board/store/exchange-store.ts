/**
 * @file 交換記録の保存 (exchange store rows): the workbook's own exchange records (with their 版) as rows
 * of the hidden 交換記録表, one JSON per record split into parts below Excel's 32,767-character cell
 * limit. Reading validates with the shared bundle schema. Ids are read verbatim — never trimmed — so 'as-x'
 * and 'as-x ' (or an ideographic space) stay two records; NFC normalisation happens in the schema. Pure.
 */
import {
  type BundleKind, type ExchangeBundle, type ExchangeRecord, type JstInstant, BundleRejectedError, bundleKinds, emptyBundle, quoteValue, storedRowKey,
  validateBundle,
} from '@shared/index';
import { boardMessages } from '../board-messages';
import { type CellValue, cellKey, cellNumber, cellText } from '../sheet/cell-value';
import { readRows } from '../sheet/table-rows';
import type { WorkbookSnapshot } from '../sheet/table-snapshot';
import { type StoreRow, TABLE, storeTable } from '../tables/workbook-tables';

/** Characters per JSON part: under Excel's 32,767-character cell limit with room to spare. */
export const STORE_PART_CHARS = 30_000;

/** Producer name of the store itself (never published as is). */
const STORE_PRODUCER = 'addin:store';

let memo: { text: string; bundle: ExchangeBundle } | undefined;

/**
 * The exchange records the workbook holds, as a bundle (revision 0, `producedAt` = now). Throws a
 * BundleRejectedError with a Japanese message when the hidden sheet was damaged.
 */
export function readStore(snapshot: WorkbookSnapshot, now: JstInstant): ExchangeBundle {
  const rows = readRows(storeTable, snapshot.get(TABLE.store));
  const parts = new Map<string, { kind: string; pieces: string[] }>();
  for (const row of rows) {
    const kind = cellText(row.kind);
    // Verbatim (cellKey): cellText would trim, and two ids differing only in a trailing space would become one.
    const id = cellKey(row.id);
    const key = storedRowKey(kind, id);
    const entry = parts.get(key) ?? { kind, pieces: [] };
    entry.pieces[cellNumber(row.part) ?? 0] = typeof row.json === 'string' ? row.json : String(row.json ?? '');
    parts.set(key, entry);
  }
  const texts: string[] = [];
  for (const { kind, pieces } of parts.values()) texts.push(`${JSON.stringify(kind)}:${pieces.join('')}`);
  const text = texts.join('\n');
  if (memo && memo.text === text) return { ...memo.bundle, producedAt: now };
  const raw = emptyBundle(STORE_PRODUCER, now) as { records: Record<string, unknown[]> };
  try {
    for (const { kind, pieces } of parts.values()) {
      if (!(bundleKinds as readonly string[]).includes(kind)) throw new Error(`種類${quoteValue(kind)}`);
      raw.records[kind]!.push(JSON.parse(pieces.join('')));
    }
  } catch (error) {
    throw new BundleRejectedError('schema', boardMessages.storeCorrupt((error as Error).message));
  }
  let bundle: ExchangeBundle;
  try {
    bundle = validateBundle(raw);
  } catch (error) {
    throw new BundleRejectedError('schema', boardMessages.storeCorrupt((error as Error).message));
  }
  memo = { text, bundle };
  return bundle;
}

/** Rows of the hidden store table for a bundle's records (kind order, then id order). */
export function storeRows(bundle: ExchangeBundle): StoreRow[] {
  const out: StoreRow[] = [];
  for (const kind of bundleKinds) {
    for (const record of bundle.records[kind] as ExchangeRecord[]) out.push(...recordRows(kind, record));
  }
  return out;
}

function recordRows(kind: BundleKind, record: ExchangeRecord): StoreRow[] {
  const json = JSON.stringify(record);
  const rows: StoreRow[] = [];
  for (let part = 0, at = 0; at < json.length || part === 0; part++, at += STORE_PART_CHARS) {
    const cells: Record<string, CellValue> = {
      kind, id: record.id, rev: record.rev, deleted: record.deleted ? '削除' : '', part, json: json.slice(at, at + STORE_PART_CHARS),
    };
    rows.push(cells);
  }
  return rows;
}
