/**
 * record-ids: every id built by the module reads back to the parts it was built from — including parts that
 * hold the separators ('@', ':', '#', '-'), spaces and Japanese — the formats stay the published ones, and
 * text that is not such an id is refused (undefined), never half-read.
 */
import { describe, expect, it } from 'vitest';
import {
  assignmentId, assignmentOwnerKey, bureauDayKey, bureauDayPersonKey, bureauPersonKey, captureEventId, clipEventId, deadlineMilestoneId, editEventId, jurisdictionEventId,
  eveningMilestoneId, exchangeItemId, exchangeStoreKey, itemKey, manualLedgerId, milestoneNotificationId, noticeId, parseAssignmentId,
  parseEventId, parseExchangeItemId, parseExchangeStoreKey, parseManualLedgerId, parseMilestoneId, parseMilestoneNotificationId,
  parseNoticeId, parseRecallRecordId, parseReleaseNotificationId, parseReleaseRecordId, parseSittingId, parseSlotRecordId, parseStandbyLedgerId,
  parseWrittenQuestionKey, recallRecordId, releaseNotificationId, releaseRecordId, sittingId, slotRecordId, splitCompositeKey, standbyLedgerId,
  storedRowKey, writtenQuestionKey,
} from '@shared/index';
import { isoDate, jstInstant } from '../../helpers/dates';

/** Labels and names as people type them: separators, spaces (half and full width), Japanese. */
const AWKWARD = ['問1', '一', '問 2 @ 補足', '（1）:再質問', 'a#b', '問3-2', '　全角空白', 'x@answerDraft'];
const NOTICE = noticeId('0123456789abcdef0123');

describe('question keys and 問 ids', () => {
  it('writtenQuestionKey ↔ parseWrittenQuestionKey', () => {
    for (const q of [{ house: 'sangiin', session: 221, number: 1 }, { house: 'shugiin', session: 3, number: 120 }] as const) {
      expect(parseWrittenQuestionKey(writtenQuestionKey(q))).toEqual(q);
    }
    expect(writtenQuestionKey({ house: 'sangiin', session: 221, number: 1 })).toBe('sangiin-221-1');
    expect(parseWrittenQuestionKey('sangiin-221')).toBeUndefined();
  });

  it('noticeId keeps 16 characters of the hash and reads back', () => {
    expect(NOTICE).toBe('notice-0123456789abcdef');
    expect(parseNoticeId(NOTICE)).toEqual({ hashPrefix: '0123456789abcdef' });
    expect(parseNoticeId('notice-')).toBeUndefined();
  });

  it('exchangeItemId ↔ parseExchangeItemId for labels with #, @, :, spaces', () => {
    for (const questionKey of ['sangiin-221-1', NOTICE]) {
      for (const label of AWKWARD) expect(parseExchangeItemId(exchangeItemId(questionKey, label))).toEqual({ questionKey, label });
    }
    expect(exchangeItemId('sangiin-221-1', '一')).toBe('sangiin-221-1#一');
    expect(parseExchangeItemId('no-hash')).toBeUndefined();
  });

  it('assignmentId ↔ parseAssignmentId (the counter survives labels ending in -digits)', () => {
    for (const label of AWKWARD) {
      for (const n of [1, 12]) expect(parseAssignmentId(assignmentId(NOTICE, label, n))).toEqual({ questionKey: NOTICE, itemLabel: label, n });
    }
    expect(assignmentId('sangiin-221-1', '一', 1)).toBe('as-sangiin-221-1#一-1');
    expect(parseAssignmentId('a-from-elsewhere')).toBeUndefined();
  });
});

describe('milestone ids', () => {
  it('deadlineMilestoneId ↔ parseMilestoneId', () => {
    for (const kind of ['allocation', 'draft', 'cabinetRequest', 'sitting']) {
      expect(parseMilestoneId(deadlineMilestoneId('sangiin-221-1', kind))).toEqual({ owner: 'deadline', questionKey: 'sangiin-221-1', kind });
    }
    expect(deadlineMilestoneId('sangiin-221-1', 'draft')).toBe('sangiin-221-1@draft');
  });

  it('eveningMilestoneId ↔ parseMilestoneId, with and without a bureau, for 問 labels holding @ and :', () => {
    for (const label of AWKWARD) {
      const item = exchangeItemId(NOTICE, label);
      expect(parseMilestoneId(eveningMilestoneId(item, 'directorApproval'))).toEqual({ owner: 'evening', itemId: item, kind: 'directorApproval' });
      for (const bureau of ['hoken', '医政局', 'a b']) {
        expect(parseMilestoneId(eveningMilestoneId(item, 'answerConcurrence', bureau)))
          .toEqual({ owner: 'evening', itemId: item, kind: 'answerConcurrence', bureau });
      }
    }
    expect(eveningMilestoneId(`${NOTICE}#問1`, 'answerMemo', 'hoken')).toBe(`${NOTICE}#問1@answerMemo:hoken`);
  });

  it('refuses text that is no milestone id', () => {
    for (const text of ['', 'no-at', '@draft', 'q@', 'q@kind:with:colon']) expect(parseMilestoneId(text)).toBeUndefined();
  });
});

describe('sitting, slot, release, recall and ledger ids', () => {
  it('sittingId ↔ parseSittingId, committee names holding @, : and spaces', () => {
    for (const committee of ['厚生労働委員会', '予算委員会 第一分科会', '委員会@特別', '委:員会']) {
      for (const house of ['shugiin', 'sangiin'] as const) {
        expect(parseSittingId(sittingId(house, committee, isoDate('2026-06-11'), '09:00'))).toEqual({ house, committee, sittingOn: '2026-06-11', startTime: '09:00' });
      }
    }
    expect(sittingId('shugiin', '厚生労働委員会', isoDate('2026-06-11'), '09:00')).toBe('衆議院厚生労働委員会@2026-06-11 09:00');
    expect(parseSittingId('厚生労働委員会@2026-06-11')).toBeUndefined();
  });

  it('slotRecordId ↔ parseSlotRecordId (the sitting id holds : and @)', () => {
    const sitting = sittingId('sangiin', '厚生 労働:委員会@', isoDate('2026-06-11'), '10:00');
    for (const slotId of ['evening-1830', 'morning-0730']) expect(parseSlotRecordId(slotRecordId(sitting, slotId))).toEqual({ sitting, slotId });
    expect(parseSlotRecordId('release:x:2026-06-11')).toBeUndefined();
  });

  it('releaseRecordId and standbyLedgerId ↔ their parsers, bureaus holding : @ and spaces', () => {
    for (const bureau of ['nenkin', 'a:b', '医政 局', 'x@y']) {
      expect(parseReleaseRecordId(releaseRecordId(bureau, isoDate('2026-06-09')))).toEqual({ bureau, standbyDay: '2026-06-09' });
      expect(parseStandbyLedgerId(standbyLedgerId(bureau, isoDate('2026-06-09')))).toEqual({ bureau, day: '2026-06-09' });
    }
    expect(releaseRecordId('nenkin', isoDate('2026-06-09'))).toBe('release:nenkin:2026-06-09');
    expect(standbyLedgerId('nenkin', isoDate('2026-06-09'))).toBe('standby:nenkin:2026-06-09');
    expect(parseStandbyLedgerId(manualLedgerId(3))).toBeUndefined();
    expect(parseReleaseRecordId('release:nenkin:6/9')).toBeUndefined();
  });

  it('recallRecordId ↔ parseRecallRecordId, bureaus holding : @ and spaces, instants with any offset', () => {
    for (const bureau of ['nenkin', 'a:b', '医政 局', 'x@y']) {
      for (const at of [jstInstant('2026-06-09T22:00:00+09:00'), jstInstant('2026-06-09T13:00:00Z'), jstInstant('2026-06-10T01:30:00.5+09:00')]) {
        expect(parseRecallRecordId(recallRecordId(bureau, isoDate('2026-06-09'), at))).toEqual({ bureau, standbyDay: '2026-06-09', at });
      }
    }
    expect(recallRecordId('年金局', isoDate('2026-06-09'), jstInstant('2026-06-09T22:00:00+09:00'))).toBe('recall:年金局:2026-06-09:2026-06-09T22:00:00+09:00');
    expect(parseRecallRecordId('recall:年金局:2026-06-09')).toBeUndefined();
    expect(parseRecallRecordId(releaseRecordId('年金局', isoDate('2026-06-09')))).toBeUndefined();
  });

  it('manualLedgerId ↔ parseManualLedgerId', () => {
    expect(manualLedgerId(3)).toBe('手入力-3');
    expect(parseManualLedgerId(manualLedgerId(3))).toBe(3);
    expect(parseManualLedgerId('手入力-')).toBeUndefined();
  });
});

describe('store keys, notification and audit ids', () => {
  it('exchangeStoreKey ↔ parseExchangeStoreKey for ids holding :', () => {
    for (const id of ['sangiin-221-1#一', releaseRecordId('a:b', isoDate('2026-06-09')), slotRecordId('s@2026-06-11 09:00', 'evening-1830')]) {
      expect(parseExchangeStoreKey(exchangeStoreKey('releases', id))).toEqual({ kind: 'releases', id });
    }
    const recall = recallRecordId('a:b', isoDate('2026-06-09'), jstInstant('2026-06-09T22:00:00+09:00'));
    expect(parseExchangeStoreKey(exchangeStoreKey('recalls', recall))).toEqual({ kind: 'recalls', id: recall });
    expect(exchangeStoreKey('items', 'q#一')).toBe('items:q#一');
    expect(parseExchangeStoreKey('unknown:x')).toBeUndefined();
  });

  it('notification ids ↔ their parsers', () => {
    const milestone = eveningMilestoneId(exchangeItemId(NOTICE, '問 1@x'), 'answerDraft');
    expect(parseMilestoneNotificationId(milestoneNotificationId(milestone, 60))).toEqual({ milestoneId: milestone, leadMinutes: 60 });
    const release = releaseRecordId('a:b', isoDate('2026-06-09'));
    expect(parseReleaseNotificationId(releaseNotificationId(release))).toBe(release);
    expect(releaseNotificationId('release:nenkin:2026-06-09')).toBe('release:release:nenkin:2026-06-09');
  });

  it('audit ids ↔ parseEventId, keys holding : and instants with offsets', () => {
    const at = '2026-06-08T12:00:00.123+09:00';
    expect(parseEventId(captureEventId(at, 'sangiin-221-1', 'abcdef0123456789'))).toEqual({ action: 'capture', capturedAt: at, key: 'sangiin-221-1', hashPrefix: 'abcdef012345' });
    expect(parseEventId(editEventId('a:b', at, 2))).toEqual({ action: 'edit', recordKey: 'a:b', at, seq: 2 });
    expect(parseEventId(clipEventId(NOTICE, 4))).toEqual({ action: 'clip', noticeKey: NOTICE, n: 4 });
    expect(parseEventId(jurisdictionEventId('sangiin-221-38', at, 3))).toEqual({ action: 'jurisdiction', questionKey: 'sangiin-221-38', at, rev: 3 });
    expect(parseEventId('other:x')).toBeUndefined();
  });
});

describe('composite keys', () => {
  it('split back into their parts, whatever the parts hold', () => {
    expect(splitCompositeKey(bureauDayKey('a:b', '2026-06-09'))).toEqual(['a:b', '2026-06-09']);
    expect(splitCompositeKey(bureauPersonKey('医政局', '山田 太郎'))).toEqual(['医政局', '山田 太郎']);
    expect(splitCompositeKey(bureauDayPersonKey('医政局', '2026-06-09', '当番 A'))).toEqual(['医政局', '2026-06-09', '当番 A']);
    expect(splitCompositeKey(itemKey('q@1', '問:1'))).toEqual(['q@1', '問:1']);
    expect(splitCompositeKey(assignmentOwnerKey('q', '問1', 'isei', '執筆'))).toEqual(['q', '問1', 'isei', '執筆']);
    expect(splitCompositeKey(storedRowKey('items', 'q#一'))).toEqual(['items', 'q#一']);
  });

  it('never give two different part lists the same key (unlike joining with a printable separator)', () => {
    expect(itemKey('a:b', 'c')).not.toBe(itemKey('a', 'b:c'));
    expect(bureauDayKey('a@b', 'c')).not.toBe(bureauDayKey('a', 'b@c'));
  });
});
