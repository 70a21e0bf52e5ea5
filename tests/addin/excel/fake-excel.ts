/**
 * @file 偽の Excel (createFakeExcel): a small stateful Excel — sheets, cells with values and number formats,
 * tables, names, dropdowns, conditional formats, change events — exposed through office-addin-mock's
 * OfficeMockObject, so excel/ code runs unchanged under vitest with real load/sync semantics: a property
 * read before `load` + `sync` returns the mock's error string, queued writes land only at `sync`, and
 * every `context.sync()` is counted. Cells store what Excel would (enteredByExcel, written here on its own
 * and not taken from the add-in, so a formula injection shows up as a formula even if the add-in's own model
 * of Excel were wrong). SHOULD ONLY BE IMPORTED IN TESTS.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { CellValue } from '../../../addin/board/sheet/cell-value';

/**
 * What Excel stores when `Range.values` sends a string: it is entered like typed input, so one starting with
 * = + - @ becomes a formula (+/-/@ as if typed with a leading =) — unless the cell's number format is Text
 * ('@'), or the string starts with the quote prefix ', which Excel consumes (in any format) and stores the
 * rest as text.
 */
function enteredByExcel(written: CellValue, format: string): Pick<FakeCell, 'value' | 'formula'> {
  if (typeof written !== 'string') return { value: written };
  if (written.startsWith("'")) return { value: written.slice(1) };
  if (format === '@') return { value: written };
  if (written.length > 1 && '=+-@'.includes(written[0]!)) return { value: '', formula: written[0] === '=' ? written : `=${written}` };
  return { value: written };
}

/**
 * Strings sent by `values` writes that Excel would enter as a formula, judged on the raw arrays the fake
 * received (the value and the number format sent for the same cell), not on what the fake stored.
 */
export function formulaLikeEntered(writes: readonly FakeWrite[]): string[] {
  const values = writes.filter((w) => w.op === 'values');
  const formats = writes.filter((w) => w.op === 'numberFormat');
  const out: string[] = [];
  values.forEach((w) => {
    const sentFormats = formats.find((f) => f.sheet === w.sheet && f.row === w.row && f.column === w.column)?.data;
    w.data.forEach((row, r) => row.forEach((cell, c) => {
      const format = (sentFormats?.[r] as (string | null)[] | undefined)?.[c];
      if (typeof cell === 'string' && /^[=+\-@]/.test(cell) && format !== '@') out.push(`${w.sheet}!R${w.row + r + 1}C${w.column + c + 1}: ${cell}`);
    }));
  });
  return out;
}

/** One cell. */
export interface FakeCell {
  value: CellValue;
  format: string;
  formula?: string;
}

/** One table. */
export interface FakeTable {
  name: string;
  sheet: string;
  headerRow: number;
  headerColumn: number;
  width: number;
  /** Physical body rows (an empty table keeps one blank row). */
  bodyRows: number;
  style?: string;
}

/** One sheet. */
export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  visibility: string;
  frozenRows: number;
  validations: { row: number; column: number; rows: number; rule?: unknown; errorAlert?: unknown }[];
  conditionalFormats: { row: number; column: number; rows: number; formula: string; fill: string; font: string; numberFormat?: string }[];
  widths: Map<number, number>;
  fills: Map<string, string>;
  handlers: ((event: { address: string; source: string }) => Promise<unknown>)[];
}

/** A write as the code queued it (in call order). */
export interface FakeWrite {
  op: 'values' | 'numberFormat';
  sheet: string;
  row: number;
  column: number;
  data: unknown[][];
}

const key = (r: number, c: number) => `${r},${c}`;
type Pending = () => void;
type Mock = OfficeMockObject & Record<string, unknown>;

/**
 * Creates the fake; `install()` sets globalThis.Excel and globalThis.Office (delete both in afterEach).
 * @example const excel = createFakeExcel(); excel.install(); await runBoardBatch(…); expect(excel.syncs).toBe(3)
 */
export function createFakeExcel(options: { apiSupported?: boolean } = {}) {
  const sheets = new Map<string, FakeSheet>();
  const tables = new Map<string, FakeTable>();
  const names = new Map<string, string>();
  const writes: FakeWrite[] = [];
  const mocks: Mock[] = [];
  const refreshers: (() => void)[] = [];
  let pending: Pending[] = [];
  let failures: { code: string; left: number } | undefined;
  const fake = { syncs: 0, runs: 0 };

  const sheetOf = (name: string): FakeSheet => {
    const s = sheets.get(name);
    if (!s) throw Object.assign(new Error(`シートがありません: ${name}`), { code: 'ItemNotFound' });
    return s;
  };
  const cell = (s: FakeSheet, r: number, c: number): FakeCell => s.cells.get(key(r, c)) ?? { value: '', format: 'General' };
  const headersOf = (t: FakeTable) => Array.from({ length: t.width }, (_, i) => String(cell(sheetOf(t.sheet), t.headerRow, t.headerColumn + i).value));
  const grid = (s: FakeSheet, r0: number, c0: number, rows: number, cols: number) =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(s, r0 + r, c0 + c).value));

  function mock(data: Record<string, unknown>, refresh?: () => Record<string, unknown>): Mock {
    const m = new OfficeMockObject(data) as Mock;
    mocks.push(m);
    if (refresh) {
      // Loaded values reflect the workbook at sync time, as in Excel.
      refreshers.push(() => {
        const fresh = refresh();
        const props = (m as unknown as { _properties: Map<string, { _valueBeforeLoaded: unknown }> })._properties;
        for (const [k, v] of Object.entries(fresh)) { const p = props.get(k); if (p) p._valueBeforeLoaded = v; }
      });
    }
    return m;
  }
  /** A write-only property: the assignment is queued and applied at sync. */
  function writable(target: object, prop: string, apply: (value: unknown) => void): void {
    Object.defineProperty(target, prop, { configurable: true, get: () => undefined, set: (v: unknown) => { pending.push(() => apply(v)); } });
  }
  /** `items` of a collection, loaded with load('items/name'). */
  function collection(items: () => { name: string }[], methods: Record<string, unknown>): Mock {
    const m = mock({ items: items(), ...methods, load(this: Mock) { OfficeMockObject.prototype.load.call(this, 'items'); return this; } }, () => ({ items: items() }));
    return m;
  }

  function writeRange(sheetName: string, r0: number, c0: number, rows: number, cols: number): Mock {
    const range = mock({
      delete: (shift: string) => pending.push(() => deleteUp(sheetOf(sheetName), r0, c0, rows, cols, shift)),
    });
    Object.defineProperty(range, 'position', { value: { r0, c0, rows, cols } });
    writable(range, 'numberFormat', (v) => {
      const s = sheetOf(sheetName);
      (v as (string | null)[][]).forEach((row, r) => row.forEach((f, c) => {
        if (f === null) return;
        const k = key(r0 + r, c0 + c);
        s.cells.set(k, { ...cell(s, r0 + r, c0 + c), format: f });
      }));
    });
    writable(range, 'values', (v) => {
      const s = sheetOf(sheetName);
      (v as (CellValue | null)[][]).forEach((row, r) => row.forEach((value, c) => {
        if (value === null) return;
        const before = cell(s, r0 + r, c0 + c);
        const stored = enteredByExcel(value, before.format);
        s.cells.set(key(r0 + r, c0 + c), { format: before.format, value: stored.value, ...(stored.formula ? { formula: stored.formula } : {}) });
      }));
    });
    // Record the queued arrays in call order (for "formats before values" and injection assertions).
    for (const op of ['numberFormat', 'values'] as const) {
      const descriptor = Object.getOwnPropertyDescriptor(range, op)!;
      Object.defineProperty(range, op, { ...descriptor, set: (v: unknown) => { writes.push({ op: op === 'values' ? 'values' : 'numberFormat', sheet: sheetName, row: r0, column: c0, data: v as unknown[][] }); descriptor.set!(v); } });
    }
    const fill = {};
    writable(fill, 'color', (v) => sheetOf(sheetName).fills.set(key(r0, c0), String(v)));
    const format = { fill };
    writable(format, 'columnWidth', (v) => sheetOf(sheetName).widths.set(c0, Number(v)));
    range.format = format;
    const validation = { clear: () => pending.push(() => { const s = sheetOf(sheetName); s.validations = s.validations.filter((x) => !(x.row === r0 && x.column === c0)); }) };
    const entry = () => {
      const s = sheetOf(sheetName);
      let x = s.validations.find((v) => v.row === r0 && v.column === c0);
      if (!x) s.validations.push((x = { row: r0, column: c0, rows }));
      return x;
    };
    writable(validation, 'rule', (v) => { entry().rule = v; });
    writable(validation, 'errorAlert', (v) => { entry().errorAlert = v; });
    range.dataValidation = validation;
    range.conditionalFormats = {
      clearAll: () => pending.push(() => { const s = sheetOf(sheetName); s.conditionalFormats = s.conditionalFormats.filter((x) => !(x.row === r0 && x.column === c0)); }),
      add: () => {
        const rule: FakeSheet['conditionalFormats'][number] = { row: r0, column: c0, rows, formula: '', fill: '', font: '' };
        pending.push(() => sheetOf(sheetName).conditionalFormats.push(rule));
        const ruleObj = {}; const fillObj = {}; const fontObj = {}; const formatObj = { fill: fillObj, font: fontObj };
        writable(ruleObj, 'formula', (v) => { rule.formula = String(v); });
        writable(fillObj, 'color', (v) => { rule.fill = String(v); });
        writable(fontObj, 'color', (v) => { rule.font = String(v); });
        writable(formatObj, 'numberFormat', (v) => { rule.numberFormat = String(v); });
        return { custom: { rule: ruleObj, format: formatObj } };
      },
    };
    return range;
  }

  function deleteUp(s: FakeSheet, r0: number, c0: number, rows: number, cols: number, shift: string): void {
    if (shift !== 'Up') throw new Error(`shift ${shift} は未対応`);
    const maxRow = Math.max(0, ...[...s.cells.keys()].map((k) => Number(k.split(',')[0])));
    for (let c = c0; c < c0 + cols; c++) {
      for (let r = r0; r <= maxRow; r++) {
        const from = s.cells.get(key(r + rows, c));
        if (from) s.cells.set(key(r, c), from);
        else s.cells.delete(key(r, c));
      }
    }
    for (const t of tables.values()) {
      if (t.sheet === s.name && t.headerColumn === c0 && t.width === cols && r0 > t.headerRow && r0 + rows <= t.headerRow + 1 + t.bodyRows) t.bodyRows -= rows;
    }
  }

  function tableMock(initialName: string): Mock {
    let tableName = initialName;
    const t = () => { const x = tables.get(tableName); if (!x) throw Object.assign(new Error(`表がありません: ${tableName}`), { code: 'ItemNotFound' }); return x; };
    const m = mock({
      getHeaderRowRange: () => {
        const x = t();
        return mock({ values: [headersOf(x)], rowIndex: x.headerRow, columnIndex: x.headerColumn, columnCount: x.width },
          () => { const y = t(); return { values: [headersOf(y)], rowIndex: y.headerRow, columnIndex: y.headerColumn, columnCount: y.width }; });
      },
      getDataBodyRange: () => {
        const read = () => { const y = t(); return { values: grid(sheetOf(y.sheet), y.headerRow + 1, y.headerColumn, y.bodyRows, y.width), rowCount: y.bodyRows }; };
        return mock(read(), read);
      },
      rows: { add: (_index: unknown, values: CellValue[][]) => pending.push(() => {
        const x = t();
        const s = sheetOf(x.sheet);
        values.forEach((row, r) => row.forEach((v, c) => s.cells.set(key(x.headerRow + 1 + x.bodyRows + r, x.headerColumn + c), { value: v, format: 'General' })));
        x.bodyRows += values.length;
      }) },
      columns: { add: (_i: unknown, _v: unknown, header: string) => pending.push(() => {
        const x = t();
        sheetOf(x.sheet).cells.set(key(x.headerRow, x.headerColumn + x.width), { value: header, format: '@' });
        x.width++;
      }) },
    });
    Object.defineProperty(m, 'worksheet', { get: () => sheetMock(t().sheet) });
    writable(m, 'name', (v) => {
      const x = t();
      tables.delete(tableName);
      x.name = String(v);
      tableName = x.name;
      tables.set(tableName, x);
    });
    writable(m, 'style', (v) => { t().style = String(v); });
    return m;
  }

  function sheetMock(sheetName: string, nullObject = false): Mock {
    const m = mock({
      name: sheetName,
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => writeRange(sheetName, r, c, rows, cols),
      activate: () => undefined,
      freezePanes: { freezeRows: (n: number) => pending.push(() => { sheetOf(sheetName).frozenRows = n; }) },
      tables: {
        add: (range: { position?: { r0: number; c0: number; rows: number; cols: number } }, hasHeaders: boolean) => {
          const at = range.position;
          if (!at || !hasHeaders) throw new Error('tables.add: 見出しつきの範囲だけ対応');
          const tableName = `テーブル${tables.size + 1}`;
          pending.push(() => {
            tables.set(tableName, { name: tableName, sheet: sheetName, headerRow: at.r0, headerColumn: at.c0, width: at.cols, bodyRows: Math.max(1, at.rows - 1) });
          });
          return tableMock(tableName);
        },
      },
      onChanged: {
        add: (handler: FakeSheet['handlers'][number]) => {
          pending.push(() => sheetOf(sheetName).handlers.push(handler));
          return { context, remove: () => pending.push(() => { const s = sheetOf(sheetName); s.handlers = s.handlers.filter((h) => h !== handler); }) };
        },
      },
    });
    writable(m, 'visibility', (v) => { sheetOf(sheetName).visibility = String(v); });
    const createdAt = fake.syncs;
    Object.defineProperty(m, 'isNullObject', { get: () => (fake.syncs > createdAt ? nullObject : 'Error, context.sync() was not called') });
    return m;
  }

  function newContext() {
  const workbook = {
    worksheets: collection(() => [...sheets.keys()].map((name) => ({ name })), {
      add: (name: string) => {
        pending.push(() => {
          if (sheets.has(name)) throw Object.assign(new Error(`同じ名前のシートがあります: ${name}`), { code: 'ItemAlreadyExists' });
          sheets.set(name, newSheet(name));
        });
        return sheetMock(name);
      },
      getItem: (name: string) => sheetMock(name),
      getItemOrNullObject: (name: string) => sheetMock(name, !sheets.has(name)),
    }),
    tables: collection(() => [...tables.keys()].map((name) => ({ name })), { getItem: (name: string) => tableMock(name) }),
    names: collection(() => [...names.keys()].map((name) => ({ name })), {
      add: (name: string, formula: string) => pending.push(() => {
        if (names.has(name)) throw Object.assign(new Error(`同じ名前があります: ${name}`), { code: 'InvalidArgument' });
        names.set(name, formula);
      }),
    }),
  };

  const context = mock({}) as Mock & { workbook: typeof workbook; sync(): Promise<void> };
  context.workbook = workbook;
  context.sync = async () => {
    fake.syncs++;
    if (failures && failures.left > 0) {
      failures.left--;
      pending = [];
      throw Object.assign(new Error('Excel がセルの編集中です'), { name: 'RichApi.Error', code: failures.code });
    }
    const work = pending;
    pending = [];
    for (const p of work) p();
    for (const r of refreshers) r();
    for (const m of mocks) await OfficeMockObject.prototype.sync.call(m);
  };
  return context;
  }
  let context = newContext();

  function newSheet(name: string): FakeSheet {
    return { name, cells: new Map(), visibility: 'Visible', frozenRows: 0, validations: [], conditionalFormats: [], widths: new Map(), fills: new Map(), handlers: [] };
  }

  const excel = new OfficeMockObject({
    run: async (a: unknown, b?: unknown) => {
      fake.runs++;
      pending = [];
      // Every Excel.run gets a fresh request context and fresh proxies, as in office-js.
      mocks.length = 0;
      refreshers.length = 0;
      context = newContext();
      const batch = (typeof a === 'function' ? a : b) as (c: unknown) => Promise<unknown>;
      return batch(context);
    },
  });

  return {
    get syncs() { return fake.syncs; },
    get runs() { return fake.runs; },
    sheets, tables, names, writes,
    /** Sets globalThis.Excel (the mock) and globalThis.Office (requirement sets). */
    install() {
      (globalThis as Record<string, unknown>).Excel = excel;
      (globalThis as Record<string, unknown>).Office = { context: { requirements: { isSetSupported: () => options.apiSupported ?? true } } };
    },
    /** The next `count` syncs fail with `code` (e.g. the user is typing in a cell). */
    failNextSyncs(count: number, code = 'InvalidOperationInCellEditMode') { failures = { code, left: count }; },
    resetCounts() { fake.syncs = 0; fake.runs = 0; writes.length = 0; },
    /** A sheet made outside the add-in (e.g. Excel's Sheet1). */
    addSheet(name: string) { sheets.set(name, newSheet(name)); },
    /** A table typed by hand: header + rows at a position. */
    addTable(name: string, sheet: string, headerRow: number, headerColumn: number, headers: string[], rows: CellValue[][]) {
      if (!sheets.has(sheet)) sheets.set(sheet, newSheet(sheet));
      const s = sheets.get(sheet)!;
      headers.forEach((h, c) => s.cells.set(key(headerRow, headerColumn + c), { value: h, format: '@' }));
      rows.forEach((row, r) => row.forEach((v, c) => s.cells.set(key(headerRow + 1 + r, headerColumn + c), { value: v, format: 'General' })));
      tables.set(name, { name, sheet, headerRow, headerColumn, width: headers.length, bodyRows: Math.max(1, rows.length) });
    },
    cell(sheet: string, r: number, c: number): FakeCell { return cell(sheetOf(sheet), r, c); },
    /** A table's header row and body, as stored. */
    table(name: string) {
      const t = tables.get(name)!;
      return { ...t, headers: headersOf(t), rows: grid(sheetOf(t.sheet), t.headerRow + 1, t.headerColumn, t.bodyRows, t.width) };
    },
    /** Cells of a table body that hold formulas (an injection, if any). */
    formulas(name: string): string[] {
      const t = tables.get(name)!;
      const s = sheetOf(t.sheet);
      const out: string[] = [];
      for (let r = 0; r < t.bodyRows; r++) for (let c = 0; c < t.width; c++) { const f = cell(s, t.headerRow + 1 + r, t.headerColumn + c).formula; if (f) out.push(f); }
      return out;
    },
    /**
     * A user's edit: stores the value and fires the sheet's onChanged handlers. `source` 'Remote' is a co-author's
     * edit of a shared workbook, as Excel reports it (WorksheetChangedEventArgs.source).
     */
    async edit(sheet: string, r: number, c: number, value: CellValue, source: 'Local' | 'Remote' = 'Local') {
      const s = sheetOf(sheet);
      s.cells.set(key(r, c), { ...cell(s, r, c), value });
      // Excel's table AutoExpansion: typing right below a table's last row adds that row to the table.
      for (const t of tables.values()) {
        if (t.sheet === sheet && c >= t.headerColumn && c < t.headerColumn + t.width && r === t.headerRow + 1 + t.bodyRows) t.bodyRows++;
      }
      for (const h of s.handlers) await h({ address: `R${r + 1}C${c + 1}`, source });
    },
  };
}

/** The fake's type. */
export type FakeExcel = ReturnType<typeof createFakeExcel>;
