/** Deadlines of the demo's real questions (衆議院221 No.1: 転送 2026-02-25, answered 2026-03-03). */
import { builtinSessions, defaultCalendarRules, defaultEveningRules, defaultLeadTimes, defaultOvertimeCaps, defaultStandDownRules, japanCalendar } from '@shared/index';
import { describe, expect, it } from 'vitest';
import type { BoardSettings } from '../../../addin/board/settings/board-settings';
import { writtenDeadline } from '../../../addin/board/questions/question-deadline';
import { fakeQuestion } from './board-harness';
import { isoDate, jstInstant } from '../../helpers/dates';

const settings = (): BoardSettings => ({
  bureaus: [], leadTimes: [...defaultLeadTimes], defaultLeadTimes: true, calendarRules: defaultCalendarRules,
  calendar: japanCalendar(defaultCalendarRules), sessions: [...builtinSessions], producer: '官房総務課', revision: 0, coordinator: '', issues: [],
  evening: { rules: defaultEveningRules, bureaus: [], caps: defaultOvertimeCaps, standDown: { rules: defaultStandDownRules, duty: [] } },
});

describe('writtenDeadline', () => {
  it('衆議院221 No.1 (転送 Wed 2/25): target 閣議 Tue 3/3 — the day it was answered', () => {
    const q = fakeQuestion(1, { house: 'shugiin', submittedOn: isoDate('2026-02-19'), transferredOn: isoDate('2026-02-25') });
    const d = writtenDeadline(q, settings(), isoDate('2026-03-02'));
    expect(d.cabinetOn).toBe(isoDate('2026-03-03'));
    expect(d.dueOn).toBe(isoDate('2026-03-03'));
    expect(d.status).toBe('作成中');
    expect(d.milestones.map((m) => `${m.label} ${m.at}`)).toEqual([
      '割振り確定 2026-02-25T17:00:00+09:00', '原案 2026-02-26T18:00:00+09:00', '合議了 2026-02-27T18:00:00+09:00',
      '法制局説明 2026-03-02T11:00:00+09:00', '閣議請議 2026-03-02T12:00:00+09:00',
    ]);
  });

  it('a 期限上書き moves the 閣議-anchored milestones back from the new date', () => {
    const q = fakeQuestion(1, { transferredOn: isoDate('2026-03-02') });
    const d = writtenDeadline(q, settings(), isoDate('2026-03-02'), isoDate('2026-03-10'));
    expect(d.dueOn).toBe(isoDate('2026-03-10'));
    expect(d.milestones.find((m) => m.id === 'cabinetRequest')!.at).toBe(jstInstant('2026-03-09T12:00:00+09:00'));
    expect(d.milestones.find((m) => m.id === 'draft')!.at).toBe(jstInstant('2026-03-03T18:00:00+09:00'));
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
    expect(d).toMatchObject({ dueOn: isoDate('2025-12-26'), status: '答弁延期中' });
    expect(d.cautions).toEqual(['答弁延期 (令和7年12月26日 まで)']);
  });

  it('proposes the 延期 for a transfer on the last open day of 第217回 (ends Sun 6/22), with the notice\'s own milestones', () => {
    const q = fakeQuestion(240, { session: 217, title: '年金に関する質問主意書', transferredOn: isoDate('2025-06-20') });
    const d = writtenDeadline(q, settings(), isoDate('2025-06-20'));
    expect(d.extensionPlan).toBe('延期案: 6/27(金) まで (延期通知は 6/24(火) の閣議)。文案: 年金に関する質問主意書に対する答弁書については、'
      + '政府部内の調整及び検討になお時間を要するため、国会法第七十五条第二項の規定により、令和7年6月27日までに答弁することとしたい。');
    expect(d).toMatchObject({ dueOn: isoDate('2025-06-24'), status: '作成中' });
    expect(d.cautions[0]).toBe('延期の提案: 6/27(金) まで。よければ「延期確定」に ○ を入れてください。');
    expect(d.cautions.some((c) => c.includes('執務日が 2 日'))).toBe(true);
    expect(d.milestones.map((m) => `${m.label} ${m.at.slice(5, 16)}`)).toEqual([
      '割振り確定 06-20T17:00', '原案 06-20T18:00', '合議了 06-20T18:00', '延期方針の決定 06-20T18:00',
      '法制局説明 06-23T11:00', '閣議請議 06-23T12:00', '延期通知の閣議請議 06-23T12:00',
    ]);
  });

  it('延期確定 ○: the proposed date becomes the answer date (milestones re-anchored on it) until the notice is captured', () => {
    const q = fakeQuestion(240, { session: 217, transferredOn: isoDate('2025-06-20') });
    const d = writtenDeadline(q, settings(), isoDate('2025-06-21'), undefined, true);
    expect(d).toMatchObject({ dueOn: isoDate('2025-06-27'), status: '答弁延期中', extensionPlan: '延期確定 (通知待ち): 6/27(金) まで' });
    expect(d.milestones.find((m) => m.id === 'cabinetRequest')!.at).toBe(jstInstant('2025-06-26T12:00:00+09:00'));
    expect(d.milestones.some((m) => m.id === 'extensionRequest')).toBe(true);
    // A 期限上書き with ○ confirms that date instead.
    expect(writtenDeadline(q, settings(), isoDate('2025-06-21'), isoDate('2025-07-01'), true)).toMatchObject({ dueOn: isoDate('2025-07-01'), extensionPlan: '延期確定 (通知待ち): 7/1(火) まで' });
  });

  it('a captured notice confirms the 延期, or corrects the confirmed date, and the notice milestones go', () => {
    const notice = { noticeReceivedOn: isoDate('2025-06-24'), extendedUntil: isoDate('2025-07-01') };
    const q = fakeQuestion(240, { session: 217, transferredOn: isoDate('2025-06-20'), extensions: [notice] });
    const confirmed = writtenDeadline(q, settings(), isoDate('2025-06-25'), undefined, true);
    expect(confirmed).toMatchObject({ dueOn: isoDate('2025-07-01'), status: '答弁延期中' });
    expect(confirmed.milestones.some((m) => m.id === 'extensionRequest')).toBe(false);
    // The proposal (6/27) was confirmed; the notice says 7/1: the notice corrects it.
    expect(confirmed.extensionPlan).toBe('延期通知 (期限訂正): 7/1(火) まで');
    expect(confirmed.cautions[0]).toBe('延期通知 6/24(火) 受領、7/1(火) まで答弁延期 (取り込んだページより)。確定していた期限 6/27(金) を訂正しました。');
    // Without 延期確定 the foreseen notice is simply noticed.
    const noticed = writtenDeadline(q, settings(), isoDate('2025-06-25'));
    expect(noticed).toMatchObject({ dueOn: isoDate('2025-07-01'), extensionPlan: '延期通知済み: 7/1(火) まで' });
    expect(noticed.cautions).toEqual(['答弁延期 (令和7年7月1日 まで)']);
    const corrected = writtenDeadline(q, settings(), isoDate('2025-06-25'), isoDate('2025-06-27'), true);
    expect(corrected.dueOn).toBe(isoDate('2025-07-01')); // the notice corrects the 期限上書き that confirmed the 延期
    expect(corrected.extensionPlan).toBe('延期通知 (期限訂正): 7/1(火) まで');
    expect(corrected.cautions[0]).toBe('延期通知 6/24(火) 受領、7/1(火) まで答弁延期 (取り込んだページより)。確定していた期限 6/27(金) を訂正しました。');
    // Without 延期確定, a 期限上書き is the coordinator's own date and stays.
    expect(writtenDeadline(q, settings(), isoDate('2025-06-25'), isoDate('2025-06-27')).dueOn).toBe(isoDate('2025-06-27'));
  });

  it('uses the 会期表 of the settings: without 第217回 the same transfer is not a 会期末 transfer', () => {
    const q = fakeQuestion(1, { session: 217, transferredOn: isoDate('2025-06-18') });
    expect(writtenDeadline(q, settings(), isoDate('2025-06-18')).extensionPlan).toBe('');
    const shorter = { ...settings(), sessions: [{ number: 217, kind: '常会' as const, start: isoDate('2025-01-24'), end: isoDate('2025-06-18'), extensions: [], source: 'test' }] };
    expect(writtenDeadline(q, shorter, isoDate('2025-06-18')).extensionPlan).toMatch(/^延期案: /);
  });
});
