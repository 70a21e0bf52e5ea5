/**
 * @file 「割振り確定前に解除」 (ReleaseDecisionForm): while a standby day's allocation is open nobody is released,
 * except by the coordinator's decision, recorded with who and why (shared/evening/RULES.md §9.3). The form picks the
 * day (when several are open), the bureaus (or 全局) and the reason, and asks the coordinator's name once (then kept
 * in 設定, as for 「待機解除を確定」). A disclosure button opens it; every control is a labelled native control, so the
 * keyboard reaches everything. Pure: it hands the request up.
 */
import { type IsoDate, formatWareki } from '@shared/index';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EveningOverview } from '../board/evening/evening-board';
import type { ReleaseDecisionRequest } from '../board/ops/plan-decide-release';

/** Props. */
export function ReleaseDecisionForm({ evening, askName, disabled, onDecide }: {
  evening: EveningOverview; askName: boolean; disabled: boolean; onDecide: (request: ReleaseDecisionRequest) => void;
}) {
  const open = evening.days.filter((d) => d.closedAt === null && d.holdable.length > 0);
  const [shown, setShown] = useState(false);
  const [day, setDay] = useState<IsoDate | ''>('');
  const [picked, setPicked] = useState<string[]>([]);
  const [all, setAll] = useState(false);
  const [reason, setReason] = useState('');
  const [name, setName] = useState('');
  const first = useRef<HTMLSelectElement & HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const current = open.find((d) => d.standbyDay === day) ?? open[0];
  useEffect(() => { if (shown) first.current?.focus(); }, [shown]);
  useEffect(() => { if (askName) nameInput.current?.focus(); }, [askName]);
  if (!current) return null;
  const needName = askName || evening.coordinator === '';
  const ready = (all || picked.length > 0) && reason.trim() !== '' && (!needName || name.trim() !== '');
  const toggle = (bureau: string) => setPicked((p) => (p.includes(bureau) ? p.filter((b) => b !== bureau) : [...p, bureau]));
  return (
    <div class="decision">
      <button type="button" aria-expanded={shown} aria-controls="decision-form" disabled={disabled} onClick={() => setShown(!shown)}>
        割振り確定前に解除…
      </button>
      {shown && (
        <form id="decision-form" class="decision-form" onSubmit={(e) => {
          e.preventDefault();
          if (!ready) return;
          onDecide({ standbyDay: current.standbyDay, bureaus: all ? 'all' : picked, reason: reason.trim(), ...(needName ? { name: name.trim() } : {}) });
          setPicked([]); setAll(false); setReason('');
        }}>
          <p class="hint">割振りが確定するまで、どの局も解除しません。例外として解除する局と理由を記録します (記録は「待機」シートの解除判断表に残ります)。</p>
          {open.length > 1 ? (
            <label>待機日{' '}
              <select ref={first} value={current.standbyDay} onChange={(e) => { const value = e.currentTarget.value; setDay(open.find((d) => d.standbyDay === value)?.standbyDay ?? ''); setPicked([]); }}>
                {open.map((d) => <option key={d.standbyDay} value={d.standbyDay}>{formatWareki(d.standbyDay, { weekday: true })}</option>)}
              </select>
            </label>
          ) : <p>待機日 {formatWareki(current.standbyDay, { weekday: true })}</p>}
          <fieldset>
            <legend>解除する局</legend>
            <label class="check"><input ref={open.length > 1 ? undefined : first} type="checkbox" checked={all} onChange={(e) => setAll(e.currentTarget.checked)} /> 全局</label>
            {current.holdable.map((b) => (
              <label key={b} class="check"><input type="checkbox" checked={all || picked.includes(b)} disabled={all} onChange={() => toggle(b)} /> {b}</label>
            ))}
          </fieldset>
          <label class="block">理由 (記録に残ります){' '}
            <input type="text" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </label>
          {needName && (
            <label class="block">担当者名 (判断者として記録し、設定シートに保存されます){' '}
              <input ref={nameInput} type="text" value={name} aria-label="判断者の担当者名" onInput={(e) => setName(e.currentTarget.value)} />
            </label>
          )}
          <button type="submit" class="primary" disabled={disabled || !ready}>解除を記録</button>
        </form>
      )}
    </div>
  );
}
