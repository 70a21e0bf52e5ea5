/**
 * @file Benchmarks of the Excel add-in: the pure row mapping of 1,000 questions (質問表 rows with
 * their deadlines → the 2-D arrays written to Excel), and a 1,000-question import into the preview workbook
 * (parseBundle → planImport → write), the same code path as in Excel minus the host.
 */
import { type ExchangeBundle, emptyBundle } from '../../shared/index';
import { loadWithSharedAlias } from '../helpers/load-with-shared-alias';
import { defineBench } from './bench-case';
import { isoDate, jstInstant } from '../helpers/dates';

type Modules = {
  boardQuestions: typeof import('../../addin/board/questions/board-question').boardQuestions;
  readBoardSettings: typeof import('../../addin/board/settings/board-settings').readBoardSettings;
  writtenDeadline: typeof import('../../addin/board/questions/question-deadline').writtenDeadline;
  questionRow: typeof import('../../addin/board/questions/question-rows').questionRow;
  toTableWrite: typeof import('../../addin/board/sheet/table-rows').toTableWrite;
  toExcelGrid: typeof import('../../addin/board/sheet/excel-grid').toExcelGrid;
  questionTable: typeof import('../../addin/board/tables/workbook-tables').questionTable;
  workbookTables: typeof import('../../addin/board/tables/workbook-tables').workbookTables;
  boardTables: typeof import('../../addin/board/ops/board-state').boardTables;
  planImport: typeof import('../../addin/board/ops/plan-import').planImport;
  createPreviewWorkbook: typeof import('../../addin/preview/preview-workbook').createPreviewWorkbook;
  parseBundle: typeof import('../../shared/index').parseBundle;
};

/** The add-in imports '@shared/…', which vite-node has no alias for: loaded through tests/helpers/load-with-shared-alias.ts. */
async function load(): Promise<Modules> {
  const modules = await loadWithSharedAlias<object[]>(
    '/addin/board/questions/board-question.ts',
    '/addin/board/settings/board-settings.ts',
    '/addin/board/questions/question-deadline.ts',
    '/addin/board/questions/question-rows.ts',
    '/addin/board/sheet/table-rows.ts',
    '/addin/board/sheet/excel-grid.ts',
    '/addin/board/tables/workbook-tables.ts',
    '/addin/board/ops/board-state.ts',
    '/addin/board/ops/plan-import.ts',
    '/addin/preview/preview-workbook.ts',
    '/shared/index.ts',
  );
  return Object.assign({}, ...modules) as Modules;
}
const m = await load();

const NOW = jstInstant('2026-03-02T10:00:00+09:00');

/** 1,000 質問主意書 spread over two months of transfer dates, three 問 each. */
function thousandQuestions(): ExchangeBundle {
  const bundle = emptyBundle('extension', NOW, 1);
  for (let i = 1; i <= 1000; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = i % 2 === 0 ? '02' : '03';
    bundle.records.questions.push({
      id: `sangiin-221-${i}`, rev: 1, updatedAt: NOW, updatedBy: 'extension', deleted: false,
      data: {
        kind: 'written', house: 'sangiin', session: 221, number: i, title: `医療提供体制の確保に関する質問主意書 (${i})`, submitters: ['山田　太郎'],
        submittedOn: isoDate(`2026-${month}-${day}`), transferredOn: isoDate(`2026-${month}-${day}`), extensions: [], answerItems: [], provenance: [], userEdited: [],
        items: [{ label: '一', text: '政府の見解を示されたい。' }, { label: '二', text: '今後の方針を示されたい。' }, { label: '三', text: '財源を示されたい。' }],
        questionUrl: `https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/syuh/s221${String(i).padStart(3, '0')}.htm`,
      },
    });
  }
  return bundle;
}
const bundle = thousandQuestions();
const text = JSON.stringify(bundle);
const questions = m.boardQuestions(bundle);
const settings = m.readBoardSettings(new Map());

export default defineBench([
  {
    operation: 'add-in: 質問 → 質問表の行 (期限つき) → Excel 2-D 配列',
    size: '1,000 questions',
    targetMs: 10,
    run: () => {
      const rows = questions.map((q) => m.questionRow(q, m.writtenDeadline(q.written!, settings, isoDate('2026-03-02')), '', '', undefined, undefined));
      return m.toExcelGrid(m.toTableWrite(m.questionTable, undefined, rows));
    },
  },
  {
    operation: 'add-in: バンドル取り込み (parseBundle → planImport → プレビューのブックへ書込み)',
    size: '1,000 questions, 3,000 問',
    targetMs: 200,
    iterations: 9,
    setup: async () => {
      const workbook = m.createPreviewWorkbook();
      await workbook.prepare(m.workbookTables);
      return workbook;
    },
    run: async (state) => {
      const workbook = state as ReturnType<Modules['createPreviewWorkbook']>;
      const incoming = m.parseBundle(text);
      await workbook.batch(m.boardTables, (snapshot) => {
        const plan = m.planImport(snapshot, incoming, NOW);
        return { writes: plan.writes, result: plan.report };
      });
    },
  },
]);
