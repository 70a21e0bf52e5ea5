/**
 * @file 設定シートの読み取り (readBoardSettings): bureau directory, lead times, 閣議 calendar overrides, 会期表, the
 * producer and coordinator names, and the evening settings (夕方レク規則, 局の待機設定, 超勤上限), from the
 * 設定 tables. Bad rows are reported in Japanese and replaced by defaults, never silently used. Pure.
 */
import {
  type Bureau, type Calendar, type CalendarRules, type IsoDate, type LeadTime, type SessionPeriod, defaultBureaus, defaultCalendar, defaultCalendarRules,
  defaultLeadTimes, japanCalendar, leadTimesSchema, stableJson,
} from '@shared/index';
import { boardMessages } from '../board-messages';
import { type EveningSettings, readEveningSettings } from './evening-settings';
import { cellDate, cellNumber, cellText, cellTime } from '../sheet/cell-value';
import { gridRow } from '../sheet/table-definition';
import { readIndexedRows } from '../sheet/indexed-rows';
import { readRows } from '../sheet/table-rows';
import { readSessions } from './session-settings';
import type { WorkbookSnapshot } from '../sheet/table-snapshot';
import { calendarKindWords, leadAnchorWords, yesNoWords } from '../tables/cell-words';
import { DEFAULT_PRODUCER, GENERAL, TABLE, bureauTable, calendarTable, generalTable, leadTimeTable } from '../tables/workbook-tables';

/** 設定. */
export interface BoardSettings {
  bureaus: Bureau[];
  leadTimes: LeadTime[];
  /** True when the lead times are exactly the product defaults (lets the engine use its cache). */
  defaultLeadTimes: boolean;
  calendarRules: CalendarRules;
  calendar: Calendar;
  /** 会期表 (built-in rows replaced by the 設定 sheet's readable rows). */
  sessions: SessionPeriod[];
  /** 配信元 (e.g. 官房総務課). */
  producer: string;
  /** 配信版: the last published revision. */
  revision: number;
  /** 担当者: the coordinator's name, recorded with a 待機解除 ('' until asked once). */
  coordinator: string;
  /** 夕方レク規則, 局の待機設定 and 超勤上限. */
  evening: EveningSettings;
  /** Problems found, in Japanese (shown in the task pane). */
  issues: string[];
}

const calendars = new Map<string, Calendar>();

/** The calendar for some rules; default rules share the core's calendar; others are cached by content. */
function calendarFor(rules: CalendarRules): Calendar {
  const key = stableJson(rules);
  if (key === stableJson(defaultCalendarRules)) return defaultCalendar();
  let calendar = calendars.get(key);
  if (!calendar) {
    if (calendars.size >= 8) calendars.clear();
    calendar = japanCalendar(rules);
    calendars.set(key, calendar);
  }
  return calendar;
}

function readBureaus(snapshot: WorkbookSnapshot, issues: string[]): Bureau[] {
  const rows = readIndexedRows(bureauTable, snapshot.get(TABLE.bureaus));
  if (rows.length === 0) return [...defaultBureaus];
  const out: Bureau[] = [];
  rows.forEach(({ row, index }) => {
    const id = cellText(row.id);
    const name = cellText(row.name);
    if (!id || !name) { issues.push(boardMessages.badBureauRow(gridRow(bureauTable, index))); return; }
    const divisions = cellText(row.divisions).split(/[、,，]/).map((d) => d.trim()).filter(Boolean);
    // 他律 unless the cell says × (a blank cell keeps the safer, stricter caps of 他律部署).
    out.push({ id, name, divisions, otherDirected: yesNoWords.read(row.otherDirected) ?? true });
  });
  return out;
}

function readLeadTimes(snapshot: WorkbookSnapshot, issues: string[]): LeadTime[] {
  const indexed = readIndexedRows(leadTimeTable, snapshot.get(TABLE.leadTimes));
  if (indexed.length === 0) return [...defaultLeadTimes];
  const candidate = indexed.map(({ row }) => ({
    id: cellText(row.id),
    label: cellText(row.label),
    anchor: leadAnchorWords.read(row.anchor) ?? cellText(row.anchor), // an unknown word is left for the schema to name
    workingDays: cellNumber(row.workingDays),
    time: cellTime(row.time) ?? cellText(row.time),
    source: cellText(row.source),
  }));
  const parsed = leadTimesSchema.safeParse(candidate);
  if (!parsed.success) {
    const detail = parsed.error.issues.slice(0, 3).map((x) => `${gridRow(leadTimeTable, indexed[Number(x.path[0])]?.index ?? Number(x.path[0]))} 行目 ${x.message}`).join(' / ');
    issues.push(boardMessages.badLeadTimes(detail));
    return [...defaultLeadTimes];
  }
  return parsed.data;
}

function readCalendarRules(snapshot: WorkbookSnapshot, issues: string[]): CalendarRules {
  const rules: CalendarRules = { ...defaultCalendarRules, addedCabinetMeetings: [], removedCabinetMeetings: [], extraClosedDays: [] };
  readIndexedRows(calendarTable, snapshot.get(TABLE.calendar)).forEach(({ row, index: i }) => {
    let date: IsoDate | undefined;
    try {
      date = cellDate(row.date);
    } catch (error) {
      issues.push(boardMessages.badCalendarRow(gridRow(calendarTable, i), (error as Error).message));
      return;
    }
    const kind = calendarKindWords.read(row.kind);
    if (!date) { issues.push(boardMessages.badCalendarRow(gridRow(calendarTable, i), '日付が空です。')); return; }
    if (kind === 'added') rules.addedCabinetMeetings.push({ date, note: cellText(row.note) });
    else if (kind === 'removed') rules.removedCabinetMeetings.push(date);
    else if (kind === 'closed') rules.extraClosedDays.push(date);
    else issues.push(boardMessages.badCalendarRow(gridRow(calendarTable, i), `種別「${cellText(row.kind)}」は使えません。`));
  });
  return rules;
}

function readGeneral(snapshot: WorkbookSnapshot, issues: string[]): { producer: string; revision: number; coordinator: string } {
  const values = new Map(readRows(generalTable, snapshot.get(TABLE.general)).map((r) => [cellText(r.item), r.value]));
  const producer = cellText(values.get(GENERAL.producer)) || DEFAULT_PRODUCER;
  const coordinator = cellText(values.get(GENERAL.coordinator));
  const revisionText = cellText(values.get(GENERAL.revision));
  const revision = revisionText === '' ? 0 : cellNumber(values.get(GENERAL.revision));
  if (revision === undefined || !Number.isInteger(revision) || revision < 0) {
    issues.push(boardMessages.badRevision(revisionText));
    return { producer, revision: 0, coordinator };
  }
  return { producer, revision, coordinator };
}

/**
 * Reads every 設定 table. Missing tables mean defaults (a workbook prepared by an older version).
 * @example readBoardSettings(snapshot).bureaus.map((b) => b.name)
 */
export function readBoardSettings(snapshot: WorkbookSnapshot): BoardSettings {
  const issues: string[] = [];
  const bureaus = readBureaus(snapshot, issues);
  const leadTimes = readLeadTimes(snapshot, issues);
  const calendarRules = readCalendarRules(snapshot, issues);
  const sessions = readSessions(snapshot, issues);
  const { producer, revision, coordinator } = readGeneral(snapshot, issues);
  const evening = readEveningSettings(snapshot, bureaus, issues);
  return {
    bureaus, leadTimes, defaultLeadTimes: stableJson(leadTimes) === stableJson(defaultLeadTimes),
    calendarRules, calendar: calendarFor(calendarRules), sessions, producer, revision, coordinator, evening, issues,
  };
}

export { resolveBureau } from './resolve-bureau';
