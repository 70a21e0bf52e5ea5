/**
 * @file 待機解除の規則 for the simulation: a simulated day has exactly one sitting by construction (no other
 * committee can sit, so no 定例日 sitting is pending), and — as in the published calibration — a bureau
 * is not held for its 夕方レク (the simulation compares allocation policies, not briefing attendance). Every
 * other rule is the product's default.
 */
import { type StandDownRules, defaultStandDownRules } from '../evening/stand-down-rules';

export const simulationStandDownRules: StandDownRules = { ...defaultStandDownRules, regularSittings: [], attendEveningSlots: false };

/**
 * The product's rules on a simulated day (the sensitivity's 「製品の規則」): レク attendance as the product has it; still
 * no 定例日 rule, since no other committee is simulated (an untyped 定例日 sitting would otherwise hold every bureau all night).
 */
export const productStandDownRulesForOneSitting: StandDownRules = { ...defaultStandDownRules, regularSittings: [] };
