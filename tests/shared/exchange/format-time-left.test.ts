/** @file formatTimeLeft: Japanese time left / overdue between two JST instants. */
import { describe, expect, it } from 'vitest';
import { formatTimeLeft } from '@shared/index';
import { jstInstant } from '../../helpers/dates';

const at = (d: string, t: string) => jstInstant(`2026-06-${d}T${t}:00+09:00`);

describe('formatTimeLeft', () => {
  it.each([
    [at('09', '18:00'), at('09', '11:00'), 'あと 7 時間'],
    [at('09', '18:00'), at('09', '17:15'), 'あと 45 分'],
    [at('09', '18:00'), at('09', '16:30'), 'あと 1 時間 30 分'],
    [at('11', '18:00'), at('09', '15:00'), 'あと 2 日 3 時間'],
    [at('09', '18:00'), at('09', '21:00'), '3 時間超過'],
  ])('due %s at %s → %s', (due, now, expected) => {
    expect(formatTimeLeft(due, now)).toBe(expected);
  });
});
