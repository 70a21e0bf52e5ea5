/**
 * @file 夕方レクと待機解除 (EveningSection): per standby day, each sitting's allocation (確定 or what is
 * missing: questioners not yet noticed, 問 without a fixed 執筆局), how many 問 go to the evening and morning
 * slots, the bureaus still waiting, the ones that may be released, and those released (when, by whom), with why the
 * day's allocation is open, 当番 and 呼び戻し (stand-down-day.tsx); 「待機解除を確定」 hands the click up, asking once for
 * the coordinator's name, and 「割振り確定前に解除」 (release-decision-form.tsx) hands a decision up. Pure: it never calls Excel.
 */
import { formatWareki } from '@shared/index';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EveningOverview, SittingOverview, StandbyDayOverview } from '../board/evening/evening-board';
import type { ReleaseDecisionRequest } from '../board/ops/plan-decide-release';
import { ReleaseDecisionForm } from './release-decision-form';
import { StandDownDay } from './stand-down-day';

const MAX_NAMES = 20;

/** 「医政局、保険局 ほか 3 局」. */
function names(list: readonly string[]): string {
  return list.length > MAX_NAMES ? `${list.slice(0, MAX_NAMES).join('、')} ほか ${list.length - MAX_NAMES} 局` : list.join('、');
}

function SittingLine({ s }: { s: SittingOverview }) {
  if (s.cancelled) return <li>{s.label}: 中止</li>;
  const open: string[] = [];
  if (s.questioners === 0) open.push('質問者が未入力 (開会シート)');
  if (s.missing.length > 0) open.push(`未通告: ${s.missing.join('、')}`);
  if (s.unassigned > 0) open.push(`執筆局未確定 ${s.unassigned} 問`);
  return (
    <li>
      {s.label}: {s.closedAt ? <strong>割振り確定 {s.closedAt}</strong> : <span class="warn">割振り未確定 ({open.join('、')})</span>}
      {' '}— 問 {s.items}・夕方レク {s.evening}・朝レク {s.morning}{s.unplaced > 0 && <span class="bad">・枠なし {s.unplaced}</span>}
    </li>
  );
}

function Day({ day }: { day: StandbyDayOverview }) {
  return (
    <div class="standby-day" aria-label={`待機日 ${day.standbyDay}`}>
      <h3>待機日 {formatWareki(day.standbyDay, { weekday: true })}</h3>
      <ul class="entries">{day.sittings.map((s) => <SittingLine key={s.id} s={s} />)}</ul>
      <table class="counts" aria-label="待機の状況">
        <tbody>
          <tr><th>待機中</th><td class={day.waiting.length > 0 ? 'warn' : ''}>{day.waiting.length} 局</td><th>解除可</th><td>{day.releasable.length} 局</td></tr>
          <tr><th>解除済み</th><td>{day.confirmed.length} 局</td><th>呼び戻し</th><td class={day.recalled.length > 0 ? 'bad' : ''}>{day.recalled.length} 局</td></tr>
        </tbody>
      </table>
      {day.working.length > 0 && <p class="hint">作業中: {names(day.working)} — 「夕方レク」シートに局長了の実績を入れると解除可になります。</p>}
      {day.releasable.length > 0 && <p class="releasable">解除可: {names(day.releasable.map((r) => `${r.name} (${r.since}〜)`))}</p>}
      {day.confirmed.length > 0 && <p class="muted">解除済み: {names(day.confirmed.map((c) => `${c.name} ${c.at} (${c.by})`))}</p>}
      {day.recalled.length > 0 && <p class="bad">呼び戻し: {names(day.recalled)}</p>}
      <StandDownDay day={day} />
    </div>
  );
}

/** Props. */
export function EveningSection({ evening, askName, disabled, onConfirm, askDecisionName = false, onDecide }: {
  evening?: EveningOverview; askName: boolean; disabled: boolean; onConfirm: (name?: string) => void;
  /** 「割振り確定前に解除」 (ReleaseDecisionForm); absent = not offered. */
  askDecisionName?: boolean; onDecide?: (request: ReleaseDecisionRequest) => void;
}) {
  const [name, setName] = useState('');
  const nameInput = useRef<HTMLInputElement>(null);
  const count = evening?.releasable ?? 0;
  // When the pane asks for the name, the keyboard focus goes to the field (the button that asked is now behind it).
  useEffect(() => { if (askName) nameInput.current?.focus(); }, [askName]);
  return (
    <section aria-labelledby="evening-h">
      <h2 id="evening-h">4. 夕方レクと待機解除</h2>
      <p class="hint">「開会」シートに質問者と通告の段階 (問取り完了・当省なし) を入れると、開かれうる開会がそろい、全員の問取りと執筆局の確定で割振り確定になり、担当の問がない局から待機を解除できます。枠と問は「夕方レク」、局ごとの状態は「待機」シートです。</p>
      {!evening ? <p class="hint">ブックを準備すると、ここに待機の状況が表示されます。</p>
        : evening.days.length === 0 ? <p class="hint">これからの開会の質問通告はありません。</p>
        : evening.days.map((day) => <Day key={day.standbyDay} day={day} />)}
      {askName && (
        <form class="name-form" onSubmit={(e) => { e.preventDefault(); if (name.trim()) onConfirm(name.trim()); }}>
          <label>担当者名 (待機解除の記録に残り、設定シートに保存されます){' '}
            <input ref={nameInput} type="text" value={name} aria-label="担当者名" onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <button type="submit" class="primary" disabled={disabled || name.trim() === ''}>記録して確定</button>
        </form>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={disabled || count === 0} onClick={() => onConfirm()}>
          待機解除を確定{count > 0 ? ` (${count} 局)` : ''}
        </button>
        {evening?.coordinator && <span class="muted">記録者: {evening.coordinator}</span>}
      </div>
      {evening && onDecide && <ReleaseDecisionForm evening={evening} askName={askDecisionName} disabled={disabled} onDecide={onDecide} />}
    </section>
  );
}
