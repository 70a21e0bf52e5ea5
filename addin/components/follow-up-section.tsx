/**
 * @file 局の回答 (FollowUpSection): per bureau, the 割振り not yet accepted (未受諾) or reported (未報告), with the time
 * since the allocation; a one-click reminder — copied, or posted to Teams through the coordinator's webhook (kept
 * in this PC only) — and the reports' import hint.
 */
import { itemName } from '@shared/index';
import { useState } from 'preact/hooks';
import type { BureauFollowUp } from '../board/questions/follow-ups';
import { elapsedText } from '../board/questions/follow-ups';

const MAX_LISTED = 5;

/** Props. */
export interface FollowUpSectionProps {
  followUps: readonly BureauFollowUp[];
  /** The webhook URL stored in this PC ('' = none). */
  webhookUrl: string;
  /** The last reminder action's result, by bureau id. */
  results: Readonly<Record<string, string>>;
  onCopy: (f: BureauFollowUp) => void;
  onPost: (f: BureauFollowUp) => void;
  /** Saves the webhook URL; resolves to the Japanese result. */
  onWebhook: (url: string) => string;
}

function Items({ title, items }: { title: string; items: BureauFollowUp['notAccepted'] }) {
  if (items.length === 0) return null;
  return (
    <>
      <span class="muted">{title} {items.length} 件 (最長 {elapsedText(items[0]!.minutes)})</span>
      <ul class="entries">
        {items.slice(0, MAX_LISTED).map((i) => <li key={`${i.questionKey}#${i.itemLabel}`}>{i.question} {itemName(i.itemLabel)} ({i.role}): 割振りから {elapsedText(i.minutes)}</li>)}
        {items.length > MAX_LISTED && <li>ほか {items.length - MAX_LISTED} 件</li>}
      </ul>
    </>
  );
}

/** 局の回答. */
export function FollowUpSection({ followUps, webhookUrl, results, onCopy, onPost, onWebhook }: FollowUpSectionProps) {
  const [url, setUrl] = useState(webhookUrl);
  const [saved, setSaved] = useState('');
  return (
    <section aria-labelledby="followup-h">
      <h3 id="followup-h">局の回答 (未受諾・未報告)</h3>
      <p class="hint">局がポップアップで送った受諾・異議・進捗は、その「報告」ファイルを上の「2. 質問を取り込む」で読み込むと割振りシートと夕方レクの実績に入ります。</p>
      {followUps.length === 0 ? <p class="muted">未受諾・未報告の割振りはありません。</p> : (
        <ul class="followups">
          {followUps.map((f) => (
            <li key={f.bureauId}>
              <strong>{f.bureauName}</strong>
              <Items title="未受諾" items={f.notAccepted} />
              <Items title="未報告" items={f.notReported} />
              <div class="actions">
                <button type="button" onClick={() => onCopy(f)} aria-label={`${f.bureauName}への催促文をコピー`}>催促文をコピー</button>
                <button type="button" disabled={!webhookUrl} onClick={() => onPost(f)} aria-label={`${f.bureauName}への催促を Teams に投稿`}>Teams に投稿</button>
              </div>
              {results[f.bureauId] && <p class="muted" role="status">{results[f.bureauId]}</p>}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>Teams の Webhook URL (この PC にだけ保存)</summary>
        <form class="webhook" onSubmit={(e) => { e.preventDefault(); setSaved(onWebhook(url)); }}>
          <label>
            <span>Workflows の URL (https)。ブックや配信データには保存しません (sig= は秘密のため)。</span>
            <input type="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} aria-label="Teams の Webhook URL" />
          </label>
          <button type="submit">保存</button>
          {saved && <p class="muted" role="status">{saved}</p>}
        </form>
      </details>
    </section>
  );
}
