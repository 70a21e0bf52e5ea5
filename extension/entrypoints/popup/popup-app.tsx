/** @file ポップアップ画面 (PopupApp): pure Preact view of PopupData; every side effect comes in as a callback. */
import { jstDateOf, jstTimeOf } from '@shared/dates/jst';
import type { PopupData } from '../../background/feed-popup-data';
import { BureauSection } from './bureau-section';
import type { CapturedEdit } from './captured-edit-form';
import { CaptureRunsSection } from './capture-runs-section';
import { CapturedSection } from './captured-section';
import type { JurisdictionMark } from './jurisdiction-bar';
import { NoticeSection } from './notice-section';

/** Callbacks (chrome APIs live in main.tsx). */
export interface PopupActions {
  onRefresh: () => void;
  onOpen: (url: string) => void;
  onOptions: () => void;
  onDownload: () => void;
  onCopy: () => void;
  /** 「修正」 of a captured question: resolves once stored, rejects with the Japanese reason. */
  onEdit: (edit: CapturedEdit) => Promise<unknown>;
  /** 「再試行」 / 「閉じる」 of a capture run, 「再取得」 / 「問を取得」 of questions: resolve once done, reject with the reason. */
  onRetry: (runId: string) => Promise<unknown>;
  onDismiss: (runId: string) => Promise<unknown>;
  onRefetch: (keys: string[]) => Promise<unknown>;
  /** 当省分 of the selected questions: resolves with the background's sentence. */
  onMark: (mark: JurisdictionMark) => Promise<string>;
}

function FeedStatus({ data }: { data: PopupData }) {
  if (!data.feedUrl) return <p class="feed">フィードは未設定です (設定で URL を入力してください)。</p>;
  const feed = data.feed;
  const last = feed?.fetchedAt ? `最終更新 ${jstTimeOf(feed.fetchedAt)}` : 'まだ取得していません';
  if (feed?.error) {
    return (
      <p class="feed error" role="alert">
        更新できませんでした: {feed.error} ({feed.fetchedAt ? `${last} のデータを表示中` : last})
      </p>
    );
  }
  return <p class="feed">{last}</p>;
}

/** The popup. `message` is the last action's result (「コピーしました」…). */
export function PopupApp({ data, actions, message }: { data: PopupData; actions: PopupActions; message?: string }) {
  return (
    <main class="popup">
      <header>
        <h1>国会答弁デスク{data.bureau ? ` — ${data.bureau.name}` : ''}</h1>
        <button type="button" onClick={actions.onRefresh}>更新</button>
        <button type="button" onClick={actions.onOptions}>設定</button>
      </header>
      <FeedStatus data={data} />
      {data.page && <p class={data.page.capturable ? 'page-status' : 'page-status no'} role="status">{data.page.message}</p>}
      <CaptureRunsSection runs={data.runs} onRetry={actions.onRetry} onDismiss={actions.onDismiss} />
      {data.view?.release && (
        <p class="banner" role="status">本日の待機は解除されました ({jstTimeOf(data.view.release.releasedAt)})</p>
      )}
      {data.conflicts > 0 && <p class="notice">競合が {data.conflicts} 件あります。Excel の割振りシートで確認してください。</p>}
      {data.teams && !data.teams.ok && <p class="notice">{data.teams.message}</p>}
      {data.bureau && data.view ? (
        <BureauSection bureauName={data.bureau.name} view={data.view} now={data.now} onOpen={actions.onOpen} />
      ) : (
        <p class="empty">自局が未設定です。「設定」で局を選ぶと、割り振られた問と締切が表示されます。</p>
      )}
      <NoticeSection rows={data.notices} today={jstDateOf(data.now)} onOpen={actions.onOpen} />
      <CapturedSection rows={data.captured} now={data.now} editor={data.editor} onOpen={actions.onOpen} onEdit={actions.onEdit}
        onRefetch={actions.onRefetch} onMark={actions.onMark} />
      <div class="actions">
        <button type="button" onClick={actions.onDownload}>Excel 用バンドルを保存</button>
        <button type="button" onClick={actions.onCopy}>バンドルをコピー</button>
      </div>
      {message && <p class="feed" role="status">{message}</p>}
    </main>
  );
}
