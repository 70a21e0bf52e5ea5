/**
 * @file 通告到着のシナリオ (notice-arrival scenarios) from the 内閣人事局 「国会対応業務に関する実態調査」
 * (figures and press sources in shared/simulation/RULES.md §1). Each band's share is the survey's; how notices
 * spread INSIDE a band is an assumption, written next to it. The delay of the notices after 18:00 is not in the
 * surveys: it is a calibrated parameter (`SimulationAssumptions.lateTailMeanMinutes`, shared/simulation/RULES.md §4).
 * Editable data, validated by `noticeScenarioSchema`.
 */
import { z } from 'zod';

/** 開会日から数えた日: 前々日 (2nd open day before) or 前日 (previous open day). */
export type NoticeDay = 'twoDaysBefore' | 'dayBefore';

/** A window of arrival: uniform over the listed wall-clock windows (weighted by their length). */
export interface UniformBand {
  kind: 'uniform';
  label: string;
  share: number;
  windows: { day: NoticeDay; from: string; to: string }[];
}

/**
 * A tail after a time: from + a truncated exponential delay, never later than `until` ('24:30' = 00:30 next day).
 * The mean delay is a model parameter (`SimulationAssumptions.lateTailMeanMinutes`), not survey data.
 */
export interface TailBand {
  kind: 'tail';
  label: string;
  share: number;
  day: NoticeDay;
  from: string;
  until: string;
}

export type NoticeBandSpec = UniformBand | TailBand;

/** 調査の値 used to check the simulated baseline (calibration): averages over ministries and sitting days. */
export interface SurveyFigures {
  /** 最終の答弁作成着手可能日時 (average, the day before) 'HH:MM'. */
  lastAnswerStart: string;
  /** 全ての答弁作成が完了した日時 (average) as office time past midnight ('26:56' = 02:56). */
  allAnswersDone: string;
  /** 着手→完了 (minutes): the drafting pipeline for the last answer. */
  pipelineMinutes: number;
}

/** シナリオ. */
export interface NoticeScenario {
  id: string;
  label: string;
  source: string;
  bands: NoticeBandSpec[];
  survey: SurveyFigures;
}

/**
 * The "after 18:00 the day before" band: cut at 24:30 — the latest "all notices in" in the 2016 survey of
 * 17 ministries (河野太郎 blog 2016-07-16, shared/simulation/RULES.md §2). The spread after 18:00 is calibrated (shared/simulation/RULES.md §4).
 */
const lateTail = (share: number): TailBand => ({
  kind: 'tail', label: '前日18時以降', share, day: 'dayBefore', from: '18:00', until: '24:30',
});

/** The three surveyed distributions (shared/simulation/RULES.md §1). */
export const noticeScenarios: readonly NoticeScenario[] = [
  {
    id: '2022',
    label: '2022年 臨時会 (第210回)',
    source: '内閣人事局調査 2023-01-20 公表 (日経, NHK, 産経): 前々日正午まで 19%、前日正午まで 57%、前日18時まで 94%、18時以降 6%; 着手可能 19:54、完了 02:56',
    bands: [
      // Assumption inside the band: the morning of 前々日 (notices days earlier change nothing: they are drafted in the daytime).
      { kind: 'uniform', label: '前々日正午まで', share: 0.19, windows: [{ day: 'twoDaysBefore', from: '09:30', to: '12:00' }] },
      // Assumption: spread over the working hours between 前々日正午 and 前日正午.
      { kind: 'uniform', label: '前日正午まで', share: 0.38, windows: [{ day: 'twoDaysBefore', from: '12:00', to: '18:15' }, { day: 'dayBefore', from: '09:30', to: '12:00' }] },
      { kind: 'uniform', label: '前日18時まで', share: 0.37, windows: [{ day: 'dayBefore', from: '12:00', to: '18:00' }] },
      lateTail(0.06),
    ],
    survey: { lastAnswerStart: '19:54', allAnswersDone: '26:56', pipelineMinutes: 422 },
  },
  {
    id: '2023',
    label: '2023年 臨時会 (第212回)',
    source: '内閣人事局調査 2024-01-23 公表 (J-CAST): 前々日まで 56.5%、前日18時まで 41.0%、それ以降 2.5% (n = 1,022); 着手可能 18:26、完了 25:31、差 7時間05分',
    bands: [
      // The survey says "by 前々日" without a time; assumption: spread over 前々日's working hours.
      { kind: 'uniform', label: '前々日まで', share: 0.565, windows: [{ day: 'twoDaysBefore', from: '09:30', to: '18:15' }] },
      { kind: 'uniform', label: '前日18時まで', share: 0.41, windows: [{ day: 'dayBefore', from: '09:30', to: '18:00' }] },
      lateTail(0.025),
    ],
    survey: { lastAnswerStart: '18:26', allAnswersDone: '25:31', pipelineMinutes: 425 },
  },
  {
    id: '2025',
    label: '2025年 通常会 (第217回)',
    source: '内閣人事局調査 2025-07 公表 (テレ朝 via 日刊スポーツ, NHK, 毎日): 前々日まで ≈50%、前日18時まで ≈46%、それ以降 ≈4%; 着手可能 18:32、完了 25:48、作成 7時間16分',
    bands: [
      { kind: 'uniform', label: '前々日まで', share: 0.5, windows: [{ day: 'twoDaysBefore', from: '09:30', to: '18:15' }] },
      { kind: 'uniform', label: '前日18時まで', share: 0.46, windows: [{ day: 'dayBefore', from: '09:30', to: '18:00' }] },
      lateTail(0.04),
    ],
    survey: { lastAnswerStart: '18:32', allAnswersDone: '25:48', pipelineMinutes: 436 },
  },
];

const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '時刻は HH:MM 形式です');
const officeTime = z.string().regex(/^([0-3]\d|4[0-7]):[0-5]\d$/, '時刻は HH:MM 形式です (24時以降は 25:30 のように)');
const noticeDay = z.enum(['twoDaysBefore', 'dayBefore']);

/** Validates an edited scenario; shares must add up to 1. */
export const noticeScenarioSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  source: z.string(),
  bands: z.array(z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('uniform'), label: z.string().min(1), share: z.number().min(0).max(1),
      windows: z.array(z.object({ day: noticeDay, from: wallTime, to: wallTime }).refine((w) => w.from < w.to, { message: '終了は開始より後にしてください' })).min(1),
    }),
    z.object({ kind: z.literal('tail'), label: z.string().min(1), share: z.number().min(0).max(1), day: noticeDay, from: wallTime, until: officeTime }),
  ])).min(1),
  survey: z.object({ lastAnswerStart: officeTime, allAnswersDone: officeTime, pipelineMinutes: z.number().int().positive().max(24 * 60) }),
}).refine((s) => Math.abs(s.bands.reduce((a, b) => a + b.share, 0) - 1) < 1e-6, { message: '各帯の割合の合計は 1 (100%) にしてください', path: ['bands'] });

/**
 * Minutes after the midnight that starts the standby day of an office time 'HH:MM' (hours may pass 24).
 * @example officeClockMinutes('25:31') //=> 1531
 */
export function officeClockMinutes(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}
