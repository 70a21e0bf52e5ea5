/** @file 取込みメッセージ: every Japanese text the site adapters show, in one place. Page text is quoted with quoteValue (at most 80 characters). */
import { quoteValue } from '@shared/text/quote-value';

export const siteMessages = {
  siteChanged: (pageLabel: string, what: string) =>
    `${pageLabel}のページ構造が想定と異なるため、取り込みを中止しました（${what}）。保存済みのデータは変更していません。ページの仕様が変わった可能性があります。`,
  missing: (thing: string) => `${thing}が見つかりません`,
  notUnique: (thing: string, count: number) => `${thing}が ${count} 個あります（1 個のはず）`,
  truncated: 'ページの末尾（フッター）がなく、読み込みが途中で切れています',
  mojibake: '文字化けしています（文字コードの判定誤り、または Shift_JIS のページに UTF-8 の文字が混ざっている可能性があります）',
  headerChanged: (expected: string, actual: string) => `見出し「${expected}」が${quoteValue(actual)}になっています`,
  headerMissing: (expected: string) => `見出し「${expected}」がありません`,
  rowCount: (summary: string, expected: number, actual: number) => `表の説明${quoteValue(summary)}では ${expected} 件のはずが ${actual} 件です`,
  summaryUnreadable: (summary: string) => `表の説明${quoteValue(summary)}から行数を読み取れません`,
  numberSequence: (index: number, found: string) => `${index} 件目の番号が${quoteValue(found)}で、1 からの連番になっていません`,
  cellMissing: (row: number, column: string) => `${row} 行目に「${column}」の欄がありません`,
  rowShape: (row: number) => `${row} 件目の行の組み立て（3 行 1 組）が崩れています`,
  labelMissing: (label: string) => `項目「${label}」の行がありません`,
  valueMissing: (label: string) => `項目「${label}」の値の欄がありません`,
  emptyValue: (label: string) => `「${label}」が空です`,
  unreadableDate: (label: string, text: string) => `${label}${quoteValue(text)}を日付として読み取れません`,
  unreadableNumber: (label: string, text: string) => `${label}${quoteValue(text)}を番号として読み取れません`,
  mismatch: (what: string, page: string, url: string) => `ページの${what}${quoteValue(page)}が URL の${quoteValue(url)}と一致しません`,
  linkMismatch: (href: string, expected: string) => `リンク${quoteValue(href)}が別の質問（${expected} のはず）を指しています`,
  badLink: (href: string) => `リンク${quoteValue(href)}を URL として読み取れません`,
  foreignLink: (href: string) => `リンク${quoteValue(href)}が衆議院・参議院の https のページではありません`,
  unexpected: (detail: string) => `読み取り中に想定外の問題が起きました（${detail}）`,
  noBody: '本文の区切り（横線）がありません',
  noItems: '本文が空です',
} as const;
