/** @file selectDetailPages: which 経過 / 明細 pages a list capture fetches for dates. */
import { describe, expect, it } from 'vitest';
import { type MergedQuestion, type StoredWrittenQuestion, selectDetailPages } from '@shared/index';
import { isoDate } from '../../helpers/dates';

const base = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/';

function merged(number: number, change: MergedQuestion['change'], extra: Partial<StoredWrittenQuestion> = {}): MergedQuestion {
  const record: StoredWrittenQuestion = {
    key: `shugiin-221-${number}`, kind: 'written', house: 'shugiin', session: 221, number, title: 't', submitters: [], extensions: [],
    items: [], answerItems: [], provenance: [], userEdited: [], progressUrl: `${base}221${String(number).padStart(3, '0')}.htm`, ...extra,
  };
  return { key: record.key, change, record, before: {}, after: {}, keptUserEdits: [] };
}

describe('selectDetailPages', () => {
  it('fetches new, changed and still-open questions; skips answered ones the list shows unchanged', () => {
    const pages = selectDetailPages(
      [
        merged(1, 'added'),
        merged(2, 'updated', { answeredOn: isoDate('2026-03-03') }),
        merged(3, 'unchanged', { answeredOn: isoDate('2026-03-03') }),
        merged(4, 'unchanged', { transferredOn: isoDate('2026-07-01') }),
        merged(5, 'unchanged', { withdrawnOn: isoDate('2026-07-01') }),
      ],
      `${base}kaiji221_l.htm`,
    );
    expect(pages).toEqual([
      { key: 'shugiin-221-1', url: `${base}221001.htm`, label: '第1号' },
      { key: 'shugiin-221-2', url: `${base}221002.htm`, label: '第2号' },
      { key: 'shugiin-221-4', url: `${base}221004.htm`, label: '第4号' },
    ]);
  });

  it('never fetches the captured page itself, or a question without a detail link', () => {
    expect(selectDetailPages([merged(1, 'added'), merged(2, 'added', { progressUrl: undefined })], `${base}221001.htm`)).toEqual([]);
  });

  it('recognises the captured page opened under another spelling (/Internet/, http://, a fragment)', () => {
    for (const opened of [
      'https://www.shugiin.go.jp/Internet/itdb_shitsumon.nsf/html/shitsumon/221001.htm',
      'http://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/221001.htm#TopContents',
    ]) expect(selectDetailPages([merged(1, 'added'), merged(2, 'added')], opened).map((p) => p.key)).toEqual(['shugiin-221-2']);
  });

  it('recognises a 参議院 明細 page whether opened by its session folder or over http, and a /current/ list is not a 明細 page', () => {
    const san = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/';
    const detail = (number: number, change: MergedQuestion['change']): MergedQuestion => {
      const m = merged(number, change, { house: 'sangiin', progressUrl: `${san}221/meisai/m221${String(number).padStart(3, '0')}.htm` });
      return { ...m, key: `sangiin-221-${number}`, record: { ...m.record, key: `sangiin-221-${number}` } };
    };
    expect(selectDetailPages([detail(1, 'added')], 'http://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/meisai/m221001.htm#x')).toEqual([]);
    expect(selectDetailPages([detail(1, 'added'), detail(2, 'added')], `${san}current/syuisyo.htm`).map((p) => p.url))
      .toEqual([`${san}221/meisai/m221001.htm`, `${san}221/meisai/m221002.htm`]);
  });
});
