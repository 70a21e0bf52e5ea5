/** @file 取込みのメッセージ: every Japanese string of capture and clipping (質問通告の取込み) in one place. */

export const captureMessages = {
  /** Toast after a capture: 「3 件追加、1 件更新」. */
  summary: (added: number, updated: number) => `${added} 件追加、${updated} 件更新`,
  unchanged: '変更はありません',
  keptUserEdits: (count: number) => `利用者が編集した ${count} 項目は上書きしませんでした`,
  noQuestions: 'このページから質問を読み取れませんでした。何も保存していません。',
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
  receivedAfterSitting: '受信日時が開会日時より後になっています。日時を確認してください。',
  noItems: '問が見つかりません。取り込む文章を確認してください。',
  textRequired: '取り込む文章が空です。',
  /** 「前日18時以降 (期限 6月8日(月) 12:00 を 27 時間 40 分超過)」 is composed by the form. */
  lateBy: (minutes: number) => `期限を ${Math.floor(minutes / 60)} 時間 ${minutes % 60} 分超過`,
  onTime: '期限内',
} as const;
