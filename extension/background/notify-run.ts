/**
 * @file 通知とバッジ (runNotify): recomputes my bureau's view, sets the badge (overdue or due within
 * 24 h) and shows each due notification once (60/15 min before a milestone, on stand-down).
 */
import { type Bureau, type BureauView, type DietDb, type JstInstant, bureauView, dueNotifications, loadLocalBundle } from '@shared/index';

/** Platform side effects (chrome.action / chrome.notifications in the extension, fakes in tests). */
export interface NotifyPort {
  setBadge(text: string, color: string): Promise<void> | void;
  notify(id: string, title: string, message: string): Promise<void> | void;
}

/** settings key of the ids already shown. */
export const NOTIFY_SENT_KEY = 'notify:sent';
/** How many shown ids are remembered (old ones are dropped first). */
const SENT_MEMORY = 1000;

/**
 * One notification pass for `bureau` at `now`. Returns the view it computed.
 * @example await runNotify(db, bureau, clock.now(), chromeNotifyPort)
 */
export async function runNotify(db: DietDb, bureau: Bureau | undefined, now: JstInstant, port: NotifyPort): Promise<BureauView | undefined> {
  if (!bureau) {
    await port.setBadge('', '#b00020');
    return undefined;
  }
  const bundle = await loadLocalBundle(db, 'extension', now);
  const view = bureauView(bundle.records, bureau, now);
  const overdue = view.rows.some((r) => r.overdue);
  await port.setBadge(view.badgeCount > 0 ? String(view.badgeCount) : '', overdue ? '#b00020' : '#c77700');
  const sentList = ((await db.get('settings', NOTIFY_SENT_KEY))?.value as string[] | undefined) ?? [];
  const due = dueNotifications(view, now, new Set(sentList));
  if (due.length > 0) {
    // Remember first, then show: a crash between the two loses a notice rather than repeating it forever.
    await db.put('settings', { key: NOTIFY_SENT_KEY, value: [...sentList, ...due.map((n) => n.id)].slice(-SENT_MEMORY) });
    for (const n of due) await port.notify(n.id, n.title, n.message);
  }
  return view;
}
