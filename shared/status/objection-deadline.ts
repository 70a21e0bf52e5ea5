/** @file 異議申立期限: proposedAt + 60 min, and the minutes left on a given `now`. */
import { addMinutes, type JstInstant, minutesBetween } from '../dates/jst';
import { OBJECTION_WINDOW_MINUTES, type Assignment } from '../model/assignment';

/** When the objection window of a proposed assignment closes. */
export function objectionDeadline(a: Pick<Assignment, 'proposedAt'>, windowMinutes = OBJECTION_WINDOW_MINUTES): JstInstant {
  return addMinutes(a.proposedAt, windowMinutes);
}

/** Minutes left to object (0 when closed, null when not in the proposed state). */
export function objectionMinutesLeft(a: Pick<Assignment, 'proposedAt' | 'state'>, now: JstInstant, windowMinutes = OBJECTION_WINDOW_MINUTES): number | null {
  if (a.state !== 'proposed') return null;
  return Math.max(0, minutesBetween(now, objectionDeadline(a, windowMinutes)));
}
