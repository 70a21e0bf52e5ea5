/** Deadlines of the demo's real questions (衆議院221 No.1: 転送 2026-02-25, answered 2026-03-03). */
import { defaultCalendarRules, defaultEveningRules, defaultLeadTimes, defaultOvertimeCaps, japanCalendar } from '@shared/index';
import { describe, expect, it } from 'vitest';
import type { BoardSettings } from '../../../addin/board/settings/board-settings';
import { writtenDeadline } from '../../../addin/board/questions/question-deadline';
import { fakeQuestion } from './board-harness';
import { isoDate } from '../../helpers/dates';

const settings = (): BoardSettings => ({
  bureaus: [], leadTimes: [...defaultLeadTimes], defaultLeadTimes: true, calendarRules: defaultCalendarRules,
  calendar: japanCalendar(defaultCalendarRules), producer: '官房総務課', revision: 0, coordinator: '', issues: [],
  evening: { rules: defaultEveningRules, bureaus: [], caps: defaultOvertimeCaps },
});

describe('writtenDeadline', () => {
  it('衆議院221 No.1 (転送 Wed 2/25): target 閣議 Tue 3/3 — the day it was answered', () => {
    const q = fakeQuestion(1, { house: 'shugiin', submittedOn: isoDate('2026-02-19'), transferredOn: isoDate('2026-02-25') });
    const d = writtenDeadline(q, settings(), isoDate('2026-03-02'));
    expect(d.cabinetOn).toBe('2026-03-03');
    expect(d.dueOn).toBe('2026-03-03');
    expect(d.status).toBe('作成中');
    expect(d.milestones.map((m) => `${m.label} ${m.at}`)).toEqual([
      '割振り確定 2026-02-25T17:00:00+09:00', '原案 2026-02-26T18:00:00+09:00', '合議了 2026-02-27T18:00:00+09:00',
      '法制局説明 2026-03-02T11:00:00+09:00', '閣議請議 2026-03-02T12:00:00+09:00',
    ]);
  });

  it('a 期限上書き moves the 閣議-anchored milestones back from the new date', () => {
    const q = fakeQuestion(1, { transferredOn: isoDate('2026-03-02') });
    const d = writtenDeadline(q, settings(), isoDate('2026-03-02'), isoDate('2026-03-10'));
    expect(d.dueOn).toBe('2026-03-10');
    expect(d.milestones.find((m) => m.id === 'cabinetRequest')!.at).toBe('2026-03-09T12:00:00+09:00');
    expect(d.milestones.find((m) => m.id === 'draft')!.at).toBe('2026-03-03T18:00:00+09:00');
  });

  it('an answered, withdrawn or not yet transferred question has no milestones', () => {
    expect(writtenDeadline(fakeQuestion(1, { answeredOn: isoDate('2026-03-06') }), settings(), isoDate('2026-03-07'))).toMatchObject({ status: '答弁済み', active: false, milestones: [] });
    expect(writtenDeadline(fakeQuestion(1, { withdrawnOn: isoDate('2026-03-03') }), settings(), isoDate('2026-03-04'))).toMatchObject({ status: '撤回', active: false });
    expect(writtenDeadline(fakeQuestion(1, { transferredOn: undefined }), settings(), isoDate('2026-03-02'))).toMatchObject({ status: '状況未確認', active: true, milestones: [] });
  });

  it('takes the 状況 from every source with its source: the list’s 経過状況, the detail page, or none — and says how to get the dates', () => {
    const listed = fakeQuestion(1, { house: 'shugiin', transferredOn: undefined, progressText: '答弁受理' });
    expect(writtenDeadline(listed, settings(), isoDate('2026-03-02'))).toMatchObject({ status: '答弁済み', statusSource: '一覧の経過状況「答弁受理」', active: false, milestones: [] });
    const received = writtenDeadline(fakeQuestion(2, { house: 'shugiin', transferredOn: undefined, progressText: '質問受理' }), settings(), isoDate('2026-03-02'));
    expect(received).toMatchObject({ status: '質問受理', statusSource: '一覧の経過状況「質問受理」', active: true, milestones: [] });
    expect(received.cautions).toEqual([
      '内閣転送日が未確認のため、答弁期限を計算できません。「再取得」で経過ページを取り直すか、「修正」で内閣転送日を入力してください。',
      'ブックでは「期限上書き」に答弁期限を入力できます (内部締切は内閣転送日がわかってから計算します)。',
    ]);
    expect(writtenDeadline(fakeQuestion(3), settings(), isoDate('2026-03-03'))).toMatchObject({ status: '作成中', statusSource: '取り込んだページの日付', active: true });
  });

  it('an 延期 notice is the new due date and is said in the caution', () => {
    const q = fakeQuestion(95, { session: 219, transferredOn: isoDate('2025-12-17'), extensions: [{ noticeReceivedOn: isoDate('2025-12-23'), extendedUntil: isoDate('2025-12-26') }] });
    const d = writtenDeadline(q, settings(), isoDate('2025-12-24'));
    expect(d).toMatchObject({ dueOn: '2025-12-26', status: '答弁延期中' });
    expect(d.cautions).toEqual(['答弁延期 (令和7年12月26日 まで)']);
  });
});
