/** @file 取り込んだ質問主意書 (CapturedSection): captured written questions with 答弁期限 (和暦) and time left, and 「修正」. */
import { formatWareki } from '@shared/dates/format-wareki';
import type { JstInstant } from '@shared/dates/jst';
import { formatTimeLeft } from '@shared/exchange/format-time-left';
import type { CapturedRow } from '../../background/feed-popup-data';
import { type CapturedEdit, CapturedEditForm } from './captured-edit-form';
import { useInlineForm } from './use-inline-form';

/** Props. */
export interface CapturedSectionProps {
  rows: CapturedRow[];
  now: JstInstant;
  /** Last 修正者 (the form's default). */
  editor: string;
  onOpen: (url: string) => void;
  onEdit: (edit: CapturedEdit) => Promise<unknown>;
}

/** 「・答弁書受領 …」 / 「・撤回 …」 for a question whose deadline no longer runs; undefined while it does. */
function closedText(q: CapturedRow): string | undefined {
  if (q.answeredOn) return `・答弁書受領 ${formatWareki(q.answeredOn, { weekday: true })}`;
  if (q.withdrawnOn) return `・撤回 ${formatWareki(q.withdrawnOn, { weekday: true })}`;
  return undefined;
}

/** 取り込んだ質問主意書. */
export function CapturedSection({ rows, now, editor, onOpen, onEdit }: CapturedSectionProps) {
  // Keyboard: when the form closes, the focus goes back to the 「修正」 button that opened it.
  const { open: editing, setOpen: setEditing, close, list } = useInlineForm('edit');
  return (
    <section aria-label="取り込んだ質問主意書">
      <h2>取り込んだ質問主意書 ({rows.length} 件)</h2>
      {rows.length === 0 ? <p class="empty">まだ取り込んでいません。衆議院・参議院の質問主意書のページを開いてください。</p> : (
        <ul class="rows" ref={list}>
          {rows.map((q) => (
            <li key={q.key}>
              <button type="button" class="row" disabled={!q.url} onClick={() => q.url && onOpen(q.url)}>
                <span class="head">
                  <span class="label">{q.label}</span>
                  <span class="role">{q.status}</span>
                </span>
                <span class="title" title={q.title}>{q.title}</span>
                {q.dueOn && q.dueAt ? (
                  <span class="due">
                    答弁期限 {formatWareki(q.dueOn, { weekday: true })} {closedText(q) ?? `(${formatTimeLeft(q.dueAt, now)})`}
                    {q.lastLegalDay && q.lastLegalDay !== q.dueOn ? ` ・7日目 ${formatWareki(q.lastLegalDay, { weekday: true })}` : ''}
                  </span>
                ) : (
                  <span class="due">転送日が未確認のため期限を計算できません</span>
                )}
                {q.extensionLikely && <span class="notice"> ・延期の可能性</span>}
                {q.edited.length > 0 && <span class="edited">手修正: {q.edited.join('・')}</span>}
              </button>
              {editing === q.key ? (
                <CapturedEditForm row={q} editor={editor} onCancel={() => close(q.key)}
                  onSave={(edit) => onEdit(edit).then(() => close(q.key))} />
              ) : (
                <button type="button" class="edit-open" data-edit={q.key} aria-label={`${q.label} を修正`} onClick={() => setEditing(q.key)}>修正</button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
