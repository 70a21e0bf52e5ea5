/** @file シミュレーションの型: generated sitting days, per-day outcomes and the summary printed as JSON. */
import type { EveningNotice, EveningSitting } from '../evening/evening-types';
import type { Role } from '../model/assignment';
import type { SimulationAssumptions } from './simulation-assumptions';
import type { SimulationPolicy } from './simulation-policy';

/** 生成された開会日: the sitting, its notices and who does what (times are added by each policy). */
export interface SimulatedDay {
  sitting: EveningSitting;
  notices: EveningNotice[];
  roles: { questionKey: string; itemLabel: string; bureau: string; role: Role }[];
}

/** 待機解除 under one release rule: per bureau, and the day's staff-hours. */
export interface ReleaseOutcome {
  /** 待機解除 per bureau (minutes after the standby day's midnight); every bureau is released in the simulation. */
  releaseMinutes: number[];
  /** 深夜帯 (22:00–05:00) staff-hours (hours × 待機要員) summed over bureaus. */
  lateNightStaffHours: number;
  /** 終業 (18:15) 以降 staff-hours summed over bureaus. */
  staffHoursPastRegularEnd: number;
}

/**
 * 1日の結果 of one planner run (allocation time and slots fixed), under both release rules; a policy's
 * `keepEveryoneShare` weighs them. Clock values are minutes after midnight starting the standby day (25:10 = 1510).
 */
export interface DayOutcome {
  sittingOn: string;
  /** 局ごとの解除: each bureau at the first moment the allocation is closed and its own work is done (planner). */
  perBureau: ReleaseOutcome;
  /** 全局待機: no bureau before the sitting's last 局長了 (nor before its own release). */
  keepEveryone: ReleaseOutcome;
  /** 最後の局長了. */
  lastDoneMinutes: number;
  /** 最後の着手可能 (last owner fixed). */
  lastStartMinutes: number;
  itemCount: number;
  eveningCount: number;
  /** 朝レクにも間に合わない問. */
  missedMorningCount: number;
}

/** 運用ごとの指標 (release-rule figures weighted by the policy's `keepEveryoneShare`). */
export interface PolicyMetrics {
  /** 深夜帯 (22:00–05:00) の待機人時: mean per sitting day. */
  lateNightStaffHours: number;
  /** Same, summed over all simulated days. */
  lateNightStaffHoursTotal: number;
  /** 終業 (18:15) 以降の待機人時: mean per sitting day. */
  staffHoursPastRegularEnd: number;
  /** 待機解除時刻の中央値 over every bureau-day ('HH:MM', 24+ after midnight). */
  releaseTimeMedian: string;
  releaseTimeMedianMinutes: number;
  /** Share of bureau-days released by 22:00. */
  releasedBy2200Share: number;
  /** 最後の局長了の中央値 over days. */
  lastAnswerDoneMedian: string;
  lastAnswerDoneMedianMinutes: number;
  /** 最後の局長了の平均 over days — what the surveys report ('全ての答弁作成が完了した日時', an average). */
  lastAnswerDoneMean: string;
  lastAnswerDoneMeanMinutes: number;
  /** 最終の着手可能時刻: median, and mean (to compare with the survey's average). */
  lastAnswerStartMedian: string;
  lastAnswerStartMean: string;
  lastAnswerStartMeanMinutes: number;
  /** 夕方レクで説明できた問の割合. */
  eveningBriefedShare: number;
  /** 朝レクにも間に合わない問の割合. */
  missedMorningShare: number;
}

/** 調査の平均 of a scenario, as text and as minutes after the standby day's midnight. */
export interface SurveyComparison {
  lastAnswerStart: string;
  lastAnswerStartMinutes: number;
  allAnswersDone: string;
  allAnswersDoneMinutes: number;
  /** 従来運用の平均 − 調査の平均 (minutes); the calibration holds when |…| ≤ `toleranceMinutes`. */
  baselineMinusSurveyMinutes: number;
  toleranceMinutes: number;
}

/** npm run simulate -- --json output (one scenario); `cutRange`, `decomposition`, `sensitivity` come from analyseScenario. */
export interface SimulationSummary {
  scenario: string;
  scenarioLabel: string;
  days: number;
  seed: number;
  baseline: PolicyMetrics;
  planned: PolicyMetrics;
  /** 計画 ÷ 従来 of the late-night staff-hours (1 = no change, 0.7 = −30%). */
  plannedOverBaseline: number;
  survey: SurveyComparison;
  assumptions: {
    scenarioSource: string;
    noticeBands: { label: string; share: number }[];
    survey: { lastAnswerStart: string; allAnswersDone: string; pipelineMinutes: number };
    drafting: { 執筆: number; 合議: number; メモ出し: number; 課長了: number; 局長了: number; draftersPerBureau: number };
    regularStart: string;
    regularEnd: string;
    lateNight: string;
    eveningSlots: string;
    morningSlot: string;
    bureaus: number;
    simulation: SimulationAssumptions;
    policies: { baseline: SimulationPolicy & { label: string }; planned: SimulationPolicy & { label: string } };
  };
}

/** runSimulation の結果: the summary and the per-day outcomes (for charts and tests). */
export interface SimulationRun {
  summary: SimulationSummary;
  baselineDays: DayOutcome[];
  plannedDays: DayOutcome[];
}
