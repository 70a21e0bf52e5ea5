/**
 * @file 超過勤務の上限 (overtime caps) as editable data: 人事院規則15-14 第16条の2の2 (from April 2019),
 * shared/standby/RULES.md §1. The ledger warns at `warnShare` of a cap before it is reached.
 */
import { z } from 'zod';

/** 上限. */
export interface OvertimeCaps {
  /** 自律部署 (ordinary units): ≤ 45 h a month, ≤ 360 h a year. */
  autonomous: { monthlyMax: number; yearlyMax: number };
  /**
   * 他律部署 (units designated because others decide their work; Diet work is the classic case):
   * < 100 h a month, ≤ 720 h a year, every 2–6 month average ≤ 80 h, at most 6 months a year over 45 h.
   */
  otherDirected: {
    monthlyBelow: number;
    yearlyMax: number;
    averageMax: number;
    averageMonths: { from: number; to: number };
    overThreshold: number;
    monthsOverMax: number;
  };
  /** 警告: warn when a value reaches this share of its cap (0.8 = 80 %). */
  warnShare: number;
  /**
   * 年の始まり: the cap's year is the 年度 from April (4). Assumption to confirm with 人事課: 人事院's
   * guidance counts 1年 from 4月1日; set 1 for calendar years.
   */
  yearStartMonth: number;
}

/** 人事院規則15-14 第16条の2の2 (shared/standby/RULES.md §1). 特例業務 may exceed them; the ledger still shows them. */
export const defaultOvertimeCaps: OvertimeCaps = {
  autonomous: { monthlyMax: 45, yearlyMax: 360 },
  otherDirected: { monthlyBelow: 100, yearlyMax: 720, averageMax: 80, averageMonths: { from: 2, to: 6 }, overThreshold: 45, monthsOverMax: 6 },
  warnShare: 0.8,
  yearStartMonth: 4,
};

const hours = z.number().min(0, '時間は 0 以上です').max(10_000);

/** Validates edited caps. */
export const overtimeCapsSchema = z.object({
  autonomous: z.object({ monthlyMax: hours, yearlyMax: hours }),
  otherDirected: z.object({
    monthlyBelow: hours,
    yearlyMax: hours,
    averageMax: hours,
    averageMonths: z.object({ from: z.number().int().min(1).max(12), to: z.number().int().min(1).max(12) })
      .refine((r) => r.from <= r.to, { message: '平均の月数は 開始 ≤ 終了 にしてください' }),
    overThreshold: hours,
    monthsOverMax: z.number().int().min(0).max(12),
  }),
  warnShare: z.number().gt(0, '警告の割合は 0 より大きくしてください').max(1, '警告の割合は 1 (100%) 以下です'),
  yearStartMonth: z.number().int().min(1).max(12),
});
