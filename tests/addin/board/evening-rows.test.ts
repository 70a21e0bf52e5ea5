/**
 * Row mapping of the 夕方レク, 待機 and 待機・超勤 sheets on small days computed by hand — pure, no workbook.
 *
 * The day: 衆議院厚生労働委員会 Thu 2026-06-11 09:00, so the standby day is Wed 6/10 (終業 18:15, 夕方レク
 * 18:30 / 19:00 / 19:30, 朝レク 07:30). Each step takes the defaults: 執筆 240 min, 課長了 30, 局長了 90.
 * - 山田太郎's notice 10:00, 問1 fixed to 医政局 10:30 → draft 10:30–14:30, 課長了 15:00, 局長了 16:30 → 夕方レク 18:30.
 * - 鈴木花子's notice 15:40, 問1 fixed to 保険局 16:00 → 20:00, 20:30, 局長了 22:00: after the last evening slot (19:30) → 朝レク 07:30.
 * - Both questioners have given notice (問取り完了 on arrival) and both 問 have an owner at 16:00: allocation closes at 16:00,
 *   so 年金局 (no 問) is released at 16:00.
 * No other committee can sit on 6/11 here (no 定例日 rule), so this sitting alone decides the allocation.
 */
import {
  type Assignment, type BureauSettings, type EveningNotice, type ExchangeBundle, type SittingDayInput, type StandDownRules, type StandbyDayPlan,
  type StandbyDayShared, type StandbyEntry, defaultCalendar, defaultEveningRules, defaultStandDownRules, emptyBundle, type JstInstant, jstDateOf,
  planStandbyDay, sittingId, tallyStandby,
} from '@shared/index';
import { describe, expect, it } from 'vitest';
import { eveningItemRows } from '../../../addin/board/evening/evening-item-rows';
import { type SittingInput, progressInstant } from '../../../addin/board/evening/evening-sittings';
import { instantToSerial } from '../../../addin/board/sheet/excel-serial';
import { confirmedHours, ledgerRows } from '../../../addin/board/evening/ledger-rows';
import { slotRows } from '../../../addin/board/evening/slot-rows';
import { standbyGroups } from '../../../addin/board/evening/standby-groups';
import { standbyRows } from '../../../addin/board/evening/standby-rows';
import { tallyRows } from '../../../addin/board/evening/tally-rows';
import { ledgerTable } from '../../../addin/board/tables/workbook-tables';
import { isoDate, jstInstant } from '../../helpers/dates';

const SITTING = sittingId('shugiin', '厚生労働委員会', isoDate('2026-06-11'), '09:00');
const at = (time: string, day = '2026-06-10') => jstInstant(`${day}T${time}:00+09:00`);
const serial = (time: string, day = '2026-06-10') => instantToSerial(at(time, day));

const directory = [
  { id: 'isei', name: '医政局', divisions: [], otherDirected: true },
  { id: 'hoken', name: '保険局', divisions: [], otherDirected: true },
  { id: 'nenkin', name: '年金局', divisions: [], otherDirected: false },
];
const bureaus: BureauSettings[] = directory.map((b) => ({ id: b.id, name: b.name, otherDirected: b.otherDirected, ...defaultEveningRules.bureauDefaults, drafters: 4 }));
const names = new Map(directory.map((b) => [b.id, b.name]));
const bureauName = (id: string) => names.get(id) ?? id;

function fixed(questionKey: string, bureau: string, decidedAt: JstInstant): Pick<Assignment, 'questionKey' | 'itemLabel' | 'bureau' | 'role' | 'state' | 'proposedAt'> & { decidedAt: JstInstant } {
  return { questionKey, itemLabel: '問1', bureau, role: '執筆', state: 'final', proposedAt: decidedAt, decidedAt };
}

/** This test day has one sitting and no other committee that can sit (no 定例日 rule). */
const ONE_SITTING: StandDownRules = { ...defaultStandDownRules, regularSittings: [] };

/** The day's input: both notices unless `onlyYamada`. */
function day(options: { onlyYamada?: boolean; directorApprovedAt?: JstInstant } = {}): SittingInput {
  const notices: EveningNotice[] = [{ id: 'n-yamada', member: '山田太郎', receivedAt: at('10:00'), items: [{ label: '問1' }], stage: '問取り完了' }];
  const assignments = [fixed('n-yamada', 'isei', at('10:30'))];
  if (!options.onlyYamada) {
    notices.push({ id: 'n-suzuki', member: '鈴木花子', receivedAt: at('15:40'), items: [{ label: '問1' }], stage: '問取り完了' });
    assignments.push(fixed('n-suzuki', 'hoken', at('16:00')));
  }
  const input: SittingDayInput = {
    sitting: { id: SITTING, committee: '厚生労働委員会', sittingOn: isoDate('2026-06-11'), startTime: '09:00', questioners: ['山田太郎', '鈴木花子'], house: 'shugiin' },
    notices, assignments,
    progress: options.directorApprovedAt ? [{ itemId: 'n-yamada#問1', directorApprovedAt: options.directorApprovedAt }] : [],
  };
  return {
    sitting: input.sitting, house: 'shugiin', standbyDay: isoDate('2026-06-10'), input, state: { planner: {}, cells: { state: '', setAt: '', cancelledAt: '' }, problems: [] },
    stageRows: [], missing: [], noticed: notices.map((n) => n.member), progressIssues: new Map(), unreadable: new Map(),
  };
}

/** The standby day's plan of one sitting. */
function dayPlan(input: SittingDayInput, shared: Partial<StandbyDayShared> = {}): StandbyDayPlan {
  return planStandbyDay({ sittings: [input], bureaus, standDownRules: ONE_SITTING, ...shared });
}

function released(store: ExchangeBundle, bureau: string, releasedAt: JstInstant, by = '山田'): ExchangeBundle {
  store.records.releases.push({
    id: `release:${bureau}:2026-06-10`, rev: 1, updatedAt: releasedAt, updatedBy: '官房総務課', deleted: false,
    data: { bureau, date: jstDateOf(releasedAt), releasedAt, reason: '', by },
  });
  return store;
}

describe('夕方レク sheet: the 問 timeline', () => {
  const input = day();
  const plan = dayPlan(input.input).sittings[0]!;
  const rows = eveningItemRows([plan], [input], bureauName);

  it('lists the 問 in briefing order: the evening slot first, then the morning slot', () => {
    expect(rows.map((r) => [r.slot, r.kind, r.member, r.bureau])).toEqual([
      ['夕方レク 18:30', '夕方レク', '山田太郎', '医政局'],
      ['朝レク 07:30', '朝レク', '鈴木花子', '保険局'],
    ]);
  });

  it('shows the expected steps and the deadlines back from the slot', () => {
    expect(rows[0]).toMatchObject({
      item: '問1', receivedAt: serial('10:00'), draftStartAt: serial('10:30'), draftEndAt: serial('14:30'), sectionChiefAt: serial('15:00'),
      directorAt: serial('16:30'), slotAt: serial('18:30'),
      // 18:30 − 局長了 90 − 課長了 30.
      directorBy: serial('18:30'), sectionChiefBy: serial('17:00'), draftBy: serial('16:30'), reason: '', itemId: 'n-yamada#問1', sitting: SITTING,
    });
  });

  it('a 問 that misses the last evening slot shows 朝レク and the reason', () => {
    expect(rows[1]).toMatchObject({
      slot: '朝レク 07:30', kind: '朝レク', slotAt: serial('07:30', '2026-06-11'), directorAt: serial('22:00'),
      directorBy: serial('07:30', '2026-06-11'), sectionChiefBy: serial('06:00', '2026-06-11'), draftBy: serial('05:30', '2026-06-11'),
      reason: '局長了見込み 6/10(水) 22:00 が最後の夕方レク枠 (6/10(水) 19:30) に間に合いません。朝レク 07:30に回します。',
    });
  });

  it('a 問 without a fixed 執筆局 is 未確定 with its reason, after the planned ones', () => {
    const open = day();
    open.input = { ...open.input, assignments: [fixed('n-yamada', 'isei', at('10:30')), { ...fixed('n-suzuki', 'hoken', at('16:00')), state: 'proposed' }] };
    const r = eveningItemRows([dayPlan(open.input).sittings[0]!], [open], bureauName);
    expect(r[1]).toMatchObject({ slot: 'なし', kind: '未確定', bureau: '', reason: '執筆局が確定していません (仮割振り: 保険局)。確定するまで計画できません。' });
  });

  it('slots list their 問 by questioner, the count and the drafting bureaus', () => {
    const slots = slotRows([plan], emptyBundle('addin:store', at('16:30')), bureauName);
    expect(slots.map((s) => [s.label, s.kind, s.minister, s.count, s.items, s.bureaus])).toEqual([
      ['夕方レク 18:30', '夕方レク', '○', 1, '山田太郎 問1', '医政局'],
      ['夕方レク 19:00', '夕方レク', '○', 0, '', ''],
      ['夕方レク 19:30', '夕方レク', '○', 0, '', ''],
      ['朝レク 07:30', '朝レク', '○', 1, '鈴木花子 問1', '保険局'],
    ]);
    expect(slots[0]!.id).toBe(`slot:${SITTING}:evening-1830`);
  });
});

describe('待機 sheet: each bureau’s state', () => {
  const NOW = at('16:30');

  it('a bureau with no 問 may be released at allocation close (16:00); the others wait for their work', () => {
    const rows = standbyRows(standbyGroups([dayPlan(day().input)], emptyBundle('addin:store', NOW), NOW));
    expect(rows.map((r) => [r.bureau, r.state, r.draft])).toEqual([
      // 局長了 16:30, then its own 夕方レク 18:30–19:00.
      ['医政局', '待機中 (解除見込み 19:00)', 1],
      ['保険局', '待機中 (解除見込み 22:00)', 1],
      ['年金局', '解除可 16:00〜', 0],
    ]);
    expect(rows[2]).toMatchObject({
      releasableAt: serial('16:00'), confirmedAt: '', finishAt: '', hours: 0, id: 'release:nenkin:2026-06-10',
      reason: '割振り確定 (6/10(水) 16:00) の時点で担当の問がないため待機解除。',
    });
    expect(rows[1]).toMatchObject({ finishAt: serial('22:00'), hours: 3.75, lateNight: 0, drafters: 4, staffHours: 15 });
  });

  it('while a questioner has not given notice, every bureau waits, and says why', () => {
    const rows = standbyRows(standbyGroups([dayPlan(day({ onlyYamada: true }).input)], emptyBundle('addin:store', NOW), NOW));
    expect(rows.map((r) => r.state)).toEqual(['待機中 (割振り未確定)', '待機中 (割振り未確定)', '待機中 (割振り未確定)']);
    expect(rows[2]!.reason).toBe('割振りが確定していないため待機を続けます (未通告: 鈴木花子)。');
  });

  it('a reported 局長了 releases the drafting bureau from that time when its 夕方レク is marked 出席不要', () => {
    const input = day({ directorApprovedAt: at('16:20') }).input;
    const held = standbyRows(standbyGroups([dayPlan(input)], emptyBundle('addin:store', NOW), NOW));
    expect(held[0]).toMatchObject({ bureau: '医政局', state: '待機中 (解除見込み 19:00)' });
    const exempt = { bureau: 'isei', slotId: 'evening-1830', startAt: at('18:30'), endAt: at('19:00'), notRequired: true };
    const rows = standbyRows(standbyGroups([dayPlan(input, { lectures: [exempt] })], emptyBundle('addin:store', NOW), NOW));
    expect(rows[0]).toMatchObject({ bureau: '医政局', state: '解除可 16:20〜', reason: '担当の問がすべて局長了 (合議・メモ出しも終了) のため待機解除。' });
  });

  it('a confirmed release shows 「解除 hh:mm」, who, and counts the standby to the confirmation', () => {
    const now = at('19:42');
    const store = released(emptyBundle('addin:store', now), 'nenkin', now);
    const groups = standbyGroups([dayPlan(day().input)], store, now);
    const nenkin = groups.find((g) => g.bureau === 'nenkin')!;
    // 18:15 → 19:42 = 87 minutes past 終業.
    expect(confirmedHours(nenkin, defaultEveningRules, defaultCalendar())).toEqual({ hours: 1.45, lateNightHours: 0 });
    expect(standbyRows(groups)[2]).toMatchObject({ state: '解除 19:42', confirmedAt: serial('19:42'), confirmedBy: '山田' });
  });

  it('a release after midnight reads 「翌01:30」', () => {
    const now = at('01:30', '2026-06-11');
    const rows = standbyRows(standbyGroups([dayPlan(day().input)], released(emptyBundle('addin:store', now), 'nenkin', now), now));
    expect(rows[2]!.state).toBe('解除 翌01:30');
  });
});

describe('待機・超勤 sheet: ledger and caps', () => {
  const headers = ledgerTable.columns.map((c) => c.header);
  const row = (cells: Record<string, string | number>) => headers.map((h) => cells[h] ?? '');

  it('makes one 見込み row per bureau from the plan, and a 確定 one up to the confirmation', () => {
    const now = at('19:42');
    const plan = dayPlan(day().input);
    const groups = standbyGroups([plan], released(emptyBundle('addin:store', now), 'nenkin', now), now);
    const ledger = ledgerRows(plan.sittings, groups, undefined, directory, defaultEveningRules, defaultCalendar());
    expect(ledger.rows.map((r) => [r.bureau, r.status, r.hours, r.staff, r.id])).toEqual([
      ['医政局', '見込み', 0.75, 4, 'standby:isei:2026-06-10'],
      ['保険局', '見込み', 3.75, 4, 'standby:hoken:2026-06-10'],
      ['年金局', '確定', 1.45, 4, 'standby:nenkin:2026-06-10'],
    ]);
    expect(ledger.rows[2]).toMatchObject({ from: serial('18:15'), until: serial('19:42'), kind: '待機' });
  });

  it('keeps hand-entered rows in place, computes hours from 開始・終了, and names a bad cell', () => {
    const table = {
      headers,
      rows: [
        row({ 待機日: '2026-06-05', 局: '年金局', 氏名: '佐藤', 種別: '超勤', 開始: at('18:15', '2026-06-05'), 終了: at('00:15', '2026-06-06') }),
        row({ 待機日: '2026-06-05', 局: '総務局', '時間外(時間)': 2 }),
      ],
    };
    const ledger = ledgerRows([], [], table, directory, defaultEveningRules, defaultCalendar());
    // 18:15 → 00:15 = 6 h past 終業, of which 22:00–00:15 = 2.25 h late at night.
    expect(ledger.rows[0]).toMatchObject({ person: '佐藤', kind: '超勤', hours: 6, lateNight: 2.25, staff: 1, status: '手入力', check: '', id: '手入力-1' });
    expect(ledger.rows[1]!.check).toBe('B3「局」: 局「総務局」は局一覧 (設定シート) にありません。');
    expect(ledger.entries).toHaveLength(1);
    expect(ledger.entries[0]).toMatchObject({ bureau: 'nenkin', person: '佐藤', date: '2026-06-05', hours: 6, kind: 'overtime' });
  });

  it('warns at 80 % of the 45-hour cap of an 自律 bureau, and of the 100-hour cap of a 他律 one', () => {
    const entry = (bureau: string, date: string, hours: number): StandbyEntry =>
      ({ bureau, person: '', date: isoDate(date), hours, lateNightHours: 0, staff: 4, kind: 'standby', source: '' });
    const tallies = tallyStandby([
      entry('nenkin', '2026-06-02', 20), entry('nenkin', '2026-06-10', 16), entry('hoken', '2026-06-03', 79), entry('hoken', '2026-06-10', 1), entry('isei', '2026-06-10', 10),
    ], { month: '2026-06', bureaus: directory });
    const rows = tallyRows(tallies);
    expect(rows.map((r) => [r.bureau, r.unit, r.monthHours, r.staffHours, r.days, r.status])).toEqual([
      ['医政局', '他律部署', 10, 40, 1, '上限内'],
      ['保険局', '他律部署', 80, 320, 2, '上限に接近'],
      ['年金局', '自律部署', 36, 144, 2, '上限に接近'],
    ]);
    expect(rows[2]!.warnings).toBe('月の時間外が上限の 80% に達しました (36 時間 / 上限 45 時間)。');
    expect(rows[1]!.warnings).toBe('月の時間外が上限の 80% に達しました (80 時間 / 上限 100 時間未満)。');
    expect(rows[0]!.average).toBe('5 (2か月)'); // (10 + 0) / 2: the worst of the 2–6 month averages
  });
});

describe('実績 cells', () => {
  it('reads a time of day in the standby night: from noon the standby day, before noon the next morning', () => {
    expect(progressInstant('19:30', isoDate('2026-06-10'))).toBe(at('19:30'));
    expect(progressInstant('01:30', isoDate('2026-06-10'))).toBe(at('01:30', '2026-06-11'));
    expect(progressInstant(0.8125, isoDate('2026-06-10'))).toBe(at('19:30')); // Excel's time fraction for 19:30
    expect(progressInstant(instantToSerial(at('23:05')), isoDate('2026-06-10'))).toBe(at('23:05'));
    expect(progressInstant('2026/6/10 21:15', isoDate('2026-06-10'))).toBe(at('21:15'));
    expect(progressInstant('', isoDate('2026-06-10'))).toBeUndefined();
    expect(progressInstant('夜', isoDate('2026-06-10'))).toBeNull();
  });
});
