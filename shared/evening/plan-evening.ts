/**
 * @file 夕方レク計画 (planEvening): for one sitting, schedules every 問 (draft → 合議 → 課長了 → 局長了),
 * places it in an evening slot (the day before) or the morning slot with the reason, and computes each
 * bureau's 待機解除 with its hours past 18:15 and in the late-night band. Pure and deterministic.
 *
 * Model (rules are data, see evening-rules.ts):
 * - A 問 can be drafted once its notice arrived AND its 執筆 owner is fixed (了承/確定).
 * - Each bureau has `drafters` people; a step (執筆, メモ出し, 合議) takes one drafter for its minutes.
 *   Steps are served first come, first served by the time they became ready (ties: notice order), so a
 *   later notice never delays work that was ready before it, except by occupying a drafter it waits for.
 * - メモ出し runs alongside the draft (the draft is done when both are); 合議 follows the draft;
 *   課長了 and 局長了 follow as elapsed durations of the drafting bureau.
 * - Before the standby day, work happens only in regular hours of open days; from the start of the
 *   standby day it goes on until done.
 * - Slots are given first come, first served in the same order: each 問 takes the earliest evening
 *   slot that starts after its 局長了 (+ briefing lead) and has room; otherwise the morning slot.
 * - Allocation closes for the standby day when every sitting that can still happen is known and fixed, every
 *   questioner is at 問取り完了 or 当省なし (a notice without a stage is 不明, not complete), and every 問 has a
 *   fixed owner. A bureau is released at the first moment the allocation is closed (or the coordinator decided)
 *   and it has no unfinished step and no 夕方レク still to attend; once released it stays released unless new
 *   work reaches it (呼び戻し: 追加通告, 合議依頼, 更問い). With 当番 settings it keeps only the duty people meanwhile.
 */
import type { EveningInput, EveningPlan } from './evening-types';
import { planStandbyDay } from './plan-standby-day';

/**
 * 夕方レク計画 for one sitting: the standby day of this sitting alone (planStandbyDay). See the file header.
 * @example planEvening({ sitting, notices, assignments, bureaus }).items[0].slotId //=> 'evening-1830'
 */
export function planEvening(input: EveningInput): EveningPlan {
  return planStandbyDay({ ...input, sittings: [input] }).sittings[0]!;
}
