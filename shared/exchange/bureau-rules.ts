/** @file 局ビューの規則 (bureau view rules): urgency window and notification lead times, as editable data. */

/** 規則. */
export interface BureauRules {
  /** バッジ: a milestone due within this many minutes (or overdue) counts on the badge. */
  dueSoonMinutes: number;
  /** 通知: minutes before a milestone at which one notification each is shown. */
  notifyLeadMinutes: readonly number[];
  /**
   * 待機の夜の終わり 'HH:MM': until this time the previous day's standby night is still in force (its release and
   * 呼び戻し are tonight's), from it only the new day's count (standbyNights).
   */
  standbyNightEndsAt: string;
  /**
   * 配信データの鮮度: after this many refresh intervals without a successful fetch (or after a failed one) the
   * stand-down is shown with the time its data is from (standDownFreshness).
   */
  staleAfterMissedRefreshes: number;
}

/**
 * Defaults. Source: JOURNEYS.md §1.4 — the badge counts what is overdue or due within 24 hours; a notification
 * fires 60 and 15 minutes before a milestone. The standby night ends at 09:30, the 始業 of the next working day
 * (shared/evening/RULES.md §5: a 9:30–18:15 day, as the 2016 survey's 勤務終了 18:15 gives): a night's stand-down
 * reached at 01:30 is still shown at 08:00 to whoever comes in, and not after work has begun on the new day.
 */
export const defaultBureauRules: BureauRules = {
  dueSoonMinutes: 24 * 60,
  notifyLeadMinutes: [60, 15],
  standbyNightEndsAt: '09:30',
  // Product decision (no external source): one late alarm is normal (Chrome may delay a periodic alarm, and a fetch
  // can take a while), two missed refreshes are not — 10 minutes at the default 5-minute interval.
  staleAfterMissedRefreshes: 2,
};
