/**
 * @file 開会表の行 (sittingRows): one row per open sitting — questioners as the coordinator typed them (joined
 * with 「、」), who gave notice and who not yet, 問 and unassigned counts, whether allocation closed and when,
 * the standby day, how many 問 go to the evening and morning slots, the last expected 局長了, the planner's
 * cautions, and the sitting's state with its 委員会セット and 中止 times (sitting-state.ts) — then the rows that could
 * not be read, as typed with their problem. Pure.
 */
import { type EveningPlan, shortDateTime } from '@shared/index';
import { houseWords } from '../tables/cell-words';
import { dateToSerial, instantToSerial } from '../sheet/excel-serial';
import { eveningBoardMessages as msg } from '../evening-labels';
import type { BadSittingRow, SittingInput } from './evening-sittings';
import { gridRow } from '../sheet/table-definition';
import { type SittingRow, sittingTable } from '../tables/workbook-tables';

/**
 * @example sittingRows(inputs, plans, [])[0].allocation //=> '割振り確定 6/10(水) 16:20'
 */
export function sittingRows(inputs: readonly SittingInput[], plans: readonly EveningPlan[], badRows: readonly BadSittingRow[]): SittingRow[] {
  const rows: SittingRow[] = inputs.map((s, i) => {
    const plan = plans[i]!;
    const { allocation, summary } = plan;
    return {
      house: houseWords.write(s.house), committee: s.sitting.committee, sittingOn: dateToSerial(s.sitting.sittingOn), startTime: s.sitting.startTime,
      questioners: s.sitting.questioners.join('、'), noticed: s.noticed.join('、'), missing: s.missing.join('、'),
      items: summary.itemCount, unassigned: allocation.unassignedItemIds.length,
      allocation: allocation.closedAt ? msg.allocationClosed(shortDateTime(allocation.closedAt)) : msg.allocationOpen,
      standbyDay: dateToSerial(plan.standbyDay), evening: summary.eveningCount, morning: summary.morningCount, unplaced: summary.unplacedCount,
      lastDirector: summary.lastDirectorApprovedAt ? instantToSerial(summary.lastDirectorApprovedAt) : '',
      caution: [...s.state.problems, ...plan.warnings].join(' / '), id: s.sitting.id, ...s.state.cells,
    };
  });
  for (const bad of badRows) rows.push({ ...bad.row, caution: bad.numbered ? msg.badSittingRow(gridRow(sittingTable, rows.length), bad.problem) : bad.problem, id: bad.row.id ?? '' });
  return rows;
}
