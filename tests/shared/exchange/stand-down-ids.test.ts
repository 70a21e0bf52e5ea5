/**
 * The record ids of the safe stand-down (record-ids.ts): 通告段階表 and レク出席表 row ids, 当番 ledger ids and the
 * recall / second stand-down notification ids read back to their parts, with sitting ids holding ':' and '@'.
 */
import { describe, expect, it } from 'vitest';
import {
  dutyLedgerId, lectureRowId, parseDutyLedgerId, parseLectureRowId, parseRecallNotificationId, parseRegularSittingRowId, parseReleaseAgainNotificationId,
  parseStageRowId, recallNotificationId, regularSittingRowId, releaseAgainNotificationId, stageRowId,
} from '@shared/index';
import { isoDate, jstInstant } from '../../helpers/dates';

const SITTING = '衆議院厚生労働委員会@2026-06-11 09:00';

describe('stand-down ids', () => {
  it('stageRowId ↔ parseStageRowId, for a notice and for a listed questioner', () => {
    expect(stageRowId(SITTING, '甲', 'notice-ab')).toBe('stage:notice:notice-ab');
    expect(parseStageRowId(stageRowId(SITTING, '甲', 'notice-ab'))).toEqual({ noticeKey: 'notice-ab' });
    expect(parseStageRowId(stageRowId(SITTING, '山田　太郎'))).toEqual({ sitting: SITTING, questioner: '山田　太郎' });
    expect(parseStageRowId('stage:member:x')).toBeUndefined();
  });

  it('lectureRowId ↔ parseLectureRowId (the sitting id holds : and @)', () => {
    const id = lectureRowId(SITTING, 'evening-1830', 'isei');
    expect(id).toBe(`attend:${SITTING}:evening-1830:isei`);
    expect(parseLectureRowId(id)).toEqual({ sitting: SITTING, slotId: 'evening-1830', bureau: 'isei' });
    expect(parseLectureRowId('attend:x')).toBeUndefined();
  });

  it('dutyLedgerId ↔ parseDutyLedgerId', () => {
    expect(dutyLedgerId('nenkin', isoDate('2026-06-10'), '山田')).toBe('duty:nenkin:2026-06-10:山田');
    expect(parseDutyLedgerId('duty:nenkin:2026-06-10:山田 花子')).toEqual({ bureau: 'nenkin', day: '2026-06-10', person: '山田 花子' });
    expect(parseDutyLedgerId('standby:nenkin:2026-06-10')).toBeUndefined();
  });

  it('regularSittingRowId ↔ parseRegularSittingRowId, with and without a house', () => {
    expect(regularSittingRowId('sangiin', '厚生労働委員会', isoDate('2026-06-11'))).toBe('定例日:参議院厚生労働委員会@2026-06-11');
    expect(parseRegularSittingRowId('定例日:参議院厚生労働委員会@2026-06-11')).toEqual({ house: 'sangiin', committee: '厚生労働委員会', sittingOn: '2026-06-11' });
    expect(parseRegularSittingRowId(regularSittingRowId(undefined, '予算委員会', isoDate('2026-06-12')))).toEqual({ committee: '予算委員会', sittingOn: '2026-06-12' });
    expect(parseRegularSittingRowId(SITTING)).toBeUndefined();
  });

  it('notification ids of a recall and of a second stand-down read back', () => {
    const recall = 'recall:nenkin:2026-06-09:2026-06-09T22:00:00+09:00';
    expect(parseRecallNotificationId(recallNotificationId(recall))).toBe(recall);
    const releasedAt = jstInstant('2026-06-09T23:10:00+09:00');
    expect(parseReleaseAgainNotificationId(releaseAgainNotificationId('release:nenkin:2026-06-09', releasedAt))).toEqual({ releaseId: 'release:nenkin:2026-06-09', releasedAt });
    expect(parseReleaseAgainNotificationId('release:release:nenkin:2026-06-09')).toBeUndefined();
  });
});
