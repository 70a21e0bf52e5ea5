/** @file 取込みのメッセージ: every Japanese string of capture and clipping (質問通告の取込み) in one place. */
import type { House } from '../model/primitives';
import { detailPageLabels } from '../status/status-messages';
import { quoteValue } from '../text/quote-value';

export const captureMessages = {
  /** Toast after a capture: 「3 件追加、1 件更新」. */
  summary: (added: number, updated: number) => `${added} 件追加、${updated} 件更新`,
  unchanged: '変更はありません',
  /** 「経過ページ 3 件を取得します (1 秒に 1 件。未答弁の質問は続けて質問本文も取得します)」; 参議院 says 明細. */
  pagesQueued: (house: House, details: number, texts: number) => {
    const pages = [details > 0 ? `${detailPageLabels[house]} ${details} 件` : '', texts > 0 ? `質問本文 ${texts} 件` : ''].filter(Boolean).join('と');
    return `${pages}を取得します (1 秒に 1 件${details > 0 ? '。未答弁の質問は続けて質問本文も取得します' : ''})`;
  },
  /** 「経過ページ・質問本文を取得しています (3/10)…」. */
  pageProgress: (names: string, done: number, total: number) => `${names}を取得しています (${done}/${total})…`,
  pagesDone: (names: string, total: number, updated: number, failed: number) =>
    `${names} ${total} 件: ${updated} 件を反映${failed > 0 ? `、${failed} 件は取り込めませんでした` : ''}`,
  /** A second click while this tab's capture is still fetching. */
  tabBusy: (done: number, total: number) => `このタブの取り込みがまだ終わっていません (${done}/${total})。終わってから、もう一度押してください。`,
  /** 再試行 or 閉じる of a capture that is still fetching. */
  runBusy: '取得中です。終わってから操作してください。',
  runGone: 'この取り込みの記録はもうありません (閉じられたか、古くなって消えました)。',
  /** Title of a run the popup started (「再取得」「問を取得」). */
  refetchTitle: (labels: readonly string[]) => `再取得 (${labels.slice(0, 3).join('・')}${labels.length > 3 ? ` ほか ${labels.length - 3} 件` : ''})`,
  refetchNothing: '取得できるページがありません (経過・明細と質問本文へのリンクがまだありません)。',
  noAdapter: 'このページを読み取る方法がありません。',
  keptUserEdits: (count: number) => `利用者が編集した ${count} 項目は上書きしませんでした`,
  noQuestions: 'このページから質問を読み取れませんでした。何も保存していません。',
  /** A page without 件名 (答弁本文) for a question not stored yet. */
  titleUnknown: (labels: string) =>
    `${labels}はまだ保存されておらず、このページには件名がありません。先に質問の一覧か経過 (参議院は明細) のページで取り込んでください。何も保存していません。`,
  wrongQuestion: (expected: string, found: string) => `ページの質問 (${found}) が一覧の質問 (${expected}) と一致しません。`,
  httpFailed: (status: number) => `ページを取得できませんでした (HTTP ${status})。`,
  fetchFailed: (detail: string) => `ページを取得できませんでした (${detail})。`,
  // 質問通告 (clip form)
  houseRequired: '院 (衆議院・参議院) を選んでください。',
  committeeRequired: '委員会名を入力してください。',
  sittingOnRequired: '開会日を入力してください。',
  startTimeInvalid: '開会時刻を「09:00」の形で入力してください。',
  memberRequired: '質問者を入力してください。',
  receivedAtInvalid: '受信日時を入力してください。',
  setAtInvalid: '委員会セット日時を日時として読み取れません (分からなければ空欄にしてください)。',
  setAfterSitting: '委員会セット日時が開会日時より後になっています。日時を確認してください。',
  receivedAfterSitting: '受信日時が開会日時より後になっています。日時を確認してください。',
  noItems: '問が見つかりません。取り込む文章を確認してください。',
  textRequired: '取り込む文章が空です。',
  /** 「前日18時以降 (通告期限 令和8年6月8日(月) 12:00 を 31 時間 10 分超過)」. */
  band: (label: string, reference: string, minutesLate: number) =>
    minutesLate > 0
      ? `${label} (${reference} を ${Math.floor(minutesLate / 60)} 時間 ${minutesLate % 60} 分超過)`
      : `${label} (${reference})`,
  setReference: (setAt: string, reference: string) => `委員会セット ${setAt} が前々日正午より後のため、基準はセット後の ${reference}`,
  offCalendarDay: (message: string) => `${message.replace(/。$/, '')} (Excel の設定シート「閣議日程表」に「臨時閣議」の行を足します)。`,
  sessionsUpdated: (newest: number, count: number) => `会期表を更新しました (第${newest}回国会まで ${count} 会期)`,
  clipExpired: 'この取り込みの情報が見つかりません (ブラウザーを再起動した可能性があります)。もう一度、文章を選んで右クリックから取り込んでください。',
  clipSaved: (change: 'added' | 'updated', band: string) => `質問通告を${change === 'added' ? '保存' : '更新'}しました: ${band}`,
  // 手修正 (edit a captured 質問主意書)
  editTitleRequired: '件名を入力してください。',
  editTitleTooLong: (max: number) => `件名は ${max} 文字以内で入力してください。`,
  editSubmittersRequired: '提出者を 1 人以上入力してください (複数は「、」で区切ります)。',
  editTransferredOnInvalid: (text: string) => `内閣転送日${quoteValue(text)}は日付 (例: 2026-03-02) として読み取れません。`,
  editTransferredBeforeSubmitted: (submittedOn: string) => `内閣転送日が提出日 (${submittedOn}) より前になっています。`,
  editWhoRequired: '修正者の名前を入力してください (監査記録に残ります)。',
  editNotStored: (key: string) => `この質問 (${key}) は保存されていません。一覧を更新してください。`,
  editUnchanged: '修正された項目はありません。',
  /** 「件名・内閣転送日を修正しました。以後の取り込みでは上書きしません」. */
  editSaved: (labels: readonly string[]) => `${labels.join('・')}を修正しました。以後の取り込みでは上書きしません。`,
} as const;
