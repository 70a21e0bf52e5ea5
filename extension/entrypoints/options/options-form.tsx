/** @file 設定フォーム (OptionsForm): my bureau, feed URL, refresh interval, Teams webhook; validation in Japanese. */
import { useState } from 'preact/hooks';
import { type ExtensionOptions, extensionOptionsSchema } from '../../platform/extension-options';

/** Props: current options, the directory, and the save action (permission + storage). */
export interface OptionsFormProps {
  initial: ExtensionOptions;
  bureaus: readonly { id: string; name: string }[];
  /**
   * Called from the click (user gesture) with valid options; resolves to the Japanese result text.
   * `report` shows a later message (e.g. the permission was refused).
   */
  onSave: (options: ExtensionOptions, report: (text: string, ok: boolean) => void) => Promise<string>;
}

/** 設定フォーム. */
export function OptionsForm({ initial, bureaus, onSave }: OptionsFormProps) {
  const [form, setForm] = useState({ ...initial, refreshText: String(initial.refreshMinutes) });
  const [result, setResult] = useState<{ ok: boolean; text: string } | undefined>();
  const set = (key: string) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  const submit = (e: Event) => {
    e.preventDefault();
    const parsed = extensionOptionsSchema.safeParse({
      bureauId: form.bureauId, feedUrl: form.feedUrl.trim(), webhookUrl: form.webhookUrl.trim(),
      refreshMinutes: form.refreshText.trim() === '' ? undefined : Number(form.refreshText),
    });
    if (!parsed.success) {
      setResult({ ok: false, text: parsed.error.issues.map((i) => i.message).join(' ') });
      return;
    }
    onSave(parsed.data, (text, ok) => setResult({ ok, text })).then(
      (text) => setResult({ ok: true, text }),
      (error: Error) => setResult({ ok: false, text: error.message }),
    );
  };
  return (
    <form onSubmit={submit}>
      <h1>国会答弁デスク 設定</h1>
      <label for="bureau">自局</label>
      <select id="bureau" value={form.bureauId} onChange={set('bureauId')}>
        <option value="">(選択してください)</option>
        {bureaus.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
      </select>
      <label for="feed">フィード URL</label>
      <input id="feed" type="url" value={form.feedUrl} onInput={set('feedUrl')} placeholder="https://intranet.example.go.jp/kokkai/feed.json" />
      <p class="hint">Excel アドインが公開したバンドルの URL。https (開発時は http://localhost / http://127.0.0.1)。保存時にこの URL のサイトだけにアクセス許可を求めます。</p>
      <label for="refresh">更新間隔 (分)</label>
      <input id="refresh" type="number" min={1} max={1440} value={form.refreshText} onInput={set('refreshText')} />
      <label for="webhook">Teams Workflows の Webhook URL (任意)</label>
      <input id="webhook" type="url" value={form.webhookUrl} onInput={set('webhookUrl')} />
      <p class="hint">待機解除や新しい割振りを Teams のチャネルに投稿します。空欄なら投稿しません。</p>
      <p><button type="submit">保存</button></p>
      {result && <p class={result.ok ? 'ok' : 'error'} role="status">{result.text}</p>}
    </form>
  );
}
