/** @file 設定画面の起動 (options entry): loads options and the directory, renders OptionsForm, saves with permission. */
import { render } from 'preact';
import { loadBureaus } from '../../platform/bureau-directory';
import { FEED_REFRESH, sendMessage } from '../../platform/messaging';
import { requestHostPermission } from '../../platform/host-permission';
import { loadOptions, saveOptions } from '../../platform/options-store';
import { extensionDb } from '../../platform/storage-db';
import type { ExtensionOptions } from '../../platform/extension-options';
import { systemClock } from '@shared/clock';
import { settingsFileText } from '../../platform/settings-file';
import { OptionsForm } from './options-form';

/** Downloads the settings file (without the webhook URL). */
async function exportSettings(options: ExtensionOptions): Promise<string> {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([settingsFileText(options, systemClock.now())], { type: 'application/json' }));
  link.download = 'kokkai-settings.json';
  link.click();
  URL.revokeObjectURL(link.href);
  return '設定ファイル kokkai-settings.json を書き出しました (Teams の Webhook URL は含めていません)。';
}

/**
 * Saves the options. The permission prompt is opened first, inside the click (Chrome shows it only
 * during a user gesture); saving does not wait for the answer, and a grant triggers a refresh.
 */
async function save(options: ExtensionOptions, report: (text: string, ok: boolean) => void): Promise<string> {
  const permission = requestHostPermission([options.feedUrl, options.webhookUrl, options.reportUrl]).catch(() => false);
  await saveOptions(options);
  void permission.then((granted) => {
    if (granted) {
      // A failed fetch is kept in the feed state, which the popup shows.
      if (options.feedUrl) void sendMessage(FEED_REFRESH).catch(() => undefined);
    } else {
      report('フィード・報告・Teams のサイトへのアクセスが許可されていません。サーバーが CORS を許可していない場合、取得や送信ができません (ポップアップの「アクセスを許可」からも許可できます)。', false);
    }
  });
  return options.feedUrl ? '保存しました。フィードを取得しています…' : '保存しました。';
}

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  const [options, bureaus] = await Promise.all([loadOptions(), extensionDb().then(loadBureaus)]);
  render(<OptionsForm initial={options} bureaus={bureaus} onSave={save} onExport={exportSettings} />, root);
}

void start();
