/** @file Benchmarks of the deadline engine and the batch write (issue: foundation). */
import { IDBFactory } from 'fake-indexeddb';
import {
  type SessionSpan, addDays, answerDeadline, assertIsoDate, builtinSessions, committeeNoticeSchema, defaultExtensionRules, japanCalendar, openDietDb, writeBatch,
} from '../../shared/index';
import { defineBench } from './bench-case';
import { isoDate } from '../helpers/dates';

const transferDates = Array.from({ length: 1000 }, (_, i) => addDays(isoDate('2024-01-01'), i));
/** Dates past the holiday data (2050): the calendar answers by its weekday rules and warns. */
const laterDates = Array.from({ length: 1000 }, (_, i) => addDays(isoDate('2051-01-01'), i));

export default defineBench([
  {
    operation: 'answerDeadline (cached per calendar)',
    size: '100k calls',
    targetMs: 100,
    setup: () => { const calendar = japanCalendar(); answerDeadline(isoDate('2026-06-08'), calendar); return calendar; },
    run: (calendar) => {
      for (let i = 0; i < 100_000; i++) answerDeadline(transferDates[i % 1000]!, calendar as ReturnType<typeof japanCalendar>);
    },
  },
  {
    operation: 'answerDeadline with { session } (cached per calendar and session)',
    size: '100k calls',
    targetMs: 100,
    setup: () => {
      const calendar = japanCalendar();
      const sessions = builtinSessions.map((s) => ({ number: s.number, start: s.start, end: s.end }));
      const sessionOf = transferDates.map((d) => sessions.find((s) => s.start <= d && d <= s.end) ?? sessions[sessions.length - 1]!);
      return { calendar, sessionOf };
    },
    run: (state) => {
      const { calendar, sessionOf } = state as { calendar: ReturnType<typeof japanCalendar>; sessionOf: SessionSpan[] };
      for (let i = 0; i < 100_000; i++) answerDeadline(transferDates[i % 1000]!, calendar, { session: sessionOf[i % 1000]! });
    },
  },
  {
    operation: 'answerDeadline with { session } (uncached: new rules each call)',
    size: '10k calls',
    targetMs: 100,
    setup: () => japanCalendar(),
    run: (calendar) => {
      const session: SessionSpan = { number: 217, start: assertIsoDate('2025-01-24'), end: assertIsoDate('2025-06-22') };
      for (let i = 0; i < 10_000; i++) {
        answerDeadline(transferDates[i % 1000]!, calendar as ReturnType<typeof japanCalendar>, { session, rules: { ...defaultExtensionRules } });
      }
    },
  },
  {
    operation: 'answerDeadline past the holiday data (rule-only days, cached)',
    size: '100k calls',
    targetMs: 100,
    setup: () => { const calendar = japanCalendar(); answerDeadline(isoDate('2051-06-05'), calendar); return calendar; },
    run: (calendar) => {
      for (let i = 0; i < 100_000; i++) answerDeadline(laterDates[i % 1000]!, calendar as ReturnType<typeof japanCalendar>);
    },
  },
  {
    operation: 'answerDeadline (uncached, new options each call)',
    size: '10k calls',
    targetMs: 100,
    setup: () => japanCalendar(),
    run: (calendar) => {
      for (let i = 0; i < 10_000; i++) answerDeadline(transferDates[i % 1000]!, calendar as ReturnType<typeof japanCalendar>, { minWorkingDays: 3 });
    },
  },
  {
    operation: 'writeBatch to IndexedDB (fake-indexeddb), one transaction',
    size: '10k records',
    targetMs: 2000,
    iterations: 5,
    setup: async () => {
      const db = await openDietDb(`bench-${Math.random()}`, new IDBFactory());
      const notices = Array.from({ length: 10_000 }, (_, i) => ({
        kind: 'notice', id: `n${i}`, house: 'shugiin', committee: '厚生労働委員会', sittingOn: '2026-06-10',
        startTime: '09:00', member: `議員${i % 40}`, receivedAt: '2026-06-09T15:40:00+09:00',
        items: [{ label: '問1', text: '医療提供体制について' }],
      }));
      return { db, notices };
    },
    run: async (s) => {
      const { db, notices } = s as { db: Awaited<ReturnType<typeof openDietDb>>; notices: unknown[] };
      await writeBatch(db, 'notices', notices, committeeNoticeSchema, '質問通告');
    },
  },
]);
