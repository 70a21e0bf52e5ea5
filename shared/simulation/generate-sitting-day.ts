/**
 * @file 開会日の生成 (one simulated sitting day): members, notice arrival times drawn from a survey
 * scenario, 問 per member and the bureau mix (who drafts, 合議, メモ出し). Pure; all randomness comes
 * from the seeded generator passed in.
 */
import type { Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import type { IsoDate } from '../dates/iso-date';
import { openDayBefore } from '../deadline/notice-deadline';
import type { EveningNotice } from '../evening/evening-types';
import { clockMin, fromMin, midnightMin } from '../evening/internal/minutes';
import type { NoticeDay, NoticeScenario } from './notice-scenarios';
import type { SimulationAssumptions } from './simulation-assumptions';
import type { SimulatedDay } from './simulation-types';
import { type Random, distinctIndexes, truncatedExponential, uniformInt, weightedIndex } from './internal/sample';

/**
 * Generates one sitting day. `bureauIds` is the directory the 問 are spread over.
 * @example generateSittingDay(seededRandom(1), noticeScenarios[0], '2026-06-10', ids, defaultSimulationAssumptions)
 */
export function generateSittingDay(
  random: Random,
  scenario: NoticeScenario,
  sittingOn: IsoDate,
  bureauIds: readonly string[],
  assumptions: SimulationAssumptions,
  calendar: Calendar = defaultCalendar(),
): SimulatedDay {
  const days: Record<NoticeDay, number> = {
    dayBefore: midnightMin(openDayBefore(sittingOn, 1, calendar), calendar),
    twoDaysBefore: midnightMin(openDayBefore(sittingOn, 2, calendar), calendar),
  };
  const memberCount = uniformInt(random, assumptions.members.min, assumptions.members.max);
  const notices: EveningNotice[] = [];
  const roles: SimulatedDay['roles'] = [];
  const questioners: string[] = [];
  for (let m = 1; m <= memberCount; m++) {
    const member = `質問者${m}`;
    questioners.push(member);
    const id = `${sittingOn}-${m}`;
    const at = noticeMinute(random, scenario, days, assumptions.lateTailMeanMinutes);
    const itemCount = uniformInt(random, assumptions.itemsPerMember.min, assumptions.itemsPerMember.max);
    const topics = distinctIndexes(random, bureauIds.length, uniformInt(random, assumptions.bureausPerMember.min, assumptions.bureausPerMember.max));
    const items: { label: string }[] = [];
    for (let k = 1; k <= itemCount; k++) {
      const label = `問${k}`;
      items.push({ label });
      const writer = topics[uniformInt(random, 0, topics.length - 1)]!;
      roles.push({ questionKey: id, itemLabel: label, bureau: bureauIds[writer]!, role: '執筆' });
      if (bureauIds.length < 2) continue;
      if (random() < assumptions.concurrenceShare) roles.push({ questionKey: id, itemLabel: label, bureau: bureauIds[other(random, bureauIds.length, writer)]!, role: '合議' });
      if (random() < assumptions.memoShare) roles.push({ questionKey: id, itemLabel: label, bureau: bureauIds[other(random, bureauIds.length, writer)]!, role: 'メモ出し' });
    }
    // The survey's arrival time is the complete notice (問取り完了), as the simulation has always assumed.
    notices.push({ id, member, receivedAt: fromMin(at), items, stage: '問取り完了' });
  }
  return {
    sitting: { id: `${assumptions.committee}@${sittingOn}`, committee: assumptions.committee, sittingOn, startTime: assumptions.startTime, questioners },
    notices,
    roles,
  };
}

/** A bureau index other than `not` (uniform). */
function other(random: Random, n: number, not: number): number {
  const k = uniformInt(random, 0, n - 2);
  return k >= not ? k + 1 : k;
}

/** Arrival minute of one notice: pick the band by its share, then a time inside it (tail: mean delay `tailMean`). */
function noticeMinute(random: Random, scenario: NoticeScenario, days: Record<NoticeDay, number>, tailMean: number): number {
  const band = scenario.bands[weightedIndex(random, scenario.bands.map((b) => b.share))]!;
  if (band.kind === 'tail') {
    const from = days[band.day] + clockMin(band.from);
    const until = days[band.day] + clockMin(band.until);
    return Math.round(from + truncatedExponential(random, tailMean, until - from));
  }
  const windows = band.windows.map((w) => [days[w.day] + clockMin(w.from), days[w.day] + clockMin(w.to)] as const);
  let u = random() * windows.reduce((a, [s, e]) => a + (e - s), 0);
  for (const [s, e] of windows) {
    if (u < e - s) return Math.floor(s + u);
    u -= e - s;
  }
  return windows[windows.length - 1]![1] - 1;
}
