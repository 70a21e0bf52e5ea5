/**
 * The evening workflow on the Excel implementation (office-addin-mock): import a committee notice, type the
 * questioners in the 開会 sheet (the debounced recompute re-plans), 「待機解除を確定」 (asks the name once,
 * records who and when, a second click records nothing), publish — with the syncs each batch costs: constant,
 * at most 3, whether the day has 2 問 or 300.
 */
import { type ExchangeBundle, parseBundle } from '@shared/index';
import { describe, expect, it } from 'vitest';
import type { TableDefinition } from '../../../addin/board/sheet/table-definition';
import { instantToSerial } from '../../../addin/board/sheet/excel-serial';
import { TABLE, sittingTable, stageTable, standbyTable, workbookTables } from '../../../addin/board/tables/workbook-tables';
import { jstInstant } from '../../helpers/dates';
import { fakeNotice, fixedAssignment, noticeBundle } from '../board/board-harness';
import { useExcelSession } from './excel-session-harness';
import { formulaLikeEntered } from './fake-excel';

const at = (time: string, day = '2026-06-10') => `${day}T${time}:00+09:00`;
const NOW = at('19:40');
const BUREAUS = ['kanbo', 'isei', 'kenkou', 'iyaku', 'roudou-kijun', 'shokugyou-antei', 'koyou-kankyou', 'jinzai', 'shakai-engo', 'roukenkyoku', 'hoken', 'nenkin'];

/** `members` questioners with `perMember` 問 each, every 問 fixed to a bureau by 16:00 (年金局 gets none). */
function day(members: number, perMember: number): ExchangeBundle {
  const notices = Array.from({ length: members }, (_, m) => fakeNotice(`n-${m + 1}`, `委員${m + 1}`, at('10:00'), perMember));
  const assignments = notices.flatMap((n, m) => n.items.map((item, i) => fixedAssignment(n.id, item.label, BUREAUS[(m * perMember + i) % 11]!, at('11:00'))));
  return noticeBundle(notices, assignments, at('11:00'));
}

const h = useExcelSession(NOW);
const column = (def: TableDefinition, header: string) => def.anchor.column + def.columns.findIndex((c) => c.header === header);
const standbyState = (bureau: string) => {
  const t = h.excel.table(TABLE.standby);
  return t.rows.find((r) => r[column(standbyTable, '局')] === bureau)?.[column(standbyTable, '状態')];
};

/**
 * Prepared workbook with the day imported, every notice marked 問取り完了 at 10:30 (通告段階表), the 参議院 sitting of
 * Thursday (its 定例日) typed in as 中止 at 10:00, and the questioners typed in the 開会 sheet.
 */
async function preparedDay(members: number, perMember: number): Promise<void> {
  await h.session.start();
  await h.session.prepare();
  expect(await h.syncsOf(() => h.session.importBundle(day(members, perMember), 'テスト'))).toBe(3);
  for (let r = 1; r <= members; r++) {
    await h.excel.edit('開会', r, column(stageTable, '段階'), '問取り完了');
    await h.excel.edit('開会', r, column(stageTable, '完了時刻'), instantToSerial(jstInstant(at('10:30'))));
  }
  const cells: [string, string | number][] = [['院', '参議院'], ['委員会', '厚生労働委員会'], ['開会日', 46184], ['開会時刻', '10:00'], ['状態', '中止'], ['中止の時刻', instantToSerial(jstInstant(at('10:00')))]];
  for (const [header, value] of cells) await h.excel.edit('開会', 2, column(sittingTable, header), value);
  const names = Array.from({ length: members }, (_, m) => `委員${m + 1}`).join('、');
  h.excel.resetCounts();
  await h.excel.edit('開会', 1, column(sittingTable, '質問者'), names);
  await expect.poll(() => standbyState('年金局')).toBe('解除可 11:00〜');
  // The edit's recompute: which tables exist, their values, one write — then its own change event finds nothing to write.
  await expect.poll(() => h.excel.syncs).toBeGreaterThanOrEqual(3);
}

describe('the evening on Excel', () => {
  it('creates the evening sheets with 「ブックを準備」', async () => {
    await h.session.start();
    await h.session.prepare();
    for (const sheet of ['開会', '夕方レク', '待機', '待機・超勤']) expect(h.excel.sheets.has(sheet)).toBe(true);
    expect(h.excel.table(TABLE.eveningRules).rows.find((r) => r[0] === '終業')![1]).toBe('18:15');
    expect(h.excel.table(TABLE.caps).rows.find((r) => r[0] === '自律部署 月の上限(時間)')![1]).toBe('45');
    expect(h.excel.sheets.get('待機')!.conditionalFormats.some((f) => f.formula === '=LEFT(C2,3)="解除可"')).toBe(true);
    for (const def of workbookTables) expect(h.excel.formulas(def.table)).toEqual([]);
    expect(h.excel.writes.filter((w) => w.op === 'values').length).toBeGreaterThan(0);
    expect(formulaLikeEntered(h.excel.writes)).toEqual([]);
  });

  it('confirms in 3 syncs, asks the name once (2 syncs, nothing written), records who and when, and never twice', async () => {
    await preparedDay(2, 1);
    expect(await h.syncsOf(() => h.session.confirmReleases())).toBe(2);
    expect(h.session.state()).toMatchObject({ askName: true, notice: '待機解除の記録に残す担当者名を入力してください。' });
    expect(standbyState('年金局')).toBe('解除可 11:00〜');

    expect(await h.syncsOf(() => h.session.confirmReleases('山田'))).toBe(3);
    expect(h.session.state().askName).toBe(false);
    expect(h.session.state().notice).toBe('健康・生活衛生局、医薬局、労働基準局 ほか 8 局の待機解除を記録しました (19:40、記録者 山田)。「配信データを出力」で各局のポップアップに表示されます。');
    expect(standbyState('年金局')).toBe('解除 19:40');
    expect(h.excel.table(TABLE.general).rows.find((r) => r[0] === '担当者')![1]).toBe('山田');
    const releases = () => h.excel.table(TABLE.store).rows.filter((r) => r[0] === 'releases');
    expect(releases()).toHaveLength(11);
    expect(JSON.parse(String(releases().find((r) => r[1] === 'release:nenkin:2026-06-10')![5])).data).toMatchObject({ releasedAt: NOW, by: '山田' });

    // Second click: nothing new — no write at all, the records and their 版 unchanged.
    const stored = JSON.stringify(releases());
    expect(await h.syncsOf(() => h.session.confirmReleases())).toBe(2);
    expect(h.session.state().notice).toBe('新たに解除できる局はありません (記録済みの待機解除はそのままです)。');
    expect(JSON.stringify(releases())).toBe(stored);

    expect(await h.syncsOf(() => h.session.publish())).toBe(3);
    const bundle = parseBundle(h.session.state().published!.text);
    expect(bundle.records.releases).toHaveLength(11);
    expect(h.session.state().published!.counts).toMatchObject({ slots: 4, releases: 11 });
  });

  it('costs the same syncs for a 300-問 day as for a 2-問 one', async () => {
    await preparedDay(10, 30);
    expect(h.excel.table(TABLE.eveningItems).bodyRows).toBe(300);
    expect(await h.syncsOf(() => h.session.confirmReleases('山田'))).toBe(3);
    expect(await h.syncsOf(() => h.session.recompute())).toBeLessThanOrEqual(3);
    expect(await h.syncsOf(() => h.session.publish())).toBe(3);
    expect(parseBundle(h.session.state().published!.text).records.milestones.filter((m) => m.data?.label === '局長了')).toHaveLength(300);
  });
});
