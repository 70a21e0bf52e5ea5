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
  noticeLate: (band: string) => `通告が遅れています: ${band}`,
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
  // 会期表 (設定)
  settingRowProblem: (address: string, header: string, detail: string, consequence: string) => `設定シート ${address}「${header}」: ${detail} ${consequence}`,
  sessionRowSkipped: 'この行は使っていません。',
  sessionRowBuiltin: (session: number) => `第${session}回は既定の会期表を使います。`,
  notSessionNumber: (text: string) => `${quoteValue(text)}は回次 (1 以上の整数) ではありません。`,
  sessionDuplicate: (session: number) => `第${session}回が二度あります (上の行を使います)。`,
  notSessionKind: (text: string) => `種別${quoteValue(text)}は 常会・臨時会・特別会 のどれでもありません。`,
  sessionsAdded: (numbers: readonly number[]) => `会期表に第${numbers.join('・')}回を追加しました (取り込んだデータの国会回次の表示より)。`,
  // 延期
  extensionPlanText: (label: string, until: string, detail: string) => `${label}: ${until} まで${detail}`,
  extensionNoticeMeeting: (date: string) => ` (延期通知は ${date} の閣議)`,
  extensionNoticeDraft: (text: string) => `。文案: ${text}`,
  extensionConfirmWithoutProposal: '延期確定に ○ がありますが、延期の提案も期限上書きもありません。答弁期限は変えていません。',
  // 閣議日の確認
  offCalendarAdded: (count: number) => `閣議日程表に臨時閣議を ${count} 日追加しました。`,
  offCalendarNone: '閣議日でない答弁書受領日・延期の日付はありません。',
  // 通告月報
  surveyMonthEmpty: (month: string) => `${month} の開会の質問通告はありません。`,
  surveySaved: (fileName: string, rows: number) => `${fileName} を保存しました (${rows} 行)。`,
} as const;
