/**
 * @file フィードの状態 (FeedStatus): 最終更新, or what went wrong — and, when the browser refused because the site's
 * access is not granted, the 「アクセスを許可」 button (the permission prompt needs this click).
 */
import { jstTimeOf } from '@shared/dates/jst';
import type { PopupData } from '../../background/feed-popup-data';

/** フィードの状態. */
export function FeedStatus({ data, onGrant }: { data: PopupData; onGrant: () => void }) {
  if (!data.feedUrl) return <p class="feed">フィードは未設定です (設定で URL を入力してください)。</p>;
  const feed = data.feed;
  const last = feed?.fetchedAt ? `最終更新 ${jstTimeOf(feed.fetchedAt)}` : 'まだ取得していません';
  if (feed?.error) {
    return (
      <div class="feed error" role="alert">
        <p>更新できませんでした: {feed.error} ({feed.fetchedAt ? `${last} のデータを表示中` : last})</p>
        {feed.errorKind === 'permission' && <button type="button" onClick={onGrant}>アクセスを許可</button>}
      </div>
    );
  }
  return <p class="feed">{last}</p>;
}
