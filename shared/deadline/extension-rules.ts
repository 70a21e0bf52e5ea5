/**
 * @file 延期の予測規則 (ExtensionRules): when answerDeadline says an extension (国会法75条2項の延期通知) is likely,
 * as editable data. Each value was measured on the 参議院 data of sessions 211–213 and 216–221 (the confusion
 * table is in README.md; the rules and their evidence in shared/deadline/RULES.md).
 */
import { z } from 'zod';

/** 延期の予測規則. */
export interface ExtensionRules {
  /**
   * 執務日数の下限: fewer open days than this between 転送日 and the target 閣議 → 延期の可能性.
   * On-time 参議院 answers had 3–4 working days; every case with 2 or fewer was extended.
   */
  minWorkingDays: number;
  /**
   * 会期末: a transfer on one of the session's last `sessionLastOpenDays` open days (or after its end) → 延期の可能性.
   * 参議院 data: 224 of the 238 questions transferred on a session's last open day were extended (94%); the 28
   * transferred two open days before the end were all answered on time.
   */
  sessionLastOpenDays: number;
  /**
   * 大型連休: 7日目 (or the target 閣議) inside a run of at least this many closed days in a row (Golden Week,
   * シルバーウィーク; an ordinary weekend with a Monday holiday is 3), or on the last open day before one → 延期の可能性.
   * 参議院 data: transfers of 2023-04-26 (day 7 = Tue 5/2, GW 5/3–5/7) were extended by a notice on 4/28.
   */
  longHolidayMinDays: number;
  /**
   * 7日目・目標閣議が会期終了後: 'warn' adds a warning only; 'flag' also says 延期の可能性. Measured: 'flag' marks 28
   * on-time answers (transfers two open days before the end, answered after it) and catches no extension the other
   * rules miss, so the default is 'warn'.
   */
  answerAfterSessionEnd: 'warn' | 'flag';
}

/** The rules the product starts with. */
export const defaultExtensionRules: Readonly<ExtensionRules> = Object.freeze({
  minWorkingDays: 3,
  sessionLastOpenDays: 1,
  longHolidayMinDays: 4,
  answerAfterSessionEnd: 'warn',
});

/** Validates rules a user edited. */
export const extensionRulesSchema = z.object({
  minWorkingDays: z.number().int().min(0).max(7),
  sessionLastOpenDays: z.number().int().min(0).max(7),
  longHolidayMinDays: z.number().int().min(3).max(15),
  answerAfterSessionEnd: z.enum(['warn', 'flag']),
});
