/**
 * @file 夕方レク表の行 (slotRows): every slot of the planned sittings (the minister's unavailable ones too, so
 * the coordinator can tick them back) with its 問 (questioner and label), count and the drafting bureaus,
 * then the slot records of imported bundles for sittings not planned here; by start time. Pure.
 */
import { type EveningPlan, type ExchangeBundle, slotRecordId, toEpochMs } from '@shared/index';
import { instantToSerial } from '../sheet/excel-serial';
import { slotKindLabels } from '../evening-labels';
import { yesNoWords } from '../tables/cell-words';
import type { SlotRow } from '../tables/workbook-tables';

/**
 * @example slotRows(plans, store, names)[0] //=> { label: '夕方レク 18:30', minister: '○', count: 3, items: '山田太郎 問1、問2、問3', … }
 */
export function slotRows(plans: readonly EveningPlan[], store: ExchangeBundle, bureauName: (id: string) => string): SlotRow[] {
  const rows: { at: number; row: SlotRow }[] = [];
  const planned = new Set(plans.map((p) => p.sitting.id));
  for (const plan of plans) {
    // A withdrawn sitting (中止) has no briefing.
    if (plan.sitting.state === '中止') continue;
    const items = new Map(plan.items.map((i) => [i.itemId, i]));
    for (const s of plan.slots) {
      const placed = s.itemIds.map((id) => items.get(id)!).filter(Boolean);
      // 「山田太郎 問1、問2、鈴木一郎 問1」: each questioner once, then the labels.
      const parts: string[] = [];
      let member = '';
      for (const i of placed) {
        parts.push(i.member === member ? i.itemLabel : `${i.member} ${i.itemLabel}`);
        member = i.member;
      }
      const bureaus = [...new Set(placed.map((i) => bureauName(i.bureau)))];
      rows.push({
        at: toEpochMs(s.startAt),
        row: {
          id: slotRecordId(plan.sitting.id, s.id), sitting: plan.sitting.id, label: s.label, startAt: instantToSerial(s.startAt), endAt: instantToSerial(s.endAt),
          capacity: s.capacity, items: parts.join('、'), kind: s.kind === 'evening' ? slotKindLabels.evening : slotKindLabels.morning,
          minister: yesNoWords.write(s.ministerAvailable), count: placed.length, bureaus: bureaus.join('、'),
        },
      });
    }
  }
  for (const r of store.records.slots) {
    if (r.deleted || !r.data || planned.has(r.data.sitting)) continue;
    rows.push({
      at: toEpochMs(r.data.startAt),
      row: {
        id: r.id, sitting: r.data.sitting, label: r.data.label, startAt: instantToSerial(r.data.startAt), endAt: instantToSerial(r.data.endAt),
        capacity: r.data.capacity, items: r.data.itemIds.join('、'), kind: '', minister: yesNoWords.write(true), count: r.data.itemIds.length, bureaus: '',
      },
    });
  }
  rows.sort((a, b) => a.at - b.at || (String(a.row.id) < String(b.row.id) ? -1 : 1));
  return rows.map((r) => r.row);
}
