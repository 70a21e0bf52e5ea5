/** @file 通告区分の表示 (noticeBandText): 「それ以降 (通告期限 令和8年6月8日(月) 12:00 を 31 時間 10 分超過)」. Pure. */
import { formatWarekiDateTime } from '../dates/format-wareki';
import { captureMessages } from './capture-messages';
import type { NoticeLateness } from './notice-lateness';

/**
 * The band, the 前々日正午 deadline in 和暦 and how late the notice is.
 * @example noticeBandText(noticeLateness('2026-06-08T11:30:00+09:00', '2026-06-10')) //=> '前々日まで (通告期限 令和8年6月8日(月) 12:00)'
 */
export function noticeBandText(lateness: NoticeLateness): string {
  const reference = lateness.basis === 'set' && lateness.setAt
    ? captureMessages.setReference(formatWarekiDateTime(lateness.setAt), formatWarekiDateTime(lateness.deadline))
    : `通告期限 ${formatWarekiDateTime(lateness.deadline)}`;
  return captureMessages.band(lateness.label, reference, lateness.minutesLate);
}
