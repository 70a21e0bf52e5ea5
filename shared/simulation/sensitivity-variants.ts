/**
 * @file 感度の前提 (sensitivity variants) as data: which assumption is changed, the values tried, and how a
 * value changes the run — the assumptions (both policies, new days), the rules, or one policy only.
 * A new variant is one entry here. The safe-release rules of the stand-down work (shared/evening/RULES.md §9) join
 * as `safeReleaseRules`: the product's レク attendance against the simulation's rules (the planned side only; the
 * baseline has no evening slots to attend).
 */
import type { EveningRules } from '../evening/evening-rules';
import { defaultEveningRules } from '../evening/evening-rules';
import type { SimulationAssumptions } from './simulation-assumptions';
import { simulationMessages as msg } from './simulation-messages';
import { type SimulationPolicy, baselinePolicy, plannedPolicy } from './simulation-policy';

/** What one value changes (omitted = as in the main run). */
export interface SensitivityChange {
  assumptions?: SimulationAssumptions;
  rules?: EveningRules;
  baseline?: SimulationPolicy;
  planned?: SimulationPolicy;
  /** The baseline's planner input does not change (e.g. 夕方レク capacity: the baseline has no evening slots), so its main run is reused. */
  baselineUnchanged?: boolean;
}

/** 感度の前提. */
export interface SensitivityVariant {
  key: string;
  assumption: string;
  values: readonly number[];
  defaultValue(a: SimulationAssumptions, rules?: EveningRules): number;
  apply(value: number, a: SimulationAssumptions, rules?: EveningRules): SensitivityChange;
}

/** The variants of the report and of `--json` (shared/simulation/RULES.md §6: drafters, slot capacity, late-notice tail; plus the planned-side split and the stand-down rules). */
export const sensitivityVariants: readonly SensitivityVariant[] = [
  {
    // Same people on both sides: changes both policies (and moves the baseline off its calibration).
    key: 'draftersPerBureau', assumption: msg.sensDrafters, values: [8, 15, 30],
    defaultValue: (a) => a.draftersPerBureau,
    apply: (v, a) => ({ assumptions: { ...a, draftersPerBureau: v } }),
  },
  {
    key: 'eveningCapacityPerSlot', assumption: msg.sensEveningCapacity, values: [8, 15, 60],
    defaultValue: (_a, r = defaultEveningRules) => r.slots.evening.capacityPerSlot,
    apply: (v, _a, r = defaultEveningRules) => ({
      rules: { ...r, slots: { ...r.slots, evening: { ...r.slots.evening, capacityPerSlot: v } } },
      baselineUnchanged: true,
    }),
  },
  {
    // Same notices on both sides.
    key: 'lateTailMeanMinutes', assumption: msg.sensLateTail, values: [30, 120, 240],
    defaultValue: (a) => a.lateTailMeanMinutes,
    apply: (v, a) => ({ assumptions: { ...a, lateTailMeanMinutes: v } }),
  },
  {
    // 問取り・問起こし is part of today's measured 119 min, so only the planned side moves.
    key: 'hearingMinutes', assumption: msg.sensHearing, values: [30, 60, 90],
    defaultValue: (a) => a.hearingMinutes,
    apply: (v, a) => ({ planned: plannedPolicy({ ...a, hearingMinutes: v }) }),
  },
  {
    // Today's release practice (2016: 4 of 17 kept everyone): 0 = MHLW already releases per bureau, 1 = never narrows.
    key: 'baselineKeepEveryoneShare', assumption: msg.sensBaselineKeepAll, values: [0, 4 / 17, 1],
    defaultValue: (a) => a.baselineKeepEveryoneShare,
    apply: (v, a) => ({ baseline: { ...baselinePolicy(a), keepEveryoneShare: v } }),
  },
  {
    // 0 = the simulation's stand-down rules (as calibrated), 1 = the product's: a bureau stays until its 夕方レク slot ends.
    key: 'safeReleaseRules', assumption: msg.sensSafeRelease, values: [0, 1],
    defaultValue: () => 0,
    apply: (v, a) => ({ planned: { ...plannedPolicy(a), attendLectures: v === 1 } }),
  },
];
