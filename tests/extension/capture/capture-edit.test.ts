/**
 * @file The popup's 「修正」 in the background: editQuestion saves the edit with its audit event, remembers the
 * 修正者 for the next form, and the popup data shows the edited fields; the runtime wiring answers QUESTION_EDIT.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type DietDb, defaultBureaus, openDietDb, saveCapturedQuestions } from '@shared/index';
import { editQuestion } from '../../../extension/background/capture-edit';
import { startCaptureBackground } from '../../../extension/background/capture-background';
import { popupData } from '../../../extension/background/feed-popup-data';
import { QUESTION_EDIT } from '../../../extension/platform/messaging';
import { jstInstant } from '../../helpers/dates';

const SHU = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/';
const now = jstInstant('2026-07-16T09:30:00+09:00');
let db: DietDb;

beforeEach(async () => {
  db = await openDietDb(`capture-edit-${Math.random()}`, new IDBFactory());
  await saveCapturedQuestions(db, [{
    house: 'shugiin', session: 221, number: 1, title: '行き過ぎた緊縮志向に関する質問主意書', submitters: ['緒方林太郎'],
    submittedOn: '2026-02-19', progressUrl: `${SHU}221001.htm`,
  }], { sourceUrl: `${SHU}221001.htm`, capturedAt: jstInstant('2026-07-15T10:00:00+09:00'), adapterId: 'shugiin/question-progress', adapterVersion: '1', contentHash: 'a'.repeat(64) });
});

const request = (edit: object, who = '医政局 山田') => ({ type: QUESTION_EDIT, key: 'shugiin-221-1', edit, who });

describe('editQuestion', () => {
  it('saves the edit, answers in Japanese, remembers the 修正者 and the popup shows the edited fields', async () => {
    const reply = await editQuestion({ db, now: () => now }, request({ title: '行き過ぎた緊縮志向に関する質問主意書', transferredOn: '2026-02-25' }));
    expect(reply).toEqual({ fields: ['transferredOn'], message: '内閣転送日を修正しました。以後の取り込みでは上書きしません。' });
    const stored = (await db.get('questions', 'shugiin-221-1'))!;
    expect(stored).toMatchObject({ transferredOn: '2026-02-25', userEdited: ['transferredOn'] });
    expect((await db.getAllFromIndex('audit', 'byRecord', 'shugiin-221-1')).at(-1)).toMatchObject({ action: 'edit', who: '医政局 山田', at: now });

    const data = await popupData(db, defaultBureaus, { bureauId: '', feedUrl: '' }, now);
    expect(data.editor).toBe('医政局 山田');
    expect(data.captured[0]).toMatchObject({ key: 'shugiin-221-1', transferredOn: '2026-02-25', edited: ['内閣転送日'], submitters: ['緒方林太郎'] });
  });

  it('says when nothing changed, and refuses a malformed request or form in Japanese', async () => {
    expect(await editQuestion({ db, now: () => now }, request({ title: '行き過ぎた緊縮志向に関する質問主意書' })))
      .toEqual({ fields: [], message: '修正された項目はありません。' });
    await expect(editQuestion({ db, now: () => now }, { type: QUESTION_EDIT, key: 'shugiin-221-1', edit: { title: 1 }, who: 'x' }))
      .rejects.toThrow('修正の依頼の形式が正しくありません。');
    await expect(editQuestion({ db, now: () => now }, request({ transferredOn: '2026-02-18' })))
      .rejects.toThrow('内閣転送日が提出日 (令和8年2月19日) より前になっています。');
    expect(await db.get('settings', 'capture:editor')).toBeUndefined();
  });
});

describe('startCaptureBackground answers QUESTION_EDIT', () => {
  beforeEach(() => fakeBrowser.reset());

  it('replies with the result, or the Japanese error', async () => {
    startCaptureBackground();
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const ask = (message: unknown) => new Promise((done) => void trigger(message, {}, done));
    // The wiring opens the extension's own database (fake-indexeddb in unit tests): nothing stored there yet.
    expect(await ask(request({ title: '新しい件名' }))).toEqual({ ok: false, error: 'この質問 (shugiin-221-1) は保存されていません。一覧を更新してください。' });
    expect(await ask({ type: QUESTION_EDIT })).toEqual({ ok: false, error: '修正の依頼の形式が正しくありません。' });
  });
});
