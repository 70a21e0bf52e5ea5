/**
 * @file Teams への催促の投稿 (teams webhook of the task pane): the coordinator's Teams Workflows webhook URL, kept
 * in this browser's localStorage only — never in the workbook (co-authors and anyone the file reaches would read
 * it), never in a bundle: its sig= parameter is a secret — and the POST of one Adaptive Card to it. The Workflows
 * trigger answers 202 Accepted (any 2xx counts). A task pane posting cross-origin may be refused by CORS when the
 * trigger sends no CORS headers; then the card is sent once more as an opaque request (`mode: 'no-cors'`, a plain
 * text body the trigger still parses as JSON), whose answer the browser does not let us read.
 */
import type { TeamsPayload } from '@shared/index';

/** localStorage key. */
const WEBHOOK_KEY = 'kokkai-toben-desk:teams-webhook';

/** True for an https URL (a Workflows trigger is always https). */
export function isWebhookUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The stored webhook URL ('' = none). */
export function loadWebhookUrl(storage: Pick<Storage, 'getItem'> = localStorage): string {
  try {
    return storage.getItem(WEBHOOK_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Stores (or, with '', forgets) the webhook URL; throws a Japanese Error for anything but https. */
export function saveWebhookUrl(url: string, storage: Pick<Storage, 'setItem' | 'removeItem'> = localStorage): void {
  const text = url.trim();
  if (text === '') { storage.removeItem(WEBHOOK_KEY); return; }
  if (!isWebhookUrl(text)) throw new Error('Webhook URL は https:// で始まるもの (Teams の Workflows で作った URL) を入力してください。');
  storage.setItem(WEBHOOK_KEY, text);
}

/** How a post ended: accepted (2xx read back), or sent without a readable answer (opaque, after CORS). */
export type PostOutcome = 'accepted' | 'sent';

/**
 * Posts `payload` to `url`. Throws an Error with a Japanese message when it cannot be sent.
 * @example await postTeamsCard(loadWebhookUrl(), teamsMessage(event), fetch)
 */
export async function postTeamsCard(url: string, payload: TeamsPayload, fetchFn: typeof fetch): Promise<PostOutcome> {
  const body = JSON.stringify(payload);
  let response: Response;
  try {
    response = await fetchFn(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, credentials: 'omit' });
  } catch {
    try {
      await fetchFn(url, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body, credentials: 'omit' });
      return 'sent';
    } catch (error) {
      throw new Error(`Teams に投稿できませんでした (${(error as Error).message})。Webhook URL とネットワークを確認してください。`);
    }
  }
  if (response.status === 202 || response.ok) return 'accepted';
  throw new Error(`Teams に投稿できませんでした (HTTP ${response.status})。Webhook URL を確認してください。`);
}
