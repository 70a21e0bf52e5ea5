/**
 * @file 交換バンドル (ExchangeBundle): the versioned zod schema of the file/feed that carries
 * records between the extension, the Excel add-in and the bureaus' popups. See bundle.md.
 */
import { z } from 'zod';
import { assignmentSchema } from '../model/assignment';
import { committeeNoticeSchema } from '../model/committee-notice';
import { jurisdictionSchema } from '../model/jurisdiction';
import type { JstInstant } from '../dates/jst';
import { idSchema, instantSchema, isoDateSchema, recordedPageUrlSchema } from '../model/primitives';
import { writtenQuestionSchema } from '../model/written-question';
import { sessionListSchema } from '../session/session-schema';
import { bureauResponseSchema } from './bureau-response';

/** 形式ID: every bundle says what it is, so a stray JSON file is refused early. */
export const BUNDLE_FORMAT = 'kokkai-toben-desk/exchange';
/**
 * 形式バージョン: bump with a migration note in bundle.md when the shape changes. Version 2 adds the
 * `recalls` kind, version 3 the `responses` kind (局の回答) and the envelope's `bureau` (報告元); a version-1
 * or -2 bundle is still read (it has neither) and is upgraded to 3 when parsed.
 */
export const BUNDLE_VERSION = 3;
/** Versions this code reads (bundle.md, 「版の移行」). */
export const READABLE_BUNDLE_VERSIONS: readonly number[] = [1, 2, 3];

/** 問 (one question item to be answered) as an exchanged record. id: exchangeItemId(questionKey, label). */
export const exchangeItemSchema = z.object({
  /** 質問主意書キー (writtenQuestionKey) or 質問通告 id. */
  questionKey: idSchema,
  /** 問 label as printed (「一」「問1」); part of the 問 id, so NFC like every key. */
  label: idSchema,
  text: z.string().default(''),
  /**
   * 出所ページ (opened by a click in the popup): an http(s) address here; parseBundle then holds it to the
   * source URL policy (Diet hosts, or the feed's own origin for a feed bundle).
   */
  sourceUrl: recordedPageUrlSchema.optional(),
});
export type ExchangeItem = z.infer<typeof exchangeItemSchema>;

/** 内部締切 (milestone) of one 問 or question, with its deadline instant. */
export const exchangeMilestoneSchema = z.object({
  questionKey: idSchema,
  /** 問 label when the milestone is per 問; absent when it applies to the whole question. */
  itemLabel: z.string().normalize('NFC').optional(),
  /** 局 the milestone is for; absent = every bureau assigned to the question. */
  bureau: z.string().optional(),
  /** 種別 id: a 内部締切 id (draft, concurrence …, 'sitting' for a notice's 開会) or an evening kind (eveningMilestoneKinds). */
  kind: z.string().min(1),
  /** 表示名 (原案, 合議了, 局長了 …). */
  label: z.string().min(1),
  dueAt: instantSchema,
});
export type ExchangeMilestone = z.infer<typeof exchangeMilestoneSchema>;

/** 夕方レク枠 (evening briefing slot) of one sitting. */
export const briefingSlotSchema = z.object({
  /** 開会 the slot prepares for: its id (the add-in's sittingId, record-ids.ts; any producer's own id otherwise). */
  sitting: idSchema,
  startAt: instantSchema,
  endAt: instantSchema,
  /** 表示名 (夕方レク 18:30, 朝レク 07:30 …). */
  label: z.string().min(1),
  /** 定員: how many 問 fit. */
  capacity: z.number().int().nonnegative(),
  /** 問 ids (exchange item ids) placed in the slot. */
  itemIds: z.array(idSchema).default([]),
});
export type BriefingSlot = z.infer<typeof briefingSlotSchema>;

/** 待機解除 (stand-down) of one bureau for one day. */
export const standDownSchema = z.object({
  /** 局 (bureau id or name as in the directory). */
  bureau: z.string().min(1),
  date: isoDateSchema,
  releasedAt: instantSchema,
  /** 理由 (「割振りなし」…). */
  reason: z.string().default(''),
  /** 担当者. */
  by: z.string().default(''),
});
export type StandDown = z.infer<typeof standDownSchema>;

/** 呼び戻し (recall) of one bureau on one standby day: new work reached it after its release (or during 当番). */
export const recallSchema = z.object({
  /** 局 (bureau id or name as in the directory). */
  bureau: z.string().min(1),
  /** 待機日. */
  date: isoDateSchema,
  /** When the work reached the bureau. */
  at: instantSchema,
  /** When it was released again; null while still on (or not yet known). */
  until: instantSchema.nullable().default(null),
  /** 理由: 追加通告, another bureau's 合議依頼, or 更問い after the レク. */
  reason: z.enum(['追加通告', '合議依頼', '更問い']),
  /** Who triggered it: the questioner or the requesting bureau. */
  by: z.string().default(''),
  /** 問 ids that brought the bureau back. */
  itemIds: z.array(z.string().min(1)).default([]),
  /** 説明 (「6/9(火) 22:00 に追加通告 (甲)で呼び戻し」). */
  text: z.string().default(''),
});
export type Recall = z.infer<typeof recallSchema>;

/** 記録の共通部: id, 版 (rev), who/when, and the tombstone flag for deletions. */
const recordMeta = {
  /** Verbatim, NFC (idSchema). */
  id: idSchema,
  /** 版: increases by one on every edit of this record. */
  rev: z.number().int().positive(),
  updatedAt: instantSchema,
  updatedBy: z.string().default(''),
  /** 削除済み (tombstone): `data` may be omitted. */
  deleted: z.boolean().default(false),
};

/** One exchanged record around a payload schema; a live record must carry `data`. */
export function exchangeRecordSchema<T extends z.ZodType>(data: T) {
  return z
    .object({ ...recordMeta, data: data.optional() })
    .refine((r) => r.deleted || r.data !== undefined, { message: '削除されていない記録に data がありません', path: ['data'] });
}

export const questionRecordSchema = exchangeRecordSchema(writtenQuestionSchema);
export const noticeRecordSchema = exchangeRecordSchema(committeeNoticeSchema);
export const itemRecordSchema = exchangeRecordSchema(exchangeItemSchema);
export const assignmentRecordSchema = exchangeRecordSchema(assignmentSchema);
export const milestoneRecordSchema = exchangeRecordSchema(exchangeMilestoneSchema);
export const slotRecordSchema = exchangeRecordSchema(briefingSlotSchema);
export const releaseRecordSchema = exchangeRecordSchema(standDownSchema);
export const recallRecordSchema = exchangeRecordSchema(recallSchema);
export const responseRecordSchema = exchangeRecordSchema(bureauResponseSchema);
/** 当省分: one record per question, its id the question key (a marking of one question cannot sit under another's id). */
export const jurisdictionRecordSchema = exchangeRecordSchema(jurisdictionSchema)
  .refine((r) => r.data === undefined || r.data.questionKey === r.id, { message: '当省分の ID が質問キーと一致しません', path: ['data', 'questionKey'] });

/** The record kinds a bundle carries, in this order. */
export const bundleKinds = ['questions', 'notices', 'items', 'assignments', 'milestones', 'slots', 'releases', 'recalls', 'jurisdictions', 'responses'] as const;
export type BundleKind = (typeof bundleKinds)[number];

/** 種別の表示名 (for messages and the conflict list). */
export const bundleKindLabels: Record<BundleKind, string> = {
  questions: '質問主意書', notices: '質問通告', items: '問', assignments: '割振り',
  milestones: '締切', slots: '夕方レク枠', releases: '待機解除', recalls: '呼び戻し', jurisdictions: '当省分',
  responses: '局の回答',
};

/** 交換バンドル. */
export const exchangeBundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  /** 1, 2 or 3; read as 3 (a version-1 bundle has no recalls, versions 1 and 2 no responses). */
  version: z.union([z.literal(1), z.literal(2), z.literal(3)]).transform((): typeof BUNDLE_VERSION => BUNDLE_VERSION),
  /** 作成元: 'extension' | 'addin' | 'scheduler' … plus who ('addin:官房総務課'). */
  producer: z.string().min(1),
  producedAt: instantSchema,
  /** 版: the producer's counter, increases on every publish. */
  revision: z.number().int().nonnegative(),
  /**
   * 報告元の局 (version 3): set on a bureau's report (the popup's 「報告を送る」) to its directory id; a report
   * carries that bureau's responses only (checkReportBundle). Absent on every other bundle.
   */
  bureau: idSchema.optional(),
  records: z.object({
    questions: z.array(questionRecordSchema).default([]),
    notices: z.array(noticeRecordSchema).default([]),
    items: z.array(itemRecordSchema).default([]),
    assignments: z.array(assignmentRecordSchema).default([]),
    milestones: z.array(milestoneRecordSchema).default([]),
    slots: z.array(slotRecordSchema).default([]),
    releases: z.array(releaseRecordSchema).default([]),
    recalls: z.array(recallRecordSchema).default([]),
    /** Added without a version bump: optional, so bundles without it still parse (as []). */
    jurisdictions: z.array(jurisdictionRecordSchema).default([]),
    responses: z.array(responseRecordSchema).default([]),
  }),
  /**
   * 会期表 (optional, default []): the producer's session calendar (read from 参議院 list pages or edited in 設定).
   * Not records: no 版; a merge takes each 回次 from the newer bundle.
   */
  sessions: sessionListSchema.max(300).default([]),
});
export type ExchangeBundle = z.infer<typeof exchangeBundleSchema>;
/** Input shape (defaults may be omitted) for producers. */
export type ExchangeBundleInput = z.input<typeof exchangeBundleSchema>;
export type ExchangeRecords = ExchangeBundle['records'];

/** One record of a given kind. */
export type ExchangeRecord<K extends BundleKind = BundleKind> = ExchangeRecords[K][number];

/** 問 id (`${questionKey}#${label}`), built and read back by record-ids.ts. */
export { exchangeItemId } from './record-ids';

/** An empty bundle (no records). @example emptyBundle('extension', now) */
export function emptyBundle(producer: string, producedAt: JstInstant, revision = 0): ExchangeBundle {
  return {
    format: BUNDLE_FORMAT, version: BUNDLE_VERSION, producer, producedAt, revision,
    records: { questions: [], notices: [], items: [], assignments: [], milestones: [], slots: [], releases: [], recalls: [], jurisdictions: [], responses: [] },
    sessions: [],
  };
}
