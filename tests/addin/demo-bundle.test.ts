/**
 * The committed demo bundle (addin/public/demo-bundle.json, made by tests/tools/make-demo-bundle.ts from the
 * saved real pages with scrapePage, plus one labelled sample 質問通告 built with the clip path's functions) is a
 * valid bundle, consistent with its own moment, and says where each record came from; imported into a prepared
 * workbook, its sample notice fills the evening sheets.
 */
import { readFileSync } from 'node:fs';
import { defaultCalendar, exchangeItemId, noticeBandText, noticeLateness, parseBundle, standbyDay } from '@shared/index';
import { describe, expect, it } from 'vitest';
import { TABLE } from '../../addin/board/tables/workbook-tables';
import { preparedBoard } from './board/board-harness';

const bundle = parseBundle(readFileSync(new URL('../../addin/public/demo-bundle.json', import.meta.url), 'utf8'));
const question = (id: string) => bundle.records.questions.find((q) => q.id === id)!.data!;

describe('demo bundle', () => {
  it('holds the demo moment and the six questions of the saved pages and dataset', () => {
    expect(bundle.producedAt).toBe('2026-03-02T10:00:00+09:00');
    expect(bundle.producer).toBe('デモ (保存済みの実ページと質問通告のサンプル、令和8年3月2日 10:00 時点)');
    expect(bundle.records.questions.map((q) => q.id)).toEqual(['sangiin-219-95', 'sangiin-221-1', 'sangiin-221-2', 'sangiin-221-3', 'sangiin-221-4', 'shugiin-221-1']);
  });

  it('has 衆議院221 No.1 as its saved 経過 page shows it on that morning (答弁 3/3 not yet)', () => {
    expect(question('shugiin-221-1')).toMatchObject({ title: '行き過ぎた緊縮志向に関する質問主意書', submittedOn: '2026-02-19', transferredOn: '2026-02-25', faction: '無所属' });
    expect(question('shugiin-221-1').answeredOn).toBeUndefined();
    expect(question('shugiin-221-1').provenance.map((p) => p.adapterId)).toEqual(['shugiin/question-progress']);
  });

  it('never states a fact dated after its moment', () => {
    for (const { data } of bundle.records.questions) {
      for (const date of [data!.submittedOn, data!.transferredOn, data!.answeredOn, ...data!.extensions.map((e) => e.noticeReceivedOn)]) {
        if (date) expect(date <= '2026-03-02').toBe(true);
      }
    }
  });

  it('carries the 問 of 参議院219 No.95 and the 内部締切 of the open, transferred questions', () => {
    expect(bundle.records.items.filter((i) => i.data!.questionKey === 'sangiin-219-95').map((i) => i.id)).toEqual(['sangiin-219-95#一', 'sangiin-219-95#二']);
    expect(new Set(bundle.records.milestones.map((m) => m.data!.questionKey))).toEqual(new Set(['shugiin-221-1', 'sangiin-221-1', 'sangiin-221-2', 'sangiin-221-3']));
  });

  it('carries one sample 質問通告, labelled as such: 衆議院厚生労働委員会 3/4(水) 09:00, received before the demo moment and on time', () => {
    expect(bundle.records.notices).toHaveLength(1);
    const notice = bundle.records.notices[0]!.data!;
    expect(notice).toMatchObject({
      house: 'shugiin', committee: '厚生労働委員会', sittingOn: '2026-03-04', startTime: '09:00', member: 'サンプル議員',
      receivedAt: '2026-03-02T09:30:00+09:00', provenance: [],
    });
    // Built as the clipper builds it: the id comes from the SHA-256 of the clipped text; the 問 are split from it.
    expect(notice.id).toMatch(/^notice-[0-9a-f]{16}$/);
    expect(bundle.records.notices[0]!.id).toBe(notice.id);
    expect(notice.items.map((i) => i.label)).toEqual(['問1', '問2', '問3']);
    expect(notice.items[0]!.text).toBe('医師の働き方改革の施行状況について（厚生労働大臣）');
    expect(bundle.records.items.filter((i) => i.data!.questionKey === notice.id).map((i) => i.id)).toEqual(
      ['問1', '問2', '問3'].map((label) => exchangeItemId(notice.id, label)),
    );
    expect(notice.receivedAt < bundle.producedAt).toBe(true);
    expect(defaultCalendar().isClosed(notice.sittingOn)).toBe(false);
    expect(noticeBandText(noticeLateness(notice.receivedAt, notice.sittingOn))).toBe('前々日まで (通告期限 令和8年3月2日(月) 12:00)');
    expect(standbyDay(notice.sittingOn)).toBe('2026-03-03'); // its 夕方レク: the evening of 3/3(火)
  });

  const SITTING = '衆議院厚生労働委員会@2026-03-04 09:00';

  it('imported at the demo moment, fills the 開会, 夕方レク and 待機 sheets for the sample sitting (assignment left to the user)', async () => {
    const board = await preparedBoard();
    const plan = await board.import(bundle, bundle.producedAt);
    expect(plan.report.rejected).toEqual([]);
    expect(board.rows(TABLE.sittings)).toEqual([expect.objectContaining({
      '院': '衆議院', '委員会': '厚生労働委員会', '開会ID': SITTING, '開会時刻': '09:00', '通告済み': 'サンプル議員', '問数': 3, '枠なし': 3,
    })]);
    const slots = board.rows(TABLE.slots);
    expect(slots.map((r) => r['表示名'])).toEqual(['夕方レク 18:30', '夕方レク 19:00', '夕方レク 19:30', '朝レク 07:30']);
    expect(slots.every((r) => r['開会'] === SITTING)).toBe(true);
    expect(board.rows(TABLE.eveningItems).map((r) => [r['質問者'], r['問'], r['理由']])).toEqual([
      ['サンプル議員', '問1', '執筆局が割り振られていません。'], ['サンプル議員', '問2', '執筆局が割り振られていません。'], ['サンプル議員', '問3', '執筆局が割り振られていません。'],
    ]);
    expect(board.rows(TABLE.standby).length).toBeGreaterThan(0);
    expect(board.rows(TABLE.standby).every((r) => r['開会'] === SITTING && String(r['ID']).endsWith(':2026-03-03'))).toBe(true);
    expect(board.rows(TABLE.ledger).length).toBeGreaterThan(0);
    expect(board.rows(TABLE.assignments).filter((r) => r['質問キー'] === bundle.records.notices[0]!.id).map((r) => [r['問'], r['局']])).toEqual([
      ['問1', ''], ['問2', ''], ['問3', ''],
    ]);
  });
});
