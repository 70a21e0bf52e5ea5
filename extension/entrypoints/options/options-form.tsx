/**
 * @file 設定フォーム (OptionsForm): my bureau, feed URL and its credentials, refresh interval, report endpoint,
 * Teams webhook and poster; validation in Japanese. 配布用の設定ファイル: the same settings (without the webhook
 * and the poster choice) written to / read from a file for roll-out.
 */
import { useState } from 'preact/hooks';
import { type ExtensionOptions, extensionOptionsSchema } from '../../platform/extension-options';
import { parseSettingsFile } from '../../platform/settings-file';

/** Props: current options, the directory, and the save action (permission + storage). */
export interface OptionsFormProps {
  initial: ExtensionOptions;
  bureaus: readonly { id: string; name: string }[];
  /**
   * Called from the click (user gesture) with valid options; resolves to the Japanese result text.
   * `report` shows a later message (e.g. the permission was refused).
   */
  onSave: (options: ExtensionOptions, report: (text: string, ok: boolean) => void) => Promise<string>;
  /** 「設定をファイルに書き出す」 with the valid options as typed; resolves to the Japanese result text. */
  onExport: (options: ExtensionOptions) => Promise<string>;
}

/** 設定フォーム. */
export function OptionsForm({ initial, bureaus, onSave, onExport }: OptionsFormProps) {
  const [form, setForm] = useState({ ...initial, refreshText: String(initial.refreshMinutes) });
  const [result, setResult] = useState<{ ok: boolean; text: string } | undefined>();
  const set = (key: string) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  const toggle = (key: 'feedCredentials' | 'teamsPoster') => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).checked });
  /** The form's options, checked; undefined (and the reasons shown) when invalid. */
  const checked = (): ExtensionOptions | undefined => {
    const parsed = extensionOptionsSchema.safeParse({
      bureauId: form.bureauId, feedUrl: form.feedUrl.trim(), webhookUrl: form.webhookUrl.trim(), reportUrl: form.reportUrl.trim(),
      feedCredentials: form.feedCredentials, teamsPoster: form.teamsPoster,
      refreshMinutes: form.refreshText.trim() === '' ? undefined : Number(form.refreshText),
    });
    if (parsed.success) return parsed.data;
    setResult({ ok: false, text: parsed.error.issues.map((i) => i.message).join(' ') });
    return undefined;
  };
  const show = (action: Promise<string>) => action.then(
    (text) => setResult({ ok: true, text }),
    (error: Error) => setResult({ ok: false, text: error.message }),
  );
  const submit = (e: Event) => {
    e.preventDefault();
    const options = checked();
    if (options) void show(onSave(options, (text, ok) => setResult({ ok, text })));
  };
  const exportFile = () => {
    const options = checked();
    if (options) void show(onExport(options));
  };
  /** Reads a settings file into the form (not saved until 「保存」, which asks for the feed site's permission). */
  const importFile = async (file: File) => {
    const read = parseSettingsFile(await file.text(), bureaus.map((b) => b.id));
    if (!read.ok) {
      setResult({ ok: false, text: `設定ファイル「${file.name}」を読み込めませんでした: ${read.error}` });
      return;
    }
    const { bureauId, feedUrl, refreshMinutes, feedCredentials, reportUrl } = read.settings;
    setForm({ ...form, bureauId, feedUrl, feedCredentials, reportUrl, refreshText: String(refreshMinutes) });
    setResult({ ok: true, text: `設定ファイル「${file.name}」を読み込みました。内容を確かめて「保存」を押してください (Teams の Webhook URL は変わりません)。` });
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
      <label class="check"><input id="credentials" type="checkbox" checked={form.feedCredentials} onChange={toggle('feedCredentials')} /> フィードの取得に認証情報 (Cookie など) を送る</label>
      <p class="hint">庁内のサインインが必要なサーバーのときだけ選びます。通常は送りません (送るとサーバーの CORS 設定によっては取得できなくなります)。</p>
      <label for="refresh">更新間隔 (分)</label>
      <input id="refresh" type="number" min={1} max={1440} value={form.refreshText} onInput={set('refreshText')} />
      <label for="report">報告の送信先 URL (任意)</label>
      <input id="report" type="url" value={form.reportUrl} onInput={set('reportUrl')} placeholder="https://intranet.example.go.jp/kokkai/reports/" />
      <p class="hint">ポップアップの受諾・異議・進捗を、局の報告 (バンドル) としてこの URL に送ります (POST)。空欄ならファイルまたはコピーで渡します。</p>
      <label for="webhook">Teams Workflows の Webhook URL (任意)</label>
      <input id="webhook" type="url" value={form.webhookUrl} onInput={set('webhookUrl')} />
      <label class="check"><input id="poster" type="checkbox" checked={form.teamsPoster} onChange={toggle('teamsPoster')} /> この PC が自局の Teams 投稿担当 (局に 1 台だけ)</label>
      <p class="hint">投稿担当の PC だけが、自局の待機解除や新しい割振りを Teams のチャネルに 1 回ずつ投稿します (局の全員が投稿すると同じ通知が人数分並ぶため)。Webhook URL は秘密のため、設定ファイルやバンドルには書き出しません。</p>
      <p><button type="submit">保存</button></p>
      {result && <p class={result.ok ? 'ok' : 'error'} role="status">{result.text}</p>}
      <fieldset>
        <legend>配布用の設定ファイル</legend>
        <p class="hint">自局・フィード URL・認証・更新間隔・報告の送信先を JSON ファイルに書き出し、他の PC の「設定ファイルを読み込む」で取り込めます。Teams の Webhook URL (秘密) と投稿担当は書き出しません。</p>
        <div class="actions">
          <button type="button" onClick={exportFile}>設定をファイルに書き出す</button>
          {/* The native file input is hidden: its own button text follows the browser's language, not ours. */}
          <label class="file-button">
            <input type="file" class="sr" accept=".json,application/json" aria-label="設定ファイルを読み込む"
              onChange={(e) => {
                const input = e.currentTarget;
                const file = input.files?.[0];
                if (file) void importFile(file);
                input.value = '';
              }} />
            <span aria-hidden="true">設定ファイルを読み込む…</span>
          </label>
        </div>
      </fieldset>
    </form>
  );
}
