/**
 * @file 通知の判定 (dueNotifications): which milestone, stand-down and 呼び戻し notifications are due at `now`,
 * each with a stable id so that the platform shows it once.
 */
import { compareInstants } from '../dates/compare-instants';
import { formatWarekiDateTime } from '../dates/format-wareki';
import { type JstInstant, jstTimeOf, minutesBetween } from '../dates/jst';
import { type BureauRules, defaultBureauRules } from './bureau-rules';
import type { BureauView } from './bureau-view';
import { recallTitle } from './bureau-recalls';
import { milestoneNotificationId, recallNotificationId, releaseAgainNotificationId, releaseNotificationId } from './record-ids';


/** 通知. */
export interface DueNotification {
  /** Stable id: milestoneNotificationId (`${milestoneId}@${lead}`), releaseNotificationId (`release:${releaseId}`) or recallNotificationId (`recall:${recallId}`). */
  id: string;
  title: string;
  message: string;
}

/**
 * Notifications due now and not yet in `sent`: for each row's next milestone, the tightest lead
 * (60, then 15 min) whose window has opened, tonight's 呼び戻し not yet ended (each once), and today's stand-down.
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
  // 呼び戻し: once per recall, as long as it is tonight's (shared/evening/RULES.md §9.5).
  for (const recall of view.recalls) {
    const id = recallNotificationId(recall.id);
    if (sent.has(id) || (recall !== view.recall && recall.until !== null)) continue;
    out.push({ id, title: recallTitle(recall), message: recall.text || `${recall.reason}で呼び戻されました。` });
  }
  const standDown = standDownNotice(view);
  if (standDown && !sent.has(standDown.id)) out.push(standDown);
  return out;
}

/**
 * The stand-down notice of the view — the popup's notification and the Teams post share it — or undefined when the
 * view shows no stand-down (none yet, its time not come, or withdrawn by a 呼び戻し: bureauView decides). Released
 * again after tonight's 呼び戻し is a new notice (the record kept its id).
 * @example standDownNotice(view)?.title //=> '本日の待機は解除されました (19:42)'
 */
export function standDownNotice(view: Pick<BureauView, 'release' | 'recalls'>): DueNotification | undefined {
  const release = view.release;
  if (!release) return undefined;
  const again = view.recalls.some((r) => compareInstants(r.at, release.releasedAt) < 0);
  const id = again ? releaseAgainNotificationId(release.id, release.releasedAt) : releaseNotificationId(release.id);
  return { id, title: `本日の待機は解除されました (${jstTimeOf(release.releasedAt)})`, message: release.reason || '待機解除' };
}
