/**
 * @file 待機日の計画 (planStandbyDay): every sitting whose standby day it is, planned together — the 問 of all
 * sittings share the bureaus' drafters; the allocation closes for the whole day only when every sitting that can
 * still happen is known and fixed, every questioner of each is at 問取り完了 or 当省なし, and every 問 has a fixed
 * 執筆 owner; each bureau's release, 当番 and 呼び戻し follow from it (see internal/release-timeline.ts and
 * evening.md). Pure and deterministic. planEvening is this function for one sitting.
 */
import type { StandbyDayInput, StandbyDayPlan } from './evening-types';
import { computeStandbyDay } from './internal/compute-day';
import { allocationRow, itemRow, releaseRow, summaryRow } from './plan-rows';

/**
 * Plans a standby day.
 * @example planStandbyDay({ sittings: [a, b], bureaus }).bureaus.find((x) => x.bureau === 'isei')!.holds
 *   //=> ['割振りが確定していないため待機を続けます (甲委員の通告が要旨のみ（問取り未了）)。']
 */
export function planStandbyDay(input: StandbyDayInput): StandbyDayPlan {
  const day = computeStandbyDay(input);
  const bureaus = day.releases.map((r) => releaseRow(r, day));
  const sittings = day.sittings.map((p) => {
    const items = p.items.map((i) => itemRow(i, p, day));
    return {
      sitting: p.sitting,
      standbyDay: day.standbyDay,
      allocation: allocationRow(day, p),
      items,
      bureaus,
      slots: p.slots.map((x) => ({ ...x.s, itemIds: x.used })),
      summary: summaryRow(items, p, bureaus),
      warnings: day.warnings,
    };
  });
  const recalls = bureaus.flatMap((b) => b.recalls).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { standbyDay: day.standbyDay, allocation: allocationRow(day), sittings, bureaus, recalls, warnings: day.warnings };
}
