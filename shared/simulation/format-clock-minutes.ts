/**
 * @file 時刻表示 of minutes after the midnight that starts the standby day, the way offices write late
 * nights: 1510 → '25:10'. Times before that midnight (the day before the standby day) get 「前々日」.
 */

/**
 * @example formatClockMinutes(1510) //=> '25:10'
 * @example formatClockMinutes(-420) //=> '前々日 17:00'
 */
export function formatClockMinutes(minutes: number): string {
  const m = Math.round(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (m < 0) {
    const within = ((m % 1440) + 1440) % 1440;
    return `前々日 ${pad(Math.floor(within / 60))}:${pad(within % 60)}`;
  }
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}
