/** @file selectQuestionPages / textPageToFetch: which 経過・明細 and 質問本文 pages a capture fetches. */
import { describe, expect, it } from 'vitest';
import { type MergedQuestion, type StoredWrittenQuestion, selectQuestionPages, textPageToFetch } from '@shared/index';
import { isoDate } from '../../helpers/dates';

const base = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/';
const TODAY = isoDate('2026-07-15');

function record(number: number, extra: Partial<StoredWrittenQuestion> = {}): StoredWrittenQuestion {
  return {
    key: `shugiin-221-${number}`, kind: 'written', house: 'shugiin', session: 221, number, title: 't', submitters: [], extensions: [],
    items: [], answerItems: [], provenance: [], userEdited: [], progressUrl: `${base}221${String(number).padStart(3, '0')}.htm`, ...extra,
  };
}
function merged(number: number, change: MergedQuestion['change'], extra: Partial<StoredWrittenQuestion> = {}): MergedQuestion {
  const r = record(number, extra);
  return { key: r.key, change, record: r, before: {}, after: {}, keptUserEdits: [] };
}
const detail = (n: number) => ({ key: `shugiin-221-${n}`, url: `${base}221${String(n).padStart(3, '0')}.htm`, kind: 'detail', label: `第${n}号 (経過ページ)` });

describe('selectQuestionPages', () => {
  it('fetches the detail page of new, changed and still-open questions; skips closed ones the list shows unchanged', () => {
    const pages = selectQuestionPages(
      [
        merged(1, 'added'),
        merged(2, 'updated', { answeredOn: isoDate('2026-03-03') }),
        merged(3, 'unchanged', { answeredOn: isoDate('2026-03-03') }),
        merged(4, 'unchanged', { transferredOn: isoDate('2026-07-01') }),
        merged(5, 'unchanged', { withdrawnOn: isoDate('2026-07-01') }),
        // The list says 答弁受理 and nothing changed: closed, no page to fetch (it used to be refetched on every capture).
        merged(6, 'unchanged', { progressText: '答弁受理' }),
        merged(7, 'unchanged', { progressText: '質問受理' }),
      ],
      `${base}kaiji221_l.htm`,
      TODAY,
    );
    expect(pages).toEqual([detail(1), detail(2), detail(4), detail(7)]);
  });

  it('never fetches the captured page itself, or a question without a detail link', () => {
    expect(selectQuestionPages([merged(1, 'added'), merged(2, 'added', { progressUrl: undefined })], `${base}221001.htm`, TODAY)).toEqual([]);
  });

  it('asks for the 質問本文 of an open question directly only when there is no detail page to fetch first', () => {
    const pages = selectQuestionPages([
      merged(1, 'added', { questionUrl: `${base}a221001.htm`, progressText: '質問受理' }),
      merged(2, 'unchanged', { questionUrl: `${base}a221002.htm`, progressText: '答弁受理' }),
    ], `${base}221001.htm`, TODAY);
    expect(pages).toEqual([{ key: 'shugiin-221-1', url: `${base}a221001.htm`, kind: 'text', label: '第1号 (質問本文)' }]);
  });

  it('recognises the captured page opened under another spelling (/Internet/, http://, a fragment)', () => {
    for (const opened of [
      'https://www.shugiin.go.jp/Internet/itdb_shitsumon.nsf/html/shitsumon/221001.htm',
      'http://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/221001.htm#TopContents',
    ]) expect(selectQuestionPages([merged(1, 'added'), merged(2, 'added')], opened, TODAY).map((p) => p.key)).toEqual(['shugiin-221-2']);
  });

  it('recognises a 参議院 明細 page whether opened by its session folder or over http, and a /current/ list is not a 明細 page', () => {
    const san = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/';
    const sanDetail = (number: number, change: MergedQuestion['change']): MergedQuestion => {
      const m = merged(number, change, { house: 'sangiin', progressUrl: `${san}221/meisai/m221${String(number).padStart(3, '0')}.htm` });
      return { ...m, key: `sangiin-221-${number}`, record: { ...m.record, key: `sangiin-221-${number}` } };
    };
    expect(selectQuestionPages([sanDetail(1, 'added')], 'http://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/meisai/m221001.htm#x', TODAY)).toEqual([]);
    const pages = selectQuestionPages([sanDetail(1, 'added'), sanDetail(2, 'added')], `${san}current/syuisyo.htm`, TODAY);
    expect(pages.map((p) => [p.url, p.label])).toEqual([[`${san}221/meisai/m221001.htm`, '第1号 (明細)'], [`${san}221/meisai/m221002.htm`, '第2号 (明細)']]);
  });
});

describe('textPageToFetch', () => {
  const url = `${base}a221030.htm`;
  it('an open question with a 本文 link and no 問 yet', () => {
    expect(textPageToFetch(record(30, { questionUrl: url, progressText: '質問受理' }), TODAY)).toEqual({ key: 'shugiin-221-30', url, kind: 'text', label: '第30号 (質問本文)' });
  });
  it('not once its 問 are read, not for a closed question, not without the link, not for the captured page itself', () => {
    expect(textPageToFetch(record(30, { questionUrl: url, items: [{ label: '一', text: '甲か。' }] }), TODAY)).toBeNull();
    expect(textPageToFetch(record(30, { questionUrl: url, progressText: '答弁受理' }), TODAY)).toBeNull();
    expect(textPageToFetch(record(30, { questionUrl: url, withdrawnOn: isoDate('2026-07-01') }), TODAY)).toBeNull();
    expect(textPageToFetch(record(30, { progressText: '質問受理' }), TODAY)).toBeNull();
    expect(textPageToFetch(record(30, { questionUrl: url }), TODAY, url)).toBeNull();
  });
});
