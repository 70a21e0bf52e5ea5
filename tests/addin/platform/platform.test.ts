/** Page options, the demo clock and host detection (office.js absent, outside Office, in Excel). */
import { fixedClock, jstDateOf } from '@shared/index';
import { afterEach, describe, expect, it } from 'vitest';
import { detectHost } from '../../../addin/platform/detect-host';
import { pageOptions } from '../../../addin/platform/page-options';
import { shiftedClock } from '../../../addin/platform/shifted-clock';
import { jstInstant } from '../../helpers/dates';

afterEach(() => { delete (globalThis as Record<string, unknown>).Office; });

describe('pageOptions', () => {
  it('reads demo and now, and ignores an unreadable now', () => {
    expect(pageOptions('?demo=1')).toEqual({ demo: true });
    expect(pageOptions('?now=2026-03-02T10:00:00%2B09:00')).toEqual({ demo: false, now: '2026-03-02T10:00:00+09:00' });
    expect(pageOptions('?now=2026-03-02T01:00:00Z').now).toBe('2026-03-02T10:00:00+09:00');
    expect(pageOptions('?now=あした')).toEqual({ demo: false });
  });
});

describe('shiftedClock', () => {
  it('starts at the given moment and runs with the base clock', () => {
    let base = jstInstant('2030-01-01T00:00:00+09:00');
    const clock = shiftedClock(jstInstant('2026-03-02T10:00:00+09:00'), { now: () => base, today: () => jstDateOf(base) });
    expect(clock.now()).toBe('2026-03-02T10:00:00+09:00');
    base = jstInstant('2030-01-01T00:05:00+09:00');
    expect(clock.now()).toBe('2026-03-02T10:05:00+09:00');
    expect(clock.today()).toBe('2026-03-02');
    expect(shiftedClock(jstInstant('2026-03-02T10:00:00+09:00'), fixedClock(jstInstant('2020-01-01T00:00:00+09:00'))).now()).toBe('2026-03-02T10:00:00+09:00');
  });
});

describe('detectHost', () => {
  it('is preview when office.js did not load', async () => {
    expect(await detectHost()).toEqual({ kind: 'preview', reason: 'office.js を読み込めなかったため、Excel の外でプレビューとして動いています。' });
  });

  it('is preview outside Office (host null) and excel inside Excel', async () => {
    const office = (host: string | null) => ({ HostType: { Excel: 'Excel' }, onReady: () => Promise.resolve({ host, platform: null }) });
    (globalThis as Record<string, unknown>).Office = office(null);
    expect((await detectHost()).kind).toBe('preview');
    (globalThis as Record<string, unknown>).Office = office('Excel');
    expect(await detectHost()).toEqual({ kind: 'excel', reason: '' });
  });

  it('gives up waiting after the timeout', async () => {
    (globalThis as Record<string, unknown>).Office = { HostType: { Excel: 'Excel' }, onReady: () => new Promise(() => undefined) };
    expect(await detectHost(10)).toEqual({ kind: 'preview', reason: 'Office の応答がないため、プレビューとして動いています。' });
  });
});
