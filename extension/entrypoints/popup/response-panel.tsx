/**
 * @file 回答フォーム (ResponsePanel): my bureau's answer on one 問 — 受諾, the progress 着手・原案了・課長了・局長了,
 * or 異議 with its reason (他局: which one / 他省庁: which one / その他: in words) — with the time (now by
 * default, JST) and who; and 取消 of what was recorded. Every control is labelled and reachable by keyboard; an
 * error stays in the form (role=alert) and nothing is lost.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { BureauRow } from '@shared/exchange/bureau-view';
import { itemName } from '@shared/exchange/card-order';
import { answerStageLabels, answerStages } from '@shared/exchange/response-text';
import type { ResponseSaveRequest } from '../../platform/messaging';
import { recordedWords } from './response-words';

/** Props. `nowLocal` = now as 'YYYY-MM-DDTHH:MM' (JST), the time field's default. */
export interface ResponsePanelProps {
  row: BureauRow;
  /** Bureaus an 異議 may name (the directory without mine). */
  otherBureaus: readonly { id: string; name: string }[];
  editor: string;
  nowLocal: string;
  onRespond: (request: ResponseSaveRequest) => Promise<unknown>;
  onRetract: (id: string, by: string) => Promise<unknown>;
  onClose: () => void;
}

type ReasonKind = 'otherBureau' | 'otherMinistry' | 'other';

/** 回答フォーム. */
export function ResponsePanel({ row, otherBureaus, editor, nowLocal, onRespond, onRetract, onClose }: ResponsePanelProps) {
  const [by, setBy] = useState(editor);
  const [at, setAt] = useState(nowLocal);
  const [kind, setKind] = useState<ReasonKind>('otherBureau');
  const [which, setWhich] = useState('');
  const [error, setError] = useState('');
  // Keyboard: the form opens with the focus on its first field (as the 修正 form does).
  const first = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);
  const value = (set: (v: string) => void) => (e: Event) => set((e.currentTarget as HTMLInputElement).value);
  const run = (action: Promise<unknown>) => action.then(onClose, (e: Error) => setError(e.message));
  const send = (request: Omit<ResponseSaveRequest, 'assignmentId' | 'at' | 'by'>) => {
    if (!by.trim()) return setError('担当者を入力してください。');
    void run(onRespond({ ...request, assignmentId: row.assignmentId, at, by }));
  };
  const object = () => {
    const text = which.trim();
    if (!text) return setError(kind === 'otherBureau' ? '異議の理由の局を選んでください。' : kind === 'otherMinistry' ? '異議の理由の省庁を入力してください。' : '異議の理由を入力してください。');
    send({ answer: 'objection', reason: kind === 'otherBureau' ? { kind, bureau: text } : kind === 'otherMinistry' ? { kind, ministry: text } : { kind, text } });
  };
  const recorded = [...(row.decision ? [row.decision] : []), ...row.progress];
  return (
    <form class="respond" aria-label={`${itemName(row.itemLabel)} への回答`} onSubmit={(e) => e.preventDefault()}>
      <div class="line">
        <label>担当者 <input ref={first} value={by} onInput={value(setBy)} maxLength={100} /></label>
        <label>時刻 <input type="datetime-local" value={at} onInput={value(setAt)} /></label>
      </div>
      <div class="line" role="group" aria-label="受諾と進捗">
        <button type="button" onClick={() => send({ answer: 'accept' })}>受諾</button>
        {answerStages.map((stage) => (
          <button type="button" key={stage} onClick={() => send({ answer: 'progress', stage })}>{answerStageLabels[stage]}</button>
        ))}
      </div>
      <fieldset>
        <legend>異議 (この問は自局ではない)</legend>
        <div class="line">
          <label>理由 <select value={kind} onChange={(e) => { setKind((e.currentTarget as HTMLSelectElement).value as ReasonKind); setWhich(''); }}>
            <option value="otherBureau">他局</option>
            <option value="otherMinistry">他省庁</option>
            <option value="other">その他</option>
          </select></label>
          {kind === 'otherBureau' ? (
            <label>局 <select value={which} onChange={value(setWhich)}>
              <option value="">(選択)</option>
              {otherBureaus.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
            </select></label>
          ) : (
            <label>{kind === 'otherMinistry' ? '省庁' : '内容'} <input value={which} onInput={value(setWhich)} maxLength={200} /></label>
          )}
          <button type="button" onClick={object}>異議を送る</button>
        </div>
      </fieldset>
      {recorded.length > 0 && (
        <ul class="recorded" aria-label="記録した回答">
          {recorded.map((r) => (
            <li key={r.id}>
              {recordedWords(r, otherBureaus)}{' '}
              <button type="button" aria-label={`${recordedWords(r, otherBureaus)} を取り消す`} onClick={() => void run(onRetract(r.id, by))}>取消</button>
            </li>
          ))}
        </ul>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      <button type="button" onClick={onClose}>閉じる</button>
    </form>
  );
}
