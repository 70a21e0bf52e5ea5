/** @file ポップアップの起動 (popup entry): asks the background for PopupData and renders PopupApp; owns the chrome calls. */
import { jstStamp } from '@shared/dates/jst';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { PopupData } from '../../background/feed-popup-data';
import { EXPORT_BUNDLE, FEED_REFRESH, POPUP_DATA, QUESTION_EDIT, sendMessage } from '../../platform/messaging';
import { openSourceLink } from './open-source-link';
import { type PopupActions, PopupApp } from './popup-app';

const root = document.getElementById('app')!;
let message: string | undefined;
let data: PopupData | undefined;

function show(): void {
  if (!data) return;
  render(<PopupApp data={data} actions={actions} message={message} />, root);
}

async function reload(): Promise<void> {
  data = await sendMessage(POPUP_DATA);
  show();
}

function report(text: string): void {
  message = text;
  show();
}

const actions: PopupActions = {
  onRefresh: () => void sendMessage(FEED_REFRESH).then(reload).catch((e: Error) => report(e.message)),
  onOpen: (url) => openSourceLink(url, data?.feedUrl, (checked) => browser.tabs.create({ url: checked }), report),
  onOptions: () => void browser.runtime.openOptionsPage(),
  onDownload: () =>
    void sendMessage(EXPORT_BUNDLE).then((text) => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      link.download = `kokkai-bundle-${data ? jstStamp(data.now) : ''}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
      report('バンドルを保存しました。Excel アドインの「取り込み」で読み込んでください。');
    }).catch((e: Error) => report(e.message)),
  onCopy: () =>
    void sendMessage(EXPORT_BUNDLE)
      .then((text) => navigator.clipboard.writeText(text))
      .then(() => report('バンドルをクリップボードにコピーしました。'))
      .catch((e: Error) => report(`コピーできませんでした: ${e.message}`)),
  // Rejections go back to the form, which shows them next to the fields.
  onEdit: (edit) =>
    sendMessage(QUESTION_EDIT, edit).then(async (reply) => {
      message = reply.message;
      await reload();
    }),
};

reload().catch((e: Error) => {
  root.textContent = `読み込めませんでした: ${e.message}`;
});
