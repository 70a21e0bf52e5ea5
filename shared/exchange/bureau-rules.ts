/** @file 局ビューの規則 (bureau view rules): urgency window and notification lead times, as editable data. */

/** 規則. */
export interface BureauRules {
  /** バッジ: a milestone due within this many minutes (or overdue) counts on the badge. */
  dueSoonMinutes: number;
  /** 通知: minutes before a milestone at which one notification each is shown. */
  notifyLeadMinutes: readonly number[];
}

/**
 * Defaults. Source: issue 7 / product.md Journey 1 step 4 — "the badge counts what is due within
 * 24 h; a notification fires 60 and 15 min before".
 */
export const defaultBureauRules: BureauRules = { dueSoonMinutes: 24 * 60, notifyLeadMinutes: [60, 15] };
