/**
 * @file ID の往復 (id round trip): seeded hostile ids — trailing and ideographic spaces, zero-width characters,
 * NFD and NFC spellings, formula starts, surrogate pairs, records long enough to need several JSON parts — go
 * through the edge (validateBundle: NFC), the add-in's hidden store rows (storeRows) and back (readStore)
 * unchanged; ids that differ only in normalisation are one id at the edge (a duplicate, refused).
 */
import { describe, expect, it } from 'vitest';
import { BundleRejectedError, type ExchangeBundle, emptyBundle, validateBundle } from '@shared/index';
import { readStore, storeRows } from '../../addin/board/store/exchange-store';
import { toTableWrite } from '../../addin/board/sheet/table-rows';
import type { CellValue } from '../../addin/board/sheet/cell-value';
import { TABLE, storeTable } from '../../addin/board/tables/workbook-tables';
import { fakeAssignmentRecord } from '../shared/exchange/fake-bundle';
import { jstInstant } from '../helpers/dates';
import { hostileText, rng } from './hostile-values';

const ROUNDS = 60;
const at = jstInstant('2026-06-08T12:00:00+09:00');

/** The snapshot Excel would give back for the store rows (values as written, headers as defined). */
function storeSnapshot(bundle: ExchangeBundle) {
  const write = toTableWrite(storeTable, undefined, storeRows(bundle));
  return new Map([[TABLE.store, { headers: write.headers, rows: write.rows.map((row) => row.map((v) => (v ?? '') as CellValue)) }]]);
}

describe('ids stored verbatim, NFC at the edge', () => {
  it('hostile ids round-trip through the hidden store rows unchanged (NFC)', () => {
    const r = rng(501);
    for (let round = 0; round < ROUNDS; round++) {
      const bundle = emptyBundle('addin', at);
      const ids = new Set<string>();
      for (let i = r.int(1, 12); i > 0; i--) {
        const id = hostileText(r, 5);
        if (id.trim() === '') {
          // An id of spaces only is refused at the edge.
          const blank = emptyBundle('addin', at);
          blank.records.assignments.push(fakeAssignmentRecord(id, 1));
          expect(() => validateBundle(blank), JSON.stringify(id)).toThrow(BundleRejectedError);
          continue;
        }
        ids.add(id);
      }
      const nfc = new Set([...ids].map((id) => id.normalize('NFC')));
      for (const id of ids) {
        const note = r.chance(0.1) ? 'メモ'.repeat(r.int(20_000, 40_000)) : hostileText(r);
        bundle.records.assignments.push(fakeAssignmentRecord(id, r.int(1, 3), { note, questionKey: `q-${id}` }));
      }
      if (nfc.size < ids.size) {
        expect(() => validateBundle(bundle), [...ids].join('|')).toThrow(BundleRejectedError);
        continue;
      }
      const valid = validateBundle(bundle);
      expect(valid.records.assignments.map((a) => a.id).sort()).toEqual([...nfc].sort());
      const back = readStore(storeSnapshot(valid) as never, at);
      expect(back.records.assignments.map((a) => [a.id, a.data!.questionKey, a.data!.note]).sort())
        .toEqual(valid.records.assignments.map((a) => [a.id, a.data!.questionKey, a.data!.note]).sort());
    }
  });
});
