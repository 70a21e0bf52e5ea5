/**
 * @file シミュレーションの前提 (assumptions of the late-night simulation), each with its source in
 * shared/simulation/RULES.md or marked as an assumption. Three kinds, kept apart on purpose:
 * - measured (a survey gives the number): the allocation lag of today's practice, the release practice shares;
 * - calibrated (fitted to the surveys' means by `calibrateBaseline`, never on the planned side): drafters per
 *   bureau and the delay of the notices after 18:00;
 * - planned side, split into what the product does not change (問取り・問起こし) and what it changes (the
 *   allocation decision, given as a range).
 * Editable data validated by `simulationAssumptionsSchema`; the report prints them.
 */
import { z } from 'zod';

/** 計画運用の割振りの判断 (minutes): the range the report's cut range is taken over. */
export interface DecisionRange {
  /** 速い: the workbench's best case. */
  fast: number;
  /** 中央: used for the planned row of the table. */
  central: number;
  /** 遅い: no faster than today (`baselineAllocationMinutes − hearingMinutes`). */
  slow: number;
}

/** 前提. */
export interface SimulationAssumptions {
  /** 委員会 simulated and its regular days (0 = 日 … 6 = 土) and start time. */
  committee: string;
  sittingWeekdays: number[];
  startTime: string;
  /** First date from which sitting days are taken (open days on the regular weekdays). */
  firstSittingOn: string;
  /** 質問者数 per sitting day (uniform integer range). */
  members: { min: number; max: number };
  /** 問 per member (uniform integer range). */
  itemsPerMember: { min: number; max: number };
  /** 局 one member's questions touch (uniform integer range, distinct bureaus). */
  bureausPerMember: { min: number; max: number };
  /** Share of 問 with a 合議 bureau, and with a メモ出し bureau. */
  concurrenceShare: number;
  memoShare: number;
  /** 従来運用 (measured): minutes from a notice to the fixed owner of its 問 — 問取り, 問起こし and the decision. */
  baselineAllocationMinutes: number;
  /** 従来運用 (measured): share of standby days on which no bureau is released before the last answer is done. */
  baselineKeepEveryoneShare: number;
  /** 問取り・問起こし (minutes of the allocation time the product does not change). */
  hearingMinutes: number;
  /** 計画運用: the allocation decision with the workbench (minutes after 問取り・問起こし). */
  plannedDecisionMinutes: DecisionRange;
  /** 較正: drafters per bureau on standby (they draft in parallel). */
  draftersPerBureau: number;
  /** 較正: mean delay after 18:00 of the notices that arrive after 18:00 the day before (truncated exponential). */
  lateTailMeanMinutes: number;
}

/** The defaults, with sources (shared/simulation/RULES.md sections). */
export const defaultSimulationAssumptions: SimulationAssumptions = {
  // shared/simulation/RULES.md §3 (member blogs 2013, 2015): 衆議院厚生労働委員会 regular days are Wednesday and Friday; committees often start 09:00.
  committee: '衆議院厚生労働委員会',
  sittingWeekdays: [3, 5],
  startTime: '09:00',
  firstSittingOn: '2026-01-07',
  // shared/simulation/RULES.md §3 (朝日 2018-07): a typical MHLW committee day is 8 members ≈ 120 questions.
  // Spread (6–10 members, 8–22 問 each, mean 15) is an assumption around that figure.
  members: { min: 6, max: 10 },
  itemsPerMember: { min: 8, max: 22 },
  // Assumption (no public per-bureau figures): a member's questions touch 1–3 bureaus of the 13-unit
  // MHLW directory (model/bureau.ts), chosen uniformly.
  bureausPerMember: { min: 1, max: 3 },
  // Assumption: 20% of 問 need a 合議 with another bureau, 10% a メモ出し (no public share).
  concurrenceShare: 0.2,
  memoShare: 0.1,
  // shared/simulation/RULES.md §2: 2016 survey of 17 ministries — notices complete 20:41, allocation final 22:40 on average (119 min);
  // J-CAST 2019: 20:19 → 22:28 (129 min). We use 119, applied to every notice as it arrives (13 of 17 ministries
  // narrowed standby as notices came in, so today's practice is not a batch after the last notice).
  baselineAllocationMinutes: 119,
  // shared/simulation/RULES.md §2: 2016 survey — 13 of 17 ministries narrowed standby as notices came in, 4 kept everyone.
  baselineKeepEveryoneShare: 4 / 17,
  // shared/simulation/RULES.md §5: 文春 — 問取り 30–60 min after a notice; with 問起こし we take 60 min. Not changed by the product.
  hearingMinutes: 60,
  // shared/simulation/RULES.md §5: today's decision = 119 − 60 = 59 min (slow end: the product does not speed it up); 15 min when the
  // owner is suggested and fixed in the workbook and accepted in the popup (fast end); 30 min central.
  plannedDecisionMinutes: { fast: 15, central: 30, slow: 59 },
  // shared/simulation/RULES.md §4: fitted by calibrateBaseline (npm run simulate -- --calibrate --days 1000 --seed 1).
  draftersPerBureau: 40,
  lateTailMeanMinutes: 120,
};

const range = (max: number) => z.object({ min: z.number().int().min(0).max(max), max: z.number().int().min(0).max(max) })
  .refine((r) => r.min <= r.max, { message: '最小は最大以下にしてください' });
const minutes = z.number().int('分は整数です').min(0, '分は 0 以上です').max(24 * 60, '分は 1440 以下です');

/** Validates edited assumptions. */
export const simulationAssumptionsSchema = z.object({
  committee: z.string().min(1),
  sittingWeekdays: z.array(z.number().int().min(1).max(5)).min(1, '開会曜日を 1 つ以上選んでください'),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '時刻は HH:MM 形式です'),
  firstSittingOn: z.iso.date(),
  members: range(100).refine((r) => r.min >= 1, { message: '質問者は 1 人以上です' }),
  itemsPerMember: range(200).refine((r) => r.min >= 1, { message: '問は 1 問以上です' }),
  bureausPerMember: range(50).refine((r) => r.min >= 1, { message: '局は 1 つ以上です' }),
  concurrenceShare: z.number().min(0).max(1),
  memoShare: z.number().min(0).max(1),
  baselineAllocationMinutes: minutes,
  baselineKeepEveryoneShare: z.number().min(0).max(1),
  hearingMinutes: minutes,
  plannedDecisionMinutes: z.object({ fast: minutes, central: minutes, slow: minutes })
    .refine((d) => d.fast <= d.central && d.central <= d.slow, { message: '割振りの判断は 速い ≤ 中央 ≤ 遅い にしてください' }),
  draftersPerBureau: z.number().int().min(1, '待機要員は 1 人以上です').max(500),
  lateTailMeanMinutes: z.number().int().min(1).max(24 * 60),
}).refine((a) => a.hearingMinutes <= a.baselineAllocationMinutes, {
  message: '問取り・問起こしは従来の割振り時間以下にしてください', path: ['hearingMinutes'],
});
