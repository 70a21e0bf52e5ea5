/** @file 回答の受付と報告: a 受諾 is stored and the report POSTed when a URL is set (any 2xx), kept pending on failure; 取消; the conflict choice. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { applyBundle, defaultBureaus, emptyBundle, loadLocalBundle, openDietDb, parseBundle } from '@shared/index';
import { REPORT_STATE_KEY, loadReportState } from '../../../extension/background/report-send';
import { type ResponseDeps, chooseConflict, respond, retract } from '../../../extension/background/response-handlers';
import { EDITOR_KEY } from '../../../extension/background/capture-edit';
import { RESPONSE_SAVE } from '../../../extension/platform/messaging';
import { bureauBundle } from '../../shared/exchange/bureau-fixture';
import { fakeAssignmentRecord } from '../../shared/exchange/fake-bundle';
import { jstInstant } from '../../helpers/dates';

const now = jstInstant('2026-06-09T10:30:00+09:00');
const reportUrl = 'https://intra.example.go.jp/kokkai/reports/';

async function setup(status: number | 'down', url = reportUrl) {
  const db = await openDietDb(`respond-${Math.random()}`, new IDBFactory());
  await applyBundle(db, bureauBundle());
  const posts: { url: string; init: RequestInit }[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    posts.push({ url: String(input), init: init! });
    if (status === 'down') throw new TypeError('Failed to fetch');
    return new Response(null, { status });
  }) as typeof fetch;
  const deps: ResponseDeps = {
    db, fetch: fetchFn, now: () => now, newSenderId: () => 'a1b2c3d4',
    bureau: { id: 'isei', name: '医政局' }, bureaus: defaultBureaus, options: { reportUrl: url, feedCredentials: false },
  };
  return { db, deps, posts };
}

describe('respond', () => {
  it('stores 受諾 with the JST time from the form, remembers who, and POSTs my bureau\'s report (202 Accepted counts as sent)', async () => {
    const { db, deps, posts } = await setup(202);
    // As it crosses the wire: the message name in `type` (messaging.ts), the answer in `answer`.
    const reply = await respond(deps, { type: RESPONSE_SAVE, assignmentId: 'as-1', answer: 'accept', at: '2026-06-09T10:05', by: '田中' });
    expect(reply).toEqual({ ok: true, message: '受諾を記録しました。報告を送りました (10:30、回答 1 件)。' });
    expect(posts).toHaveLength(1);
    expect(posts[0]!.url).toBe(reportUrl);
    expect(posts[0]!.init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' } });
    const report = parseBundle(String(posts[0]!.init.body));
    expect(report).toMatchObject({ bureau: 'isei', producer: 'report:isei:a1b2c3d4', revision: 1 });
    expect(report.records.responses.map((r) => r.data)).toEqual([
      { type: 'accept', assignmentId: 'as-1', questionKey: 'sangiin-221-37', itemLabel: '一', bureau: 'isei', at: jstInstant('2026-06-09T10:05:00+09:00'), by: '田中' },
    ]);
    expect(report.records.assignments).toEqual([]);
    expect(await loadReportState(db)).toEqual({ sentAt: now, pending: false });
    expect((await db.get('settings', EDITOR_KEY))?.value).toBe('田中');
    expect(await respond(deps, { assignmentId: 'as-1', answer: 'accept', at: '2026-06-09T10:05', by: '田中' })).toEqual({ ok: true, message: '受諾は記録済みです。' });
    expect(posts).toHaveLength(1);
  });

  it('keeps the report pending with a Japanese reason when the POST fails, and the response stays stored', async () => {
    const { db, deps } = await setup(403);
    const reply = await respond(deps, { assignmentId: 'as-2', answer: 'objection', reason: { kind: 'otherBureau', bureau: 'hoken' }, at: now, by: '鈴木' });
    expect(reply.ok).toBe(false);
    expect(reply.message).toBe('異議 (他局: 保険局)を記録しました。報告を送れませんでした (HTTP 403: 認証が必要です)。設定の「認証情報を送る」と庁内のサインインを確かめてください。');
    expect(await loadReportState(db)).toMatchObject({ pending: true, error: expect.stringContaining('HTTP 403') });
    expect((await loadLocalBundle(db, 'x', now)).records.responses).toHaveLength(1);
    const down = await setup('down');
    expect((await respond(down.deps, { assignmentId: 'as-1', answer: 'progress', stage: 'started', at: now, by: '田中' })).message)
      .toContain('報告を送れませんでした (Failed to fetch)。報告の送信先 URL とネットワークを確認してください。');
  });

  it('without a report URL, stores and asks for 「報告を送る」; 取消 follows the same way', async () => {
    const { db, deps, posts } = await setup(200, '');
    expect((await respond(deps, { assignmentId: 'as-1', answer: 'progress', stage: 'drafted', at: now, by: '田中' })).message)
      .toBe('原案了を記録しました。「報告を送る」で調整担当に届けてください。');
    expect((await db.get('settings', REPORT_STATE_KEY))?.value).toEqual({ pending: true });
    expect((await retract(deps, { id: 'response:isei:drafted:as-1', by: '田中' })).message).toBe('回答を取り消しました。「報告を送る」で調整担当に届けてください。');
    expect(posts).toEqual([]);
  });

  it('refuses a malformed request, an unchosen bureau and another bureau\'s 割振り in Japanese', async () => {
    const { deps } = await setup(200);
    await expect(respond(deps, { assignmentId: 'as-1', answer: 'maybe', at: now, by: '田中' })).rejects.toThrow('回答の依頼の形式が正しくありません。');
    await expect(respond({ ...deps, bureau: undefined }, { assignmentId: 'as-1', answer: 'accept', at: now, by: '田中' })).rejects.toThrow('自局が未設定です。');
    await expect(respond(deps, { assignmentId: 'as-3', answer: 'accept', at: now, by: '田中' })).rejects.toThrow('この割振りは医政局のものではありません');
    await expect(respond(deps, { assignmentId: 'as-1', answer: 'accept', at: '明日', by: '田中' })).rejects.toThrow('時刻が正しくありません。');
  });
});

describe('chooseConflict', () => {
  it('saves the picked version above every version and says so; a conflict already settled is said so', async () => {
    const db = await openDietDb(`choose-${Math.random()}`, new IDBFactory());
    const mine = emptyBundle('a', now, 1);
    mine.records.assignments.push(fakeAssignmentRecord('as-9', 2, { note: 'こちら' }));
    await applyBundle(db, mine);
    const theirs = emptyBundle('addin:官房総務課', now, 2);
    theirs.records.assignments.push(fakeAssignmentRecord('as-9', 2, { note: '受信' }));
    await applyBundle(db, theirs);
    const conflict = (await db.get('conflicts', 'assignments:as-9'))!;
    const incoming = conflict.versions.find((v) => v.origin === 'incoming')!;
    const reply = await chooseConflict({ db, now: () => now }, { key: conflict.key, versionKey: incoming.versionKey });
    expect(reply).toEqual({ ok: true, message: '選んだ版を保存しました (版 3)。' });
    expect((await db.get('exchange', 'assignments:as-9'))!.record).toMatchObject({ rev: 3, data: { note: '受信' } });
    expect(await db.count('conflicts')).toBe(0);
    expect(await chooseConflict({ db, now: () => now }, { key: conflict.key, versionKey: incoming.versionKey })).toMatchObject({ ok: false });
  });
});
