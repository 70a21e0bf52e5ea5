/**
 * @file Benchmark of the add-in's evening recompute: one committee sitting with 300 問 from 10
 * questioners over 20 bureaus, on a prepared preview workbook — planRecompute on the workbook's snapshot, the
 * same pure step the debounced recompute runs after every edit: settings, lines, planStandbyDay (the sitting and the
 * day's 中止 one), the rows of 開会 (and 通告段階), 夕方レク (slots, the 問 timeline, レク出席), 待機 (with 呼び戻し and
 * the allocation's blockers), 待機・超勤 and the tally, and the sparse writes. Target 100 ms.
 */
import { type Assignment, type CommitteeNotice, type ExchangeBundle, emptyBundle } from '../../shared/index';
import { loadWithSharedAlias } from '../helpers/load-with-shared-alias';
import { defineBench } from './bench-case';
import { isoDate, jstInstant } from '../helpers/dates';

type Modules = {
  workbookTables: typeof import('../../addin/board/tables/workbook-tables').workbookTables;
  TABLE: typeof import('../../addin/board/tables/workbook-tables').TABLE;
  boardTables: typeof import('../../addin/board/ops/board-state').boardTables;
  planImport: typeof import('../../addin/board/ops/plan-import').planImport;
  planRecompute: typeof import('../../addin/board/ops/plan-recompute').planRecompute;
  createPreviewWorkbook: typeof import('../../addin/preview/preview-workbook').createPreviewWorkbook;
};

/** The add-in imports '@shared/…', which vite-node has no alias for: loaded through tests/helpers/load-with-shared-alias.ts. */
async function load(): Promise<Modules> {
  const modules = await loadWithSharedAlias<object[]>(
    '/addin/board/tables/workbook-tables.ts',
    '/addin/board/ops/board-state.ts',
    '/addin/board/ops/plan-import.ts',
    '/addin/board/ops/plan-recompute.ts',
    '/addin/preview/preview-workbook.ts',
  );
  return Object.assign({}, ...modules) as Modules;
}
const m = await load();

const at = (time: string) => jstInstant(`2026-06-10T${time}:00+09:00`);
const NOW = at('17:00');
/** 20 bureaus: the 13 of the default directory and 7 more typed into 局一覧. */
const EXTRA = Array.from({ length: 7 }, (_, i) => [`extra-${i + 1}`, `追加局${i + 1}`]);

/** 10 questioners × 30 問 for 衆議院厚生労働委員会 Thu 6/11 09:00, notices from 10:00 to 14:30, each 問 fixed to one of 20 bureaus (合議 to another). */
function day(bureaus: readonly string[]): ExchangeBundle {
  const b = emptyBundle('extension', NOW, 1);
  const meta = (id: string) => ({ id, rev: 1, updatedAt: NOW, updatedBy: 'extension', deleted: false });
  for (let q = 0; q < 10; q++) {
    const received = at(`${String(10 + Math.floor(q / 2)).padStart(2, '0')}:${q % 2 === 0 ? '00' : '30'}`);
    const notice: CommitteeNotice = {
      kind: 'notice', id: `n-${q + 1}`, house: 'shugiin', committee: '厚生労働委員会', sittingOn: isoDate('2026-06-11'), startTime: '09:00', member: `委員${q + 1}`,
      receivedAt: received, items: Array.from({ length: 30 }, (_, i) => ({ label: `問${i + 1}`, text: `質問 ${i + 1}` })), provenance: [],
    };
    b.records.notices.push({ ...meta(notice.id), data: notice });
    notice.items.forEach((item, i) => {
      const k = q * 30 + i;
      const a = (bureau: string, role: Assignment['role']): Assignment => ({
        id: `as-${notice.id}-${item.label}-${role}`, questionKey: notice.id, itemLabel: item.label, bureau, division: '', role, state: 'final',
        proposedAt: received, decidedAt: received, by: '官房総務課', note: '',
      });
      b.records.assignments.push({ ...meta(`as-${notice.id}-${item.label}-執筆`), data: a(bureaus[k % 20]!, '執筆') });
      if (k % 3 === 0) b.records.assignments.push({ ...meta(`as-${notice.id}-${item.label}-合議`), data: a(bureaus[(k + 7) % 20]!, '合議') });
    });
  }
  return b;
}

/** A prepared workbook with the 20 bureaus, the day imported, the questioners typed and one recompute done. */
async function workbookWithDay() {
  const wb = m.createPreviewWorkbook();
  await wb.prepare(m.workbookTables);
  const directory = wb.table(m.TABLE.bureaus)!;
  for (const [id, name] of EXTRA) {
    const row = directory.rows.length;
    wb.edit(m.TABLE.bureaus, row, '局ID', id!);
    wb.edit(m.TABLE.bureaus, row, '局名', name!);
  }
  const ids = directory.rows.map((r) => String(r[0]));
  await wb.batch(m.boardTables, (s) => { const p = m.planImport(s, day(ids), NOW); return { writes: p.writes, result: p }; });
  // Every notice 問取り完了 at 14:40, and the 参議院 sitting of Thursday (its 定例日) typed in as 中止 at 12:00.
  for (let r = 0; r < 10; r++) {
    wb.edit(m.TABLE.stages, r, '段階', '問取り完了');
    wb.edit(m.TABLE.stages, r, '完了時刻', '2026-06-10T14:40:00+09:00');
  }
  for (const [header, value] of [['院', '参議院'], ['委員会', '厚生労働委員会'], ['開会日', '2026-06-11'], ['開会時刻', '10:00'], ['状態', '中止'], ['中止の時刻', '2026-06-10T12:00:00+09:00']]) {
    wb.edit(m.TABLE.sittings, 1, header!, value!);
  }
  wb.edit(m.TABLE.sittings, 0, '質問者', Array.from({ length: 10 }, (_, q) => `委員${q + 1}`).join('、'));
  await wb.batch(m.boardTables, (s) => { const p = m.planRecompute(s, NOW); return { writes: p.writes, result: p }; });
  const snapshot = await wb.batch(m.boardTables, (s) => ({ writes: [], result: s }));
  const check = m.planRecompute(snapshot, NOW);
  const day0 = check.evening.days[0]!;
  if (ids.length !== 20 || day0.sittings[0]!.items !== 300 || day0.sittings[0]!.closedAt === null) {
    throw new Error(`ベンチの前提が崩れています: 局 ${ids.length}、問 ${day0.sittings[0]!.items}、割振り確定 ${day0.sittings[0]!.closedAt}`);
  }
  return snapshot;
}

export default defineBench([
  {
    operation: 'add-in: 夕方レク再計算 (planRecompute: 計画 + 開会・夕方レク・待機・待機記録・集計の行)',
    size: '1 sitting, 300 問 × 20 局',
    targetMs: 100,
    setup: workbookWithDay,
    iterations: 15,
    run: (snapshot) => m.planRecompute(snapshot as Parameters<Modules['planRecompute']>[0], NOW),
  },
]);
