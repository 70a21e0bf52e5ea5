import { describe, expect, it } from 'vitest';
import { effectiveDueOn, leadBureau, objectionDeadline, objectionMinutesLeft, questionStatus } from '@shared/index';

const q = { transferredOn: '2026-06-08', extensions: [] as { noticeReceivedOn: string; extendedUntil: string }[] };

describe('questionStatus (derived, never typed)', () => {
  it('follows the facts: transfer, answer, withdrawal, extension, overdue', () => {
    expect(questionStatus({ extensions: [] }, '2026-06-08')).toBe('awaitingTransfer');
    expect(questionStatus(q, '2026-06-10')).toBe('drafting');
    expect(questionStatus(q, '2026-06-13')).toBe('overdue');
    expect(questionStatus({ ...q, answeredOn: '2026-06-12' }, '2026-06-13')).toBe('answered');
    expect(questionStatus({ ...q, withdrawnOn: '2026-06-09' }, '2026-06-13')).toBe('withdrawn');
    const extended = { ...q, extensions: [{ noticeReceivedOn: '2026-06-12', extendedUntil: '2026-06-19' }] };
    expect(questionStatus(extended, '2026-06-13')).toBe('extended');
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
    const a = { proposedAt: '2026-06-08T10:00:00+09:00', state: 'proposed' as const };
    expect(objectionDeadline(a)).toBe('2026-06-08T11:00:00+09:00');
    expect(objectionMinutesLeft(a, '2026-06-08T10:45:00+09:00')).toBe(15);
    expect(objectionMinutesLeft(a, '2026-06-08T12:00:00+09:00')).toBe(0);
    expect(objectionMinutesLeft({ ...a, state: 'final' }, '2026-06-08T10:45:00+09:00')).toBeNull();
  });
});
