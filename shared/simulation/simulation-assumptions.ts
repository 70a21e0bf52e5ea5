/**
 * @file シミュレーションの前提 (assumptions of the late-night simulation), each with its source or marked
 * as an assumption. Editable data validated by `simulationAssumptionsSchema`; the report prints them.
 */
import { z } from 'zod';

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
  /** 従来運用: minutes from the last notice to the final allocation of every 問. */
  baselineAllocationMinutes: number;
  /** 計画運用: minutes from a notice to the fixed owner of its 問. */
  plannedAssignmentMinutes: number;
}

/** The defaults, with sources (sections of shared/simulation/RULES.md). */
export const defaultSimulationAssumptions: SimulationAssumptions = {
  // §3: 衆議院厚生労働委員会 regular days are Wednesday and Friday; committees often start 09:00.
  committee: '衆議院厚生労働委員会',
  sittingWeekdays: [3, 5],
  startTime: '09:00',
  firstSittingOn: '2026-01-07',
  // §4 (朝日 2018-07): a typical MHLW committee day is 8 members ≈ 120 questions.
  // Spread (6–10 members, 8–22 問 each, mean 15) is an assumption around that figure.
  members: { min: 6, max: 10 },
  itemsPerMember: { min: 8, max: 22 },
  // Assumption (no public per-bureau figures): a member's questions touch 1–3 bureaus of the 13-unit
  // MHLW directory (model/bureau.ts), chosen uniformly.
  bureausPerMember: { min: 1, max: 3 },
  // Assumption: 20% of 問 need a 合議 with another bureau, 10% a メモ出し (§4: the sources mention 他局協議 without a share).
  concurrenceShare: 0.2,
  memoShare: 0.1,
  // §2: 2016 survey — notices complete 20:41, allocation final 22:40 on average (119 min);
  // J-CAST 2019: 20:19 → 22:28 (129 min). We use 119.
  baselineAllocationMinutes: 119,
  // §6 target "minutes": assumption 15 min from notice to a fixed owner with the Excel board.
  plannedAssignmentMinutes: 15,
};

const range = (max: number) => z.object({ min: z.number().int().min(0).max(max), max: z.number().int().min(0).max(max) })
  .refine((r) => r.min <= r.max, { message: '最小は最大以下にしてください' });

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
  baselineAllocationMinutes: z.number().int().min(0).max(24 * 60),
  plannedAssignmentMinutes: z.number().int().min(0).max(24 * 60),
});
