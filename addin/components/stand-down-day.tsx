/**
 * @file 待機日の安全条件 (StandDownDay): for one standby day, why its allocation is still open (the blockers, in the
 * planner's words), the bureaus on 当番 and who keeps watch, the 呼び戻し and the coordinator's decisions to release
 * before the allocation closed (shared/evening/RULES.md §9). Pure: it never calls Excel.
 */
import type { StandbyDayOverview } from '../board/evening/evening-board';

/** Props. */
export function StandDownDay({ day }: { day: StandbyDayOverview }) {
  return (
    <>
      {day.closedAt === null && day.blockers.length > 0 && (
        <div class="blockers">
          <p class="warn">割振り未確定 — 誰も解除できません:</p>
          <ul class="entries">{day.blockers.map((b) => <li key={b}>{b}</li>)}</ul>
        </div>
      )}
      {day.onDuty.length > 0 && <p class="hint">当番: {day.onDuty.map((d) => `${d.name} (${d.people})`).join('、')}</p>}
      {day.recalls.length > 0 && (
        <div class="recalls">
          <p class="bad">呼び戻し {day.recalls.length} 件:</p>
          <ul class="entries">{day.recalls.map((r) => <li key={r}>{r}</li>)}</ul>
        </div>
      )}
      {day.decisions.length > 0 && <p class="muted">割振り確定前に解除: {day.decisions.join(' / ')}</p>}
    </>
  );
}
