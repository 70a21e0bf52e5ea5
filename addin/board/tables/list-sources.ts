/**
 * @file 入力規則の選択肢 (dropdown sources) of the board: the words of each word column (cell-words.ts, so the
 * dropdown offers exactly what the board reads back) and the bureau list fed by the 局一覧 table (so coordinators
 * extend it in 設定; its table and column names come from that table's definition, see workbook-tables.ts).
 * Messages are what Excel shows on bad input.
 */
import type { ListSource } from '../sheet/table-definition';
import type { WordCodec } from '../sheet/word-codec';
import {
  attendanceWords, calendarKindWords, houseWords, jurisdictionWords, leadAnchorWords, ledgerKindWords, noticeStageWords, roleWords, sessionKindWords,
  sittingStateWords, stateWords, yesNoWords,
} from './cell-words';

/** A strict dropdown of a word column's words. */
function wordList(codec: WordCodec<unknown>, message: string): ListSource {
  return { kind: 'values', values: codec.words, strict: true, message };
}

/** 局: the live 局名 column of 局一覧表. Warning only: a pasted unknown name is flagged by the board. */
export const bureauListOptions = {
  rangeName: '局名リスト', strict: false,
  message: '局一覧 (設定シート) にない局です。この行は配信されません。局名を確認するか、局一覧に追加してください。',
};

/** 役割: 執筆 / 合議 / メモ出し. */
export const roleList = wordList(roleWords, '役割は 執筆・合議・メモ出し から選んでください。');

/** 状態: 仮割振り / 了承 / 異議あり / 確定. */
export const stateList = wordList(stateWords, '状態は 仮割振り・了承・異議あり・確定 から選んでください。');

/** 閣議日程の種別. */
export const calendarKindList = wordList(calendarKindWords, '種別は 臨時閣議・閣議なし・閉庁日 から選んでください。');

/** 会期の種別. */
export const sessionKindList = wordList(sessionKindWords, '種別は 常会・臨時会・特別会 から選んでください。');

/** 内部締切の起点. */
export const leadAnchorList = wordList(leadAnchorWords, '起点は 転送日 か 閣議 を選んでください。');

/** 他律部署, 大臣の都合. */
export const yesNoList = wordList(yesNoWords, '○ か × を選んでください。');

/** 院 (開会表: a sitting typed by hand). */
export const houseList = wordList(houseWords, '院は 衆議院 か 参議院 を選んでください。');

/** 待機記録の種別: 待機 (from the plan, or entered) or 超勤 (other overtime entered by hand). */
export const ledgerKindList = wordList(ledgerKindWords, '種別は 待機 か 超勤 を選んでください。');

/** 開会の状態 (開会表). */
export const sittingStateList = wordList(sittingStateWords, '状態は 予定・セット済み・開会確定・中止 から選んでください。');

/** 通告の段階 (通告段階表). */
export const noticeStageList = wordList(noticeStageWords, '段階は 通告待ち・要旨のみ・問取り中・問取り完了・当省なし から選んでください。');

/** 夕方レクへの出席 (レク出席表). */
export const attendanceList = wordList(attendanceWords, '出席は 要 か 不要 を選んでください。');

/** 当省分: 当省・取りまとめ / 当省・合議 / 他省庁 (blank = 未確認). */
export const jurisdictionList = wordList(jurisdictionWords, '当省分は 当省・取りまとめ・当省・合議・他省庁 から選んでください (空欄は未確認)。');
