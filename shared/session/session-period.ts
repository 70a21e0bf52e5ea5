/**
 * @file 会期 (SessionPeriod): one Diet session — 回次, 種別 (常会/臨時会/特別会), 召集日 and 会期終了日 — as data.
 * Types only (no zod), so content scripts can import it; the schema is session-schema.ts. Rules and sources:
 * shared/session/RULES.md.
 */
import type { IsoDate } from '../dates/iso-date';

/** 国会の種別: 常会 (国会法2条), 臨時会 (憲法53条), 特別会 (憲法54条, 衆議院総選挙の後). */
export type SessionKind = '常会' | '臨時会' | '特別会';
export const sessionKinds: readonly SessionKind[] = ['常会', '臨時会', '特別会'];

/** 会期延長: the end before (`from`), the end after (`until`), and when it was decided (when known). */
export interface SessionExtension {
  from: IsoDate;
  until: IsoDate;
  decidedOn?: IsoDate;
}

/** 会期. `end` is the last day of the session after every extension (the 参議院 selector prints that). */
export interface SessionPeriod {
  /** 回次 (第221回 → 221). */
  number: number;
  kind: SessionKind;
  /** 召集日. */
  start: IsoDate;
  /** 会期終了日 (after extensions). */
  end: IsoDate;
  /** 会期延長 when known (the 参議院 selector shows only the final end). */
  extensions: SessionExtension[];
  /** 出所: the page or data the row was read from, or 「推定」 with the reasoning. */
  source: string;
}

/** What answerDeadline needs to know of a session (会期延長 optional: a planned end is a 会期末 too). */
export type SessionSpan = Pick<SessionPeriod, 'number' | 'start' | 'end'> & { extensions?: readonly SessionExtension[] };
