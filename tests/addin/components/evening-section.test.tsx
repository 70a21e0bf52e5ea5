// @vitest-environment happy-dom
/** The pane's 夕方レクと待機解除 section: allocation per sitting, bureaus by state, and 「待機解除を確定」 (asking the name once). */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EveningOverview } from '../../../addin/board/evening/evening-board';
import { EveningSection } from '../../../addin/components/evening-section';
import { isoDate } from '../../helpers/dates';

const overview = (patch: Partial<EveningOverview['days'][number]> = {}, coordinator = ''): EveningOverview => ({
  releasable: patch.releasable?.length ?? 2,
  coordinator,
  days: [{
    standbyDay: isoDate('2026-06-10'),
    sittings: [{
      id: 's', label: '衆議院厚生労働委員会 6/11(木) 09:00', closedAt: '6/10(水) 16:00', missing: [], questioners: 2, unassigned: 0,
      items: 2, evening: 1, morning: 1, unplaced: 0, cancelled: false,
    }],
    waiting: ['医政局', '保険局'], working: ['医政局', '保険局'],
    releasable: [{ name: '大臣官房', since: '16:00' }, { name: '年金局', since: '16:00' }],
    confirmed: [], recalled: [], closedAt: '6/10(水) 16:00', blockers: [], onDuty: [], recalls: [], decisions: [], holdable: [],
    ...patch,
  }],
});

function show(props: Partial<Parameters<typeof EveningSection>[0]>) {
  const root = document.createElement('div');
  document.body.append(root);
  const onConfirm = vi.fn();
  act(() => render(<EveningSection evening={overview()} askName={false} disabled={false} onConfirm={onConfirm} {...props} />, root));
  const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith(name))!;
  return { root, text: () => root.textContent ?? '', button, onConfirm };
}
afterEach(() => { document.body.replaceChildren(); });

describe('EveningSection', () => {
  it('shows each sitting’s allocation, the bureaus by state and what to do for the working ones', () => {
    const { text, button } = show({});
    expect(text()).toContain('待機日 令和8年6月10日(水)');
    expect(text()).toContain('衆議院厚生労働委員会 6/11(木) 09:00: 割振り確定 6/10(水) 16:00 — 問 2・夕方レク 1・朝レク 1');
    expect(text()).toContain('解除可: 大臣官房 (16:00〜)、年金局 (16:00〜)');
    expect(text()).toContain('作業中: 医政局、保険局 — 「夕方レク」シートに局長了の実績を入れると解除可になります。');
    expect(button('待機解除を確定').textContent).toBe('待機解除を確定 (2 局)');
    expect(button('待機解除を確定').disabled).toBe(false);
  });

  it('says why allocation is still open, and disables the button when nobody can go home', () => {
    const open = overview({
      sittings: [{ id: 's', label: '衆議院厚生労働委員会 6/11(木) 09:00', closedAt: null, missing: ['佐藤一郎'], questioners: 3, unassigned: 2, items: 4, evening: 0, morning: 0, unplaced: 0, cancelled: false }],
      releasable: [],
    });
    const { text, button } = show({ evening: open });
    expect(text()).toContain('割振り未確定 (未通告: 佐藤一郎、執筆局未確定 2 問)');
    expect(button('待機解除を確定').disabled).toBe(true);
    expect(show({ evening: { ...open, days: [{ ...open.days[0]!, sittings: [{ ...open.days[0]!.sittings[0]!, questioners: 0, missing: [] }] }] } }).text())
      .toContain('割振り未確定 (質問者が未入力 (開会シート)、執筆局未確定 2 問)');
  });

  it('hands the click up, asks for the name once, and lists who released whom', () => {
    const first = show({});
    act(() => first.button('待機解除を確定').click());
    expect(first.onConfirm).toHaveBeenCalledWith();

    const ask = show({ askName: true });
    const input = ask.root.querySelector<HTMLInputElement>('input[aria-label="担当者名"]')!;
    expect(ask.button('記録して確定').disabled).toBe(true);
    act(() => { input.value = ' 山田 '; input.dispatchEvent(new Event('input')); });
    act(() => ask.button('記録して確定').click());
    expect(ask.onConfirm).toHaveBeenCalledWith('山田');

    const done = show({ evening: overview({ releasable: [], confirmed: [{ name: '年金局', at: '19:42', by: '山田' }], recalled: ['医薬局'] }, '山田') });
    expect(done.text()).toContain('解除済み: 年金局 19:42 (山田)');
    expect(done.text()).toContain('呼び戻し: 医薬局');
    expect(done.text()).toContain('記録者: 山田');
  });

  it('says when there is no sitting ahead', () => {
    expect(show({ evening: { days: [], releasable: 0, coordinator: '' } }).text()).toContain('これからの開会の質問通告はありません。');
  });
});
