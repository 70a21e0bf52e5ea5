/** @file 既定の暦: one shared japanCalendar() with the default rules, built on first use. */
import { type Calendar, japanCalendar } from './calendar';

let instance: Calendar | undefined;

/** The calendar with default rules; built once (≈ 30 k days of flags). */
export function defaultCalendar(): Calendar {
  return (instance ??= japanCalendar());
}
