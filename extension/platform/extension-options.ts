/**
 * @file 拡張機能の設定 (ExtensionOptions): my bureau, feed URL (and whether it needs credentials), refresh
 * interval, report endpoint, Teams webhook and whether this PC is the bureau's Teams poster — zod schema and checks.
 */
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
  /** Teams Workflows の Webhook URL; '' = off. A secret (its sig= parameter): never in a bundle or the settings file. */
  webhookUrl: feedUrl.default(''),
  /**
   * フィードに認証情報を送る: off by default — the feed is fetched without cookies, so a server that answers every
   * origin (`Access-Control-Allow-Origin: *`) is not refused; on only for a feed behind the intranet's sign-in.
   */
  feedCredentials: z.boolean().default(false),
  /** 報告の送信先: an https endpoint of the ministry the 「報告を送る」 bundle is POSTed to; '' = file / clipboard only. */
  reportUrl: feedUrl.default(''),
  /**
   * Teams 投稿担当: this PC posts my bureau's events to the webhook. One PC per bureau (the webhook is per
   * channel): ten people with the webhook set must not post ten times. Off by default; never in the settings file.
   */
  teamsPoster: z.boolean().default(false),
});
export type ExtensionOptions = z.infer<typeof extensionOptionsSchema>;

export { originPattern } from './origin-pattern';
