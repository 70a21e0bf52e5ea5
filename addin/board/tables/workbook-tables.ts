/**
 * @file ブックの表 (workbookTables): every sheet and table 「ブックを準備」 creates, as one list — 質問, 割振り,
 * 期限, 開会, 夕方レク, 待機, 待機・超勤, 通告月報, 設定 and the hidden store. Adding a sheet is adding an entry here;
 * the Excel and preview workbooks create whatever the list says.
 */
import { builtinSessions, defaultBureaus, defaultLeadTimes, defaultStandDownRules, knownCancelledCabinetMeetings, knownIrregularCabinetMeetings } from '@shared/index';
import type { CellValue } from '../sheet/cell-value';
import { dateToSerial } from '../sheet/excel-serial';
import { capItems, eveningRuleItems, seedItemRows } from './evening-rule-items';
import { dateDueRules, instantDueRules } from '../sheet/highlight-rules';
import { type TableDefinition, type TableRow, columnList, defineTable } from '../sheet/table-definition';
import { calendarKindWords, houseWords, leadAnchorWords, yesNoWords } from './cell-words';
import { weekdayText } from './weekday-words';
import {
  attendanceList, bureauListOptions, calendarKindList, houseList, jurisdictionList, leadAnchorList, ledgerKindList, noticeStageList, roleList,
  sessionKindList, sittingStateList, stateList, yesNoList,
} from './list-sources';

/** 基本設定の項目名. */
export const GENERAL = { producer: '配信元', revision: '配信版', publishedAt: '最終配信', coordinator: '担当者' } as const;

/** 配信元 (producer) by default: the first users' coordinating division. */
export const DEFAULT_PRODUCER = '官房総務課';

/** 設定: 局一覧 (bureau directory). Defined first: 割振り and 待機・超勤 take their 局 dropdown from it. */
export const bureauTable = defineTable({
  sheet: '設定', table: '局一覧表', anchor: { row: 0, column: 0 }, keyColumn: 'name', freezeHeader: true,
  description: '局一覧: 割振りの「局」の選択肢です。課は「、」で区切ります。',
  columns: [
    { key: 'id', header: '局ID', kind: 'text', width: 100, editable: true },
    { key: 'name', header: '局名', kind: 'text', width: 120, editable: true },
    { key: 'divisions', header: '課', kind: 'text', width: 240, editable: true },
    { key: 'otherDirected', header: '他律', kind: 'text', width: 40, editable: true, list: yesNoList },
  ],
  seed: () => defaultBureaus.map((b): CellValue[] => [b.id, b.name, b.divisions.join('、'), yesNoWords.write(b.otherDirected)]),
});

/** 局: the live 局名 column of 局一覧表. */
const bureauList = columnList(bureauTable, 'name', bureauListOptions);

/**
 * 列幅 for ids (points): wide enough for the longest id of the kind, so no key is cut — 7.5 per half-width
 * character (Excel's default fonts at 11 pt draw digits and Latin letters in 5.3–6.4 pt; the preview draws the width
 * in px with a 12 px sans-serif whose hex digits take up to 7.6 px) plus 18 for the filter button and padding. Samples: a 質問通告 id is 「notice-」 + 16 hex digits (23 characters), longer than any 質問主意書
 * key (「sangiin-221-112」, 15); an assignment id adds 「as-」, 「#」 + 問 label and a counter.
 */
export const idColumnWidth = (sample: string): number => Math.ceil([...sample].reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? 7.5 : 13), 18));
const QUESTION_KEY_SAMPLE = 'notice-0123456789abcdef';
const ASSIGNMENT_ID_SAMPLE = 'as-notice-0123456789abcdef#問12-10';

/** 質問: one row per 質問主意書 or 質問通告. */
export const questionTable = defineTable({
  sheet: '質問', table: '質問表', anchor: { row: 0, column: 0 }, keyColumn: 'key', freezeHeader: true,
  description: '質問主意書・質問通告を 1 件 1 行で表示します (取り込みで更新。期限上書き・備考・当省分は残ります)。当省分を「他省庁」にした質問は割振りと期限から外れます (列を下までコピーすると一覧ごとに指定できます)。',
  columns: [
    { key: 'key', header: 'キー', kind: 'text', width: idColumnWidth(QUESTION_KEY_SAMPLE) },
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
    { key: 'statusSource', header: '状況の出所', kind: 'text', width: 150 },
    { key: 'jurisdiction', header: '当省分', kind: 'text', width: 110, editable: true, list: jurisdictionList },
    { key: 'ministry', header: '他省庁名', kind: 'text', width: 100, editable: true },
    { key: 'lead', header: '取りまとめ局', kind: 'text', width: 100 },
    { key: 'allocation', header: '割振り', kind: 'text', width: 110 },
    { key: 'caution', header: '注意', kind: 'text', width: 260 },
    { key: 'override', header: '期限上書き', kind: 'date', width: 136, editable: true },
    { key: 'extensionPlan', header: '延期案', kind: 'text', width: 260 },
    { key: 'extensionConfirm', header: '延期確定', kind: 'text', width: 56, editable: true, list: yesNoList },
    { key: 'note', header: '備考', kind: 'text', width: 160, editable: true },
    { key: 'source', header: '出所', kind: 'text', width: 200 },
  ],
});

/** 割振り: one row per 問 × 局 × 役割. */
export const assignmentTable = defineTable({
  sheet: '割振り', table: '割振り表', anchor: { row: 0, column: 0 }, keyColumn: 'id', freezeHeader: true,
  description: '問ごとに局・役割・状態を選びます。変更すると期限と取りまとめ局を計算し直します。局の回答 (受諾・異議) と進捗は局の報告を取り込むと入ります。異議のあった問は局を選び直すと、新しい局の 60 分の異議受付が始まります。',
  columns: [
    { key: 'questionKey', header: '質問キー', kind: 'text', width: idColumnWidth(QUESTION_KEY_SAMPLE) },
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
    { key: 'response', header: '局の回答', kind: 'text', width: 220, highlight: ['objection'] },
    { key: 'progress', header: '進捗', kind: 'text', width: 150 },
    { key: 'by', header: '担当者', kind: 'text', width: 70, editable: true },
    { key: 'note', header: '備考', kind: 'text', width: 140, editable: true },
    { key: 'proposedAt', header: '仮割振り', kind: 'datetime', width: 168 },
    { key: 'objectionUntil', header: '異議期限', kind: 'datetime', width: 168 },
    { key: 'decidedAt', header: '決定', kind: 'datetime', width: 168 },
    { key: 'id', header: '割振りID', kind: 'text', width: idColumnWidth(ASSIGNMENT_ID_SAMPLE) },
  ],
});

/** 期限: one row per question × 内部締切, soonest first. */
export const deadlineTable = defineTable({
  sheet: '期限', table: '期限表', anchor: { row: 0, column: 0 }, freezeHeader: true,
  description: '答弁中の質問の内部締切を期限順に並べます (自動で作り直します)。',
  columns: [
    { key: 'questionKey', header: '質問キー', kind: 'text', width: idColumnWidth(QUESTION_KEY_SAMPLE) },
    { key: 'title', header: '件名', kind: 'text', width: 260 },
    { key: 'milestone', header: '締切', kind: 'text', width: 80 },
    { key: 'dueAt', header: '期限日時', kind: 'datetime', width: 168, highlight: instantDueRules },
    { key: 'left', header: '残り', kind: 'text', width: 110 },
    { key: 'bureaus', header: '担当局', kind: 'text', width: 200 },
    { key: 'lead', header: '取りまとめ局', kind: 'text', width: 100 },
  ],
});

/** 開会: one row per committee sitting (院 + 委員会 + 開会日時) with its questioner list and allocation state. */
export const sittingTable = defineTable({
  sheet: '開会', table: '開会表', anchor: { row: 0, column: 0 }, keyColumn: 'id', freezeHeader: true,
  description: '開会ごとに質問者 (通告する予定の委員) を「、」で区切って入力します。全員の通告がそろい、すべての問の執筆局が決まると割振り確定です。通告のない開会は下に行を足して入力できます。',
  columns: [
    { key: 'house', header: '院', kind: 'text', width: 56, editable: true, list: houseList },
    { key: 'committee', header: '委員会', kind: 'text', width: 130, editable: true },
    { key: 'sittingOn', header: '開会日', kind: 'date', width: 136, editable: true },
    { key: 'startTime', header: '開会時刻', kind: 'text', width: 56, editable: true },
    { key: 'setAt', header: 'セット日時', kind: 'datetime', width: 168, editable: true },
    { key: 'questioners', header: '質問者', kind: 'text', width: 200, editable: true },
    { key: 'noticed', header: '通告済み', kind: 'text', width: 160 },
    { key: 'missing', header: '未通告', kind: 'text', width: 120, highlight: ['flagged'] },
    { key: 'items', header: '問数', kind: 'number', width: 40 },
    { key: 'unassigned', header: '執筆局未確定', kind: 'number', width: 70 },
    { key: 'allocation', header: '割振り', kind: 'text', width: 140 },
    { key: 'standbyDay', header: '待機日', kind: 'date', width: 136 },
    { key: 'evening', header: '夕方レク', kind: 'number', width: 52 },
    { key: 'morning', header: '朝レク', kind: 'number', width: 46 },
    { key: 'unplaced', header: '枠なし', kind: 'number', width: 46 },
    { key: 'lastDirector', header: '最終局長了見込み', kind: 'datetime', width: 168 },
    { key: 'caution', header: '注意', kind: 'text', width: 300 },
    { key: 'id', header: '開会ID', kind: 'text', width: 220 },
    // 開会の状態 and its times (shared/evening/RULES.md §9.2): the board stamps セット日時 (above) when the state becomes
    // セット済み or 開会確定, and 中止の時刻 when it becomes 中止, at the minute; both can be typed or corrected by hand.
    { key: 'state', header: '状態', kind: 'text', width: 80, editable: true, list: sittingStateList },
    { key: 'cancelledAt', header: '中止の時刻', kind: 'datetime', width: 168, editable: true },
  ],
});

/** 夕方レク: briefing slots (planned per sitting, or from imported bundles) with their 問 and bureaus. */
export const slotTable = defineTable({
  sheet: '夕方レク', table: '夕方レク表', anchor: { row: 0, column: 0 }, keyColumn: 'id', freezeHeader: true,
  description: '夕方レク・朝レクの枠と入る問・局です。大臣の都合がつかない枠は「大臣」を × にすると、その枠を使わずに計画し直します。',
  columns: [
    { key: 'id', header: '枠ID', kind: 'text', width: 140 },
    { key: 'sitting', header: '開会', kind: 'text', width: 180 },
    { key: 'label', header: '表示名', kind: 'text', width: 110 },
    { key: 'startAt', header: '開始', kind: 'datetime', width: 168, highlight: instantDueRules },
    { key: 'endAt', header: '終了', kind: 'datetime', width: 168 },
    { key: 'capacity', header: '定員', kind: 'number', width: 40 },
    { key: 'items', header: '問', kind: 'text', width: 260 },
    { key: 'kind', header: '区分', kind: 'text', width: 60 },
    { key: 'minister', header: '大臣', kind: 'text', width: 52, editable: true, list: yesNoList },
    { key: 'count', header: '問数', kind: 'number', width: 40 },
    { key: 'bureaus', header: '局', kind: 'text', width: 200 },
  ],
});

/**
 * 夕方レク (timeline): one row per 問 in briefing order — slot, bureaus, expected steps and the deadlines back
 * from the slot; 朝レク and no-slot rows are coloured. The 実績 columns take reported times (HH:MM or date and time).
 */
export const eveningItemTable = defineTable({
  sheet: '夕方レク', table: '夕方レク問表', anchor: { row: 0, column: 12 }, keyColumn: 'itemId',
  description: '問ごとの計画 (レク順)。実績の時刻 (HH:MM、正午より前は翌日) を入れると、その時刻で計画し直し、局長了で待機解除を判定します。実績の欄は入力した人のもの: 作業ウィンドウは読むだけで書き換えません (局の報告の取り込みは空欄だけを埋めます)。',
  columns: [
    { key: 'slot', header: '枠', kind: 'text', width: 100, highlight: ['morningRow', 'unplacedRow'] },
    { key: 'kind', header: '区分', kind: 'text', width: 60, highlight: ['morningRow', 'unplacedRow'] },
    { key: 'slotAt', header: '枠開始', kind: 'datetime', width: 168 },
    { key: 'item', header: '問', kind: 'text', width: 50 },
    { key: 'member', header: '質問者', kind: 'text', width: 90 },
    { key: 'bureau', header: '執筆局', kind: 'text', width: 100 },
    { key: 'helpers', header: '合議・メモ出し', kind: 'text', width: 150 },
    { key: 'receivedAt', header: '通告受信', kind: 'datetime', width: 168 },
    { key: 'draftStartAt', header: '着手', kind: 'datetime', width: 168 },
    { key: 'draftEndAt', header: '原案了見込み', kind: 'datetime', width: 168 },
    { key: 'sectionChiefAt', header: '課長了見込み', kind: 'datetime', width: 168 },
    { key: 'directorAt', header: '局長了見込み', kind: 'datetime', width: 168 },
    { key: 'draftBy', header: '原案締切', kind: 'datetime', width: 168, highlight: instantDueRules },
    { key: 'sectionChiefBy', header: '課長了締切', kind: 'datetime', width: 168 },
    { key: 'directorBy', header: '局長了締切', kind: 'datetime', width: 168 },
    { key: 'reason', header: '理由', kind: 'text', width: 320, highlight: ['morningRow', 'unplacedRow'] },
    { key: 'startedAt', header: '着手実績', kind: 'datetime', width: 168, editable: true },
    { key: 'draftedAt', header: '原案了実績', kind: 'datetime', width: 168, editable: true },
    { key: 'sectionChiefApprovedAt', header: '課長了実績', kind: 'datetime', width: 168, editable: true },
    { key: 'directorApprovedAt', header: '局長了実績', kind: 'datetime', width: 168, editable: true },
    { key: 'sitting', header: '開会', kind: 'text', width: 200 },
    { key: 'itemId', header: '問ID', kind: 'text', width: 200 },
  ],
});

/** 待機: one row per bureau and standby day — 待機中 / 解除可 / 解除 hh:mm, expected finish, hours past 18:15. */
export const standbyTable = defineTable({
  sheet: '待機', table: '待機表', anchor: { row: 0, column: 0 }, keyColumn: 'id', freezeHeader: true,
  description: '局ごとの待機の状態です。「解除可」の局は作業ウィンドウの「待機解除を確定」で記録し、配信すると各局のポップアップに表示されます。',
  columns: [
    { key: 'standbyDay', header: '待機日', kind: 'date', width: 136 },
    { key: 'bureau', header: '局', kind: 'text', width: 120 },
    { key: 'state', header: '状態', kind: 'text', width: 170, highlight: ['standbyWaiting', 'standbyReleasable', 'standbyReleased', 'standbyRecalled'] },
    { key: 'draft', header: '執筆', kind: 'number', width: 40 },
    { key: 'concurrence', header: '合議', kind: 'number', width: 40 },
    { key: 'memo', header: 'メモ出し', kind: 'number', width: 50 },
    { key: 'finishAt', header: '作業終了見込み', kind: 'datetime', width: 168 },
    { key: 'releasableAt', header: '解除可能', kind: 'datetime', width: 168 },
    { key: 'confirmedAt', header: '解除確定', kind: 'datetime', width: 168 },
    { key: 'confirmedBy', header: '確定者', kind: 'text', width: 80 },
    { key: 'reason', header: '理由', kind: 'text', width: 360 },
    { key: 'drafters', header: '待機要員', kind: 'number', width: 56 },
    { key: 'hours', header: '終業後(時間)', kind: 'number', width: 70 },
    { key: 'lateNight', header: '深夜(時間)', kind: 'number', width: 62 },
    { key: 'staffHours', header: '人時', kind: 'number', width: 50 },
    { key: 'sittings', header: '開会', kind: 'text', width: 220 },
    { key: 'id', header: 'ID', kind: 'text', width: 200 },
    // 当番 and 呼び戻し (shared/evening/RULES.md §9.4, §9.5), and why the bureau is not released yet.
    { key: 'dutyPeople', header: '当番', kind: 'text', width: 120 },
    { key: 'dutyFrom', header: '当番開始', kind: 'datetime', width: 168 },
    { key: 'dutyUntil', header: '当番終了', kind: 'datetime', width: 168 },
    { key: 'recalls', header: '呼び戻し', kind: 'text', width: 260, highlight: ['flagged'] },
    { key: 'holds', header: '待機の理由', kind: 'text', width: 360 },
  ],
});

/** 待機・超勤: the ledger — one row per bureau and standby day from the plans, plus hours entered by hand. */
export const ledgerTable = defineTable({
  sheet: '待機・超勤', table: '待機記録表', anchor: { row: 0, column: 0 }, keyColumn: 'id', freezeHeader: true,
  description: '待機・超勤の記録。待機の行は計画から自動で作られ (開会が終わると固定)、確定した解除の時刻で数えます。下に行を足して、局・氏名ごとの超勤を入力できます (開始・終了か時間外)。',
  columns: [
    { key: 'date', header: '待機日', kind: 'date', width: 136, editable: true },
    { key: 'bureau', header: '局', kind: 'text', width: 110, editable: true, list: bureauList },
    { key: 'person', header: '氏名', kind: 'text', width: 80, editable: true },
    { key: 'kind', header: '種別', kind: 'text', width: 46, editable: true, list: ledgerKindList },
    { key: 'from', header: '開始', kind: 'datetime', width: 168, editable: true },
    { key: 'until', header: '終了', kind: 'datetime', width: 168, editable: true },
    { key: 'hours', header: '時間外(時間)', kind: 'number', width: 70, editable: true },
    { key: 'lateNight', header: '深夜(時間)', kind: 'number', width: 62, editable: true },
    { key: 'staff', header: '人数', kind: 'number', width: 40, editable: true },
    { key: 'status', header: '状態', kind: 'text', width: 56 },
    { key: 'source', header: '出所・メモ', kind: 'text', width: 200, editable: true },
    { key: 'check', header: '確認', kind: 'text', width: 220, highlight: ['flagged'] },
    { key: 'id', header: '記録ID', kind: 'text', width: 180 },
  ],
});

/** 待機・超勤: the month's tally per bureau (and person) against the overtime caps, with warnings at 80 %. */
export const tallyTable = defineTable({
  sheet: '待機・超勤', table: '超勤集計表', anchor: { row: 0, column: 14 },
  description: '当月の集計 (1 人あたりの時間)。人事院規則15-14 の上限 (設定シートの超勤上限表) と比べ、上限の手前で警告します。',
  columns: [
    { key: 'bureau', header: '局', kind: 'text', width: 110 },
    { key: 'person', header: '氏名', kind: 'text', width: 80 },
    { key: 'unit', header: '区分', kind: 'text', width: 64 },
    { key: 'month', header: '対象月', kind: 'text', width: 60 },
    { key: 'monthHours', header: '当月(時間)', kind: 'number', width: 60 },
    { key: 'lateNight', header: '深夜(時間)', kind: 'number', width: 60 },
    { key: 'staffHours', header: '人時', kind: 'number', width: 56 },
    { key: 'days', header: '日数', kind: 'number', width: 40 },
    { key: 'yearHours', header: '年度(時間)', kind: 'number', width: 60 },
    { key: 'rolling', header: '直近12か月(時間)', kind: 'number', width: 90 },
    { key: 'monthsOver', header: '45時間超の月数', kind: 'number', width: 80 },
    { key: 'average', header: '平均(最大)', kind: 'text', width: 110 },
    { key: 'status', header: '状態', kind: 'text', width: 70, highlight: ['capNear', 'capOver'] },
    { key: 'warnings', header: '警告', kind: 'text', width: 360 },
  ],
});

/** 設定: 内部締切 (lead times). */
export const leadTimeTable = defineTable({
  sheet: '設定', table: '内部締切表', anchor: { row: 0, column: 5 }, keyColumn: 'id',
  description: '内部締切: 転送日から何執務日後、または閣議の何執務日前の何時か。',
  columns: [
    { key: 'id', header: 'ID', kind: 'text', width: 110 },
    { key: 'label', header: '表示名', kind: 'text', width: 80, editable: true },
    { key: 'anchor', header: '起点', kind: 'text', width: 56, editable: true, list: leadAnchorList },
    { key: 'workingDays', header: '執務日数', kind: 'number', width: 56, editable: true },
    { key: 'time', header: '時刻', kind: 'text', width: 50, editable: true },
    { key: 'source', header: '根拠', kind: 'text', width: 260, editable: true },
  ],
  seed: () => defaultLeadTimes.map((l): CellValue[] => [l.id, l.label, leadAnchorWords.write(l.anchor), l.workingDays, l.time, l.source]),
});

/** 設定: 閣議日程の上書き (calendar overrides). */
export const calendarTable = defineTable({
  sheet: '設定', table: '閣議日程表', anchor: { row: 0, column: 12 }, keyColumn: 'date',
  description: '閣議日程: 臨時閣議の追加、定例閣議の取りやめ、臨時の閉庁日。実データで見つかった臨時閣議は最初から入っています (メモが出所)。',
  columns: [
    { key: 'date', header: '日付', kind: 'date', width: 136, editable: true },
    { key: 'kind', header: '種別', kind: 'text', width: 70, editable: true, list: calendarKindList },
    { key: 'note', header: 'メモ', kind: 'text', width: 160, editable: true },
  ],
  seed: () => [
    ...knownIrregularCabinetMeetings.map((m): CellValue[] => [dateToSerial(m.date), calendarKindWords.write('added'), m.note]),
    ...knownCancelledCabinetMeetings.map((d): CellValue[] => [dateToSerial(d), calendarKindWords.write('removed'), '定例閣議の取りやめ (臨時閣議 2023-11-20 への繰上げ)']),
  ],
});

/** 設定: 会期表 (session calendar) — shipped 211–221, updated from captured 参議院 lists, editable. */
export const sessionTable = defineTable({
  sheet: '設定', table: '会期表', anchor: { row: 0, column: 35 }, keyColumn: 'number',
  description: '会期表: 延期の予測 (会期末) に使います。読めない行はセルを示し、その回次は既定の会期表を使います。',
  columns: [
    { key: 'number', header: '回次', kind: 'number', width: 40, editable: true },
    { key: 'kind', header: '種別', kind: 'text', width: 56, editable: true, list: sessionKindList },
    { key: 'start', header: '召集日', kind: 'date', width: 136, editable: true },
    { key: 'end', header: '会期終了日', kind: 'date', width: 136, editable: true },
    { key: 'plannedEnd', header: '延長前の会期終了日', kind: 'date', width: 136, editable: true },
    { key: 'source', header: '出所', kind: 'text', width: 300, editable: true },
  ],
  seed: () => builtinSessions.map((s): CellValue[] => [
    s.number, s.kind, dateToSerial(s.start), dateToSerial(s.end), s.extensions[0] ? dateToSerial(s.extensions[0].from) : '', s.source,
  ]),
});

/** 通告月報: one row per sitting and member, with the 内閣人事局 survey's fields (all months; filter by 対象月). */
export const surveyTable = defineTable({
  sheet: '通告月報', table: '通告月報表', anchor: { row: 0, column: 0 }, keyColumn: 'id', freezeHeader: true,
  description: '通告月報: 開会・質問者ごとの通告の区分と遅れ、内閣人事局「国会対応業務に関する実態調査」の項目です。作業ウィンドウから月ごとの CSV を保存できます。',
  columns: [
    { key: 'month', header: '対象月', kind: 'text', width: 60 },
    { key: 'house', header: '院', kind: 'text', width: 48 },
    { key: 'committee', header: '委員会', kind: 'text', width: 140 },
    { key: 'sittingOn', header: '委員会開催日', kind: 'date', width: 136 },
    { key: 'setAt', header: '委員会セット日時', kind: 'datetime', width: 168 },
    { key: 'member', header: '質問者', kind: 'text', width: 100 },
    { key: 'receivedAt', header: '通告受信日時', kind: 'datetime', width: 168 },
    { key: 'band', header: '区分', kind: 'text', width: 90 },
    { key: 'reference', header: '遅れの基準', kind: 'text', width: 200 },
    { key: 'minutesLate', header: '基準からの遅れ(分)', kind: 'number', width: 80 },
    { key: 'lastStartableAt', header: '最終の答弁作成着手可能日時', kind: 'datetime', width: 168 },
    { key: 'allDoneAt', header: '全ての答弁作成が完了した日時', kind: 'datetime', width: 168 },
    { key: 'id', header: '行ID', kind: 'text', width: 200 },
  ],
});

/** 通告月報: totals per month, house and committee by band. */
export const surveyTotalTable = defineTable({
  sheet: '通告月報', table: '通告集計表', anchor: { row: 0, column: 14 },
  description: '通告の区分ごとの件数 (月・委員会ごと)。',
  columns: [
    { key: 'month', header: '対象月', kind: 'text', width: 60 },
    { key: 'house', header: '院', kind: 'text', width: 48 },
    { key: 'committee', header: '委員会', kind: 'text', width: 140 },
    { key: 'sittings', header: '開会日数', kind: 'number', width: 64 },
    { key: 'notices', header: '通告数', kind: 'number', width: 56 },
    { key: 'byTwoDaysBefore', header: '前々日まで', kind: 'number', width: 76 },
    { key: 'byPrevNoon', header: '前日正午まで', kind: 'number', width: 88 },
    { key: 'byPrev18', header: '前日18時まで', kind: 'number', width: 88 },
    { key: 'later', header: 'それ以降', kind: 'number', width: 64 },
  ],
});

/** 設定: 基本設定 (producer name, publish counter). */
export const generalTable = defineTable({
  sheet: '設定', table: '基本設定表', anchor: { row: 0, column: 16 }, keyColumn: 'item',
  description: '基本設定: 配信元の名前と配信版。',
  columns: [
    { key: 'item', header: '項目', kind: 'text', width: 70 },
    { key: 'value', header: '値', kind: 'text', width: 160, editable: true },
  ],
  seed: () => [[GENERAL.producer, DEFAULT_PRODUCER], [GENERAL.revision, '0'], [GENERAL.publishedAt, ''], [GENERAL.coordinator, '']],
});

/** 設定: 局の待機設定 (standby staff and step minutes per bureau; blank = the 夕方レク規則's defaults). */
export const bureauStandbyTable = defineTable({
  sheet: '設定', table: '局の待機設定表', anchor: { row: 0, column: 19 }, keyColumn: 'name',
  description: '局の待機設定: 待機要員と作業時間 (分)。空欄は夕方レク規則の既定値を使います。',
  columns: [
    { key: 'name', header: '局名', kind: 'text', width: 120, editable: true },
    { key: 'drafters', header: '待機要員', kind: 'number', width: 56, editable: true },
    { key: 'draft', header: '執筆(分)', kind: 'number', width: 56, editable: true },
    { key: 'concurrence', header: '合議(分)', kind: 'number', width: 56, editable: true },
    { key: 'memo', header: 'メモ出し(分)', kind: 'number', width: 66, editable: true },
    { key: 'sectionChief', header: '課長了(分)', kind: 'number', width: 62, editable: true },
    { key: 'director', header: '局長了(分)', kind: 'number', width: 62, editable: true },
  ],
  seed: () => defaultBureaus.map((b): CellValue[] => [b.name, '', '', '', '', '', '']),
});

/** 設定: 夕方レク規則 (regular hours, late-night band, slots, defaults) as 項目 / 値 / 根拠. */
export const eveningRuleTable = defineTable({
  sheet: '設定', table: '夕方レク規則表', anchor: { row: 0, column: 27 }, keyColumn: 'item',
  description: '夕方レク規則: 勤務時間、深夜帯、レク枠、局の既定値。値を変えるとすぐ計画し直します。',
  columns: [
    { key: 'item', header: '項目', kind: 'text', width: 150 },
    { key: 'value', header: '値', kind: 'text', width: 80, editable: true },
    { key: 'source', header: '根拠', kind: 'text', width: 300 },
  ],
  seed: () => seedItemRows(eveningRuleItems),
});

/** 設定: 超勤上限 (人事院規則15-14) as 項目 / 値 / 根拠. */
export const capTable = defineTable({
  sheet: '設定', table: '超勤上限表', anchor: { row: 0, column: 31 }, keyColumn: 'item',
  description: '超勤上限: 人事院規則15-14 第16条の2の2。警告の割合に達すると待機・超勤シートで警告します。',
  columns: [
    { key: 'item', header: '項目', kind: 'text', width: 170 },
    { key: 'value', header: '値', kind: 'text', width: 60, editable: true },
    { key: 'source', header: '根拠', kind: 'text', width: 260 },
  ],
  seed: () => seedItemRows(capItems),
});

/**
 * 開会: 通告の段階 — one row per listed questioner (with when the board first saw it listed: a questioner added later
 * keeps the allocation open only from then) and one per notice of an open sitting (§9.1).
 */
export const stageTable = defineTable({
  sheet: '開会', table: '通告段階表', anchor: { row: 0, column: 22 }, keyColumn: 'id', freezeHeader: true,
  description: '質問者ごと・通告ごとの段階です。問取りが終わったら「問取り完了」、当省への質問がなければ「当省なし」を選びます (完了時刻は自動で入ります)。未入力の通告は問取り未了とみなし、誰も解除しません。更問いの通告は「更問い」を ○ にします。',
  columns: [
    { key: 'sitting', header: '開会ID', kind: 'text', width: 220 },
    { key: 'member', header: '質問者', kind: 'text', width: 100 },
    { key: 'listedAt', header: '登録時刻', kind: 'datetime', width: 168 },
    { key: 'receivedAt', header: '通告受信', kind: 'datetime', width: 168 },
    { key: 'items', header: '問数', kind: 'number', width: 40 },
    { key: 'stage', header: '段階', kind: 'text', width: 90, editable: true, list: noticeStageList },
    { key: 'completedAt', header: '完了時刻', kind: 'datetime', width: 168, editable: true },
    { key: 'followUp', header: '更問い', kind: 'text', width: 52, editable: true, list: yesNoList },
    { key: 'status', header: '状況', kind: 'text', width: 300, highlight: ['flagged'] },
    { key: 'id', header: '行ID', kind: 'text', width: 200 },
  ],
});

/** 夕方レク: 出席 — one row per evening slot and bureau whose 問 (as 執筆) are briefed in it (§9.6). */
export const lectureTable = defineTable({
  sheet: '夕方レク', table: 'レク出席表', anchor: { row: 0, column: 35 }, keyColumn: 'id',
  description: '夕方レクに出る局です。出席しなくてよい局は「出席」を 不要 にすると、枠の終了を待たずに待機を解除できます。',
  columns: [
    { key: 'sitting', header: '開会', kind: 'text', width: 200 },
    { key: 'slot', header: '枠', kind: 'text', width: 110 },
    { key: 'startAt', header: '開始', kind: 'datetime', width: 168 },
    { key: 'endAt', header: '終了', kind: 'datetime', width: 168 },
    { key: 'bureau', header: '局', kind: 'text', width: 110 },
    { key: 'items', header: '問数', kind: 'number', width: 40 },
    { key: 'attend', header: '出席', kind: 'text', width: 48, editable: true, list: attendanceList },
    { key: 'exemptAt', header: '不要の時刻', kind: 'datetime', width: 168, editable: true },
    { key: 'id', header: '行ID', kind: 'text', width: 240 },
  ],
});

/** 待機: 呼び戻し — one row per recall of a bureau (§9.5). */
export const recallTable = defineTable({
  sheet: '待機', table: '呼び戻し表', anchor: { row: 0, column: 28 }, keyColumn: 'id',
  description: '解除した局 (または当番の局) に新しい作業が届いた呼び戻しです。呼び戻した時間も待機・超勤に数えます。',
  columns: [
    { key: 'standbyDay', header: '待機日', kind: 'date', width: 136 },
    { key: 'bureau', header: '局', kind: 'text', width: 110 },
    { key: 'at', header: '呼び戻し', kind: 'datetime', width: 168 },
    { key: 'until', header: '再解除', kind: 'datetime', width: 168 },
    { key: 'reason', header: '理由', kind: 'text', width: 70 },
    { key: 'by', header: 'きっかけ', kind: 'text', width: 100 },
    { key: 'items', header: '問', kind: 'text', width: 160 },
    { key: 'text', header: '説明', kind: 'text', width: 320 },
    { key: 'id', header: 'ID', kind: 'text', width: 220 },
  ],
});

/** 待機: 割振りが確定しない理由 per standby day (§9.3), one row per blocker. */
export const blockerTable = defineTable({
  sheet: '待機', table: '割振り未確定の理由表', anchor: { row: 0, column: 38 },
  description: '待機日ごとに、割振りが確定しない (誰も解除できない) 理由です。',
  columns: [
    { key: 'standbyDay', header: '待機日', kind: 'date', width: 136 },
    { key: 'sitting', header: '開会', kind: 'text', width: 220 },
    { key: 'text', header: '理由', kind: 'text', width: 360 },
  ],
});

/** 待機: 割振り確定前の解除 — the coordinator's decisions, with who and why (§9.3). */
export const decisionTable = defineTable({
  sheet: '待機', table: '解除判断表', anchor: { row: 0, column: 42 },
  description: '割振り確定前に待機を解除した判断 (作業ウィンドウの「割振り確定前に解除」で記録)。局は「、」で区切るか「全局」。',
  columns: [
    { key: 'at', header: '日時', kind: 'datetime', width: 168, editable: true },
    { key: 'standbyDay', header: '待機日', kind: 'date', width: 136, editable: true },
    { key: 'bureaus', header: '局', kind: 'text', width: 200, editable: true },
    { key: 'by', header: '判断者', kind: 'text', width: 80, editable: true },
    { key: 'reason', header: '理由', kind: 'text', width: 300, editable: true },
    { key: 'check', header: '確認', kind: 'text', width: 240, highlight: ['flagged'] },
  ],
});

/** 設定: 当番 per bureau (§9.4): N named people keep watch while the allocation is open. */
export const dutyTable = defineTable({
  sheet: '設定', table: '当番表', anchor: { row: 0, column: 42 }, keyColumn: 'name',
  description: '当番: 割振り確定前でも、作業のない局は当番 (氏名を「、」で区切る) だけを残して解除できます。開始は待機日の HH:MM。',
  columns: [
    { key: 'name', header: '局名', kind: 'text', width: 120, editable: true, list: columnList(bureauTable, 'name', bureauListOptions) },
    { key: 'people', header: '当番', kind: 'text', width: 160, editable: true },
    { key: 'from', header: '開始', kind: 'text', width: 50, editable: true },
  ],
});

/** 設定: 定例日 (§9.2): a committee that regularly sits on these weekdays keeps the allocation open until typed in. */
export const regularSittingTable = defineTable({
  sheet: '設定', table: '定例日表', anchor: { row: 0, column: 46 },
  description: '定例日: 翌開庁日がこの曜日の委員会は、開会シートに入力する (開かれないなら 中止) まで割振り確定になりません。院が空欄なら両院。',
  columns: [
    { key: 'house', header: '院', kind: 'text', width: 56, editable: true, list: houseList },
    { key: 'committee', header: '委員会', kind: 'text', width: 130, editable: true },
    { key: 'weekdays', header: '曜日', kind: 'text', width: 60, editable: true },
    { key: 'source', header: '出典', kind: 'text', width: 260, editable: true },
  ],
  seed: () => defaultStandDownRules.regularSittings.map((r): CellValue[] => [
    r.house ? houseWords.write(r.house) : '', r.committee, weekdayText(r.weekdays), r.source,
  ]),
});

/** 交換記録: the exchange records this workbook holds (版 per record), one JSON per row; hidden. */
export const storeTable = defineTable({
  sheet: '_交換記録', table: '交換記録表', anchor: { row: 0, column: 0 }, hidden: true,
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
 * 報告の受付 (hidden, beside the store): one row per report sender — its bureau and the creation time of the last
 * report imported from it, so an older report from the same sender is refused (checkReportBundle).
 */
export const reportTable = defineTable({
  sheet: '_交換記録', table: '報告受付表', anchor: { row: 0, column: 7 }, keyColumn: 'producer', hidden: true,
  description: '報告受付 (非表示): 局の報告の送り元ごとに、最後に取り込んだ報告の作成日時。',
  columns: [
    { key: 'producer', header: '送り元', kind: 'text', width: 160 },
    { key: 'bureau', header: '局', kind: 'text', width: 80 },
    { key: 'producedAt', header: '作成', kind: 'text', width: 200 },
    { key: 'revision', header: '版', kind: 'number', width: 40 },
    { key: 'importedAt', header: '取り込み', kind: 'text', width: 200 },
    { key: 'responses', header: '回答数', kind: 'number', width: 50 },
  ],
});

/**
 * Every table, in creation order (the first sheet listed is the one shown first). To add a sheet,
 * append its definitions; nothing else needs to change for it to be created and read.
 */
export const workbookTables: TableDefinition[] = [
  questionTable, assignmentTable, deadlineTable, sittingTable, slotTable, eveningItemTable, standbyTable, ledgerTable, tallyTable,
  surveyTable, surveyTotalTable,
  bureauTable, leadTimeTable, calendarTable, generalTable, bureauStandbyTable, eveningRuleTable, capTable, sessionTable, storeTable, reportTable,
  stageTable, lectureTable, recallTable, blockerTable, decisionTable, dutyTable, regularSittingTable,
];

/** 行の型: one body row of each table, typed by its column keys. */
export type QuestionRow = TableRow<typeof questionTable>;
export type AssignmentRow = TableRow<typeof assignmentTable>;
export type DeadlineRow = TableRow<typeof deadlineTable>;
export type SittingRow = TableRow<typeof sittingTable>;
export type SlotRow = TableRow<typeof slotTable>;
export type EveningItemRow = TableRow<typeof eveningItemTable>;
export type StandbyRow = TableRow<typeof standbyTable>;
export type LedgerRow = TableRow<typeof ledgerTable>;
export type TallyRow = TableRow<typeof tallyTable>;
export type StoreRow = TableRow<typeof storeTable>;
export type StageRow = TableRow<typeof stageTable>;
export type LectureRow = TableRow<typeof lectureTable>;
export type RecallRow = TableRow<typeof recallTable>;
export type BlockerRow = TableRow<typeof blockerTable>;
export type DecisionRow = TableRow<typeof decisionTable>;
export type ReportRow = TableRow<typeof reportTable>;
export type SessionRow = TableRow<typeof sessionTable>;
export type SurveyRow = TableRow<typeof surveyTable>;
export type SurveyTotalRow = TableRow<typeof surveyTotalTable>;

/**
 * テーブル名 by role, read from the definitions (a table's name is written only in its definition).
 * @example snapshot.get(TABLE.questions) // the 質問表 as read
 */
export const TABLE = {
  questions: questionTable.table,
  assignments: assignmentTable.table,
  deadlines: deadlineTable.table,
  slots: slotTable.table,
  bureaus: bureauTable.table,
  leadTimes: leadTimeTable.table,
  calendar: calendarTable.table,
  general: generalTable.table,
  store: storeTable.table,
  sittings: sittingTable.table,
  eveningItems: eveningItemTable.table,
  standby: standbyTable.table,
  ledger: ledgerTable.table,
  tally: tallyTable.table,
  bureauStandby: bureauStandbyTable.table,
  eveningRules: eveningRuleTable.table,
  caps: capTable.table,
  stages: stageTable.table,
  lectures: lectureTable.table,
  recalls: recallTable.table,
  blockers: blockerTable.table,
  decisions: decisionTable.table,
  duty: dutyTable.table,
  regularSittings: regularSittingTable.table,
  reports: reportTable.table,
  sessions: sessionTable.table,
  survey: surveyTable.table,
  surveyTotals: surveyTotalTable.table,
} as const;

/** The definition of a table by name. */
export function tableDefinition(name: string, tables: readonly TableDefinition[] = workbookTables): TableDefinition {
  const def = tables.find((t) => t.table === name);
  if (!def) throw new Error(`表の定義がありません: ${name}`);
  return def;
}
