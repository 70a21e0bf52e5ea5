/**
 * @file 待機解除の規則 for the simulation: a simulated day has exactly one sitting by construction (no other
 * committee can sit, so no 定例日 sitting is pending), and — as in the published calibration — a bureau
 * is not held for its 夕方レク (the simulation compares allocation policies, not briefing attendance). Every
 * other rule is the product's default.
 */
import { type StandDownRules, defaultStandDownRules } from '../evening/stand-down-rules';

export const simulationStandDownRules: StandDownRules = { ...defaultStandDownRules, regularSittings: [], attendEveningSlots: false };
