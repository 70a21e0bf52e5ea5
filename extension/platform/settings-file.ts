/**
 * @file 設定ファイル (settings file): the extension's options as a JSON file an IT department hands out at
 * roll-out — 自局, フィード URL (and whether it needs credentials), 更新間隔, 報告の送信先 — and its import, checked
 * with zod and answered in Japanese. The Teams Workflows webhook URL is never written (its sig= parameter is a
 * secret) and never read from a file; nor is the Teams poster choice (one PC per bureau, not every PC the file
 * reaches). Files written before the credentials and report settings existed read with their defaults.
 *
 * File: {"format": "kokkai-toben-desk/extension-settings", "version": 1, "exportedAt": JST instant,
 *        "settings": {"bureauId": "isei", "feedUrl": "https://…", "refreshMinutes": 5, "feedCredentials": false, "reportUrl": ""}}
 */
import { z } from 'zod';
import { type ExtensionOptions, extensionOptionsSchema } from './extension-options';

export const SETTINGS_FILE_FORMAT = 'kokkai-toben-desk/extension-settings';
export const SETTINGS_FILE_VERSION = 1;
/** A settings file is a few hundred bytes; anything far larger is not one. */
const MAX_FILE_CHARS = 64 * 1024;

/** The options a settings file carries (all but the webhook and the Teams poster choice). */
export type SharedSettings = Omit<ExtensionOptions, 'webhookUrl' | 'teamsPoster'>;

const settingsSchema = extensionOptionsSchema.omit({ webhookUrl: true, teamsPoster: true });
const fileSchema = z.object({
  format: z.literal(SETTINGS_FILE_FORMAT),
  version: z.number(),
  exportedAt: z.string().optional(),
  settings: z.unknown(),
});

/** Japanese names of the fields, for messages the schema does not word itself (a wrong type, say). */
const fieldNames: Record<string, string> = {
  bureauId: '自局', feedUrl: 'フィード URL', refreshMinutes: '更新間隔', feedCredentials: 'フィードの認証', reportUrl: '報告の送信先 URL',
};

/** Result of reading a settings file. */
export type SettingsFileResult = { ok: true; settings: SharedSettings } | { ok: false; error: string };

/** The file text for `options` (without the webhook URL and the poster choice), exported at `exportedAt` (a JST instant). */
export function settingsFileText(options: ExtensionOptions, exportedAt: string): string {
  const settings: SharedSettings = {
    bureauId: options.bureauId, feedUrl: options.feedUrl, refreshMinutes: options.refreshMinutes,
    feedCredentials: options.feedCredentials, reportUrl: options.reportUrl,
  };
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, exportedAt, settings }, null, 2)}\n`;
}

/** Reads a settings file; `bureauIds` is the directory the bureau must be in ('' = none chosen is allowed). */
export function parseSettingsFile(text: string, bureauIds: readonly string[]): SettingsFileResult {
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: '設定ファイルが大きすぎます。国会答弁デスクの設定ファイル (数百バイトの JSON) を選んでください。' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: '設定ファイルが JSON として読み取れません。書き出したファイルをそのまま選んでください。' };
  }
  const file = fileSchema.safeParse(json);
  if (!file.success) return { ok: false, error: 'このファイルは国会答弁デスクの設定ファイルではありません (format が違います)。' };
  if (file.data.version !== SETTINGS_FILE_VERSION) {
    return { ok: false, error: `設定ファイルの版 ${file.data.version} には対応していません (対応は版 ${SETTINGS_FILE_VERSION})。拡張機能を更新してください。` };
  }
  const settings = settingsSchema.safeParse(file.data.settings, { error: (issue) => `${fieldNames[String(issue.path?.[0])] ?? '設定'} の値が正しくありません。` });
  if (!settings.success) return { ok: false, error: `設定ファイルの内容が正しくありません: ${settings.error.issues.map((i) => i.message).join(' ')}` };
  const { bureauId } = settings.data;
  if (bureauId !== '' && !bureauIds.includes(bureauId)) {
    return { ok: false, error: `設定ファイルの自局「${bureauId}」は局の一覧にありません。局の一覧を確かめてください。` };
  }
  return { ok: true, settings: settings.data };
}
