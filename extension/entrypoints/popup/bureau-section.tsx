/** @file 自局の問 (BureauSection): my bureau's 問 by urgency, with role filter, next milestone and tonight's slot. */
import { useState } from 'preact/hooks';
import { formatWarekiDateTime } from '@shared/dates/format-wareki';
import { type JstInstant, jstDateOf } from '@shared/dates/jst';
import { formatTimeLeft } from '@shared/exchange/format-time-left';
import type { BureauRow, BureauView } from '@shared/exchange/bureau-view';

/**
 * 最初に表示する件数: the popup is at most 600 px tall (Chrome's popup limit), about 12 rows; 50 rows
 * in urgency order cover several screens, and the rest appear on 「さらに表示」 so that opening stays instant.
 */
export const POPUP_FIRST_ROWS = 50;

/** 役割の選択肢 ('' = すべて). */
const roleOptions = ['', '執筆', '合議', 'メモ出し'] as const;

/**
 * 緊急度の言葉: the row's colour said in words too (JIS X 8341-3 / WCAG 1.4.1, colour is never the only signal),
 * with the task pane's words — 期限超過, 本日 (due later today, JST), 24時間以内 (the badge window).
 */
export function urgencyWords(row: BureauRow, now: JstInstant): string | undefined {
  const m = row.nextMilestone;
  if (!m) return undefined;
  if (row.overdue) return '期限超過';
  if (jstDateOf(m.dueAt) === jstDateOf(now)) return '本日';
  return row.dueSoon ? '24時間以内' : undefined;
}

function RowItem({ row, now, onOpen }: { row: BureauRow; now: JstInstant; onOpen: (url: string) => void }) {
  const m = row.nextMilestone;
  const dueClass = row.overdue ? 'due overdue' : row.dueSoon ? 'due soon' : 'due';
  const urgency = urgencyWords(row, now);
  return (
    <li>
      <button type="button" class="row" disabled={!row.sourceUrl} title={row.sourceUrl ? '出所ページを開く' : '出所ページがありません'}
        onClick={() => row.sourceUrl && onOpen(row.sourceUrl)}>
        <span class="head">
          <span class="label">{row.itemLabel}</span>
          <span class="role">{row.role}</span>
          <span class="title" title={row.questionTitle}>{row.questionTitle}</span>
        </span>
        {m ? (
          <span class={dueClass}>
            {urgency && <><span class="urgency">{urgency}</span>{' '}</>}{m.label} {formatWarekiDateTime(m.dueAt)} まで ({formatTimeLeft(m.dueAt, now)})
          </span>
        ) : (
          <span class="due">締切は未設定です</span>
        )}
        {row.slot && <span class="slot"> ・今夜 {row.slot.label}</span>}
      </button>
    </li>
  );
}

/** Props. */
export interface BureauSectionProps {
  bureauName: string;
  view: BureauView;
  now: JstInstant;
  onOpen: (url: string) => void;
}

/** 自局の問. */
export function BureauSection({ bureauName, view, now, onOpen }: BureauSectionProps) {
  const [role, setRole] = useState<string>('');
  const [limit, setLimit] = useState(POPUP_FIRST_ROWS);
  const rows = role ? view.rows.filter((r) => r.role === role) : view.rows;
  const shown = rows.slice(0, limit);
  return (
    <section aria-label="自局の問">
      <h2>
        {bureauName}の問 ({rows.length} 件){' '}
        <label>
          役割{' '}
          <select value={role} onChange={(e) => setRole((e.currentTarget as HTMLSelectElement).value)} aria-label="役割で絞り込む">
            {roleOptions.map((r) => <option key={r} value={r}>{r || 'すべて'}</option>)}
          </select>
        </label>
      </h2>
      {rows.length === 0 ? <p class="empty">割り振られた問はありません。</p> : (
        <ul class="rows">{shown.map((row) => <RowItem key={row.assignmentId} row={row} now={now} onOpen={onOpen} />)}</ul>
      )}
      {rows.length > shown.length && (
        <button type="button" onClick={() => setLimit(rows.length)}>さらに表示 (残り {rows.length - shown.length} 件)</button>
      )}
    </section>
  );
}
