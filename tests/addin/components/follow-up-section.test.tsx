// @vitest-environment happy-dom
/**
 * 局の回答 in the task pane: each bureau's 未受諾 and 未報告 with the time since allocation, a reminder copied or posted
 * to Teams (only when a webhook is stored in this PC), and the report's result after an import.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FollowUpSection } from '../../../addin/components/follow-up-section';
import { ReportResultView } from '../../../addin/components/report-result-view';
import { type BureauFollowUp, reminderText } from '../../../addin/board/questions/follow-ups';
import { jstInstant } from '../../helpers/dates';

const item = (itemLabel: string, minutes: number) => ({
  questionKey: 'sangiin-221-37', question: '参議院 第221回 第37号', itemLabel, role: '執筆', since: jstInstant('2026-06-10T10:30:00+09:00'), minutes,
});
const base = { bureauId: 'isei', bureauName: '医政局', notAccepted: [item('一', 65), item('二', 20)], notReported: [item('三', 200)] };
const followUp: BureauFollowUp = { ...base, reminder: reminderText(base, '官房総務課') };

function mount(webhookUrl = '') {
  const root = document.createElement('div');
  document.body.append(root);
  const props = { onCopy: vi.fn(), onPost: vi.fn(), onWebhook: vi.fn(() => 'この PC に保存しました。') };
  act(() => render(<FollowUpSection followUps={[followUp]} webhookUrl={webhookUrl} results={{ isei: 'Teams に投稿しました (11:40)。' }} {...props} />, root));
  const button = (label: string) => root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
  return { root, button, ...props };
}

afterEach(() => document.body.replaceChildren());

describe('FollowUpSection', () => {
  it('lists 未受諾 and 未報告 per bureau with the longest wait, and the reminder text names each 問 and its wait', () => {
    const { root } = mount();
    expect(root.textContent).toContain('未受諾 2 件 (最長 1 時間 5 分)');
    expect(root.textContent).toContain('参議院 第221回 第37号 問一 (執筆): 割振りから 1 時間 5 分');
    expect(root.textContent).toContain('未報告 1 件 (最長 3 時間 20 分)');
    expect(root.querySelector('[role=status]')!.textContent).toBe('Teams に投稿しました (11:40)。');
    expect(followUp.reminder.split('\n')).toEqual([
      '【国会答弁デスク】医政局 御中 (官房総務課 より)',
      '未受諾 2 件: 受諾か異議 (理由つき) をお願いします。',
      '・参議院 第221回 第37号 問一 (執筆) 割振りから 1 時間 5 分',
      '・参議院 第221回 第37号 問二 (執筆) 割振りから 20 分',
      '未報告 1 件: 着手・原案了・課長了・局長了の報告をお願いします。',
      '・参議院 第221回 第37号 問三 (執筆) 割振りから 3 時間 20 分',
      'ブラウザー拡張機能のポップアップで問の「回答」から送れます。',
    ]);
  });

  it('copies at one click; posts to Teams only with a webhook stored in this PC', () => {
    const without = mount();
    act(() => without.button('医政局への催促文をコピー').click());
    expect(without.onCopy).toHaveBeenCalledWith(followUp);
    expect(without.button('医政局への催促を Teams に投稿').disabled).toBe(true);
    document.body.replaceChildren();
    const withHook = mount('https://x.environment.api.powerplatform.com/workflows/1?sig=s');
    act(() => withHook.button('医政局への催促を Teams に投稿').click());
    expect(withHook.onPost).toHaveBeenCalledWith(followUp);
  });

  it('saves the webhook URL from its labelled field', () => {
    const { root, onWebhook } = mount();
    const input = root.querySelector<HTMLInputElement>('input[aria-label="Teams の Webhook URL"]')!;
    act(() => { input.value = 'https://x.environment.api.powerplatform.com/workflows/1?sig=s'; input.dispatchEvent(new Event('input')); });
    act(() => { root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })); });
    expect(onWebhook).toHaveBeenCalledWith('https://x.environment.api.powerplatform.com/workflows/1?sig=s');
    expect(root.querySelector('form [role=status]')!.textContent).toBe('この PC に保存しました。');
  });
});

describe('ReportResultView', () => {
  it('says which bureau, what was new, what was applied, kept and left out', () => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<ReportResultView result={{
      bureau: '医政局', producer: 'report:isei:pc1', producedAt: jstInstant('2026-06-10T16:25:00+09:00'), responses: 4, changed: 3,
      accepted: ['n-yamada 問1'], objected: [], filled: ['n-yamada 問1 局長了 令和8年6月10日(水) 16:20'], kept: [], outdated: ['n-yamada 問2 受諾'], conflicts: 0,
    }} />, root));
    expect(root.textContent).toContain('医政局の報告 (report:isei:pc1・令和8年6月10日(水) 16:25): 回答 4 件、うち新しい回答 3 件');
    expect(root.textContent).toContain('受諾 (了承にしました) (1 件)n-yamada 問1');
    expect(root.textContent).toContain('実績に入れた時刻 (1 件)n-yamada 問1 局長了 令和8年6月10日(水) 16:20');
    expect(root.textContent).toContain('割振りが変わったため反映しなかった回答 (1 件)n-yamada 問2 受諾');
  });
});
