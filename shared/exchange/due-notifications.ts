/**
 * @file 通知の判定 (dueNotifications): which milestone and stand-down notifications are due at `now`,
 * each with a stable id so that the platform shows it once.
 */
import { formatWarekiDateTime } from '../dates/format-wareki';
import { type JstInstant, jstTimeOf, minutesBetween } from '../dates/jst';
import { type BureauRules, defaultBureauRules } from './bureau-rules';
import type { BureauView } from './bureau-view';
import { milestoneNotificationId, releaseNotificationId } from './record-ids';

/** 通知. */
export interface DueNotification {
  /** Stable id: milestoneNotificationId (`${milestoneId}@${lead}`) or releaseNotificationId (`release:${releaseId}`). */
  id: string;
  title: string;
  message: string;
}

/**
 * Notifications due now and not yet in `sent`: for each row's next milestone, the tightest lead
 * (60, then 15 min) whose window has opened, and today's stand-down.
 * @example dueNotifications(view, now, new Set()).map((n) => n.id) //=> ['m1@60']
 */
export function dueNotifications(
  view: BureauView,
  now: JstInstant,
  sent: ReadonlySet<string>,
  rules: BureauRules = defaultBureauRules,
): DueNotification[] {
  const out: DueNotification[] = [];
  const leads = [...rules.notifyLeadMinutes].sort((a, b) => a - b);
  const seen = new Set<string>();
  for (const row of view.rows) {
    const m = row.nextMilestone;
    if (!m || row.overdue) continue;
    const left = minutesBetween(now, m.dueAt);
    const lead = leads.find((l) => left <= l);
    if (lead === undefined) continue;
    const id = milestoneNotificationId(m.id, lead);
    if (sent.has(id) || seen.has(id)) continue;
    seen.add(id);
    out.push({
      id,
      title: `${m.label}まで あと ${left} 分`,
      message: `${row.questionTitle} ${row.itemLabel} (${row.role}) — ${formatWarekiDateTime(m.dueAt)} まで`,
    });
  }
  if (view.release) {
    const id = releaseNotificationId(view.release.id);
    if (!sent.has(id)) {
      out.push({ id, title: `本日の待機は解除されました (${jstTimeOf(view.release.releasedAt)})`, message: view.release.reason || '待機解除' });
    }
  }
  return out;
}
