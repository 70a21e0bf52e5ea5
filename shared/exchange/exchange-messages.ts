/**
 * @file 交換バンドルの利用者向けメッセージ: every Japanese string of shared/exchange in one place. Values from
 * the bundle are quoted with quoteValue: at most 80 characters, and their type named (never [object Object]).
 */
import { clip, quoteValue } from '../text/quote-value';

export const exchangeMessages = {
  badJson: (detail: string) => `バンドルが JSON として読み取れません (${clip(detail)})。ファイルが壊れていないか確認してください。`,
  wrongFormat: '国会答弁デスクの交換バンドルではありません (format が違います)。',
  /** A numeric 版 is shown as is (「版 2」); anything else quoted with its type (「版 「オブジェクト」」). */
  wrongVersion: (found: unknown, expected: number | string) =>
    `交換バンドルの版 ${typeof found === 'number' && Number.isFinite(found) ? found : quoteValue(found)} には対応していません (対応: ${expected})。拡張機能とアドインを更新してください。`,
  invalidSchema: (detail: string) => `交換バンドルの形式が正しくありません: ${detail}`,
  /** One schema issue: where, and zod's Japanese text (cut to 80 characters: it may echo a value). */
  schemaIssue: (path: string, message: string) => `${clip(path || '(全体)')}: ${clip(message)}`,
  duplicateIds: (kind: string, ids: readonly string[]) => `${kind}の ID が重複しています: ${ids.slice(0, 5).map((id) => quoteValue(id)).join('、')}${ids.length > 5 ? ` ほか ${ids.length - 5} 件` : ''}`,
  refusedLink: (kind: string, id: string, reason: string) => `${kind} ${quoteValue(id)} の出所リンクを受け付けません: ${reason}`,
  oversized: (bytes: number, max: number) =>
    `交換バンドルが大きすぎます (${Math.ceil(bytes / 1024)} KB、上限 ${Math.floor(max / 1024)} KB)。`,
  tooManyRecords: (count: number, max: number) => `交換バンドルの記録が多すぎます (${count} 件、上限 ${max} 件)。`,
  responseIdMismatch: (id: string, expected: string) => `局の回答の ID ${quoteValue(id)} が内容と合いません (内容からは ${quoteValue(expected)})`,
  notReport: '局の報告ではありません (報告元の局 bureau がありません)。ポップアップの「報告を送る」で作ったファイルを選んでください。',
  reportWithOtherKinds: (kinds: string) => `局の報告に回答以外の記録 (${kinds}) が入っています。ポップアップの「報告を送る」で作ったファイルを選んでください。`,
  unknownReportBureau: (bureau: string) => `報告元の局 ${quoteValue(bureau)} は局の一覧にありません。設定シートの局の一覧を確かめてください。`,
  foreignResponse: (bureau: string, id: string) => `${bureau}の報告に他局の回答 ${quoteValue(id)} が入っています。報告は取り込みません。`,
  staleReport: (bureau: string, producedAt: string, heldAt: string) =>
    `この${bureau}の報告 (作成 ${producedAt}) は、取り込み済みの同じ送り元の報告 (作成 ${heldAt}) より古いため取り込みません。新しい報告を送ってもらってください。`,
  applyFailed: (detail: string) => `取り込みに失敗しました。データは変更されていません (${detail})。`,
} as const;
