/** @file 交換バンドルの利用者向けメッセージ: every Japanese string of shared/exchange in one place. */

export const exchangeMessages = {
  badJson: (detail: string) => `バンドルが JSON として読み取れません (${detail})。ファイルが壊れていないか確認してください。`,
  wrongFormat: '国会答弁デスクの交換バンドルではありません (format が違います)。',
  wrongVersion: (found: unknown, expected: number | string) =>
    `交換バンドルの版 ${String(found)} には対応していません (対応: ${expected})。拡張機能とアドインを更新してください。`,
  invalidSchema: (detail: string) => `交換バンドルの形式が正しくありません: ${detail}`,
  duplicateIds: (kind: string, ids: string) => `${kind}の ID が重複しています: ${ids}`,
  oversized: (bytes: number, max: number) =>
    `交換バンドルが大きすぎます (${Math.ceil(bytes / 1024)} KB、上限 ${Math.floor(max / 1024)} KB)。`,
  tooManyRecords: (count: number, max: number) => `交換バンドルの記録が多すぎます (${count} 件、上限 ${max} 件)。`,
  applyFailed: (detail: string) => `取り込みに失敗しました。データは変更されていません (${detail})。`,
} as const;
