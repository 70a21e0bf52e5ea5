/**
 * @file 入力規則の選択肢 (dropdown sources) of the board: bureau from the 局一覧 table (so coordinators
 * extend it in 設定), role and state from the shared model. Messages are what Excel shows on bad input.
 */
import { assignmentStateLabels, roleSchema, sessionKinds } from '@shared/index';
import type { ListSource } from './table-definition';

/** 局: the live 局名 column of 局一覧表. Warning only: a pasted unknown name is flagged by the board. */
export const bureauList: ListSource = {
  kind: 'tableColumn', table: '局一覧表', column: '局名', strict: false, rangeName: '局名リスト',
  message: '局一覧 (設定シート) にない局です。この行は配信されません。局名を確認するか、局一覧に追加してください。',
};

/** 役割: 執筆 / 合議 / メモ出し. */
export const roleList: ListSource = {
  kind: 'values', values: roleSchema.options, strict: true,
  message: '役割は 執筆・合議・メモ出し から選んでください。',
};

/** 状態: 仮割振り / 了承 / 異議あり / 確定. */
export const stateList: ListSource = {
  kind: 'values', values: Object.values(assignmentStateLabels), strict: true,
  message: '状態は 仮割振り・了承・異議あり・確定 から選んでください。',
};

/** 閣議日程の種別. */
export const calendarKindList: ListSource = {
  kind: 'values', values: ['臨時閣議', '閣議なし', '閉庁日'], strict: true,
  message: '種別は 臨時閣議・閣議なし・閉庁日 から選んでください。',
};

/** 会期の種別. */
export const sessionKindList: ListSource = {
  kind: 'values', values: sessionKinds, strict: true,
  message: '種別は 常会・臨時会・特別会 から選んでください。',
};

/** 内部締切の起点. */
export const leadAnchorList: ListSource = {
  kind: 'values', values: ['転送日', '閣議'], strict: true,
  message: '起点は 転送日 か 閣議 を選んでください。',
};

/** 他律部署. */
export const yesNoList: ListSource = {
  kind: 'values', values: ['○', '×'], strict: true,
  message: '○ か × を選んでください。',
};

/** 院 (開会表: a sitting typed by hand). */
export const houseList: ListSource = {
  kind: 'values', values: ['衆議院', '参議院'], strict: true,
  message: '院は 衆議院 か 参議院 を選んでください。',
};

/** 待機記録の種別: 待機 (from the plan, or entered) or 超勤 (other overtime entered by hand). */
export const ledgerKindList: ListSource = {
  kind: 'values', values: ['待機', '超勤'], strict: true,
  message: '種別は 待機 か 超勤 を選んでください。',
};
