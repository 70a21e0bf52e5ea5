// @vitest-environment happy-dom
/** The task pane renders the session state in Japanese and hands actions up (it never touches Excel). */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TaskPane, type TaskPaneActions } from '../../../addin/components/task-pane';
import type { SessionState } from '../../../addin/session/board-session';
import { isoDate, jstInstant } from '../../helpers/dates';

const NOW = jstInstant('2026-03-02T10:20:00+09:00');
const actions = (): TaskPaneActions => ({
  onPrepare: vi.fn(), onImportFile: vi.fn(), onImportText: vi.fn(), onRecompute: vi.fn(), onPublish: vi.fn(), onSave: vi.fn(), onCopy: vi.fn(),
  onConfirmReleases: vi.fn(), onCopyReminder: vi.fn(), onPostReminder: vi.fn(), onWebhook: vi.fn(() => 'この PC に保存しました。'),
});
const preview = { kind: 'preview' as const, reason: 'office.js を読み込めなかったため、Excel の外でプレビューとして動いています。' };

function show(state: SessionState, a = actions(), extra: { demoAt?: string } = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<TaskPane host={preview} state={state} now={NOW} copied={false} actions={a} {...extra} />, root));
  const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith(name))!;
  return { root, text: () => root.textContent ?? '', button, a };
}
afterEach(() => { document.body.replaceChildren(); });

describe('TaskPane', () => {
  it('labels preview mode and asks to prepare first, with the other steps disabled', () => {
    const { text, button } = show({ prepared: false, settingsIssues: [] }, actions(), { demoAt: '令和8年3月2日(月) 10:00' });
    expect(text()).toContain('プレビュー');
    expect(text()).toContain('保存されません');
    expect(text()).toContain('デモ: 令和8年3月2日(月) 10:00 時点の実データ (質問通告は架空のサンプル)');
    expect(text()).toContain('まず「ブックを準備」を押してください');
    expect(button('ブックを準備').disabled).toBe(false);
    expect(button('配信データを出力').disabled).toBe(true);
    expect(button('再計算').disabled).toBe(true);
  });

  it('shows counts, the live 異議 countdown and the rows to fix', () => {
    const { text } = show({
      prepared: true, settingsIssues: ['閣議日程 1 行目を読み取れません: 日付が空です。'],
      summary: {
        openQuestions: 5, openItems: 5, unassignedItems: 3, overdue: 3, dueToday: 5, dueSoon: 0, extensionProposals: 2, followUps: [],
        offCalendar: [{ date: isoDate('2023-11-20'), message: '11/20(月) は閣議日ではありませんが、答弁書受領日です (参議院 第212回 42号 ほか 1 件)。臨時閣議として暦に加えてください。' }],
        objections: [{ row: 1, questionKey: 'shugiin-221-1', itemLabel: '全体', bureau: '医政局', until: jstInstant('2026-03-02T11:00:00+09:00'), minutesLeft: 60 }],
        issues: [{ row: 2, questionKey: 'sangiin-221-1', itemLabel: '全体', message: '局「総務局」は局一覧 (設定シート) にありません。' }],
      },
      computedAt: jstInstant('2026-03-02T10:00:00+09:00'),
    });
    expect(text()).toContain('未割振り3 問');
    expect(text()).toContain('期限超過 3');
    expect(text()).toContain('shugiin-221-1 全体 医政局: あと 40 分 (11:00 まで)');
    expect(text()).toContain('割振り 2 行目 (sangiin-221-1 全体): 局「総務局」は局一覧 (設定シート) にありません。');
    expect(text()).toContain('閣議日程 1 行目を読み取れません');
    expect(text()).toContain('計算: 令和8年3月2日(月) 10:00');
    expect(text()).toContain('延期の提案が 2 件あります。');
    expect(text()).toContain('11/20(月) は閣議日ではありませんが、答弁書受領日です');
  });

  it('shows the import report with reasons, and an error as an alert', () => {
    const { root, text } = show({
      prepared: true, settingsIssues: [], error: '国会答弁デスクの交換バンドルではありません (format が違います)。',
      importReport: {
        producer: 'extension', producedAt: jstInstant('2026-03-02T09:00:00+09:00'), revision: 4, unchanged: 2, conflicts: [],
        added: [{ kind: 'questions', kindLabel: '質問主意書', id: 'sangiin-221-1' }], updated: [],
        rejected: [{ kind: 'items', kindLabel: '問', id: 'x#一', reason: '問の質問「x」がバンドルにもブックにもありません。' }],
      },
    });
    expect(root.querySelector('[role=alert]')!.textContent).toBe('国会答弁デスクの交換バンドルではありません (format が違います)。');
    expect(text()).toContain('作成元 extension・令和8年3月2日(月) 09:00・版 4');
    expect(text()).toContain('問 x#一: 問の質問「x」がバンドルにもブックにもありません。');
  });

  it('offers save and copy after publishing, naming the revision and time', () => {
    const { text, button, a } = show({
      prepared: true, settingsIssues: [],
      published: {
        fileName: 'kokkai-assign-202603021005-r3.json', text: '{}', revision: 3, producedAt: jstInstant('2026-03-02T10:05:00+09:00'),
        skipped: [{ row: 2, questionKey: 'q', itemLabel: '一', message: 'x' }], assignments: { created: 1, changed: 0, deleted: 0 },
        milestones: { created: 5, changed: 0, deleted: 0 }, counts: { assignments: 1, milestones: 5, questions: 1, slots: 4, releases: 11 },
      },
    });
    expect(text()).toContain('版 3・令和8年3月2日(月) 10:05: 質問 1 件、割振り 1 件、締切 5 件、夕方レク枠 4 件、待機解除 11 件');
    expect(text()).toContain('確認が必要な 1 行は配信していません。');
    act(() => button('ファイルに保存').click());
    act(() => button('クリップボードにコピー').click());
    expect(a.onSave).toHaveBeenCalled();
    expect(a.onCopy).toHaveBeenCalled();
  });

  it('hands pasted JSON up and shows progress while busy', () => {
    const a = actions();
    const { root, button } = show({ prepared: true, settingsIssues: [] }, a);
    const area = root.querySelector('textarea')!;
    act(() => { area.value = '{"format":"kokkai-toben-desk/exchange"}'; area.dispatchEvent(new Event('input')); });
    act(() => button('貼り付けた内容を取り込む').click());
    expect(a.onImportText).toHaveBeenCalledWith('{"format":"kokkai-toben-desk/exchange"}');
    const busy = show({ prepared: true, settingsIssues: [], busy: { label: 'ファイル「q.json」を取り込んでいます', progress: { done: 500, total: 2000 } } });
    expect(busy.text()).toContain('ファイル「q.json」を取り込んでいます… 500 / 2,000 行 (25%)');
    expect(busy.button('配信データを出力').disabled).toBe(true);
  });

  it('offers to add off-calendar dates to 閣議日程表, and saves the chosen month of the 通告月報 as CSV', () => {
    const a = { ...actions(), onAddCabinetDays: vi.fn(), onSaveSurvey: vi.fn() };
    const { root, button, text } = show({
      prepared: true, settingsIssues: [], surveyMonths: ['2026-05', '2026-06'],
      summary: {
        openQuestions: 0, openItems: 0, unassignedItems: 0, overdue: 0, dueToday: 0, dueSoon: 0, objections: [], issues: [], extensionProposals: 0, followUps: [],
        offCalendar: [{ date: isoDate('2026-03-09'), message: '3/9(月) は閣議日ではありませんが、答弁書受領日です (参議院 第221回 1号)。臨時閣議として暦に加えてください。' }],
      },
    }, a);
    expect(text()).toContain('閣議日の確認');
    act(() => button('閣議日程表に臨時閣議として追加').click());
    expect(a.onAddCabinetDays).toHaveBeenCalledTimes(1);
    expect(text()).toContain('6. 通告月報 (内閣人事局の実態調査)');
    const select = root.querySelector<HTMLSelectElement>('#survey-h ~ div select')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['2026年5月', '2026年6月']);
    expect(select.value).toBe('2026-06');
    act(() => { select.value = '2026-05'; select.dispatchEvent(new Event('change')); });
    act(() => button('CSV を保存').click());
    expect(a.onSaveSurvey).toHaveBeenCalledWith('2026-05');
  });
});
