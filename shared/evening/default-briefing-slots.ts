/**
 * @file 既定のレク枠: evening slots on the standby day (the previous open day) and the morning slot on
 * the sitting day, from the rules (夕方レク 18:30–20:00 in 30-minute slots, 朝レク 07:30).
 */
import type { Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import { fromEpochMs, jstAt, jstTimeOf, toEpochMs } from '../dates/jst';
import { type EveningRules, defaultEveningRules } from './evening-rules';
import type { EveningSitting, EveningSlotInput } from './evening-types';
import { standbyDay } from './standby-day';

/**
 * The default slots for a sitting; the minister is assumed available (users untick a slot otherwise).
 * @example defaultBriefingSlots({ sittingOn: '2026-06-10', … })[0] //=> { id: 'evening-1830', startAt: '2026-06-09T18:30:00+09:00', … }
 */
export function defaultBriefingSlots(
  sitting: Pick<EveningSitting, 'sittingOn'>,
  calendar: Calendar = defaultCalendar(),
  rules: EveningRules = defaultEveningRules,
): EveningSlotInput[] {
  const day = standbyDay(sitting.sittingOn, calendar);
  const { evening, morning } = rules.slots;
  const slots: EveningSlotInput[] = [];
  const end = toEpochMs(jstAt(day, evening.to));
  for (let at = toEpochMs(jstAt(day, evening.from)); at < end; at += evening.slotMinutes * 60_000) {
    const startAt = fromEpochMs(at);
    const hhmm = jstTimeOf(startAt);
    slots.push({
      id: `evening-${hhmm.replace(':', '')}`,
      kind: 'evening',
      label: `夕方レク ${hhmm}`,
      startAt,
      endAt: fromEpochMs(Math.min(at + evening.slotMinutes * 60_000, end)),
      capacity: evening.capacityPerSlot,
      ministerAvailable: true,
    });
  }
  const morningAt = jstAt(sitting.sittingOn, morning.at);
  slots.push({
    id: `morning-${morning.at.replace(':', '')}`,
    kind: 'morning',
    label: `朝レク ${morning.at}`,
    startAt: morningAt,
    endAt: fromEpochMs(toEpochMs(morningAt) + morning.minutes * 60_000),
    capacity: morning.capacity,
    ministerAvailable: true,
  });
  return slots;
}
