/** @file selectDetailPages: which 経過 / 明細 pages a list capture fetches for dates. */
import { describe, expect, it } from 'vitest';
import { type MergedQuestion, type StoredWrittenQuestion, selectDetailPages } from '@shared/index';

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
        merged(2, 'updated', { answeredOn: '2026-03-03' }),
        merged(3, 'unchanged', { answeredOn: '2026-03-03' }),
        merged(4, 'unchanged', { transferredOn: '2026-07-01' }),
        merged(5, 'unchanged', { withdrawnOn: '2026-07-01' }),
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
});
