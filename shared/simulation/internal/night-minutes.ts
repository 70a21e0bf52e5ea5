/**
 * @file 内部: minutes of one continuous presence on the standby evening that fall past 終業 and inside the
 * late-night band, with times as minutes after the standby day's midnight (25:10 = 1510). Used for the
 * 全局待機 release rule, where a bureau stays from 終業 until the sitting's last answer is done.
 */
import type { EveningRules } from '../../evening/evening-rules';
import { clockMin } from '../../evening/internal/minutes';

/** 時間外と深夜 (minutes). */
export interface NightMinutes {
  pastRegular: number;
  lateNight: number;
}

const DAY = 24 * 60;
const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/**
 * Past-regular time is 終業 → 始業 of the next morning; the band is 深夜 from → to (wrapping midnight).
 * @example nightMinutes(1095, 1560, defaultEveningRules) //=> { pastRegular: 465, lateNight: 240 } (18:15 → 26:00)
 */
export function nightMinutes(from: number, until: number, rules: EveningRules): NightMinutes {
  if (!(until > from)) return { pastRegular: 0, lateNight: 0 };
  const end = clockMin(rules.regularEnd);
  const start = DAY + clockMin(rules.regularStart);
  const bandFrom = clockMin(rules.lateNight.from);
  const bandTo = clockMin(rules.lateNight.to) + (clockMin(rules.lateNight.to) <= bandFrom ? DAY : 0);
  return {
    pastRegular: overlap(from, until, end, start),
    lateNight: overlap(Math.max(from, end), Math.min(until, start), bandFrom, bandTo),
  };
}
