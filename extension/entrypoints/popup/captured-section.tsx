/**
 * @file 取り込んだ質問主意書 (CapturedSection): captured written questions with their 状況 and where it came from,
 * 答弁期限 (和暦) and time left — or, when the dates are unknown, why and the two fixes (「再取得」, 「修正」) —
 * 「問未取得」 with a one-click 「問を取得」, the 当省分, and a selection (by list and filter) for bulk 当省分 marking.
 */
import { useState } from 'preact/hooks';
import { formatWareki } from '@shared/dates/format-wareki';
import type { JstInstant } from '@shared/dates/jst';
import { formatTimeLeft } from '@shared/exchange/format-time-left';
import type { CapturedRow } from '../../background/feed-popup-data';
import { type CapturedEdit, CapturedEditForm } from './captured-edit-form';
import { type JurisdictionMark, JurisdictionBar } from './jurisdiction-bar';
import { useInlineForm } from './use-inline-form';

/** Props. */
export interface CapturedSectionProps {
  rows: CapturedRow[];
  now: JstInstant;
  /** Last 修正者 / 担当者 (the forms' default). */
  editor: string;
  onOpen: (url: string) => void;
  onEdit: (edit: CapturedEdit) => Promise<unknown>;
  /** 「再取得」 / 「問を取得」: fetch the questions' detail page and 質問本文 again. */
  onRefetch: (keys: string[]) => Promise<unknown>;
  /** 当省分 of the selected questions; resolves with the background's sentence. */
  onMark: (mark: JurisdictionMark) => Promise<string>;
}

/** 絞り込み: which captured questions are shown (and selectable). */
const filters = {
  all: { label: 'すべて', keep: () => true },
  open: { label: '未答弁', keep: (q: CapturedRow) => q.open },
  itemsMissing: { label: '問未取得', keep: (q: CapturedRow) => q.itemsMissing },
  unmarked: { label: '当省分 未確認', keep: (q: CapturedRow) => q.scope === 'none' },
  other: { label: '他省庁', keep: (q: CapturedRow) => q.scope === 'other' },
} as const;
type FilterId = keyof typeof filters;

/** 「・答弁書受領 …」 / 「・撤回 …」 for a question whose deadline no longer runs; undefined while it does. */
function closedText(q: CapturedRow): string | undefined {
  if (q.answeredOn) return `・答弁書受領 ${formatWareki(q.answeredOn, { weekday: true })}`;
  if (q.withdrawnOn) return `・撤回 ${formatWareki(q.withdrawnOn, { weekday: true })}`;
  return undefined;
}

function DueLine({ q, now }: { q: CapturedRow; now: JstInstant }) {
  if (q.dueOn && q.dueAt) {
    return (
      <span class="due">
        答弁期限 {formatWareki(q.dueOn, { weekday: true })} {closedText(q) ?? (q.open ? `(${formatTimeLeft(q.dueAt, now)})` : '')}
        {q.lastLegalDay && q.lastLegalDay !== q.dueOn ? ` ・7日目 ${formatWareki(q.lastLegalDay, { weekday: true })}` : ''}
      </span>
    );
  }
  if (q.missingDates) return <span class="due missing">{q.missingDates}</span>;
  return <span class="due">{closedText(q)?.slice(1) ?? '答弁の必要はありません'}</span>;
}

/** 取り込んだ質問主意書. */
export function CapturedSection({ rows, now, editor, onOpen, onEdit, onRefetch, onMark }: CapturedSectionProps) {
  const [list, setList] = useState('');
  const [filter, setFilter] = useState<FilterId>('all');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [fetchError, setFetchError] = useState('');
  // Keyboard: when the form closes, the focus goes back to the 「修正」 button that opened it (useInlineForm).
  const { open: editing, setOpen: setEditing, close, list: listRef } = useInlineForm('edit');
  const lists = [...new Set(rows.map((q) => q.list))].sort();
  const shown = rows.filter((q) => (list === '' || q.list === list) && filters[filter].keep(q));
  const shownSelected = shown.filter((q) => selected.has(q.key)).map((q) => q.key);
  const allShown = shown.length > 0 && shownSelected.length === shown.length;
  const toggle = (key: string) => setSelected((s) => {
    const next = new Set(s);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    return next;
  });
  const refetch = (keys: string[]) => {
    setFetchError('');
    onRefetch(keys).catch((e: Error) => setFetchError(e.message));
  };
  return (
    <section aria-label="取り込んだ質問主意書">
      <h2>取り込んだ質問主意書 ({rows.length} 件)</h2>
      {rows.length === 0 ? <p class="empty">まだ取り込んでいません。衆議院・参議院の質問主意書のページを開いてください。</p> : (
        <>
          <div class="filters">
            <label>一覧 <select value={list} onChange={(e) => setList((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">すべて</option>
              {lists.map((l) => <option key={l} value={l}>{l}</option>)}
            </select></label>
            <label>絞り込み <select value={filter} onChange={(e) => setFilter((e.currentTarget as HTMLSelectElement).value as FilterId)}>
              {(Object.keys(filters) as FilterId[]).map((f) => <option key={f} value={f}>{filters[f].label}</option>)}
            </select></label>
            <label class="select-all">
              <input type="checkbox" checked={allShown} disabled={shown.length === 0}
                onChange={() => setSelected(allShown ? new Set() : new Set(shown.map((q) => q.key)))} />
              表示中の {shown.length} 件をすべて選ぶ
            </label>
          </div>
          <JurisdictionBar selected={shownSelected} editor={editor} onMark={onMark} />
          {fetchError && <p class="notice" role="alert">{fetchError}</p>}
          <ul class="rows" ref={listRef}>
            {shown.map((q) => (
              <li key={q.key}>
                <input type="checkbox" class="pick" checked={selected.has(q.key)} onChange={() => toggle(q.key)} aria-label={`${q.label} を選ぶ`} />
                <button type="button" class="row" disabled={!q.url} onClick={() => q.url && onOpen(q.url)}>
                  <span class="head">
                    <span class="label">{q.label}</span>
                    <span class="role" title={`状況の出所: ${q.statusSource}`}>{q.status}</span>
                    <span class={q.scope === 'other' ? 'scope other' : 'scope'}>{q.jurisdiction}</span>
                  </span>
                  <span class="title" title={q.title}>{q.title}</span>
                  <DueLine q={q} now={now} />
                  <span class="source">状況の出所: {q.statusSource}{q.items > 0 ? ` ・問 ${q.items} 件` : ''}</span>
                  {q.itemsMissing && <span class="notice"> 問未取得 (質問本文をまだ読んでいません。割振りは問ごとにできません)</span>}
                  {q.extensionLikely && <span class="notice"> ・延期の可能性</span>}
                  {q.edited.length > 0 && <span class="edited">手修正: {q.edited.join('・')}</span>}
                </button>
                <span class="row-actions">
                  {q.canFetch && (q.itemsMissing || q.missingDates) && (
                    <button type="button" class="edit-open" aria-label={`${q.label} の${q.itemsMissing ? '問を取得' : '再取得'}`} onClick={() => refetch([q.key])}>
                      {q.itemsMissing ? '問を取得' : '再取得'}
                    </button>
                  )}
                  {editing !== q.key && (
                    <button type="button" class="edit-open" data-edit={q.key} aria-label={`${q.label} を修正`} onClick={() => setEditing(q.key)}>修正</button>
                  )}
                </span>
                {editing === q.key && (
                  <CapturedEditForm row={q} editor={editor} onCancel={() => close(q.key)}
                    onSave={(edit) => onEdit(edit).then(() => close(q.key))} />
                )}
              </li>
            ))}
          </ul>
          {shown.length === 0 && <p class="empty">この条件の質問はありません。</p>}
        </>
      )}
    </section>
  );
}
