import { describe, expect, it } from 'vitest';
import { readExtensionNotes } from '../../../../extension/sites/sangiin/read-extension-notes';
import { isoDate } from '../../../helpers/dates';

describe('readExtensionNotes (参議院 備考の延期通知)', () => {
  it('reads the two forms seen in the derived dataset; a notice without a new deadline is not an extension', () => {
    expect(readExtensionNotes('1月27日内閣から通知書受領（2月3日まで答弁延期）', isoDate('2026-01-20'))).toEqual([
      { noticeReceivedOn: '2026-01-27', extendedUntil: '2026-02-03' },
    ]);
    expect(readExtensionNotes('12月19日内閣から通知書受領', isoDate('2025-12-12'))).toEqual([]);
  });

  it('carries the year over December → January, for the notice and for the new deadline', () => {
    expect(readExtensionNotes('1月6日内閣から通知書受領（1月13日まで答弁延期）', isoDate('2025-12-26'))).toEqual([
      { noticeReceivedOn: '2026-01-06', extendedUntil: '2026-01-13' },
    ]);
    expect(readExtensionNotes('１２月２６日内閣から通知書受領（１月９日まで答弁延期）', isoDate('2025-12-19'))).toEqual([
      { noticeReceivedOn: '2025-12-26', extendedUntil: '2026-01-09' },
    ]);
  });

  it('reads every notice when the answer was deferred twice, and nothing without a base date', () => {
    const twice = '3月9日内閣から通知書受領（3月16日まで答弁延期）3月16日内閣から通知書受領（3月23日まで答弁延期）';
    expect(readExtensionNotes(twice, isoDate('2026-03-02'))).toHaveLength(2);
    expect(readExtensionNotes(twice, undefined)).toEqual([]);
  });
});
