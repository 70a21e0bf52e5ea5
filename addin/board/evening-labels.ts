/**
 * @file 夕方レク・待機の表示語 (evening labels): every Japanese word and message the add-in writes on the
 * 開会, 夕方レク, 待機 and 待機・超勤 sheets and shows in the pane's 夕方レク section, in one place. The
 * highlight rules test the same labels, so a label changed here changes both the cell and its colour.
 */
import { quoteValue } from '@shared/index';

/** 夕方レク問表 区分: which kind of slot the 問 is briefed in. */
export const slotKindLabels = {
  evening: '夕方レク',
  morning: '朝レク',
  /** Owner fixed, but no slot reachable (missed the morning slot too). */
  none: 'なし',
  /** 執筆局 not fixed yet: not planned. */
  unfixed: '未確定',
} as const;

/** 待機表 状態 prefixes (the rest of the cell is the time). */
export const standbyStateLabels = {
  waiting: '待機中',
  releasable: '解除可',
  released: '解除',
  recalled: '呼び戻し',
} as const;

/** 待機記録表 状態 (its 種別 words are tables/cell-words.ts ledgerKindWords). */
export const ledgerLabels = {
  forecast: '見込み',
  confirmed: '確定',
  entered: '手入力',
} as const;

export const eveningBoardMessages = {
  // 開会表
  allocationClosed: (at: string) => `割振り確定 ${at}`,
  allocationOpen: '割振り未確定',
  badSittingRow: (row: number, detail: string) => `開会表 ${row} 行目: ${detail}`,
  sittingFieldMissing: '院・委員会・開会日・開会時刻をすべて入力してください。',
  sittingTimeUnreadable: (text: string) => `開会時刻${quoteValue(text)}は HH:MM で入力してください。`,
  // 夕方レク問表
  progressUnreadable: (header: string, text: string) => `${header}${quoteValue(text)}を読み取れません (HH:MM か 日付と時刻で入力してください)。`,
  concurrence: (names: string) => `合議: ${names}`,
  memo: (names: string) => `メモ: ${names}`,
  // 待機表
  waitingAllocation: '待機中 (割振り未確定)',
  waitingExpected: (at: string) => `待機中 (解除見込み ${at})`,
  releasable: (at: string) => `解除可 ${at}〜`,
  released: (at: string) => `解除 ${at}`,
  recalled: (at: string) => `呼び戻し (${at} の解除を取消)`,
  nextDay: (time: string) => `翌${time}`,
  recalledReason: '確定の後に担当の問が増えたため、待機解除を取り消します (配信で各局に伝わります)。',
  // 待機記録表
  ledgerRowProblem: (address: string, header: string, detail: string) => `${address}「${header}」: ${detail}`,
  ledgerNoHours: '時間外 (時間) か 開始・終了 を入力してください。',
  ledgerBureauUnknown: (text: string) => `局${quoteValue(text)}は局一覧 (設定シート) にありません。`,
  ledgerDateMissing: '待機日を入力してください。',
  // 設定シート (夕方レク規則・局の待機設定・超勤上限)
  settingProblem: (address: string, label: string, detail: string) => `設定シート ${address}「${label}」: ${detail} 既定値で計算しています。`,
  notTime: (text: string) => `${quoteValue(text)}は時刻 (HH:MM) ではありません。`,
  notNumber: (text: string) => `${quoteValue(text)}は数値ではありません。`,
  unknownStates: (text: string) => `${quoteValue(text)}に使えない状態があります (仮割振り・了承・異議あり・確定 を「、」で区切ります)。`,
  unknownStandbyBureau: (address: string, text: string) => `設定シート ${address}「局名」: 局${quoteValue(text)}は局一覧にありません。この行は使いません。`,
  eveningSheetsMissing: '夕方レク・待機のシートがありません。「ブックを準備」を押すと追加されます (既存の表はそのまま)。',
  // 作業ウィンドウ
  confirmedNotice: (names: string, count: number, at: string, by: string) =>
    `${names}${count > 3 ? ` ほか ${count - 3} 局` : ''}の待機解除を記録しました (${at}、記録者 ${by})。「配信データを出力」で各局のポップアップに表示されます。`,
  nothingToConfirm: '新たに解除できる局はありません (記録済みの待機解除はそのままです)。',
  nameNeeded: '待機解除の記録に残す担当者名を入力してください。',
  recalledNotice: (names: string) => `呼び戻しのため待機解除を取り消しました: ${names}。`,
} as const;
