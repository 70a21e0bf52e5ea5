/**
 * @file 質問通告フォーム (ClipForm): house, committee, sitting date/time, member, 受信日時 and (optional) 委員会セット日時
 * for a clipped notice, with the 問 it splits into and its band previewed live; Japanese errors per field.
 * Pure Preact: the save action comes in as a callback (main.tsx sends it to the background).
 */
import { useState } from 'preact/hooks';
import {
  type ClipFormField, type ClipFormInput, type JstInstant, checkClipForm, guessNoticeFields, jstDateTimeLocal, noticeBandText, setNoticeInterval,
} from '@shared/index';

/** Props. `defaultReceivedAt` is a JST instant from the clock module (the menu click). */
export interface ClipFormProps {
  clip: { text: string; pageUrl?: string; pageTitle?: string; exact: boolean };
  defaultReceivedAt: JstInstant;
  /** Resolves to the Japanese result text; rejects with a Japanese error. */
  onSave: (form: ClipFormInput) => Promise<string>;
}

const labels: Record<ClipFormField, string> = {
  house: '院', committee: '委員会', sittingOn: '開会日', startTime: '開会時刻', member: '質問者', receivedAt: '受信日時', text: '通告文',
  setAt: '委員会セット日時 (任意)',
};

/** 質問通告フォーム. */
export function ClipForm({ clip, defaultReceivedAt, onSave }: ClipFormProps) {
  const guess = guessNoticeFields(clip.text);
  const [form, setForm] = useState<ClipFormInput>({
    house: guess.house ?? '', committee: guess.committee ?? '', sittingOn: '', startTime: '09:00', member: '',
    receivedAt: jstDateTimeLocal(defaultReceivedAt), text: clip.text, setAt: '',
  });
  const [submitted, setSubmitted] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | undefined>();
  const [saving, setSaving] = useState(false);
  const check = checkClipForm(form);
  const errors = !check.ok && submitted ? check.errors : {};
  const items = check.ok ? check.value.items : check.items;
  const set = (key: ClipFormField) => (e: Event) => {
    setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
    setResult(undefined);
  };
  const error = (key: ClipFormField) => errors[key] && <span class="error" id={`${key}-error`}>{errors[key]}</span>;
  const described = (key: ClipFormField) => (errors[key] ? { 'aria-invalid': true, 'aria-describedby': `${key}-error` } : {});
  const submit = (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    if (!check.ok) {
      setResult({ ok: false, text: '入力内容を確認してください。' });
      return;
    }
    setSaving(true);
    onSave(form).then(
      (text) => setResult({ ok: true, text }),
      (err: Error) => setResult({ ok: false, text: err.message }),
    ).finally(() => setSaving(false));
  };
  return (
    <form onSubmit={submit} noValidate>
      <h1>質問通告として取り込む</h1>
      {clip.pageUrl && <p class="hint">取り込み元: {clip.pageTitle ? `${clip.pageTitle} — ` : ''}{clip.pageUrl}</p>}
      <div class="grid">
        <label for="house">{labels.house}</label>
        <div>
          <select id="house" value={form.house} onChange={set('house')} {...described('house')}>
            <option value="">(選択してください)</option>
            <option value="shugiin">衆議院</option>
            <option value="sangiin">参議院</option>
          </select>
          {error('house')}
        </div>
        <label for="committee">{labels.committee}</label>
        <div><input id="committee" value={form.committee} onInput={set('committee')} placeholder="厚生労働委員会" {...described('committee')} />{error('committee')}</div>
        <label for="sittingOn">{labels.sittingOn}</label>
        <div><input id="sittingOn" type="date" value={form.sittingOn} onInput={set('sittingOn')} {...described('sittingOn')} />{error('sittingOn')}</div>
        <label for="startTime">{labels.startTime}</label>
        <div><input id="startTime" type="time" value={form.startTime} onInput={set('startTime')} {...described('startTime')} />{error('startTime')}</div>
        <label for="member">{labels.member}</label>
        <div><input id="member" value={form.member} onInput={set('member')} placeholder="山田太郎" {...described('member')} />{error('member')}</div>
        <label for="receivedAt">{labels.receivedAt}</label>
        <div><input id="receivedAt" type="datetime-local" value={form.receivedAt} onInput={set('receivedAt')} {...described('receivedAt')} />{error('receivedAt')}</div>
        <label for="setAt">{labels.setAt}</label>
        <div>
          <input id="setAt" type="datetime-local" value={form.setAt} onInput={set('setAt')} aria-describedby={errors.setAt ? 'setAt-error setAt-hint' : 'setAt-hint'} {...(errors.setAt ? { 'aria-invalid': true } : {})} />
          {error('setAt')}
          <span class="hint" id="setAt-hint">前々日正午より後にセットされた開会は、セットから{setNoticeInterval.minutes / 60}時間後を基準に遅れを数えます。</span>
        </div>
      </div>
      <label for="text">{labels.text}</label>
      <textarea id="text" rows={10} value={form.text} onInput={set('text')} {...described('text')} />
      {error('text')}
      {!clip.exact && <p class="hint">選択範囲の改行を読み取れなかったため、番号の位置で区切りました。必要なら通告文を直してください。</p>}
      <section aria-label="通告の区分">
        <h2>通告の区分</h2>
        <p class="band">{check.ok ? noticeBandText(check.value.lateness) : '開会日・開会時刻・受信日時を入れると表示します。'}</p>
      </section>
      <section aria-label="問">
        <h2>問 ({items.length} 件)</h2>
        <ol class="items">
          {items.map((item) => (
            <li key={item.label}><strong>{item.label}</strong> {item.text.split('\n')[0]}</li>
          ))}
        </ol>
      </section>
      <p><button type="submit" disabled={saving}>保存</button></p>
      {result && <p class={result.ok ? 'ok' : 'error'} role={result.ok ? 'status' : 'alert'}>{result.text}</p>}
    </form>
  );
}
