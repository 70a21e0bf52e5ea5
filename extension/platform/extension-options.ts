/** @file 拡張機能の設定 (ExtensionOptions): my bureau, feed URL, refresh interval, Teams webhook — zod schema and checks. */
import { z } from 'zod';

/** 更新間隔の既定値 (分). Source: JOURNEYS.md §4.1 (refresh interval, default 5 minutes). */
export const DEFAULT_REFRESH_MINUTES = 5;

/** True for https, or http on localhost / 127.0.0.1 (development feeds on the same PC). */
export function isAllowedFeedUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
}

const feedUrl = z.string().refine((v) => v === '' || isAllowedFeedUrl(v), {
  message: 'URL は https:// で始まるもの (開発時は http://localhost または http://127.0.0.1) を入力してください。',
});

/** 設定. */
export const extensionOptionsSchema = z.object({
  /** 自局 (bureau id from the directory); '' = not chosen yet. */
  bureauId: z.string().default(''),
  /** フィードURL; '' = no feed. */
  feedUrl: feedUrl.default(''),
  /** 更新間隔 (分). */
  refreshMinutes: z.number({ message: '更新間隔は数値で入力してください。' }).int('更新間隔は整数で入力してください。')
    .min(1, '更新間隔は 1 分以上にしてください。').max(1440, '更新間隔は 1440 分 (1 日) 以下にしてください。')
    .default(DEFAULT_REFRESH_MINUTES),
  /** Teams Workflows の Webhook URL; '' = off. */
  webhookUrl: feedUrl.default(''),
});
export type ExtensionOptions = z.infer<typeof extensionOptionsSchema>;

/** Permission origin pattern for a URL ('https://host/*'); the pattern without port covers any port. */
export function originPattern(text: string): string {
  const url = new URL(text);
  return `${url.protocol}//${url.hostname}/*`;
}
