/** 会期表 in the exchange bundle: optional (default []), validated, merged per 回次 from the newer bundle. */
import { describe, expect, it } from 'vitest';
import { BundleRejectedError, builtinSessions, emptyBundle, mergeBundle, parseBundle } from '@shared/index';
import { isoDate, jstInstant } from '../../helpers/dates';

const s221 = builtinSessions.at(-1)!;

describe('bundle sessions', () => {
  it('a bundle without sessions (older producers) parses with []', () => {
    const { sessions: _none, ...old } = emptyBundle('extension', jstInstant('2026-07-20T10:00:00+09:00'));
    expect(parseBundle(JSON.stringify(old)).sessions).toEqual([]);
  });

  it('carries valid sessions and refuses a session whose end is before its start, in Japanese', () => {
    const bundle = { ...emptyBundle('extension', jstInstant('2026-07-20T10:00:00+09:00')), sessions: [s221] };
    expect(parseBundle(JSON.stringify(bundle)).sessions).toEqual([s221]);
    const bad = { ...bundle, sessions: [{ ...s221, end: isoDate('2026-01-01') }] };
    expect(() => parseBundle(JSON.stringify(bad))).toThrow(BundleRejectedError);
    expect(() => parseBundle(JSON.stringify(bad))).toThrow(/会期終了日が召集日より前です/);
  });

  it('merges per 回次, the newer bundle winning, whichever side it is on', () => {
    const older = { ...emptyBundle('addin', jstInstant('2026-07-20T10:00:00+09:00')), sessions: [{ ...s221, end: isoDate('2026-07-17') }, builtinSessions[0]!] };
    const newer = { ...emptyBundle('extension', jstInstant('2026-07-26T10:00:00+09:00')), sessions: [s221] };
    for (const merged of [mergeBundle(older, newer).bundle, mergeBundle(newer, older).bundle]) {
      expect(merged.sessions.map((s) => [s.number, s.end])).toEqual([[211, isoDate('2023-06-21')], [221, isoDate('2026-07-25')]]);
    }
  });
});
