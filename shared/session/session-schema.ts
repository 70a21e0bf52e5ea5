/** @file 会期の検査 (sessionPeriodSchema): validates a session row read from a page, the 設定 sheet or a bundle. */
import { z } from 'zod';
import { isoDateSchema } from '../model/primitives';
import { sessionKinds } from './session-period';

/** 会期延長. */
export const sessionExtensionSchema = z
  .object({ from: isoDateSchema, until: isoDateSchema, decidedOn: isoDateSchema.optional() })
  .refine((e) => e.from < e.until, { message: '延長後の会期終了日が延長前より前です', path: ['until'] });

/** 会期: start ≤ end, each extension inside [start, end]. */
export const sessionPeriodSchema = z
  .object({
    number: z.number().int().min(1).max(999),
    kind: z.enum(sessionKinds as [string, ...string[]]).transform((k) => k as (typeof sessionKinds)[number]),
    start: isoDateSchema,
    end: isoDateSchema,
    extensions: z.array(sessionExtensionSchema).default([]),
    source: z.string().default(''),
  })
  .refine((s) => s.start <= s.end, { message: '会期終了日が召集日より前です', path: ['end'] })
  .refine((s) => s.extensions.every((e) => e.from >= s.start && e.until <= s.end), { message: '会期延長の日付が会期の外です', path: ['extensions'] });

/** A list of sessions, one per 回次. */
export const sessionListSchema = z
  .array(sessionPeriodSchema)
  .refine((list) => new Set(list.map((s) => s.number)).size === list.length, { message: '同じ回次が二度あります' });
