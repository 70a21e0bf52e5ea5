/** @file ポップアップの起動 (popup entry): asks the background for PopupData and renders PopupApp; owns the chrome calls. */
import { jstStamp } from '@shared/dates/jst';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { PopupData } from '../../background/feed-popup-data';
import {
  CAPTURE_DISMISS, CAPTURE_REFETCH, CAPTURE_RETRY, CONFLICT_CHOOSE, EXPORT_BUNDLE, FEED_REFRESH, JURISDICTION_MARK, POPUP_DATA, QUESTION_EDIT,
  REPORT_EXPORT, REPORT_SEND, RESPONSE_RETRACT, RESPONSE_SAVE, sendMessage,
} from '../../platform/messaging';
import { requestHostPermission } from '../../platform/host-permission';
import { openSourceLink } from './open-source-link';
import { type PopupActions, PopupApp } from './popup-app';

const root = document.getElementById('app')!;
let message: string | undefined;
let data: PopupData | undefined;

function show(): void {
  if (!data) return;
  render(<PopupApp data={data} actions={actions} message={message} />, root);
}

/**
 * The Diet page the popup speaks about: the active tab — or, when the popup itself is open as a tab (pinned, or in a
 * test), the tab used last before it. Without the "tabs" permission a URL is only visible on the Diet hosts, which is
 * all the popup needs.
 */
async function activeUrl(): Promise<string | undefined> {
  const own = browser.runtime.getURL('/');
  const tabs = await browser.tabs.query({ currentWindow: true });
  const active = tabs.find((t) => t.active);
  if (active && !active.url?.startsWith(own)) return active.url;
  return tabs.filter((t) => !t.active && t.url && !t.url.startsWith(own)).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0]?.url;
}

/** While a capture still fetches pages, the popup follows its progress (once a second). */
let following: ReturnType<typeof setTimeout> | undefined;

async function reload(): Promise<void> {
  const next = await sendMessage(POPUP_DATA, { activeUrl: await activeUrl().catch(() => undefined) });
  // The morning digest comes once a day (the background moves its snapshot on): keep it for this popup.
  data = { ...next, digest: next.digest ?? data?.digest };
  show();
  clearTimeout(following);
  if (data.runs.some((r) => !r.finished)) following = setTimeout(() => void reload().catch(() => undefined), 1000);
}

function report(text: string): void {
  message = text;
  show();
}

/** Saves `text` as a download named `name`. */
function download(text: string, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Runs a background action that answers { message }, shows it, and reloads; a refusal goes back to the form. */
function act(action: Promise<{ message: string }>): Promise<void> {
  return action.then(async (reply) => {
    message = reply.message;
    await reload();
  });
}

const actions: PopupActions = {
  onRefresh: () => void sendMessage(FEED_REFRESH).then(reload).catch((e: Error) => report(e.message)),
  onOpen: (url) => openSourceLink(url, data?.feedUrl, (checked) => browser.tabs.create({ url: checked }), report),
  onOptions: () => void browser.runtime.openOptionsPage(),
  onDownload: () =>
    void sendMessage(EXPORT_BUNDLE).then((text) => {
      download(text, `kokkai-bundle-${data ? jstStamp(data.now) : ''}.json`);
      report('バンドルを保存しました。Excel アドインの「取り込み」で読み込んでください。');
    }).catch((e: Error) => report(e.message)),
  onCopy: () =>
    void sendMessage(EXPORT_BUNDLE)
      .then((text) => navigator.clipboard.writeText(text))
      .then(() => report('バンドルをクリップボードにコピーしました。'))
      .catch((e: Error) => report(`コピーできませんでした: ${e.message}`)),
  // Rejections go back to the form (or the section), which shows them next to what was asked.
  onEdit: (edit) =>
    sendMessage(QUESTION_EDIT, edit).then(async (reply) => {
      message = reply.message;
      await reload();
    }),
  onRespond: (request) => act(sendMessage(RESPONSE_SAVE, request)),
  onRetract: (id, by) => act(sendMessage(RESPONSE_RETRACT, { id, by })),
  onSendReport: () => void act(sendMessage(REPORT_SEND)).catch((e: Error) => report(e.message)),
  onSaveReport: () =>
    void sendMessage(REPORT_EXPORT).then(({ text, fileName }) => {
      download(text, fileName);
      report(`報告を ${fileName} に保存しました。調整担当に渡してください (Excel アドインの「質問を取り込む」でバンドルと同じように読み込みます)。`);
    }).catch((e: Error) => report(e.message)),
  onCopyReport: () =>
    void sendMessage(REPORT_EXPORT)
      .then(({ text }) => navigator.clipboard.writeText(text))
      .then(() => report('報告をクリップボードにコピーしました。調整担当に貼り付けて渡してください。'))
      .catch((e: Error) => report(`コピーできませんでした: ${e.message}`)),
  onGrant: () => {
    // The prompt opens only inside the click; the refresh follows the answer.
    void requestHostPermission([data?.feedUrl ?? '']).then((granted) => {
      if (!granted) return report('アクセスが許可されませんでした。フィードを取得できません。');
      return sendMessage(FEED_REFRESH).then(reload);
    }).catch((e: Error) => report(e.message));
  },
  onChoose: (key, versionKey) => void act(sendMessage(CONFLICT_CHOOSE, { key, versionKey })).catch((e: Error) => report(e.message)),
  onRetry: (runId) => sendMessage(CAPTURE_RETRY, { runId }).then(reload),
  onDismiss: (runId) => sendMessage(CAPTURE_DISMISS, { runId }).then(reload),
  onRefetch: (keys) => sendMessage(CAPTURE_REFETCH, { keys }).then(reload),
  onMark: (mark) => sendMessage(JURISDICTION_MARK, mark).then(async (reply) => {
    await reload();
    return reply.message;
  }),
};

reload()
  // A stand-down shown on old data (a PC that slept, a failed fetch): fetch now, so a recall since is not missed.
  .then(() => (data?.staleStandDown ? sendMessage(FEED_REFRESH).then(reload).catch(() => undefined) : undefined))
  .catch((e: Error) => {
    root.textContent = `読み込めませんでした: ${e.message}`;
  });
