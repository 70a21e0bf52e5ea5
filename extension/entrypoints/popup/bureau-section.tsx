/**
 * @file 問の一覧 (BureauSection): 問 cards by urgency, then 院・回次・号 — each with its 院・号, 提出者, role, next
 * milestone, tonight's slot and the bureau's responses — with a role filter; on my bureau's cards, 「回答」 opens
 * the ResponsePanel (受諾・異議・進捗).
 */
import { useState } from 'preact/hooks';
import { formatWarekiDateTime } from '@shared/dates/format-wareki';
import { type JstInstant, jstDateOf, jstDateTimeLocal } from '@shared/dates/jst';
import { itemName } from '@shared/exchange/card-order';
import { formatTimeLeft } from '@shared/exchange/format-time-left';
import type { BureauRow } from '@shared/exchange/bureau-view';
import type { ResponseSaveRequest } from '../../platform/messaging';
import { ResponsePanel } from './response-panel';
import { responsesLine } from './response-words';
import { useInlineForm } from './use-inline-form';

/**
 * 最初に表示する件数: the popup is at most 600 px tall (Chrome's popup limit), about 8 cards (each names its 院・号,
 * 提出者 and the bureau's answers); 30 cards in urgency order cover several screens, and the rest appear on
 * 「さらに表示」 so that opening stays instant at 1,000 cards.
 */
export const POPUP_FIRST_ROWS = 30;

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

/** What a card needs besides its row. */
interface CardContext {
  now: JstInstant;
  bureaus: readonly { id: string; name: string }[];
  /** My bureau (cards of it get 「回答」), if chosen. */
  mine?: { id: string; name: string };
  onOpen: (url: string) => void;
}

function RowItem({ row, context }: { row: BureauRow; context: CardContext }) {
  const { now, bureaus, mine, onOpen } = context;
  const m = row.nextMilestone;
  const dueClass = row.overdue ? 'due overdue' : row.dueSoon ? 'due soon' : 'due';
  const urgency = urgencyWords(row, now);
  const responses = responsesLine(row, bureaus);
  const bureauName = bureaus.find((b) => b.id === row.bureau || b.name === row.bureau)?.name ?? row.bureau;
  const isMine = mine !== undefined && (row.bureau === mine.id || row.bureau === mine.name);
  return (
    <button type="button" class="row" disabled={!row.sourceUrl} title={row.sourceUrl ? '出所ページを開く' : '出所ページがありません'}
      onClick={() => row.sourceUrl && onOpen(row.sourceUrl)}>
      <span class="head">
        <span class="label">{row.itemLabel}</span>
        <span class="role">{row.role}</span>
        <span class="title" title={row.questionTitle}>{row.questionTitle}</span>
      </span>
      <span class="member">
        {row.questionLabel}{row.submitters.length > 0 ? ` ・提出者 ${row.submitters.join('、')}` : ''}{isMine ? '' : ` ・${bureauName}`}
      </span>
      {m ? (
        <span class={dueClass}>
          {urgency && <><span class="urgency">{urgency}</span>{' '}</>}{m.label} {formatWarekiDateTime(m.dueAt)} まで ({formatTimeLeft(m.dueAt, now)})
        </span>
      ) : row.deadlinesDone ? (
        <span class="due">締切はすべて済みです</span>
      ) : (
        <span class="due">締切は未設定です</span>
      )}
      {row.slot && <span class="slot"> ・今夜 {row.slot.label}</span>}
      {responses && <span class={row.decision?.type === 'objection' ? 'responses objected' : 'responses'}>{responses}</span>}
    </button>
  );
}

/** Props. `rows` are already filtered and in order. */
export interface BureauSectionProps {
  /** The section's name (「自局の問」 or 「問の一覧」) and its heading (「医政局の問」, 「全局の問」 …). */
  label: string;
  heading: string;
  rows: BureauRow[];
  now: JstInstant;
  bureaus: readonly { id: string; name: string }[];
  mine?: { id: string; name: string };
  editor: string;
  onOpen: (url: string) => void;
  onRespond: (request: ResponseSaveRequest) => Promise<unknown>;
  onRetract: (id: string, by: string) => Promise<unknown>;
  /** Text when there is no row at all. */
  empty: string;
}

/** 問の一覧. */
export function BureauSection({ label, heading, rows: all, now, bureaus, mine, editor, onOpen, onRespond, onRetract, empty }: BureauSectionProps) {
  const [role, setRole] = useState<string>('');
  const [limit, setLimit] = useState(POPUP_FIRST_ROWS);
  // Keyboard: when the 回答 form closes, the focus goes back to the 「回答」 button that opened it.
  const { open: answering, setOpen: setAnswering, close, list } = useInlineForm('answer');
  const rows = role ? all.filter((r) => r.role === role) : all;
  const shown = rows.slice(0, limit);
  const context: CardContext = { now, bureaus, mine, onOpen };
  const others = bureaus.filter((b) => b.id !== mine?.id);
  const nowLocal = jstDateTimeLocal(now);
  return (
    <section aria-label={label}>
      <h2>
        {heading} ({rows.length} 件){' '}
        <label>
          役割{' '}
          <select value={role} onChange={(e) => setRole((e.currentTarget as HTMLSelectElement).value)} aria-label="役割で絞り込む">
            {roleOptions.map((r) => <option key={r} value={r}>{r || 'すべて'}</option>)}
          </select>
        </label>
      </h2>
      {rows.length === 0 ? <p class="empty">{empty}</p> : (
        <ul class="rows" ref={list}>
          {shown.map((row) => {
            const isMine = mine !== undefined && (row.bureau === mine.id || row.bureau === mine.name);
            return (
              <li key={row.assignmentId}>
                <RowItem row={row} context={context} />
                {isMine && (answering === row.assignmentId ? (
                  <ResponsePanel row={row} otherBureaus={others} editor={editor} nowLocal={nowLocal}
                    onRespond={onRespond} onRetract={onRetract} onClose={() => close(row.assignmentId)} />
                ) : (
                  <button type="button" class="edit-open" data-answer={row.assignmentId} aria-label={`${itemName(row.itemLabel)} (${row.questionLabel}) に回答`}
                    onClick={() => setAnswering(row.assignmentId)}>回答</button>
                ))}
              </li>
            );
          })}
        </ul>
      )}
      {rows.length > shown.length && (
        <button type="button" onClick={() => setLimit(rows.length)}>さらに表示 (残り {rows.length - shown.length} 件)</button>
      )}
    </section>
  );
}
