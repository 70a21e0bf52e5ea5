/** @file 基本型: zod schemas for dates, instants, houses and provenance shared by every record. */
import { z } from 'zod';
import type { IsoDate } from '../dates/iso-date';
import { jstDateOf, parseInstant } from '../dates/jst';
import { SANE_DATE_RANGE, isSaneDate } from '../dates/sane-date-range';
import { isAllowedSourceUrl, isRecordedPageUrl } from './source-url-policy';

const outOfRange = `${SANE_DATE_RANGE.from} から ${SANE_DATE_RANGE.to} までの日付にしてください`;

/**
 * 暦日 'YYYY-MM-DD', within SANE_DATE_RANGE: a parsed value is an IsoDate (shared/dates; the brand costs
 * nothing at run time).
 */
export const isoDateSchema = z.iso
  .date()
  .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isSaneDate(v as IsoDate), { message: outOfRange })
  .brand<'IsoDate'>();
/**
 * JST 日時: ISO 8601 with an offset (we write +09:00); its JST date within SANE_DATE_RANGE. A parsed value is
 * a JstInstant.
 */
export const instantSchema = z.iso
  .datetime({ offset: true })
  .refine(
    (v) => {
      // Fast path: an offset moves the JST date by at most one day, so a text date strictly inside the range is in it.
      const printed = v.slice(0, 10);
      if (printed > SANE_DATE_RANGE.from && printed < SANE_DATE_RANGE.to) return true;
      try {
        return isSaneDate(jstDateOf(parseInstant(v)));
      } catch {
        return true; // not an instant at all: the format check above already says so
      }
    },
    { message: outOfRange },
  )
  .brand<'JstInstant'>();

/**
 * ID・キー (record ids and the keys that point at records): kept verbatim — never trimmed, so 'as-x' and
 * 'as-x ' (or an ideographic space) stay two records — and normalised to NFC here, at the edge, so an id
 * typed on a Mac (NFD) and the same id typed on Windows (NFC) are one record.
 */
export const idSchema = z.string().min(1).normalize('NFC').refine((id) => id.trim() !== '', { message: 'ID が空白だけです' });

/**
 * 国会ページへのリンク: https on www.shugiin.go.jp / www.sangiin.go.jp only (source-url-policy), never any
 * scheme z.url() would accept (javascript:, data:, file:…).
 */
export const dietUrlSchema = z.string().refine((v) => isAllowedSourceUrl(v), { message: '衆議院・参議院のページではありません (https のみ)' });
/** 記録上のページ (provenance): an http(s) address without user:password@; opened only if the policy allows it. */
export const recordedPageUrlSchema = z.string().refine(isRecordedPageUrl, { message: 'http または https のページのアドレスではありません' });

/** 院: 衆議院 or 参議院. */
export const houseSchema = z.enum(['shugiin', 'sangiin']);
export type House = z.infer<typeof houseSchema>;
/** 院の表示名. */
export const houseLabels: Record<House, string> = { shugiin: '衆議院', sangiin: '参議院' };

/** 出所 (provenance) of a captured record: which page, when, by which adapter, and its hash. */
export const provenanceSchema = z.object({
  sourceUrl: recordedPageUrlSchema,
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
