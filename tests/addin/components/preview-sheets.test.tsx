// @vitest-environment happy-dom
/** The preview grid: sheet tabs, 和暦 cells, highlights, and edits handed up as a user's typing. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PreviewSheets, type PreviewSheetView } from '../../../addin/components/preview-sheets';

const sheets: PreviewSheetView[] = [
  { name: '質問', tables: [] },
  {
    name: '割振り',
    tables: [{
      name: '割振り表', description: '問ごとに局・役割・状態を選びます。', canDuplicate: true,
      columns: [{ header: '質問キー', width: 100, editable: false }, { header: '局', width: 140, editable: true }, { header: '役割', width: 80, editable: true }, { header: '締切日時', width: 150, editable: false }],
      rows: [[
        { text: 'shugiin-221-1', value: 'shugiin-221-1' },
        { text: '総務局', value: '総務局', input: { kind: 'text', suggestions: ['医政局', '保険局'] }, highlight: { fill: '#FFC7CE', font: '#9C0006', label: '要確認' } },
        { text: '', value: '', input: { kind: 'select', options: ['執筆', '合議', 'メモ出し'] } },
        { text: '令和8年3月2日(月) 11:00', value: 46083.4583, highlight: { fill: '#FFEB9C', font: '#9C5700', label: '本日期限' } },
      ]],
    }],
  },
];

describe('PreviewSheets', () => {
  it('draws the active sheet with Excel row numbers, highlights and editors, and hands edits up', () => {
    const root = document.createElement('div');
    const onEdit = vi.fn();
    const onDuplicate = vi.fn();
    const onSelect = vi.fn();
    act(() => render(<PreviewSheets sheets={sheets} active="割振り" onSelect={onSelect} onEdit={onEdit} onDuplicate={onDuplicate} />, root));
    expect(root.querySelector('td.rownum')!.textContent).toBe('2');
    const due = [...root.querySelectorAll('td')].find((td) => td.textContent === '令和8年3月2日(月) 11:00')!;
    expect(due.getAttribute('title')).toBe('本日期限');
    const role = root.querySelector('select[aria-label="役割 2行目"]') as HTMLSelectElement;
    act(() => { role.value = '合議'; role.dispatchEvent(new Event('change')); });
    expect(onEdit).toHaveBeenCalledWith('割振り表', 0, '役割', '合議');
    const bureau = root.querySelector('input[aria-label="局 2行目"]') as HTMLInputElement;
    expect(bureau.value).toBe('総務局');
    act(() => { bureau.value = '医政局'; bureau.dispatchEvent(new Event('change')); });
    expect(onEdit).toHaveBeenCalledWith('割振り表', 0, '局', '医政局');
    act(() => (root.querySelector('button[aria-label="2行目を複製"]') as HTMLButtonElement).click());
    expect(onDuplicate).toHaveBeenCalledWith('割振り表', 0);
    act(() => ([...root.querySelectorAll('[role=tab]')].find((t) => t.textContent === '質問') as HTMLButtonElement).click());
    expect(onSelect).toHaveBeenCalledWith('質問');
  });

  it('explains what to do on an empty workbook', () => {
    const root = document.createElement('div');
    act(() => render(<PreviewSheets sheets={[]} active="" onSelect={vi.fn()} onEdit={vi.fn()} onDuplicate={vi.fn()} />, root));
    expect(root.textContent).toContain('右の「ブックを準備」を押すと');
  });
});
