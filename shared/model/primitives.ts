/** @file 基本型: zod schemas for dates, instants, houses and provenance shared by every record. */
import { z } from 'zod';

/** 暦日 'YYYY-MM-DD': a parsed value is an IsoDate (shared/dates; the brand costs nothing at run time). */
export const isoDateSchema = z.iso.date().brand<'IsoDate'>();
/** JST 日時: ISO 8601 with an offset (we write +09:00); a parsed value is a JstInstant. */
export const instantSchema = z.iso.datetime({ offset: true }).brand<'JstInstant'>();

/** 院: 衆議院 or 参議院. */
export const houseSchema = z.enum(['shugiin', 'sangiin']);
export type House = z.infer<typeof houseSchema>;
/** 院の表示名. */
export const houseLabels: Record<House, string> = { shugiin: '衆議院', sangiin: '参議院' };

/** 出所 (provenance) of a captured record: which page, when, by which adapter, and its hash. */
export const provenanceSchema = z.object({
  sourceUrl: z.url(),
  capturedAt: instantSchema,
  adapterId: z.string().min(1),
  adapterVersion: z.string().min(1),
  contentHash: z.string().min(1),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** 問 (one question item) as printed: label 「一」「二の１」「問1」 and its text. */
export const questionItemSchema = z.object({
  label: z.string().min(1),
  text: z.string(),
  /** 柱書き: for a sub-item 「一の１」, the text of its parent 「一」 printed before the sub-items. */
  heading: z.string().optional(),
});
export type QuestionItem = z.infer<typeof questionItemSchema>;
