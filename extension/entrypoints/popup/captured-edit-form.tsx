/**
 * @file 手修正フォーム (CapturedEditForm): corrects 件名, 提出者 and 内閣転送日 of one captured 質問主意書. The popup
 * only collects text; the background checks it (editCapturedQuestion) and answers in Japanese.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CapturedRow } from '../../background/feed-popup-data';

/** What the form sends: the three fields as typed, and the 修正者. */
export interface CapturedEdit {
  key: string;
  edit: { title: string; submitters: string; transferredOn: string };
  who: string;
}

/** Props. `onSave` resolves when stored (the popup then closes the form) or rejects with the Japanese reason. */
export interface CapturedEditFormProps {
  row: CapturedRow;
  editor: string;
  onSave: (edit: CapturedEdit) => Promise<unknown>;
  onCancel: () => void;
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

/** 修正フォーム. */
export function CapturedEditForm({ row, editor, onSave, onCancel }: CapturedEditFormProps) {
  const [title, setTitle] = useState(row.title);
  const [submitters, setSubmitters] = useState(row.submitters.join('、'));
  const [transferredOn, setTransferredOn] = useState(row.transferredOn ?? '');
  const [who, setWho] = useState(editor);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  // Keyboard: the form takes the focus when it opens; Esc closes it like 「取消」.
  useEffect(() => first.current?.focus(), []);
  const submit = (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    onSave({ key: row.key, edit: { title, submitters, transferredOn }, who })
      .catch((reason: Error) => setError(reason.message))
      .finally(() => setBusy(false));
  };
  return (
    <form class="edit" aria-label={`${row.label} の修正`} onSubmit={submit}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onCancel(); } }}>
      <label>件名 <input ref={first} value={title} onInput={(e) => setTitle(value(e))} /></label>
      <label>提出者 (「、」区切り) <input value={submitters} onInput={(e) => setSubmitters(value(e))} /></label>
      <label>内閣転送日 <input type="date" value={transferredOn} onInput={(e) => setTransferredOn(value(e))} /></label>
      <label>修正者 <input value={who} placeholder="例: 老健局 山田" onInput={(e) => setWho(value(e))} /></label>
      <p class="hint">修正した項目は、以後の取り込みで上書きされません。修正者と日時は監査記録に残ります。</p>
      {error && <p class="notice" role="alert">{error}</p>}
      <div class="actions">
        <button type="submit" disabled={busy}>{busy ? '保存中…' : '保存'}</button>
        <button type="button" onClick={onCancel}>取消</button>
      </div>
    </form>
  );
}
