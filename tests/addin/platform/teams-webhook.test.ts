/** The pane's Teams webhook: https only, kept in this browser's storage (never the workbook), 202 = posted, CORS falls back to an opaque send. */
import { describe, expect, it } from 'vitest';
import { teamsMessage } from '@shared/index';
import { loadWebhookUrl, postTeamsCard, saveWebhookUrl } from '../../../addin/platform/teams-webhook';

const card = teamsMessage({ kind: 'reminder', bureauName: '医政局', notAccepted: 1, notReported: 0, lines: ['・参議院 第221回 第37号 問一'] });
const url = 'https://x.environment.api.powerplatform.com/workflows/1?sig=SECRET';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
}

describe('teams webhook (task pane)', () => {
  it('stores an https URL in this browser only, refuses anything else in Japanese, and forgets on blank', () => {
    const storage = memoryStorage();
    saveWebhookUrl(` ${url} `, storage);
    expect(loadWebhookUrl(storage)).toBe(url);
    expect(() => saveWebhookUrl('http://x.example/hook', storage)).toThrow('Webhook URL は https:// で始まるもの');
    saveWebhookUrl('', storage);
    expect(loadWebhookUrl(storage)).toBe('');
  });

  it('counts 202 Accepted as posted, sending the card as JSON without credentials', async () => {
    const calls: RequestInit[] = [];
    const outcome = await postTeamsCard(url, card, (async (_u: RequestInfo | URL, init?: RequestInit) => {
      calls.push(init!);
      return new Response(null, { status: 202 });
    }) as typeof fetch);
    expect(outcome).toBe('accepted');
    expect(calls[0]).toMatchObject({ method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' } });
    expect(JSON.parse(String(calls[0]!.body)).attachments[0].content.version).toBe('1.4');
  });

  it('when CORS refuses the read, sends once more as an opaque request; reports HTTP errors in Japanese', async () => {
    const modes: (string | undefined)[] = [];
    const cors = (async (_u: RequestInfo | URL, init?: RequestInit) => {
      modes.push(init?.mode);
      if (init?.mode !== 'no-cors') throw new TypeError('Failed to fetch');
      return new Response(null, { status: 200 });
    }) as typeof fetch;
    expect(await postTeamsCard(url, card, cors)).toBe('sent');
    expect(modes).toEqual([undefined, 'no-cors']);
    await expect(postTeamsCard(url, card, (async () => new Response('no', { status: 400 })) as typeof fetch))
      .rejects.toThrow('Teams に投稿できませんでした (HTTP 400)。Webhook URL を確認してください。');
  });
});
