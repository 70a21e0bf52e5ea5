// @vitest-environment happy-dom
/**
 * The pane's safe stand-down (shared/evening/RULES.md §9): why the day's allocation is open, 当番 and 呼び戻し per day,
 * and 「割振り確定前に解除」 — closed until opened, offered only while the allocation is open, refusing to submit without
 * bureaus or a reason, asking the coordinator's name once, handing the decision up.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EveningOverview } from '../../../addin/board/evening/evening-board';
import { EveningSection } from '../../../addin/components/evening-section';
import { isoDate } from '../../helpers/dates';

const open = (coordinator = ''): EveningOverview => ({
  releasable: 0, coordinator,
  days: [{
    standbyDay: isoDate('2026-06-10'),
    sittings: [{ id: 's', label: '衆議院厚生労働委員会 6/11(木) 09:00', closedAt: null, missing: [], questioners: 2, unassigned: 0, items: 2, evening: 0, morning: 2, unplaced: 0, cancelled: false }],
    waiting: ['医政局', '老健局', '年金局'], working: [], releasable: [], confirmed: [], recalled: [],
    closedAt: null, blockers: ['乙委員の通告が要旨のみ（問取り未了）'], onDuty: [{ name: '年金局', people: '山田・佐藤' }],
    recalls: ['保険局 22:05〜 追加通告 (甲)'], decisions: [], holdable: ['医政局', '老健局', '年金局'],
  }],
});

function show(evening: EveningOverview, askDecisionName = false) {
  const root = document.createElement('div');
  document.body.append(root);
  const onDecide = vi.fn();
  act(() => render(<EveningSection evening={evening} askName={false} disabled={false} onConfirm={vi.fn()} askDecisionName={askDecisionName} onDecide={onDecide} />, root));
  const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith(name))!;
  const type = (input: HTMLInputElement, value: string) => act(() => { input.value = value; input.dispatchEvent(new Event('input')); });
  const check = (label: string) => act(() => [...root.querySelectorAll('label.check')].find((l) => l.textContent?.trim() === label)!.querySelector('input')!.click());
  return { root, button, type, check, onDecide };
}
afterEach(() => { document.body.replaceChildren(); });

describe('safe stand-down in the pane', () => {
  it('says why nobody can go home, who keeps watch and who was recalled', () => {
    const text = show(open()).root.textContent!;
    expect(text).toContain('割振り未確定 — 誰も解除できません:乙委員の通告が要旨のみ（問取り未了）');
    expect(text).toContain('当番: 年金局 (山田・佐藤)');
    expect(text).toContain('呼び戻し 1 件:保険局 22:05〜 追加通告 (甲)');
  });

  it('opens the form from a disclosure button, needs bureaus, a reason and the name once, and hands the decision up', () => {
    const s = show(open());
    const toggle = s.button('割振り確定前に解除');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    // The keyboard lands in the form (全局, the first control).
    expect(document.activeElement?.closest('label')?.textContent?.trim()).toBe('全局');
    const submit = s.button('解除を記録');
    expect(submit.disabled).toBe(true);
    s.check('年金局');
    s.type(s.root.querySelector<HTMLInputElement>('label.block input[type=text]')!, '国対から当省分なしと連絡');
    expect(submit.disabled).toBe(true); // the name is still missing (asked once)
    s.type(s.root.querySelector<HTMLInputElement>('input[aria-label="判断者の担当者名"]')!, ' 山田 ');
    act(() => submit.click());
    expect(s.onDecide).toHaveBeenCalledWith({ standbyDay: '2026-06-10', bureaus: ['年金局'], reason: '国対から当省分なしと連絡', name: '山田' });
  });

  it('does not ask the name again once known, and offers 全局', () => {
    const s = show(open('山田'));
    act(() => s.button('割振り確定前に解除').click());
    expect(s.root.querySelector('input[aria-label="判断者の担当者名"]')).toBeNull();
    s.check('全局');
    s.type(s.root.querySelector<HTMLInputElement>('label.block input[type=text]')!, '委員会の中止が決まった');
    act(() => s.button('解除を記録').click());
    expect(s.onDecide).toHaveBeenCalledWith({ standbyDay: '2026-06-10', bureaus: 'all', reason: '委員会の中止が決まった' });
  });

  it('is not offered once the allocation is closed', () => {
    const closed = open();
    closed.days[0] = { ...closed.days[0]!, closedAt: '6/10(水) 19:50', blockers: [], holdable: [] };
    expect(show(closed).root.textContent).not.toContain('割振り確定前に解除');
  });
});
