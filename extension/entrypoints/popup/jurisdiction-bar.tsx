/**
 * @file 当省分の一括指定 (JurisdictionBar): marks the selected captured questions — one, a whole list or everything a
 * filter shows — 当省 (取りまとめ / 合議), 他省庁 (with the ministry's name) or back to 未確認. The popup only collects
 * the choice; the background checks it (jurisdictionMarkingSchema) and answers in Japanese.
 */
import { useState } from 'preact/hooks';
import type { JurisdictionMarking } from '@shared/model/jurisdiction';
import type { JurisdictionMark } from '../../platform/messaging';

export type { JurisdictionMark };

/** Props. `onMark` resolves with the background's sentence, or rejects with the Japanese reason. */
export interface JurisdictionBarProps {
  selected: string[];
  editor: string;
  onMark: (mark: JurisdictionMark) => Promise<string>;
}

const choices = [
  { value: 'own:取りまとめ', label: '当省 (取りまとめ)' },
  { value: 'own:合議', label: '当省 (合議)' },
  { value: 'other', label: '他省庁' },
  { value: 'none', label: '未確認に戻す' },
] as const;

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

function markingOf(choice: string, ministry: string): JurisdictionMarking {
  if (choice === 'own:取りまとめ') return { scope: 'own', role: '取りまとめ' };
  if (choice === 'own:合議') return { scope: 'own', role: '合議' };
  if (choice === 'other') return { scope: 'other', ministry };
  return { scope: 'none' };
}

/** 当省分の一括指定. */
export function JurisdictionBar({ selected, editor, onMark }: JurisdictionBarProps) {
  const [choice, setChoice] = useState<string>('own:取りまとめ');
  const [ministry, setMinistry] = useState('');
  const [who, setWho] = useState(editor);
  const [result, setResult] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setResult(null);
    onMark({ keys: selected, marking: markingOf(choice, ministry), who })
      .then((text) => setResult({ error: false, text }), (reason: Error) => setResult({ error: true, text: reason.message }))
      .finally(() => setBusy(false));
  };
  return (
    <form class="bulk" aria-label="当省分の指定" onSubmit={submit}>
      <label>当省分 <select value={choice} onChange={(e) => setChoice(value(e))}>
        {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </select></label>
      {choice === 'other' && <label>省庁名 <input value={ministry} placeholder="例: 国土交通省" onInput={(e) => setMinistry(value(e))} /></label>}
      <label>担当者 <input value={who} placeholder="例: 官房総務課 山田" onInput={(e) => setWho(value(e))} /></label>
      <button type="submit" disabled={busy || selected.length === 0}>{busy ? '保存中…' : `選んだ ${selected.length} 件に指定`}</button>
      {result && <p class={result.error ? 'notice' : 'feed'} role={result.error ? 'alert' : 'status'}>{result.text}</p>}
    </form>
  );
}
