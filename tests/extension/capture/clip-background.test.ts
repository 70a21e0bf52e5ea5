/** @file 質問通告の取込み (background): the menu click reads the selection and opens the form; saving re-checks and stores in one transaction. */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type DietDb, openDietDb } from '@shared/index';
import { sha256Hex } from '../../../extension/background/capture-hash';
import { CLIP_MENU_ID, clipFromMenu } from '../../../extension/background/clip-from-menu';
import { startClipMenu } from '../../../extension/background/clip-menu';
import { type PendingClip, loadPendingClip } from '../../../extension/background/clip-pending';
import { saveClip } from '../../../extension/background/clip-save';
import { CLIP_SAVE } from '../../../extension/platform/messaging';
import { jstInstant } from '../../helpers/dates';

const pageUrl = 'https://intra.example.go.jp/kokkai/notice-0609.html';
const text = '参議院厚生労働委員会　質問要旨\n１．薬価改定について\n　①中間年改定の影響\n２．医療ＤＸについて';
const tab = { id: 12, index: 3, url: pageUrl, title: '質問通告 6月9日受信', windowId: 1, active: true, highlighted: true, incognito: false, pinned: false };
const info = { menuItemId: CLIP_MENU_ID, selectionText: text.replace(/\n/g, ' '), pageUrl, frameId: 0, editable: false };

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

async function onlyPendingClip(): Promise<PendingClip> {
  const all = Object.values(await fakeBrowser.storage.session.get()) as PendingClip[];
  expect(all).toHaveLength(1);
  return all[0]!;
}

describe('clipFromMenu', () => {
  it('reads the selection with its line breaks, keeps it as a pending clip and opens the form next to the tab', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: text, documentId: 'd' }] as never);
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    const id = await clipFromMenu(info as never, tab as never);
    expect(execute).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 12, frameIds: [0] } }));
    const clip = await onlyPendingClip();
    expect(clip).toMatchObject({ id, text, exact: true, pageUrl, pageTitle: '質問通告 6月9日受信', contentHash: await sha256Hex(text) });
    expect(clip.capturedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
    expect(created).toHaveBeenCalledWith({ url: `chrome-extension://test-extension-id/clip.html?id=${id}`, index: 4, openerTabId: 12 });
    expect(await loadPendingClip(id!)).toEqual(clip);
  });

  it('falls back to the menu\'s selectionText (line breaks lost) when the frame cannot be read', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    await clipFromMenu(info as never, tab as never);
    expect(await onlyPendingClip()).toMatchObject({ text: info.selectionText, exact: false });
  });

  it('ignores other menu items and empty selections', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: '  ', documentId: 'd' }] as never);
    expect(await clipFromMenu({ ...info, menuItemId: 'other' } as never, tab as never)).toBeUndefined();
    expect(await clipFromMenu({ ...info, selectionText: '' } as never, tab as never)).toBeUndefined();
    expect(await fakeBrowser.storage.session.get()).toEqual({});
  });

  it('registers 「質問通告として取り込む」 for selections on install', async () => {
    const create = vi.fn();
    (fakeBrowser as unknown as { contextMenus: object }).contextMenus = { create, onClicked: { addListener: vi.fn() } };
    startClipMenu();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(create).toHaveBeenCalledWith({ id: 'clip-notice', title: '質問通告として取り込む', contexts: ['selection'] }, expect.any(Function));
  });
});

describe('saveClip', () => {
  let db: DietDb;
  const pending: PendingClip = {
    id: 'c1', text, pageUrl, capturedAt: jstInstant('2026-06-04T15:05:00+09:00'), contentHash: 'ab'.repeat(32), exact: true,
  };
  const form = { house: 'sangiin', committee: '厚生労働委員会', sittingOn: '2026-06-09', startTime: '10:00', member: '佐藤花子', receivedAt: '2026-06-04T15:05', text };
  const deps = () => ({ db, now: () => jstInstant('2026-06-04T15:06:00+09:00'), loadPendingClip: async (id: string) => (id === 'c1' ? pending : undefined) });

  beforeEach(async () => {
    db = await openDietDb('clip-save', new IDBFactory());
  });

  it('saves the notice with the pending clip\'s provenance and answers with its band', async () => {
    // 参 厚労委 Tue 2026-06-09: 前々日正午 = Fri 06-05 12:00; received Thu 06-04 15:05 → on time.
    const reply = await saveClip(deps(), { type: CLIP_SAVE, clipId: 'c1', form });
    expect(reply).toEqual({ id: `notice-${'ab'.repeat(8)}`, change: 'added', bandText: '前々日まで (通告期限 令和8年6月5日(金) 12:00)' });
    const notice = (await db.get('notices', reply.id))!;
    expect(notice.items.map((i) => i.label)).toEqual(['1', '2']);
    expect(notice.provenance).toEqual([{ sourceUrl: pageUrl, capturedAt: pending.capturedAt, adapterId: 'clip/selection', adapterVersion: '1', contentHash: pending.contentHash }]);
    expect((await saveClip(deps(), { type: CLIP_SAVE, clipId: 'c1', form: { ...form, member: '佐藤 花子' } })).change).toBe('updated');
  });

  it('refuses an invalid form with the Japanese field messages, an unknown clip, or a malformed message; nothing stored', async () => {
    await expect(saveClip(deps(), { type: CLIP_SAVE, clipId: 'c1', form: { ...form, committee: '', member: '' } }))
      .rejects.toThrow('委員会名を入力してください。 質問者を入力してください。');
    await expect(saveClip(deps(), { type: CLIP_SAVE, clipId: 'gone', form })).rejects.toThrow(/この取り込みの情報が見つかりません/);
    await expect(saveClip(deps(), { type: CLIP_SAVE, clipId: 'c1' })).rejects.toThrow('質問通告の保存依頼の形式が正しくありません。');
    expect(await db.count('notices')).toBe(0);
  });
});
