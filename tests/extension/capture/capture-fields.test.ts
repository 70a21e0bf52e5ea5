/**
 * @file Every field an adapter reads is stored: 答弁書番号, 前文, 備考 and the PDF links go from the saved pages
 * through capturePage into IndexedDB and the audit log; and capturedFields stays equal to the model's fields.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { type DietDb, capturedFields, capturedQuestionSchema, openDietDb, writtenQuestionSchema } from '@shared/index';
import { sha256Hex } from '../../../extension/background/capture-hash';
import { type CaptureDeps, capturePage } from '../../../extension/background/capture-page';
import { pageText } from '../../../extension/content/page-text';
import { CAPTURE_PAGE } from '../../../extension/platform/messaging';
import { scrapePage } from '../../../extension/sites/index';
import { loadPage } from '../../helpers/load-page';
import { jstInstant } from '../../helpers/dates';

const SHU = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/';
const SAN = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/';

function request(doc: Document, url: string) {
  return { type: CAPTURE_PAGE, url, pageText: pageText(doc), result: scrapePage(doc, url)! };
}

/** m221001 with its (empty) 備考 cell set to `text`, as the page prints a 延期 notice. */
function detailWithRemarks(text: string): Document {
  const doc = loadPage('sangiin/m221001.htm');
  const th = [...doc.querySelectorAll('th')].find((h) => h.textContent!.trim() === '備考')!;
  th.parentElement!.nextElementSibling!.querySelector('td')!.textContent = text;
  return doc;
}

let db: DietDb;
let tick = 0;
const deps = (): CaptureDeps => ({
  db, hash: sha256Hex, newId: () => 'c', fetchPage: () => Promise.reject(new Error('not used')),
  now: () => jstInstant(`2026-07-15T10:00:${String(tick++).padStart(2, '0')}+09:00`),
});

beforeEach(async () => {
  db = await openDietDb(`capture-fields-${Math.random()}`, new IDBFactory());
  tick = 0;
});

describe('captured fields', () => {
  it('are every model field except the key, kind, provenance and userEdited', () => {
    const model = Object.keys(writtenQuestionSchema.shape).filter((k) => !['kind', 'house', 'session', 'number', 'provenance', 'userEdited'].includes(k));
    expect([...capturedFields].sort()).toEqual(model.sort());
    expect(Object.keys(capturedQuestionSchema.shape).sort()).toEqual([...capturedFields, 'house', 'session', 'number'].sort());
  });

  it('stores 答弁書番号 and the PDF links of the saved 衆議院 答弁本文 b221003, with them in the audit event', async () => {
    // The answer page prints no 件名: alone it cannot add the question, and says so.
    await expect(capturePage(deps(), request(loadPage('shugiin/b221003.htm'), `${SHU}b221003.htm`))).rejects.toThrow(/^第3号はまだ保存されておらず、このページには件名がありません。/);
    expect(await db.count('questions')).toBe(0);
    await capturePage(deps(), request(loadPage('shugiin/kaiji221_l.2026-07-15.htm'), `${SHU}kaiji221_l.htm`));
    await capturePage(deps(), request(loadPage('shugiin/b221003.htm'), `${SHU}b221003.htm`));
    const stored = (await db.get('questions', 'shugiin-221-3'))!;
    expect(stored.answerNumber).toBe('内閣衆質二二一第三号');
    expect(stored.questionPdfUrl).toBe('https://www.shugiin.go.jp/internet/itdb_shitsumon_pdf_s.nsf/html/shitsumon/pdfS/a221003.pdf/$File/a221003.pdf');
    expect(stored.answerPdfUrl).toBe('https://www.shugiin.go.jp/internet/itdb_shitsumon_pdf_t.nsf/html/shitsumon/pdfT/b221003.pdf/$File/b221003.pdf');
    const update = (await db.getAllFromIndex('audit', 'byRecord', 'shugiin-221-3')).find((e) => e.action === 'update')!;
    expect(update.after).toMatchObject({ answerNumber: '内閣衆質二二一第三号', answeredOn: '2026-03-06' });
    expect(update.before).toMatchObject({ answerNumber: undefined });
  });

  it('stores the 前文 of a question text (衆議院 a212141, constructed page)', async () => {
    await capturePage(deps(), request(loadPage('shugiin/a212141.constructed.htm'), `${SHU}a212141.htm`));
    expect((await db.get('questions', 'shugiin-212-141'))!.preamble).toMatch(/以下質問する。$/);
  });

  it('stores 備考 of the 参議院 明細 m221001 when the page prints one, and a later 延期 notice updates it with before/after', async () => {
    const url = `${SAN}221/meisai/m221001.htm`;
    await capturePage(deps(), request(loadPage('sangiin/m221001.htm'), url));
    const first = (await db.get('questions', 'sangiin-221-1'))!;
    // The saved page's 備考 is empty: nothing stored, and its PDF links are.
    expect(first.remarks).toBeUndefined();
    expect(first.answerPdfUrl).toBe(`${SAN}221/toup/t221001.pdf`);

    const remarks = '3月9日内閣から通知書受領（3月16日まで答弁延期）';
    const { reply } = await capturePage(deps(), request(detailWithRemarks(remarks), url));
    expect(reply).toMatchObject({ added: 0, updated: 1 });
    const later = (await db.get('questions', 'sangiin-221-1'))!;
    expect(later.remarks).toBe(remarks);
    expect(later.extensions).toEqual([{ noticeReceivedOn: '2026-03-09', extendedUntil: '2026-03-16' }]);
    const update = (await db.getAllFromIndex('audit', 'byRecord', 'sangiin-221-1')).find((e) => e.action === 'update')!;
    expect(update.before).toEqual({ extensions: [], remarks: undefined });
    expect(update.after).toEqual({ extensions: later.extensions, remarks });
  });
});
