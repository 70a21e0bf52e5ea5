/**
 * @file 夕方レク問表の行 (eveningItemRows): the timeline — every 問 of the planned sittings in briefing order
 * (slot start, then expected 局長了), with its slot and 区分 (夕方レク / 朝レク / なし / 未確定), questioner,
 * bureaus, expected steps, deadlines back from the slot, the reason it is not in an evening slot, and the
 * 実績 columns the coordinator typed (normalised to date-times; an unreadable one kept as typed). Pure.
 */
import { type EveningPlan, type JstInstant, type PlannedItem, type SlotKind, toEpochMs } from '@shared/index';
import type { CellValue } from '../sheet/cell-value';
import { instantToSerial } from '../sheet/excel-serial';
import { eveningBoardMessages as msg, slotKindLabels } from '../evening-labels';
import type { SittingInput } from './evening-sittings';
import type { EveningItemRow } from '../tables/workbook-tables';

const serialAt = (at: JstInstant | null | undefined): CellValue => (at ? instantToSerial(at) : '');

function kindLabel(item: PlannedItem): string {
  if (!item.bureau) return slotKindLabels.unfixed;
  const kind: SlotKind | null = item.slotKind;
  return kind === 'evening' ? slotKindLabels.evening : kind === 'morning' ? slotKindLabels.morning : slotKindLabels.none;
}

/**
 * @example eveningItemRows(plans, inputs, names)[0] //=> { slot: '夕方レク 18:30', kind: '夕方レク', item: '問1', … }
 */
export function eveningItemRows(plans: readonly EveningPlan[], inputs: readonly SittingInput[], bureauName: (id: string) => string): EveningItemRow[] {
  const entries: { slot: number; director: number; order: number; row: EveningItemRow }[] = [];
  plans.forEach((plan, p) => {
    const input = inputs[p]!;
    const slotLabel = new Map(plan.slots.map((s) => [s.id, s.label]));
    const reported = new Map((input.input.progress ?? []).map((x) => [x.itemId, x]));
    for (const item of plan.items) {
      const r = reported.get(item.itemId);
      const issues = input.progressIssues.get(item.itemId) ?? [];
      const typed = input.unreadable.get(item.itemId);
      const reportedCell = (key: 'draftedAt' | 'sectionChiefApprovedAt' | 'directorApprovedAt'): CellValue =>
        r?.[key] ? instantToSerial(r[key]) : typed?.[key] ?? '';
      const helpers = [
        item.concurrenceBureaus.length ? msg.concurrence(item.concurrenceBureaus.map(bureauName).join('、')) : '',
        item.memoBureaus.length ? msg.memo(item.memoBureaus.map(bureauName).join('、')) : '',
      ].filter(Boolean).join(' / ');
      const row: EveningItemRow = {
        slot: item.slotId ? slotLabel.get(item.slotId) ?? item.slotId : slotKindLabels.none,
        kind: kindLabel(item),
        slotAt: serialAt(item.slotStartAt),
        item: item.itemLabel, member: item.member, bureau: item.bureau ? bureauName(item.bureau) : '', helpers,
        receivedAt: serialAt(item.receivedAt), draftStartAt: serialAt(item.draftStartAt), draftEndAt: serialAt(item.draftEndAt),
        sectionChiefAt: serialAt(item.sectionChiefApprovedAt), directorAt: serialAt(item.directorApprovedAt),
        draftBy: serialAt(item.draftBy), sectionChiefBy: serialAt(item.sectionChiefBy), directorBy: serialAt(item.directorBy),
        reason: [...issues, item.reasonText].filter(Boolean).join(' '),
        draftedAt: reportedCell('draftedAt'), sectionChiefApprovedAt: reportedCell('sectionChiefApprovedAt'),
        directorApprovedAt: reportedCell('directorApprovedAt'),
        sitting: plan.sitting.id, itemId: item.itemId,
      };
      entries.push({
        slot: item.slotStartAt ? toEpochMs(item.slotStartAt) : Infinity,
        director: item.directorApprovedAt ? toEpochMs(item.directorApprovedAt) : Infinity,
        order: entries.length, row,
      });
    }
  });
  entries.sort((a, b) => a.slot - b.slot || a.director - b.director || a.order - b.order);
  return entries.map((e) => e.row);
}
