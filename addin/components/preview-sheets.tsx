/**
 * @file プレビューのシート (PreviewSheets): the in-memory workbook drawn like Excel — sheet tabs, the
 * tables with their header rows, 和暦 dates, highlights, and dropdowns in the coordinator's columns —
 * so the whole workflow can be tried in a plain browser. Pure: edits are handed up.
 */
import type { CellValue } from '../board/sheet/cell-value';
import { type PreviewCell, type PreviewView, dateFromInput, dateInputValue } from '../preview/preview-cells';

/** Widths (px) of the row-number column and the row-action column. */
const ROWNUM_WIDTH = 34;
const ACTION_WIDTH = 34;
/** Extra width (px) of a column whose cells write their colour's meaning before the value (期限超過, 本日, 24時間以内). */
const MARK_WIDTH = 60;

/** One table to draw. */
export interface PreviewTableView extends PreviewView {
  name: string;
  description: string;
  /** Rows may be copied (割振り: another bureau for the same 問). */
  canDuplicate: boolean;
}

/** One visible sheet. */
export interface PreviewSheetView {
  name: string;
  tables: PreviewTableView[];
}

/** Props. */
export interface PreviewSheetsProps {
  sheets: PreviewSheetView[];
  active: string;
  onSelect(sheet: string): void;
  onEdit(table: string, row: number, header: string, value: CellValue): void;
  onDuplicate(table: string, row: number): void;
}

/**
 * A cell's editor. Text and date inputs are uncontrolled (defaultValue, keyed by the cell's value): a recompute
 * that lands while the user is still typing must not wipe what is typed; a new value from the workbook remounts
 * the input. Selects stay controlled (their value changes at once, arrow key by arrow key).
 */
function Editor({ cell, label, listId, onChange }: { cell: PreviewCell; label: string; listId: string; onChange: (v: CellValue) => void }) {
  const input = cell.input!;
  if (input.kind === 'select') {
    const options = cell.text && !input.options.includes(cell.text) ? [cell.text, ...input.options] : input.options;
    return (
      <select aria-label={label} value={cell.text} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="" />
        {options.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    );
  }
  if (input.kind === 'date') {
    return <input key={dateInputValue(cell.value)} type="date" aria-label={label} defaultValue={dateInputValue(cell.value)} onChange={(e) => onChange(dateFromInput(e.currentTarget.value))} />;
  }
  return (
    <input key={cell.text} type="text" aria-label={label} defaultValue={cell.text} list={input.suggestions.length > 0 ? listId : undefined}
      onChange={(e) => onChange(e.currentTarget.value)} />
  );
}

function Table({ table, onEdit, onDuplicate }: { table: PreviewTableView } & Pick<PreviewSheetsProps, 'onEdit' | 'onDuplicate'>) {
  const listId = (c: number) => `list-${table.name}-${c}`;
  const widths = table.columns.map((col, c) => col.width + (table.rows.some((row) => row[c]?.highlight?.mark) ? MARK_WIDTH : 0));
  return (
    <figure class="sheet-table">
      <figcaption><strong>{table.name}</strong> <span class="muted">{table.description}</span></figcaption>
      {table.columns.map((col, c) => {
        const input = table.rows[0]?.[c]?.input;
        return input?.kind === 'text' && input.suggestions.length > 0
          ? <datalist key={col.header} id={listId(c)}>{input.suggestions.map((s) => <option key={s} value={s} />)}</datalist>
          : null;
      })}
      {/* Focusable, so a keyboard user can scroll a wide table sideways with the arrow keys (WCAG 2.1.1). */}
      <div class="grid-scroll" tabIndex={0} role="region" aria-label={`${table.name} (左右にスクロール)`}>
        <table class="grid" aria-label={table.name} style={{ width: `${ROWNUM_WIDTH + widths.reduce((n, w) => n + w, 0) + (table.canDuplicate ? ACTION_WIDTH : 0)}px` }}>
          <colgroup>
            <col style={{ width: `${ROWNUM_WIDTH}px` }} />
            {table.columns.map((col, c) => <col key={col.header} style={{ width: `${widths[c]}px` }} />)}
            {table.canDuplicate && <col style={{ width: `${ACTION_WIDTH}px` }} />}
          </colgroup>
          <thead>
            <tr>
              <th class="rownum" />
              {table.columns.map((col) => <th key={col.header} class={col.editable ? 'editable' : ''} title={col.header}>{col.header}</th>)}
              {table.canDuplicate && <th class="rowaction"><span class="sr">操作</span></th>}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 && <tr><td class="rownum">2</td><td colSpan={table.columns.length} class="muted">(行がありません)</td></tr>}
            {table.rows.map((row, r) => (
              <tr key={r}>
                <td class="rownum">{r + 2}</td>
                {row.map((cell, c) => (
                  <td key={c} title={cell.highlight?.label ?? (cell.input ? undefined : cell.text)} data-flag={cell.highlight?.mark} style={cell.highlight ? { background: cell.highlight.fill, color: cell.highlight.font } : undefined}>
                    {cell.input
                      ? <Editor cell={cell} label={`${table.columns[c]!.header} ${r + 2}行目`} listId={listId(c)} onChange={(v) => onEdit(table.name, r, table.columns[c]!.header, v)} />
                      : cell.text}
                  </td>
                ))}
                {table.canDuplicate && (
                  <td class="rowaction">
                    <button type="button" title="この行を複製 (同じ問を別の局にも割り振る)" aria-label={`${r + 2}行目を複製`} onClick={() => onDuplicate(table.name, r)}>＋</button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/**
 * Sheet tabs keyboard (WAI-ARIA Authoring Practices, Tabs): ← → move to the previous / next sheet (wrapping),
 * Home / End to the first / last; the chosen tab takes the focus; only the selected tab is in the Tab order.
 */
function onTabKey(e: KeyboardEvent, sheets: PreviewSheetView[], index: number, onSelect: (sheet: string) => void): void {
  const last = sheets.length - 1;
  const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[e.key];
  if (next === undefined) return;
  e.preventDefault();
  onSelect(sheets[next]!.name);
  // The tabs stay the same elements, so the next one takes the focus now (a second key press goes on from there).
  (e.currentTarget as HTMLElement).closest('[role=tablist]')?.querySelectorAll<HTMLElement>('[role=tab]')[next]?.focus();
}

/** The preview workbook's visible sheets as tabs. */
export function PreviewSheets({ sheets, active, onSelect, onEdit, onDuplicate }: PreviewSheetsProps) {
  const current = sheets.find((s) => s.name === active) ?? sheets[0];
  if (!current) {
    return <section class="workbook empty" aria-label="プレビューのブック"><p>空のブックです。右の「ブックを準備」を押すと、質問・割振り・期限・夕方レク・設定のシートができます。</p></section>;
  }
  return (
    <section class="workbook" aria-label="プレビューのブック">
      <div class="sheet-body" role="tabpanel" id="sheet-panel" aria-labelledby={`sheet-tab-${sheets.indexOf(current)}`}>
        {current.tables.map((t) => <Table key={t.name} table={t} onEdit={onEdit} onDuplicate={onDuplicate} />)}
      </div>
      <nav class="tabs" role="tablist" aria-label="シート">
        {sheets.map((s, i) => (
          <button key={s.name} type="button" role="tab" id={`sheet-tab-${i}`} aria-controls="sheet-panel" aria-selected={s.name === current.name}
            tabIndex={s.name === current.name ? 0 : -1} class={s.name === current.name ? 'tab active' : 'tab'}
            onClick={() => onSelect(s.name)} onKeyDown={(e) => onTabKey(e, sheets, i, onSelect)}>{s.name}</button>
        ))}
      </nav>
    </section>
  );
}
