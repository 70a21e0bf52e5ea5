/** @file 質問通告の取込み (pure + storage): form checks in Japanese, 前々日正午 band, notice build and one-transaction save. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type ClipFormInput, type IsoDate, buildClippedNotice, checkClipForm, noticeBandText, noticeLateness, openDietDb, saveClippedNotice } from '@shared/index';
import { isoDate, jstInstant } from '../../helpers/dates';

const text = '衆議院厚生労働委員会 質問通告\n問１　医師の働き方改革について\n（１）上限規制の施行状況\n問２　介護報酬改定について';
const form: ClipFormInput = {
  house: 'shugiin', committee: '厚生労働委員会', sittingOn: isoDate('2026-06-10'), startTime: '09:00', member: '山田太郎',
  receivedAt: '2026-06-08T11:30', text,
};
const hash = '3f2a9c'.padEnd(64, '0');

describe('noticeLateness (shared/deadline/RULES.md §6 worked examples)', () => {
  it('is on time before 12:00 two open days before, and counts the minutes late after it', () => {
    expect(noticeLateness(jstInstant('2026-06-08T11:30:00+09:00'), isoDate('2026-06-10'))).toEqual({
      band: 'byTwoDaysBefore', label: '前々日まで', deadline: jstInstant('2026-06-08T12:00:00+09:00'), basis: 'agreement',
      agreementDeadline: jstInstant('2026-06-08T12:00:00+09:00'), minutesLate: 0,
    });
    expect(noticeLateness(jstInstant('2026-06-09T15:40:00+09:00'), isoDate('2026-06-10'))).toMatchObject({ band: 'byPrev18', label: '前日18時まで', minutesLate: 27 * 60 + 40 });
    expect(noticeLateness(jstInstant('2026-06-09T21:05:00+09:00'), isoDate('2026-06-10')).label).toBe('それ以降');
    // 参 厚労委 Tue 2026-05-12: the deadline skips the weekend to Fri 05-08.
    expect(noticeLateness(jstInstant('2026-05-08T12:00:00+09:00'), isoDate('2026-05-12')).band).toBe('byTwoDaysBefore');
  });
});

describe('checkClipForm', () => {
  it('accepts a complete form, reads datetime-local as JST and previews the 問 and band', () => {
    const check = checkClipForm(form);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.value.receivedAt).toBe(jstInstant('2026-06-08T11:30:00+09:00'));
    expect(check.value.items.map((i) => i.label)).toEqual(['問1', '問2']);
    expect(check.value.preamble).toBe('衆議院厚生労働委員会 質問通告');
    expect(check.value.lateness.label).toBe('前々日まで');
  });

  it('keeps a 委員会セット日時 typed in the form on the notice, and refuses one it cannot read', () => {
    const check = checkClipForm({ ...form, receivedAt: '2026-06-09T15:40', setAt: '2026-06-09T10:00' });
    expect(check.ok && check.value.setAt).toBe(jstInstant('2026-06-09T10:00:00+09:00'));
    expect(check.ok && check.value.lateness).toMatchObject({ basis: 'set', minutesLate: 160 });
    const notice = buildClippedNotice((check as { value: Parameters<typeof buildClippedNotice>[0] }).value, {
      pageUrl: 'https://www.shugiin.go.jp/', capturedAt: jstInstant('2026-06-09T15:41:00+09:00'), contentHash: hash,
    });
    expect(notice.setAt).toBe(jstInstant('2026-06-09T10:00:00+09:00'));
    const bad = checkClipForm({ ...form, setAt: 'きのう' });
    expect(!bad.ok && bad.errors.setAt).toBe('委員会セット日時を日時として読み取れません (分からなければ空欄にしてください)。');
    expect(checkClipForm({ ...form, setAt: '' }).ok).toBe(true);
  });

  it('gives one Japanese message per missing field and still splits the text', () => {
    const check = checkClipForm({ house: '', committee: ' ', sittingOn: '', startTime: '9時', member: '', receivedAt: '', text });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toEqual({
      house: '院 (衆議院・参議院) を選んでください。',
      committee: '委員会名を入力してください。',
      sittingOn: '開会日を入力してください。',
      startTime: '開会時刻を「09:00」の形で入力してください。',
      member: '質問者を入力してください。',
      receivedAt: '受信日時を入力してください。',
    });
    expect(check.items).toHaveLength(2);
  });

  it('refuses empty text, an impossible date, a notice received after the sitting began, and dates outside the calendar data', () => {
    const bad = (patch: Partial<ClipFormInput>) => {
      const check = checkClipForm({ ...form, ...patch });
      return check.ok ? {} : check.errors;
    };
    expect(bad({ text: '   ' })).toEqual({ text: '取り込む文章が空です。' });
    expect(bad({ sittingOn: '2026-02-30' as IsoDate })).toEqual({ sittingOn: '開会日を入力してください。' });
    expect(bad({ receivedAt: '2026-06-10T09:30' })).toEqual({ receivedAt: '受信日時が開会日時より後になっています。日時を確認してください。' });
    expect(bad({ sittingOn: isoDate('2099-06-10'), receivedAt: '2099-06-08T10:00' }).sittingOn).toMatch(/祝日データは 2050-12-31 までです/);
  });
});

describe('buildClippedNotice + saveClippedNotice', () => {
  it('builds a CommitteeNotice with the clip provenance and saves it with an audit event holding the band', async () => {
    const check = checkClipForm({ ...form, receivedAt: '2026-06-09T19:10' });
    if (!check.ok) throw new Error('form should be valid');
    const origin = { pageUrl: 'https://mail.example.go.jp/notice/123', capturedAt: jstInstant('2026-06-09T19:12:00+09:00'), contentHash: hash };
    const notice = buildClippedNotice(check.value, origin);
    expect(notice).toMatchObject({
      kind: 'notice', id: 'notice-3f2a9c0000000000', house: 'shugiin', committee: '厚生労働委員会', sittingOn: isoDate('2026-06-10'),
      startTime: '09:00', member: '山田太郎', receivedAt: jstInstant('2026-06-09T19:10:00+09:00'),
      provenance: [{ sourceUrl: origin.pageUrl, capturedAt: origin.capturedAt, adapterId: 'clip/selection', adapterVersion: '1', contentHash: hash }],
    });
    expect(notice.items[0]).toEqual({ label: '問1', text: '医師の働き方改革について\n（１）上限規制の施行状況' });

    const db = await openDietDb('clip-1', new IDBFactory());
    expect(await saveClippedNotice(db, notice, check.value.lateness, jstInstant('2026-06-09T19:13:00+09:00'))).toBe('added');
    expect(await db.get('notices', notice.id)).toEqual(notice);
    const [event] = await db.getAll('audit');
    expect(event).toMatchObject({ id: `clip:${notice.id}:1`, at: jstInstant('2026-06-09T19:13:00+09:00'), action: 'create', recordKey: notice.id, provenance: notice.provenance[0] });
    expect(event!.after).toMatchObject({ lateness: { band: 'later', label: 'それ以降', minutesLate: 31 * 60 + 10 } });

    // Saving the same clip again with a corrected sitting date updates the same notice.
    const again = buildClippedNotice({ ...check.value, sittingOn: isoDate('2026-06-12') }, { ...origin, capturedAt: jstInstant('2026-06-09T19:20:00+09:00') });
    expect(await saveClippedNotice(db, again, check.value.lateness, jstInstant('2026-06-09T19:13:00+09:00'))).toBe('updated');
    expect(await db.count('notices')).toBe(1);
    expect(await db.count('audit')).toBe(2);
  });

  it('keeps no provenance for a page without a URL, and writes nothing when the notice is invalid', async () => {
    const check = checkClipForm(form);
    if (!check.ok) throw new Error('form should be valid');
    const notice = buildClippedNotice(check.value, { capturedAt: jstInstant('2026-06-08T11:31:00+09:00'), contentHash: hash });
    expect(notice.provenance).toEqual([]);
    const db = await openDietDb('clip-2', new IDBFactory());
    await expect(saveClippedNotice(db, { ...notice, items: [] }, check.value.lateness, jstInstant('2026-06-08T11:31:00+09:00'))).rejects.toThrow(/質問通告の形式が正しくありません: items/);
    expect(await db.count('notices')).toBe(0);
    expect(await db.count('audit')).toBe(0);
  });
});

describe('noticeBandText', () => {
  it('prints the band with the deadline in 和暦, and the lateness when late', () => {
    expect(noticeBandText(noticeLateness(jstInstant('2026-06-08T11:30:00+09:00'), isoDate('2026-06-10')))).toBe('前々日まで (通告期限 令和8年6月8日(月) 12:00)');
    expect(noticeBandText(noticeLateness(jstInstant('2026-06-09T19:10:00+09:00'), isoDate('2026-06-10')))).toBe(
      'それ以降 (通告期限 令和8年6月8日(月) 12:00 を 31 時間 10 分超過)',
    );
  });

  it('measures a notice for a sitting set after 前々日正午 from セット + the agreed interval, and says so', () => {
    const lateness = noticeLateness(jstInstant('2026-06-09T15:40:00+09:00'), isoDate('2026-06-10'), undefined, { setAt: jstInstant('2026-06-09T10:00:00+09:00') });
    expect(lateness).toMatchObject({ band: 'byPrev18', basis: 'set', deadline: jstInstant('2026-06-09T13:00:00+09:00'), minutesLate: 160, setAt: jstInstant('2026-06-09T10:00:00+09:00') });
    expect(noticeBandText(lateness)).toBe(
      '前日18時まで (委員会セット 令和8年6月9日(火) 10:00 が前々日正午より後のため、基準はセット後の 令和8年6月9日(火) 13:00 を 2 時間 40 分超過)',
    );
    // Within the interval after a late セット the notice is on time.
    expect(noticeLateness(jstInstant('2026-06-09T12:30:00+09:00'), isoDate('2026-06-10'), undefined, { setAt: jstInstant('2026-06-09T10:00:00+09:00') }).minutesLate).toBe(0);
  });
});
