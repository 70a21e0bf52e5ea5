/**
 * @file 表の語 (cell words): every column of the board whose cells hold words from a fixed list — what each word
 * means, used to write the cell, to read it back and as the column's dropdown (list-sources.ts). Pure data.
 */
import {
  type AssignmentState, type House, type ReportedNoticeStage, type Role, type SessionKind, type SittingState, assignmentStateLabels, houseLabels,
  reportedNoticeStageSchema, roleSchema, sessionKinds, sittingStates,
} from '@shared/index';
import { type WordCodec, labelCodec, wordCodec } from '../sheet/word-codec';

/** ○ / × (局一覧 他律, 夕方レク表 大臣): true = ○. */
export const yesNoWords: WordCodec<boolean> = wordCodec([[true, '○'], [false, '×']]);

/** 内部締切の起点: 転送日 (days after transfer) or 閣議 (days before the cabinet meeting). */
export const leadAnchorWords: WordCodec<'transfer' | 'cabinet'> = wordCodec([['transfer', '転送日'], ['cabinet', '閣議']]);

/** 閣議日程の種別: 臨時閣議 (added), 閣議なし (a regular one cancelled), 閉庁日 (an extra closed day). */
export type CalendarOverrideKind = 'added' | 'removed' | 'closed';
export const calendarKindWords: WordCodec<CalendarOverrideKind> = wordCodec([['added', '臨時閣議'], ['removed', '閣議なし'], ['closed', '閉庁日']]);

/** 会期の種別: 常会 / 臨時会 / 特別会 (the shared model's own words). */
export const sessionKindWords: WordCodec<SessionKind> = wordCodec(sessionKinds.map((k) => [k, k] as const));

/** 院: 衆議院 / 参議院. */
export const houseWords: WordCodec<House> = labelCodec(houseLabels);

/** 役割: 執筆 / 合議 / メモ出し (the shared model's own words). */
export const roleWords: WordCodec<Role> = wordCodec(roleSchema.options.map((r) => [r, r] as const));

/** 割振りの状態: 仮割振り / 了承 / 異議あり / 確定. */
export const stateWords: WordCodec<AssignmentState> = labelCodec(assignmentStateLabels);

/** 待機記録の種別: 待機 (from the plan, or entered) or 超勤 (other overtime entered by hand). */
export const ledgerKindWords: WordCodec<'standby' | 'overtime'> = wordCodec([['standby', '待機'], ['overtime', '超勤']]);

/** 開会の状態: 予定 / セット済み / 開会確定 / 中止 (the shared core's own words, shared/evening/RULES.md §9.2). */
export const sittingStateWords: WordCodec<SittingState> = wordCodec(sittingStates.map((s) => [s, s] as const));

/** 通告の段階 a coordinator reports: 通告待ち / 要旨のみ / 問取り中 / 問取り完了 / 当省なし (shared/evening/RULES.md §9.1). */
export const noticeStageWords: WordCodec<ReportedNoticeStage> = wordCodec(reportedNoticeStageSchema.options.map((s) => [s, s] as const));

/** 夕方レクへの出席: 要 (the bureau attends its slot) or 不要 (出席不要: released without waiting for the slot, §9.6). */
export const attendanceWords: WordCodec<boolean> = wordCodec([[true, '要'], [false, '不要']]);

/**
 * 当省分: 当省・取りまとめ (we write and gather the answer), 当省・合議 (we concur with another ministry's draft) or 他省庁
 * (another ministry answers; its name goes in 他省庁名). A blank cell is 未確認.
 */
export type JurisdictionWord = 'own:取りまとめ' | 'own:合議' | 'other';
export const jurisdictionWords: WordCodec<JurisdictionWord> = wordCodec([['own:取りまとめ', '当省・取りまとめ'], ['own:合議', '当省・合議'], ['other', '他省庁']]);
