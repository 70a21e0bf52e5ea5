/** @file 取り込んだ質問通告 (NoticeSection): clipped committee notices by sitting, with 問 count and the 前々日正午 band. */
import { useState } from 'preact/hooks';
import { formatWarekiDateTime } from '@shared/dates/format-wareki';
import type { IsoDate } from '@shared/dates/iso-date';
import type { NoticeRow } from '../../background/feed-popup-data';

/** Props. `today` ('YYYY-MM-DD', JST) splits sittings still to come from those already held. */
export interface NoticeSectionProps {
  rows: NoticeRow[];
  today: IsoDate;
  onOpen: (url: string) => void;
}

function NoticeItem({ row, onOpen }: { row: NoticeRow; onOpen: (url: string) => void }) {
  return (
    <li>
      <button type="button" class="row" disabled={!row.url} title={row.url ? '取り込んだページを開く' : '取り込んだページがありません'}
        onClick={() => row.url && onOpen(row.url)}>
        <span class="head">
          <span class="label">{row.committee}</span>
          <span class="when">{formatWarekiDateTime(row.sittingAt)} 開会</span>
        </span>
        <span class="member">{row.member} ・問 {row.items} 件 ・受信 {formatWarekiDateTime(row.receivedAt)}</span>
        <span class={row.late ? 'band late' : 'band'}>{row.band}</span>
      </button>
    </li>
  );
}

/**
 * 取り込んだ質問通告: sittings from today on, earliest first; sittings already held behind a button (they
 * are still kept, in the same order).
 */
export function NoticeSection({ rows, today, onOpen }: NoticeSectionProps) {
  const [showPast, setShowPast] = useState(false);
  const past = rows.filter((r) => r.sittingOn < today).length;
  const shown = showPast ? rows : rows.filter((r) => r.sittingOn >= today);
  return (
    <section aria-label="取り込んだ質問通告">
      <h2>取り込んだ質問通告 ({rows.length} 件)</h2>
      {rows.length === 0 && <p class="empty">まだ取り込んでいません。通告の文章を選んで右クリックし「質問通告として取り込む」を選んでください。</p>}
      {rows.length > 0 && shown.length === 0 && <p class="empty">今日以降の開会の通告はありません。</p>}
      {shown.length > 0 && <ul class="rows">{shown.map((row) => <NoticeItem key={row.id} row={row} onOpen={onOpen} />)}</ul>}
      {past > 0 && !showPast && (
        <button type="button" onClick={() => setShowPast(true)}>開会済みの通告も表示 ({past} 件)</button>
      )}
    </section>
  );
}
