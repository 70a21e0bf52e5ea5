/**
 * @file 待機・超勤の記録 (StandbyEntry): one row of the 待機・超勤 sheet — a bureau's standby on one day
 * (from the planner's releases) or hours a person entered by hand. Validated by `standbyEntrySchema`.
 */
import { z } from 'zod';
import { instantSchema, isoDateSchema } from '../model/primitives';

/** 記録. `person` '' = the bureau's standby (hours per person on standby, × `staff` people). */
export const standbyEntrySchema = z.object({
  /** 局 id (or name as written). */
  bureau: z.string().min(1, '局が空です'),
  /** 氏名 for a per-person row; '' for the bureau row. */
  person: z.string().default(''),
  /** 待機日 (the day the evening belongs to). */
  date: isoDateSchema,
  /** 待機開始 (終業) and 待機解除, when known. */
  from: instantSchema.optional(),
  until: instantSchema.optional(),
  /** 時間外 hours (per person) and the 22:00–05:00 part. */
  hours: z.number().min(0, '時間は 0 以上です').max(72, '1 日の記録は 72 時間以下です'),
  lateNightHours: z.number().min(0, '時間は 0 以上です').max(72),
  /** 人数 on standby (1 for a per-person row). */
  staff: z.number().int().min(1, '人数は 1 以上です').max(1000),
  /** 種別: 待機 (from the plan) or 超勤 (entered). */
  kind: z.enum(['standby', 'overtime']),
  /** 出所 (sitting ids) or a note. */
  source: z.string().default(''),
}).refine((e) => e.lateNightHours <= e.hours + 1e-9, { message: '深夜の時間が時間外の時間を超えています', path: ['lateNightHours'] })
  .refine((e) => !e.from || !e.until || e.from <= e.until, { message: '終了が開始より前です。', path: ['until'] });

export type StandbyEntry = z.output<typeof standbyEntrySchema>;
