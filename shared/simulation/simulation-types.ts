/** @file シミュレーションの型: generated sitting days, per-day outcomes and the summary printed as JSON. */
import type { EveningNotice, EveningSitting } from '../evening/evening-types';
import type { Role } from '../model/assignment';
import type { SimulationAssumptions } from './simulation-assumptions';

/** 生成された開会日: the sitting, its notices and who does what (times are added by each policy). */
export interface SimulatedDay {
  sitting: EveningSitting;
  notices: EveningNotice[];
  roles: { questionKey: string; itemLabel: string; bureau: string; role: Role }[];
}

/** 1日の結果 of one policy. Clock values are minutes after midnight starting the standby day (25:10 = 1510). */
export interface DayOutcome {
  sittingOn: string;
  /** 待機解除 per bureau (minutes); every bureau is released in the simulation. */
  releaseMinutes: number[];
  /** 最後の局長了. */
  lastDoneMinutes: number;
  /** 最後の着手可能 (last owner fixed). */
  lastStartMinutes: number;
  lateNightStaffHours: number;
  staffHoursPastRegularEnd: number;
  itemCount: number;
  eveningCount: number;
  /** 朝レクにも間に合わない問. */
  missedMorningCount: number;
}

/** 運用ごとの指標. */
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
  /** 最終の着手可能時刻の中央値 (to compare with the survey). */
  lastAnswerStartMedian: string;
  /** 夕方レクで説明できた問の割合. */
  eveningBriefedShare: number;
  /** 朝レクにも間に合わない問の割合. */
  missedMorningShare: number;
}

/** npm run simulate -- --json output. */
export interface SimulationSummary {
  scenario: string;
  scenarioLabel: string;
  days: number;
  seed: number;
  baseline: PolicyMetrics;
  planned: PolicyMetrics;
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
    policies: { baseline: string; planned: string };
  };
}

/** runSimulation の結果: the summary and the per-day outcomes (for charts and tests). */
export interface SimulationRun {
  summary: SimulationSummary;
  baselineDays: DayOutcome[];
  plannedDays: DayOutcome[];
}
