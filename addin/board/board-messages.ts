/** @file アドインの利用者向けメッセージ: every Japanese string of the board logic in one place. */
import { quoteValue } from '@shared/index';

export const boardMessages = {
  notPrepared: (tables: string) => `ブックが準備されていません (${tables} がありません)。「ブックを準備」を押してください。`,
  layoutChanged: (table: string) => `「${table}」の列が読み取り後に変更されました。もう一度実行してください。`,
  unknownBureau: (text: string) => `局${quoteValue(text)}は局一覧 (設定シート) にありません。`,
  unknownRole: (text: string) => `役割${quoteValue(text)}は使えません (執筆・合議・メモ出し)。`,
  unknownState: (text: string) => `状態${quoteValue(text)}は使えません (仮割振り・了承・異議あり・確定)。`,
  unknownQuestion: (key: string) => `質問キー${quoteValue(key)}の質問が質問シートにありません。`,
  missingItem: '問が空です。',
  duplicateBureau: '同じ問・局・役割の行が重複しています。',
  questionDeleted: '質問は削除されています。',
  badDate: (where: string, detail: string) => `${where}: ${detail}`,
  badLeadTimes: (detail: string) => `内部締切の設定が正しくないため既定値で計算しています: ${detail}`,
  badCalendarRow: (row: number, detail: string) => `閣議日程 ${row} 行目を読み取れません: ${detail}`,
  badBureauRow: (row: number) => `局一覧 ${row} 行目: 局ID と局名の両方が必要です。`,
  badRevision: (text: string) => `基本設定の配信版${quoteValue(text)}が数値ではありません。0 とみなします。`,
  storeCorrupt: (detail: string) => `交換記録シートを読み取れません (${detail})。取り込み直してください。`,
  orphanRecord: (kind: string, key: string) => `${kind}の質問${quoteValue(key)}がバンドルにもブックにもありません。`,
  conflict: (rev: number) => `同じ版 (${rev}) で内容が異なります。ブックの内容を残しました (受信した内容はファイルにあります)。確認して編集し直してください。`,
  extensionNotice: (until: string) => `答弁延期 (${until} まで)`,
  noticeLate: (band: string) => `通告 ${band} (申合せの前々日正午より遅い)`,
  calendarError: (detail: string) => `期限を計算できません: ${detail}`,
  unassigned: (left: number, total: number) => `未割振り ${left}/${total} 問`,
  allAssigned: (total: number) => `割振り済み ${total} 問`,
  /** For a question whose dates are unknown: what the workbook itself offers. */
  overrideHint: 'ブックでは「期限上書き」に答弁期限を入力できます (内部締切は内閣転送日がわかってから計算します)。',
  /** 他省庁: shown in 割振り instead of the count, the question needs none. */
  otherMinistry: (ministry: string) => `他省庁 (${ministry})`,
  unknownJurisdiction: (text: string) => `当省分「${text}」は使えません (当省・取りまとめ・当省・合議・他省庁、空欄は未確認)。前の指定のままです。`,
  ministryMissing: '当省分が「他省庁」のときは他省庁名を入力してください。前の指定のままです。',
  objectionClosed: '異議期間終了',
  wholeQuestion: '全体',
  noticeStatusBefore: '答弁準備中',
  noticeStatusAfter: '開会済み',
  noticeKind: '通告',
  /** 状況の出所 of a 質問通告: its sitting (the notice itself). */
  noticeSource: '質問通告 (開会日時)',
  writtenKind: '主意書',
} as const;
