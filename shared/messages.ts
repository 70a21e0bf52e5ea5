/** @file 利用者向けメッセージ: every user-facing Japanese string of the core in one place. */
import { quoteValue } from './text/quote-value';

export const messages = {
  emptyDate: '日付が空です。',
  unparseableDate: (text: unknown) => `日付${quoteValue(text)}を読み取れません。「令和8年3月3日」または「2026-03-03」の形で入力してください。`,
  unknownEra: (era: string) => `元号${quoteValue(era)}には対応していません (令和・平成・昭和のみ)。`,
  impossibleDate: (text: string) => `${quoteValue(text)}は存在しない日付です。`,
  eraOutOfRange: (text: string) => `${quoteValue(text)}はその元号の期間外の日付です。`,
  invalidIsoDate: (text: unknown) => `${quoteValue(text)}は YYYY-MM-DD 形式の日付ではありません。`,
  invalidInstant: (text: unknown) => `${quoteValue(text)}は日時 (例: 2026-06-08T12:00:00+09:00) として読み取れません。`,
  calendarNotADate: (text: string) => `暦: ${quoteValue(text)}は YYYY-MM-DD 形式の日付ではありません。`,
  dateSpanTooLong: (from: string, to: string, max: number) => `${from} から ${to} までは長すぎます (${max} 日まで)。`,
  dateTooLate: (date: string) => `${date} からの答弁期間が 9999-12-31 に近すぎるため、期限を計算できません。`,
  calendarSpanTooLong: (from: string, to: string, max: number) =>
    `暦: ${from} から ${to} までは長すぎます (一度に調べられるのは ${max} 日まで)。`,
  openDaysNotFound: (from: string, count: number, max: number) =>
    `暦: ${from} から ${max} 日以内に開庁日が ${count} 日ありません。閉庁日の設定を確認してください。`,
  holidayDataEnded: (until: string) =>
    `祝日データは ${until} までです。それ以降の日は土日・年末年始 (12/29–1/3)・閣議の曜日だけで計算しており、祝日は考慮していません。祝日と閣議日を確認してください。`,
  holidayDataNotYet: (from: string) =>
    `祝日データは ${from} からです。それより前の日は土日・年末年始 (12/29–1/3)・閣議の曜日だけで計算しており、祝日は考慮していません。`,
  noCabinetMeeting: (from: string, to: string) => `${from} から ${to} までに閣議日がありません。閣議日程を確認してください。`,
  missedRegularMeeting: (date: string) => `${date} の定例閣議は休日と重なり、振替先も休日です。閣議日程を確認してください。`,
  weekWithoutCabinetMeeting: (weekStart: string) => `${weekStart} の週に開催可能な閣議日がありません。臨時閣議の有無を確認してください。`,
  extensionFewWorkingDays: (days: number, min: number) =>
    `目標閣議までの執務日が ${days} 日で、基準 (${min} 日) を下回ります。答弁延期の可能性があります。`,
  extensionNoCabinetMeeting: '転送日の翌日から7日目までに閣議がありません。答弁延期通知が必要になる見込みです (臨時閣議・持ち回り閣議の予定も確認してください)。',
  extensionSessionLastDays: (session: number, end: string) =>
    `会期末の転送です (第${session}回国会の会期終了 ${end})。会期の最終執務日に転送された主意書は、実績ではほとんどが答弁延期になっています。`,
  extensionAfterSession: (session: number, end: string) => `第${session}回国会の会期終了 (${end}) の後の転送です。答弁延期の可能性があります。`,
  extensionClosure: (what: string, date: string) => `${what} (${date}) が年末年始の閉庁期間 (12/29–1/3) にあたります。答弁延期の可能性があります。`,
  extensionLongHoliday: (what: string, date: string, from: string, to: string, days: number) =>
    `${what} (${date}) が ${from}〜${to} の連休 (${days} 日) の中にあります。答弁延期の可能性があります。`,
  extensionBeforeLongHoliday: (what: string, date: string, from: string, to: string, days: number) =>
    `${what} (${date}) が ${from}〜${to} の連休 (${days} 日) の直前です。答弁延期の可能性があります。`,
  answerAfterSessionEnd: (what: string, session: number, end: string) =>
    `${what}が第${session}回国会の会期終了 (${end}) の後です (会期終了後も答弁書は閣議決定されますが、会期末の作業と重なります)。`,
  milestonesCompressed: (changes: string) => `転送から目標閣議までの時間が足りないため、内部締切を順に詰めました: ${changes}。`,
  extensionNoNoticeMeeting: '7日目までに延期通知を決める閣議がありません。臨時閣議・持ち回り閣議の予定を確認してください。',
  extensionNoNewDate: (days: number) => `7日目から ${days} 日以内に新しい答弁期限にできる閣議がありません。閣議日程を確認してください。`,
  sessionNotSpan: (session: number) => `第${session}回国会の会期 (召集日・会期終了日) が正しくないため、会期による延期の予測は行っていません。`,
  invalidRecord: (what: string, detail: string) => `${what}の形式が正しくありません: ${detail}`,
  databaseBlocked:
    '国会答弁デスクのデータを新しい形式に更新できません。古い版を開いている他のタブや作業ウィンドウ (拡張機能のポップアップ、Excel の作業ウィンドウなど) を再読み込みするか閉じてから、もう一度開いてください。データは変更されていません。',
  databaseReplaced: '国会答弁デスクが別のタブで更新されたため、このタブのデータベース接続を閉じました。このタブを再読み込みしてください。',
  storageFailed: (detail: string) => `保存に失敗しました。データは変更されていません (${detail})。`,
} as const;
