/**
 * @file 質問表の当省分 (question jurisdiction): the 当省分 and 他省庁名 cells of a 質問表 row ↔ the `jurisdictions`
 * exchange records. The sheet is what the coordinator typed (or filled down a whole list); the records are what
 * was imported or published. Within one operation the sheet wins; an import first records the sheet, then merges.
 * Pure.
 */
import { type ExchangeBundle, type Jurisdiction, type JurisdictionMarking, jurisdictionMarkingSchema } from '@shared/index';
import { boardMessages } from '../board-messages';
import { type CellValue, cellText } from '../sheet/cell-value';
import { jurisdictionWords } from '../tables/cell-words';
import type { QuestionRow } from '../tables/workbook-tables';

/** What the 当省分 cells of one row say: a marking (none = 未確認), or why they cannot be read (the record stays). */
export type JurisdictionEdit = { marking: JurisdictionMarking } | { error: string; cells: { jurisdiction: CellValue; ministry: CellValue } };

/**
 * Reads the row's 当省分 cells; undefined when the sheet has no 当省分 column (a workbook prepared before it existed).
 * @example readJurisdictionCells({ jurisdiction: '他省庁', ministry: '国土交通省' }) //=> { marking: { scope: 'other', ministry: '国土交通省' } }
 */
export function readJurisdictionCells(row: QuestionRow): JurisdictionEdit | undefined {
  if (row.jurisdiction === undefined) return undefined;
  const word = cellText(row.jurisdiction);
  const ministry = cellText(row.ministry);
  const cells = { jurisdiction: row.jurisdiction, ministry: row.ministry ?? '' };
  if (word === '') return { marking: { scope: 'none' } };
  const value = jurisdictionWords.read(word);
  if (value === undefined) return { error: boardMessages.unknownJurisdiction(word), cells };
  if (value === 'other') {
    const parsed = jurisdictionMarkingSchema.safeParse({ scope: 'other', ministry });
    return parsed.success ? { marking: parsed.data } : { error: boardMessages.ministryMissing, cells };
  }
  return { marking: { scope: 'own', role: value === 'own:取りまとめ' ? '取りまとめ' : '合議' } };
}

/** The live markings of the records, by question key. */
export function storedJurisdictions(store: ExchangeBundle): Map<string, Jurisdiction> {
  return new Map(store.records.jurisdictions.flatMap((r) => (r.deleted || !r.data ? [] : [[r.id, r.data] as const])));
}

/**
 * Effective markings: the records, with every readable 当省分 edit of the sheet applied over them (a blank cell = 未確認).
 * @example effectiveJurisdictions(store, edits).get('sangiin-221-38')?.scope //=> 'other'
 */
export function effectiveJurisdictions(store: ExchangeBundle, edits: ReadonlyMap<string, { jurisdiction?: JurisdictionEdit }>): Map<string, Jurisdiction> {
  const out = storedJurisdictions(store);
  for (const [questionKey, edit] of edits) {
    const j = edit.jurisdiction;
    if (!j || !('marking' in j)) continue;
    if (j.marking.scope === 'none') out.delete(questionKey);
    else out.set(questionKey, { questionKey, ...j.marking } as Jurisdiction);
  }
  return out;
}

/** The 当省分 and 他省庁名 cells for a marking (an unreadable edit is written back as typed). */
export function jurisdictionCells(marking: Jurisdiction | undefined, edit: JurisdictionEdit | undefined): { jurisdiction: CellValue; ministry: CellValue } {
  if (edit && 'error' in edit) return edit.cells;
  if (!marking) return { jurisdiction: '', ministry: '' };
  if (marking.scope === 'other') return { jurisdiction: jurisdictionWords.write('other'), ministry: marking.ministry };
  return { jurisdiction: jurisdictionWords.write(marking.role === '取りまとめ' ? 'own:取りまとめ' : 'own:合議'), ministry: '' };
}
