/** @file 設定画面の起動 (options entry): loads options and the directory, renders OptionsForm, saves with permission. */
import { render } from 'preact';
import { loadBureaus } from '../../platform/bureau-directory';
import { requestHostPermission } from '../../platform/host-permission';
import { loadOptions, saveOptions } from '../../platform/options-store';
import { extensionDb } from '../../platform/storage-db';
import type { ExtensionOptions } from '../../platform/extension-options';
import { OptionsForm } from './options-form';

async function save(options: ExtensionOptions): Promise<string> {
  // Ask first, inside the click: Chrome only shows the permission prompt during a user gesture.
  const granted = await requestHostPermission([options.feedUrl, options.webhookUrl]);
  await saveOptions(options);
  return granted
    ? '保存しました。フィードを取得しています…'
    : '保存しましたが、フィードのサイトへのアクセスが許可されていません。許可しないとフィードを取得できません。';
}

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  const [options, bureaus] = await Promise.all([loadOptions(), extensionDb().then(loadBureaus)]);
  render(<OptionsForm initial={options} bureaus={bureaus} onSave={save} />, root);
}

void start();
