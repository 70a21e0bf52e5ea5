/**
 * @file 安全条件 (property, shared/evening/RULES.md §9): over many seeded random evenings — sittings listed, typed in late, left 予定,
 * cancelled or never typed on their 定例日; questioners going 要旨のみ → 問取り中 → 問取り完了 or 当省なし (or stopping
 * half-way), 追加通告 after completion, 問 assigned late or never, 合議 requests, 局長了/課長了 reported or not, レク to
 * attend and 出席不要 — no bureau is ever released at a moment when, by what was known then, a sitting that can still
 * happen is unknown or not fixed, a questioner is not at 問取り完了/当省なし, a 問 has no 執筆 owner, or the bureau
 * itself still has work, an open 合議 request or a レク to attend. The oracle below reads the timeline directly,
 * independently of the planner. (Coordinator decisions are the one allowed exception and are not generated.)
 */
import { describe, expect, it } from 'vitest';
import { type ReplayFile, replayEvening, replayFileSchema, seededRandom } from '@shared/index';

const DAY = '2026-06-09';
const BUREAUS = ['医政局', '老健局', '保険局', '年金局', '職業安定局', '健康局'];
const START = Date.parse(`${DAY}T09:00:00+09:00`);
const UNTIL = Date.parse('2026-06-10T05:00:00+09:00');
const iso = (ms: number) => {
  const d = new Date(ms + 9 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:00+09:00`;
};

type Event = Record<string, unknown> & { at: string; type: string };

/** One random evening as a replay file (every event before 05:00). */
function randomEvening(random: () => number): ReplayFile {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;
  const minute = (from: number, to: number) => from + Math.floor(random() * Math.max(1, (to - from) / 60_000)) * 60_000;
  const later = (from: number, min: number, max: number) => from + (min + Math.floor(random() * (max - min + 1))) * 60_000;
  const events: Event[] = [];
  const push = (ms: number, e: Record<string, unknown> & { type: string }) => { if (ms < UNTIL) events.push({ ...e, at: iso(ms) }); };
  const sittings: Record<string, unknown>[] = [];
  const kourou = { id: '衆厚労', committee: '厚生労働委員会', house: '衆議院', date: '2026-06-10', start: '09:00', questioners: ['甲', '乙', '丙'].slice(0, 1 + Math.floor(random() * 3)) };
  const yosan = { id: '衆予算', committee: '予算委員会', house: '衆議院', date: '2026-06-10', start: '10:00', questioners: ['丁', '戊'].slice(0, 1 + Math.floor(random() * 2)) };
  const live: (typeof kourou & { from: number })[] = [];
  // 衆厚労 sits on its 定例日: listed (70 %), typed in later (15 %), or never typed (15 %).
  const k = random();
  if (k < 0.7) { sittings.push({ ...kourou, state: 'セット済み' }); live.push({ ...kourou, from: START }); }
  else if (k < 0.85) {
    const typed = minute(START, UNTIL - 2 * 3_600_000);
    push(typed, { type: 'sitting', ...kourou, state: pick(['セット済み', '開会確定', '中止']) });
    live.push({ ...kourou, from: typed });
  }
  // 衆予算: none, listed as set, or 予定 that is later set or cancelled (or never decided).
  const y = random();
  if (y < 0.4) { sittings.push({ ...yosan, state: 'セット済み' }); live.push({ ...yosan, from: START }); }
  else if (y < 0.7) {
    sittings.push({ ...yosan, state: '予定' });
    live.push({ ...yosan, from: START });
    if (chance(0.8)) push(minute(START, UNTIL), { type: 'sitting', ...yosan, state: pick(['セット済み', 'セット済み', '中止']) });
  }
  for (const s of live) {
    for (const q of s.questioners) {
      if (chance(0.1)) continue; // never gives notice
      let t = minute(s.from, UNTIL - 3_600_000);
      let n = 0;
      const items = (count: number, at: number) => Array.from({ length: count }, () => {
        const label = `問${++n}`;
        const owner = pick(BUREAUS);
        const mode = random();
        const key = `${s.id}/${q}/${label}`;
        let fixed: number | null = at;
        if (mode < 0.25) { fixed = chance(0.85) ? later(at, 5, 90) : null; if (fixed !== null) push(fixed, { type: 'assign', item: key, bureau: owner, role: '執筆' }); }
        if (fixed !== null) {
          if (chance(0.8)) push(later(fixed, 20, 420), { type: 'approve', item: key, level: '局長了' });
          if (chance(0.2)) {
            const asked = later(fixed, 10, 300);
            push(asked, { type: 'concurrence', item: key, from: owner, to: pick(BUREAUS.filter((b) => b !== owner)) });
            if (chance(0.7)) push(later(asked, 10, 120), { type: 'approve', item: key, level: '課長了' });
          }
        }
        return mode < 0.25 ? { label } : { label, bureau: owner, role: '執筆' };
      });
      const stageRun = (from: number) => {
        let at = from;
        if (chance(0.5)) { push(at, { type: 'notice', sitting: s.id, questioner: q, stage: '要旨のみ' }); at = later(at, 10, 180); if (chance(0.1)) return null; }
        if (chance(0.5)) { push(at, { type: 'notice', sitting: s.id, questioner: q, stage: '問取り中' }); at = later(at, 10, 120); if (chance(0.1)) return null; }
        if (chance(0.15)) push(at, { type: 'notice', sitting: s.id, questioner: q, stage: '当省なし' });
        else push(at, { type: 'notice', sitting: s.id, questioner: q, stage: '問取り完了', items: items(1 + Math.floor(random() * 3), at) });
        return at;
      };
      const done = stageRun(t);
      if (done !== null && chance(0.25)) stageRun((t = later(done, 30, 300))); // 追加通告
    }
  }
  for (const b of BUREAUS) {
    if (!chance(0.2)) continue;
    const start = minute(Date.parse(`${DAY}T18:00:00+09:00`), Date.parse(`${DAY}T20:30:00+09:00`));
    const lecture = { type: 'lecture', bureau: b, start: iso(start), end: iso(start + 30 * 60_000) };
    push(minute(START, start), lecture);
    if (chance(0.3)) push(minute(START, start), { ...lecture, attendance: '出席不要' });
  }
  return replayFileSchema.parse({ standbyDay: DAY, bureaus: BUREAUS, sittings, events, until: iso(UNTIL) });
}

/** What was known at `t` that must keep `bureau` (empty = it may go). Reads the timeline directly. */
function holdsAt(file: ReplayFile, t: number, bureau: string): string[] {
  const known = file.events.map((e, i) => ({ e: e as unknown as Event, i, at: Date.parse(e.at) })).filter((x) => x.at <= t).sort((a, b) => a.at - b.at || a.i - b.i);
  const sittings = new Map(file.sittings.map((s) => [s.id, { ...s }]));
  const stage = new Map<string, string>();
  const owner = new Map<string, string>();
  const items = new Set<string>();
  const reports = new Map<string, number[]>();
  const directors = new Set<string>();
  const requests: { item: string; to: string; at: number }[] = [];
  const lectures = new Map<string, { end: number; exempt: boolean; bureau: string }>();
  for (const { e, at } of known) {
    if (e.type === 'sitting') sittings.set(e.id as string, e as never);
    if (e.type === 'notice') {
      stage.set(`${e.sitting}/${e.questioner}`, e.stage as string);
      for (const it of (e.items as { label: string; bureau?: string }[]) ?? []) {
        const key = `${e.sitting}/${e.questioner}/${it.label}`;
        items.add(key);
        if (it.bureau && !owner.has(key)) owner.set(key, it.bureau);
      }
    }
    if (e.type === 'assign' && e.role === '執筆' && !owner.has(e.item as string)) owner.set(e.item as string, e.bureau as string);
    if (e.type === 'approve') {
      reports.set(e.item as string, [...(reports.get(e.item as string) ?? []), at]);
      if (e.level === '局長了') directors.add(e.item as string);
    }
    if (e.type === 'concurrence') requests.push({ item: e.item as string, to: e.to as string, at });
    if (e.type === 'lecture') {
      const key = `${e.bureau}|${e.start}|${e.end}`;
      const had = lectures.get(key);
      if (e.attendance === '出席不要') { if (had) had.exempt = true; }
      else if (!had) lectures.set(key, { end: Date.parse(e.end as string), exempt: false, bureau: e.bureau as string });
    }
  }
  const out: string[] = [];
  if (![...sittings.values()].some((s) => s.committee === '厚生労働委員会' && s.date === '2026-06-10')) out.push('定例日の衆議院厚生労働委員会が未入力');
  for (const s of sittings.values()) {
    if (s.state === '予定') out.push(`${s.id} が予定`);
    if (s.state === '中止') continue;
    const members = new Set([...s.questioners, ...[...stage.keys()].filter((k) => k.startsWith(`${s.id}/`)).map((k) => k.slice(s.id.length + 1))]);
    for (const q of members) {
      const st = stage.get(`${s.id}/${q}`) ?? '通告待ち';
      if (st !== '問取り完了' && st !== '当省なし') out.push(`${s.id}/${q} が ${st}`);
    }
  }
  for (const key of items) if (!owner.has(key)) out.push(`${key} の執筆局が未定`);
  for (const [key, b] of owner) if (b === bureau && !directors.has(key)) out.push(`${key} (自局の執筆) が局長了前`);
  for (const r of requests) {
    if (r.to !== bureau || !owner.has(r.item)) continue;
    if (!(reports.get(r.item) ?? []).some((x) => x >= r.at)) out.push(`${r.item} の合議依頼が未了`);
  }
  for (const l of lectures.values()) if (l.bureau === bureau && !l.exempt && l.end > t) out.push('レクに出席前');
  return out;
}

describe('safe stand-down — no bureau is released while something known could still reach it (property)', () => {
  it('holds over 300 seeded random evenings', () => {
    const random = seededRandom(12);
    let releases = 0;
    let recalls = 0;
    for (let n = 0; n < 300; n++) {
      const file = randomEvening(random);
      const { output } = replayEvening(file);
      for (const b of output.bureaus) {
        const moments = [b.releasedAt, ...b.recalls.map((r) => r.until)].filter((x): x is string => x !== null);
        for (const at of moments) {
          releases++;
          expect(holdsAt(file, Date.parse(at), b.bureau), `evening ${n}: ${b.bureau} released at ${at}\n${JSON.stringify(file)}`).toEqual([]);
        }
        recalls += b.recalls.length;
      }
    }
    // The generator really exercises releases and recalls.
    expect(releases).toBeGreaterThan(300);
    expect(recalls).toBeGreaterThan(20);
  });
});
