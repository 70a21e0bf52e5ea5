/** @file ポップアップの起動 (popup entry): asks the background for PopupData and renders PopupApp; owns the chrome calls. */
import { jstStamp } from '@shared/dates/jst';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { PopupData } from '../../background/feed-popup-data';
import { QUESTION_EDIT, type QuestionEditReply } from '../../platform/messaging';
import { type PopupActions, PopupApp } from './popup-app';

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

async function ask<T>(type: string, payload: object = {}): Promise<T> {
  const reply = (await browser.runtime.sendMessage({ ...payload, type })) as Reply<T> | undefined;
  if (!reply) throw new Error('バックグラウンドが応答しません。拡張機能を再読み込みしてください。');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

const root = document.getElementById('app')!;
let message: string | undefined;
let data: PopupData | undefined;

function show(): void {
  if (!data) return;
  render(<PopupApp data={data} actions={actions} message={message} />, root);
}

async function reload(): Promise<void> {
  data = await ask<PopupData>('popup:data');
  show();
}

function report(text: string): void {
  message = text;
  show();
}

const actions: PopupActions = {
  onRefresh: () => void ask('feed:refresh').then(reload).catch((e: Error) => report(e.message)),
  onOpen: (url) => void browser.tabs.create({ url }),
  onOptions: () => void browser.runtime.openOptionsPage(),
  onDownload: () =>
    void ask<string>('export:bundle').then((text) => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      link.download = `kokkai-bundle-${data ? jstStamp(data.now) : ''}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
      report('バンドルを保存しました。Excel アドインの「取り込み」で読み込んでください。');
    }).catch((e: Error) => report(e.message)),
  onCopy: () =>
    void ask<string>('export:bundle')
      .then((text) => navigator.clipboard.writeText(text))
      .then(() => report('バンドルをクリップボードにコピーしました。'))
      .catch((e: Error) => report(`コピーできませんでした: ${e.message}`)),
  // Rejections go back to the form, which shows them next to the fields.
  onEdit: (edit) =>
    ask<QuestionEditReply>(QUESTION_EDIT, edit).then(async (reply) => {
      message = reply.message;
      await reload();
    }),
};

reload().catch((e: Error) => {
  root.textContent = `読み込めませんでした: ${e.message}`;
});
