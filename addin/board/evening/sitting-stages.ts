/**
 * @file 通告の段階 (sittingStages): the 通告段階表 of one open sitting — one row per notice (in order of receipt) and
 * one per listed questioner without a notice — read into the planner's notices (with their stage and 更問い) and
 * stage changes (shared/evening/RULES.md §9.1), with the rows to write back. A notice whose 段階 is blank counts as
 * 不明 (not complete: it releases nobody). 完了時刻 is stamped at the minute when a row becomes 問取り完了 or
 * 当省なし, and cleared when it is no longer complete, so the planner knows from when a questioner was complete; a
 * later notice of the same questioner (追加通告) reopens the allocation from its receipt until marked complete. Pure.
 */
import {
  type EveningNotice, type IsoDate, type JstInstant, type QuestionerStage, type ReportedNoticeStage, compareInstants, defaultStandDownRules,
  jstAt, shortDateTime, stageRowId,
} from '@shared/index';
import type { BoardQuestion } from '../questions/board-question';
import { standDownMessages as msg } from '../stand-down-labels';
import { type CellValue, cellInstant, cellText } from '../sheet/cell-value';
import { instantToSerial } from '../sheet/excel-serial';
import { minuteStamp } from '../sheet/minute-stamp';
import { headerOf } from '../sheet/table-definition';
import { noticeStageWords, yesNoWords } from '../tables/cell-words';
import { type StageRow, stageTable } from '../tables/workbook-tables';

/** What the planner takes of one sitting's stages, and the rows to write. */
export interface SittingStages {
  /** The planner's questioner list: those of the first listing (a later one is a stage change from its 登録時刻). */
  questioners: string[];
  /** 未通告: listed, no notice yet, not said complete. */
  missing: string[];
  notices: EveningNotice[];
  stages: QuestionerStage[];
  rows: StageRow[];
}

/** Stages that close a questioner (the product's rule: 問取り完了 and 当省なし). */
const COMPLETE: ReadonlySet<string> = new Set(defaultStandDownRules.completeStages);

/** One row read: its stage (undefined = blank), completion time, 更問い, and its cells and status. */
interface ReadRow {
  stage?: ReportedNoticeStage;
  completedAt?: JstInstant;
  followUp: boolean;
  cells: Pick<StageRow, 'stage' | 'completedAt' | 'followUp'>;
  status: string[];
}

function readRow(row: StageRow | undefined, now: JstInstant, earliest: JstInstant | undefined): ReadRow {
  const status: string[] = [];
  const text = cellText(row?.stage);
  const stage = noticeStageWords.read(row?.stage);
  if (text !== '' && !stage) status.push(msg.stageUnknown(text));
  const followUp = yesNoWords.read(row?.followUp) ?? false;
  const cells: ReadRow['cells'] = { stage: stage ?? text, completedAt: '', followUp: row?.followUp ?? '' };
  if (!stage || !COMPLETE.has(stage)) return { ...(stage ? { stage } : {}), followUp, cells, status };
  let completedAt = cellInstant(row?.completedAt);
  if (!completedAt) {
    const typed = cellText(row?.completedAt);
    if (typed !== '') status.push(msg.stampUnreadable(headerOf(stageTable, 'completedAt'), typed));
    completedAt = minuteStamp(now);
  }
  // Never complete before the notice arrived.
  if (earliest && compareInstants(completedAt, earliest) < 0) completedAt = earliest;
  cells.completedAt = instantToSerial(completedAt);
  return { stage, completedAt, followUp, cells, status };
}

function statusText(read: ReadRow, hasNotice: boolean): string {
  const parts = [...read.status];
  if (read.stage && read.completedAt) parts.push(msg.stageComplete(read.stage, shortDateTime(read.completedAt)));
  else if (read.stage === '通告待ち' || (!read.stage && !hasNotice)) parts.push(msg.stageWaiting);
  else if (read.stage) parts.push(msg.stageOpen(read.stage));
  else if (read.status.length === 0) parts.push(msg.stageBlank);
  if (read.followUp) parts.push(msg.followUp);
  return parts.join(' / ');
}

/**
 * The stages of one sitting. `previous` is the 通告段階表 as read, by row id. The questioners of the first listing are
 * the planner's list (通告待ち since always); one added later (登録時刻 after them) is 通告待ち from its 登録時刻 —
 * unless a notice of it came before — so a questioner typed in at 20:16 does not reopen the evening before 20:16.
 * @example sittingStages(sittingId, standbyDay, ['甲'], notices, previous, now).notices[0].stage //=> undefined (段階未入力 = 不明)
 */
export function sittingStages(
  sitting: string, standbyDay: IsoDate, questioners: readonly string[], notices: readonly BoardQuestion[], previous: ReadonlyMap<string, StageRow>,
  now: JstInstant,
): SittingStages {
  const out: SittingStages = { questioners: [], notices: [], stages: [], rows: [], missing: [] };
  const members = [...questioners];
  for (const q of notices) if (!members.includes(q.notice!.member)) members.push(q.notice!.member);
  const serial = (at: JstInstant | undefined): CellValue => (at ? instantToSerial(at) : '');
  const listedAt = new Map(questioners.map((m) => [m, cellInstant(previous.get(stageRowId(sitting, m))?.listedAt) ?? minuteStamp(now)]));
  const firstListed = [...listedAt.values()].reduce<JstInstant | undefined>((a, b) => (a && compareInstants(a, b) <= 0 ? a : b), undefined);
  for (const member of members) {
    const own = notices.filter((q) => q.notice!.member === member)
      .sort((a, b) => compareInstants(a.notice!.receivedAt, b.notice!.receivedAt) || (a.key < b.key ? -1 : 1));
    const listed = listedAt.get(member);
    if (listed && compareInstants(listed, firstListed!) === 0) out.questioners.push(member);
    else if (listed && !own.some((q) => compareInstants(q.notice!.receivedAt, listed) <= 0)) {
      out.stages.push({ questioner: member, stage: '通告待ち', at: listed });
    }
    // The questioner's own row: for a listed questioner, or one that was said complete (当省なし) on its own.
    const memberId = stageRowId(sitting, member);
    const memberRead = readRow(previous.get(memberId), now, undefined);
    if (listed || memberRead.completedAt) {
      if (memberRead.completedAt) out.stages.push({ questioner: member, stage: memberRead.stage!, at: memberRead.completedAt });
      // 要旨のみ / 問取り中 told without a notice: from the start of the standby day (before any notice of that day).
      else if (memberRead.stage && memberRead.stage !== '通告待ち' && own.length === 0) {
        out.stages.push({ questioner: member, stage: memberRead.stage, at: jstAt(standbyDay, '00:00') });
      }
      if (own.length === 0 && !memberRead.completedAt && (!memberRead.stage || memberRead.stage === '通告待ち')) out.missing.push(member);
      out.rows.push({
        sitting, member, listedAt: serial(listed), receivedAt: '', items: 0, ...memberRead.cells,
        status: own.length > 0 && !memberRead.stage ? msg.noticesBelow(own.length) : statusText(memberRead, false), id: memberId,
      });
    }
    for (const q of own) {
      const n = q.notice!;
      const id = stageRowId(sitting, member, q.key);
      const read = readRow(previous.get(id), now, n.receivedAt);
      const incomplete = read.stage && !read.completedAt ? read.stage : undefined;
      out.notices.push({
        id: q.key, member, receivedAt: n.receivedAt, items: q.items.map((i) => ({ label: i.label })),
        ...(incomplete ? { stage: incomplete } : {}), ...(read.followUp ? { followUp: true } : {}),
      });
      if (read.completedAt) out.stages.push({ questioner: member, stage: read.stage!, at: read.completedAt });
      out.rows.push({
        sitting, member, listedAt: '', receivedAt: serial(n.receivedAt), items: q.items.length, ...read.cells, status: statusText(read, true), id,
      });
    }
  }
  return out;
}
