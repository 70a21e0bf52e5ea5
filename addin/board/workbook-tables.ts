/**
 * @file ブックの表 (workbookTables): every sheet and table 「ブックを準備」 creates, as one list. Adding a
 * sheet (夕方レク planning, 待機・超勤 …) is adding an entry here; the Excel and preview workbooks
 * create whatever the list says.
 */
import { defaultBureaus, defaultLeadTimes } from '@shared/index';
import type { CellValue } from './cell-value';
import { dateDueRules, instantDueRules } from './highlight-rules';
import { bureauList, calendarKindList, leadAnchorList, roleList, stateList, yesNoList } from './list-sources';
import { type TableDefinition, defineTable } from './table-definition';

/** テーブル名. */
export const TABLE = {
  questions: '質問表',
  assignments: '割振り表',
  deadlines: '期限表',
  slots: '夕方レク表',
  bureaus: '局一覧表',
  leadTimes: '内部締切表',
  calendar: '閣議日程表',
  general: '基本設定表',
  store: '交換記録表',
} as const;

/** 基本設定の項目名. */
export const GENERAL = { producer: '配信元', revision: '配信版', publishedAt: '最終配信' } as const;

/** 配信元 (producer) by default: the first users' coordinating division. */
export const DEFAULT_PRODUCER = '官房総務課';

/** 質問: one row per 質問主意書 or 質問通告. */
export const questionTable = defineTable({
  sheet: '質問', table: TABLE.questions, anchor: { row: 0, column: 0 }, keyColumn: 'key', freezeHeader: true,
  description: '質問主意書・質問通告を 1 件 1 行で表示します (取り込みで更新。期限上書き・備考は残ります)。',
  columns: [
    { key: 'key', header: 'キー', kind: 'text', width: 110 },
    { key: 'kind', header: '種別', kind: 'text', width: 48 },
    { key: 'house', header: '院', kind: 'text', width: 48 },
    { key: 'session', header: '回次', kind: 'number', width: 36 },
    { key: 'number', header: '番号', kind: 'number', width: 36 },
    { key: 'title', header: '件名', kind: 'text', width: 300 },
    { key: 'submitters', header: '提出者', kind: 'text', width: 90 },
    { key: 'submittedOn', header: '提出日', kind: 'date', width: 136 },
    { key: 'transferredOn', header: '転送日', kind: 'date', width: 136 },
    { key: 'sittingAt', header: '開会', kind: 'datetime', width: 168 },
    { key: 'receivedAt', header: '通告受信', kind: 'datetime', width: 168 },
    { key: 'cabinetOn', header: '目標閣議', kind: 'date', width: 136 },
    { key: 'dueOn', header: '答弁期限', kind: 'date', width: 136, highlight: dateDueRules },
    { key: 'status', header: '状況', kind: 'text', width: 80 },
    { key: 'lead', header: '取りまとめ局', kind: 'text', width: 100 },
    { key: 'allocation', header: '割振り', kind: 'text', width: 110 },
    { key: 'caution', header: '注意', kind: 'text', width: 260 },
    { key: 'override', header: '期限上書き', kind: 'date', width: 136, editable: true },
    { key: 'note', header: '備考', kind: 'text', width: 160, editable: true },
    { key: 'source', header: '出所', kind: 'text', width: 200 },
  ],
});

/** 割振り: one row per 問 × 局 × 役割. */
export const assignmentTable = defineTable({
  sheet: '割振り', table: TABLE.assignments, anchor: { row: 0, column: 0 }, keyColumn: 'id', freezeHeader: true,
  description: '問ごとに局・役割・状態を選びます。変更すると期限と取りまとめ局を計算し直します。',
  columns: [
    { key: 'questionKey', header: '質問キー', kind: 'text', width: 100 },
    { key: 'title', header: '件名', kind: 'text', width: 150 },
    { key: 'item', header: '問', kind: 'text', width: 40 },
    { key: 'itemText', header: '問の要旨', kind: 'text', width: 140 },
    { key: 'bureau', header: '局', kind: 'text', width: 110, editable: true, list: bureauList, highlight: ['rowFlagged'] },
    { key: 'division', header: '課', kind: 'text', width: 80, editable: true },
    { key: 'role', header: '役割', kind: 'text', width: 70, editable: true, list: roleList },
    { key: 'state', header: '状態', kind: 'text', width: 86, editable: true, list: stateList },
    { key: 'objectionLeft', header: '異議まで', kind: 'text', width: 76 },
    { key: 'lead', header: '取りまとめ', kind: 'text', width: 68 },
    { key: 'next', header: '次の締切', kind: 'text', width: 70 },
    { key: 'nextAt', header: '締切日時', kind: 'datetime', width: 168, highlight: instantDueRules },
    { key: 'check', header: '確認', kind: 'text', width: 220, highlight: ['flagged'] },
    { key: 'by', header: '担当者', kind: 'text', width: 70, editable: true },
    { key: 'note', header: '備考', kind: 'text', width: 140, editable: true },
    { key: 'proposedAt', header: '仮割振り', kind: 'datetime', width: 168 },
    { key: 'objectionUntil', header: '異議期限', kind: 'datetime', width: 168 },
    { key: 'decidedAt', header: '決定', kind: 'datetime', width: 168 },
    { key: 'id', header: '割振りID', kind: 'text', width: 150 },
  ],
});

/** 期限: one row per question × 内部締切, soonest first. */
export const deadlineTable = defineTable({
  sheet: '期限', table: TABLE.deadlines, anchor: { row: 0, column: 0 }, freezeHeader: true,
  description: '答弁中の質問の内部締切を期限順に並べます (自動で作り直します)。',
  columns: [
    { key: 'questionKey', header: '質問キー', kind: 'text', width: 110 },
    { key: 'title', header: '件名', kind: 'text', width: 260 },
    { key: 'milestone', header: '締切', kind: 'text', width: 80 },
    { key: 'dueAt', header: '期限日時', kind: 'datetime', width: 168, highlight: instantDueRules },
    { key: 'left', header: '残り', kind: 'text', width: 110 },
    { key: 'bureaus', header: '担当局', kind: 'text', width: 200 },
    { key: 'lead', header: '取りまとめ局', kind: 'text', width: 100 },
  ],
});

/** 夕方レク: briefing slots (filled from bundles; planning comes with the 夕方レク issue). */
export const slotTable = defineTable({
  sheet: '夕方レク', table: TABLE.slots, anchor: { row: 0, column: 0 }, keyColumn: 'id', freezeHeader: true,
  description: '夕方レク・朝レクの枠と入る問を表示します。',
  columns: [
    { key: 'id', header: '枠ID', kind: 'text', width: 140 },
    { key: 'sitting', header: '開会', kind: 'text', width: 180 },
    { key: 'label', header: '表示名', kind: 'text', width: 110 },
    { key: 'startAt', header: '開始', kind: 'datetime', width: 168, highlight: instantDueRules },
    { key: 'endAt', header: '終了', kind: 'datetime', width: 168 },
    { key: 'capacity', header: '定員', kind: 'number', width: 40 },
    { key: 'items', header: '問', kind: 'text', width: 260 },
  ],
});

/** 設定: 局一覧 (bureau directory). */
export const bureauTable = defineTable({
  sheet: '設定', table: TABLE.bureaus, anchor: { row: 0, column: 0 }, keyColumn: 'name', freezeHeader: true,
  description: '局一覧: 割振りの「局」の選択肢です。課は「、」で区切ります。',
  columns: [
    { key: 'id', header: '局ID', kind: 'text', width: 100, editable: true },
    { key: 'name', header: '局名', kind: 'text', width: 120, editable: true },
    { key: 'divisions', header: '課', kind: 'text', width: 240, editable: true },
    { key: 'otherDirected', header: '他律', kind: 'text', width: 40, editable: true, list: yesNoList },
  ],
  seed: () => defaultBureaus.map((b): CellValue[] => [b.id, b.name, b.divisions.join('、'), b.otherDirected ? '○' : '×']),
});

/** 設定: 内部締切 (lead times). */
export const leadTimeTable = defineTable({
  sheet: '設定', table: TABLE.leadTimes, anchor: { row: 0, column: 5 }, keyColumn: 'id',
  description: '内部締切: 転送日から何執務日後、または閣議の何執務日前の何時か。',
  columns: [
    { key: 'id', header: 'ID', kind: 'text', width: 110 },
    { key: 'label', header: '表示名', kind: 'text', width: 80, editable: true },
    { key: 'anchor', header: '起点', kind: 'text', width: 56, editable: true, list: leadAnchorList },
    { key: 'workingDays', header: '執務日数', kind: 'number', width: 56, editable: true },
    { key: 'time', header: '時刻', kind: 'text', width: 50, editable: true },
    { key: 'source', header: '根拠', kind: 'text', width: 260, editable: true },
  ],
  seed: () => defaultLeadTimes.map((l): CellValue[] => [l.id, l.label, l.anchor === 'transfer' ? '転送日' : '閣議', l.workingDays, l.time, l.source]),
});

/** 設定: 閣議日程の上書き (calendar overrides). */
export const calendarTable = defineTable({
  sheet: '設定', table: TABLE.calendar, anchor: { row: 0, column: 12 }, keyColumn: 'date',
  description: '閣議日程: 臨時閣議の追加、定例閣議の取りやめ、臨時の閉庁日。',
  columns: [
    { key: 'date', header: '日付', kind: 'date', width: 136, editable: true },
    { key: 'kind', header: '種別', kind: 'text', width: 70, editable: true, list: calendarKindList },
    { key: 'note', header: 'メモ', kind: 'text', width: 160, editable: true },
  ],
});

/** 設定: 基本設定 (producer name, publish counter). */
export const generalTable = defineTable({
  sheet: '設定', table: TABLE.general, anchor: { row: 0, column: 16 }, keyColumn: 'item',
  description: '基本設定: 配信元の名前と配信版。',
  columns: [
    { key: 'item', header: '項目', kind: 'text', width: 70 },
    { key: 'value', header: '値', kind: 'text', width: 160, editable: true },
  ],
  seed: () => [[GENERAL.producer, DEFAULT_PRODUCER], [GENERAL.revision, '0'], [GENERAL.publishedAt, '']],
});

/** 交換記録: the exchange records this workbook holds (版 per record), one JSON per row; hidden. */
export const storeTable = defineTable({
  sheet: '_交換記録', table: TABLE.store, anchor: { row: 0, column: 0 }, hidden: true,
  description: '交換記録 (非表示): 取り込み・配信した記録とその版。',
  columns: [
    { key: 'kind', header: '種類', kind: 'text', width: 80 },
    { key: 'id', header: 'ID', kind: 'text', width: 160 },
    { key: 'rev', header: '版', kind: 'number', width: 40 },
    { key: 'deleted', header: '削除', kind: 'text', width: 40 },
    { key: 'part', header: '分割', kind: 'number', width: 40 },
    { key: 'json', header: 'JSON', kind: 'text', width: 400 },
  ],
});

/**
 * Every table, in creation order (the first sheet listed is the one shown first). To add a sheet,
 * append its definitions; nothing else needs to change for it to be created and read.
 */
export const workbookTables: TableDefinition[] = [
  questionTable, assignmentTable, deadlineTable, slotTable, bureauTable, leadTimeTable, calendarTable, generalTable, storeTable,
];

/** The definition of a table by name. */
export function tableDefinition(name: string, tables: readonly TableDefinition[] = workbookTables): TableDefinition {
  const def = tables.find((t) => t.table === name);
  if (!def) throw new Error(`表の定義がありません: ${name}`);
  return def;
}
