/** @file 局ビューの規則 (bureau view rules): urgency window and notification lead times, as editable data. */

/** 規則. */
export interface BureauRules {
  /** バッジ: a milestone due within this many minutes (or overdue) counts on the badge. */
  dueSoonMinutes: number;
  /** 通知: minutes before a milestone at which one notification each is shown. */
  notifyLeadMinutes: readonly number[];
}

/**
 * Defaults. Source: JOURNEYS.md §1.4 — the badge counts what is overdue or due within 24 hours; a notification
 * fires 60 and 15 minutes before a milestone.
 */
export const defaultBureauRules: BureauRules = { dueSoonMinutes: 24 * 60, notifyLeadMinutes: [60, 15] };
