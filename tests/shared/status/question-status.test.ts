import { describe, expect, it } from 'vitest';
import { type IsoDate, effectiveDueOn, leadBureau, objectionDeadline, objectionMinutesLeft, questionStatus } from '@shared/index';
import { isoDate, jstInstant } from '../../helpers/dates';

const q = { transferredOn: isoDate('2026-06-08'), extensions: [] as { noticeReceivedOn: IsoDate; extendedUntil: IsoDate }[] };

describe('questionStatus (derived, never typed)', () => {
  it('follows the facts: transfer, answer, withdrawal, extension, overdue', () => {
    expect(questionStatus({ extensions: [] }, isoDate('2026-06-08'))).toBe('awaitingTransfer');
    expect(questionStatus(q, isoDate('2026-06-10'))).toBe('drafting');
    expect(questionStatus(q, isoDate('2026-06-13'))).toBe('overdue');
    expect(questionStatus({ ...q, answeredOn: isoDate('2026-06-12') }, isoDate('2026-06-13'))).toBe('answered');
    expect(questionStatus({ ...q, withdrawnOn: isoDate('2026-06-09') }, isoDate('2026-06-13'))).toBe('withdrawn');
    const extended = { ...q, extensions: [{ noticeReceivedOn: isoDate('2026-06-12'), extendedUntil: isoDate('2026-06-19') }] };
    expect(questionStatus(extended, isoDate('2026-06-13'))).toBe('extended');
    expect(effectiveDueOn(extended)).toBe('2026-06-19');
  });
});

describe('leadBureau (取りまとめ)', () => {
  it('is the bureau with the most 執筆 items; メモ出し and 合議 do not count', () => {
    const a = (bureau: string, role: '執筆' | '合議' | 'メモ出し', itemLabel: string) => ({ bureau, role, itemLabel, state: 'final' as const });
    expect(leadBureau([a('保険局', '執筆', '一'), a('医政局', '執筆', '二'), a('医政局', '執筆', '三'), a('保険局', '合議', '二'), a('保険局', 'メモ出し', '三')])).toBe('医政局');
    expect(leadBureau([a('保険局', '執筆', '一'), a('医政局', '執筆', '二')])).toBe('保険局');
    expect(leadBureau([a('保険局', '合議', '一')])).toBeNull();
  });
});

describe('objection window (60 minutes)', () => {
  it('closes 60 minutes after the proposal and counts down', () => {
    const a = { proposedAt: jstInstant('2026-06-08T10:00:00+09:00'), state: 'proposed' as const };
    expect(objectionDeadline(a)).toBe('2026-06-08T11:00:00+09:00');
    expect(objectionMinutesLeft(a, jstInstant('2026-06-08T10:45:00+09:00'))).toBe(15);
    expect(objectionMinutesLeft(a, jstInstant('2026-06-08T12:00:00+09:00'))).toBe(0);
    expect(objectionMinutesLeft({ ...a, state: 'final' }, jstInstant('2026-06-08T10:45:00+09:00'))).toBeNull();
  });
});
