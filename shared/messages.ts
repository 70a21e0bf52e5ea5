/** @file 利用者向けメッセージ: every user-facing Japanese string of the core in one place. */

export const messages = {
  emptyDate: '日付が空です。',
  unparseableDate: (text: string) => `日付「${text}」を読み取れません。「令和8年3月3日」または「2026-03-03」の形で入力してください。`,
  unknownEra: (era: string) => `元号「${era}」には対応していません (令和・平成・昭和のみ)。`,
  impossibleDate: (text: string) => `「${text}」は存在しない日付です。`,
  eraOutOfRange: (text: string) => `「${text}」はその元号の期間外の日付です。`,
  invalidIsoDate: (text: string) => `「${text}」は YYYY-MM-DD 形式の日付ではありません。`,
  invalidInstant: (text: string) => `「${text}」は日時 (例: 2026-06-08T12:00:00+09:00) として読み取れません。`,
  calendarOutOfRange: (date: string, until: string) =>
    `${date} は祝日データの範囲外です (${until} まで)。祝日と閣議日を確認してください。`,
  noCabinetMeeting: (from: string, to: string) => `${from} から ${to} までに閣議日がありません。閣議日程を確認してください。`,
  missedRegularMeeting: (date: string) => `${date} の定例閣議は休日と重なり、振替先も休日です。閣議日程を確認してください。`,
  weekWithoutCabinetMeeting: (weekStart: string) => `${weekStart} の週に開催可能な閣議日がありません。臨時閣議の有無を確認してください。`,
  extensionFewWorkingDays: (days: number, min: number) =>
    `目標閣議までの執務日が ${days} 日で、基準 (${min} 日) を下回ります。答弁延期の可能性があります。`,
  extensionNoCabinetMeeting: '7日目までに閣議がありません。答弁延期通知が必要になる見込みです。',
  invalidRecord: (what: string, detail: string) => `${what}の形式が正しくありません: ${detail}`,
  storageFailed: (detail: string) => `保存に失敗しました。データは変更されていません (${detail})。`,
} as const;
