/**
 * @file 事後検証ファイルの形式 (replay file): one evening as a JSON timeline — the standby day, the bureaus, the
 * sittings known at the start, and the events in time order (sittings typed in or changed, notices with their
 * stage and 問, 割振り, 課長了/局長了, 合議 requests, レク to attend, the coordinator's release decisions) up to
 * `until`. Validated by zod with Japanese messages; replay.md documents it with an example.
 */
import { z } from 'zod';
import { sittingStates } from './stand-down-rules';

/** 日時 with +09:00 ('2026-06-09T19:30:00+09:00'; seconds optional). */
const instant = z.string({ error: '日時を文字列で書いてください' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?\+09:00$/, '日時は 2026-06-09T19:30:00+09:00 の形 (+09:00 つき) で書いてください');
/** 日付 'YYYY-MM-DD': a parsed value is an IsoDate (zod's brand, as isoDateSchema in shared/model/primitives.ts). */
const date = z.iso.date({ error: '日付は YYYY-MM-DD で書いてください' }).brand<'IsoDate'>();
const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '時刻は HH:MM で書いてください');
/** A レク time: 'HH:MM' on the standby day (24:00 and later = after midnight) or an instant. */
const lectureTime = z.union([z.string().regex(/^([0-3]\d|4[0-7]):[0-5]\d$/), instant], { error: 'レクの時刻は HH:MM (翌日は 24:30 など) か +09:00 つきの日時で書いてください' });
const name = (what: string) => z.string({ error: `${what}を文字列で書いてください` }).min(1, `${what}が空です`);
/** 問の指定 「開会ID/質問者/問」. */
const itemKey = z.string().regex(/^[^/]+\/[^/]+\/.+$/, '問は「開会ID/質問者/問」の形で書いてください (例: 衆厚労/甲/問1)');

/** 開会 (in `sittings`, and as a `sitting` event). */
export const replaySittingSchema = z.object({
  id: name('開会ID').refine((s) => !s.includes('/'), { message: '開会ID に「/」は使えません' }),
  date,
  start: wallTime,
  state: z.enum(sittingStates, { error: '状態は 予定 / セット済み / 開会確定 / 中止 のどれかです' }),
  questioners: z.array(name('質問者')),
  /** 委員会名 (for the 定例日 rule); default: the id. */
  committee: name('委員会名').optional(),
  house: z.enum(['衆議院', '参議院'], { error: '院は 衆議院 か 参議院 です' }).optional(),
});

const at = { at: instant };
const role = z.enum(['執筆', '合議', 'メモ出し'], { error: '役割は 執筆 / 合議 / メモ出し のどれかです' });

/** One event of the timeline. */
export const replayEventSchema = z.discriminatedUnion('type', [
  z.object({ ...at, type: z.literal('sitting') }).extend(replaySittingSchema.shape),
  z.object({
    ...at,
    type: z.literal('notice'),
    sitting: name('開会ID'),
    questioner: name('質問者'),
    stage: z.enum(['通告待ち', '要旨のみ', '問取り中', '問取り完了', '当省なし'], { error: '段階は 通告待ち / 要旨のみ / 問取り中 / 問取り完了 / 当省なし のどれかです' }),
    items: z.array(z.object({ label: name('問'), bureau: name('局').optional(), role: role.optional() })).default([]),
    /** 更問い after the レク (its work is a recall for the reason 更問い). */
    followUp: z.boolean().optional(),
  }),
  z.object({ ...at, type: z.literal('assign'), item: itemKey, bureau: name('局'), role }),
  z.object({ ...at, type: z.literal('approve'), item: itemKey, level: z.enum(['課長了', '局長了'], { error: '了の段階は 課長了 か 局長了 です' }) }),
  z.object({ ...at, type: z.literal('concurrence'), item: itemKey, from: name('依頼元の局'), to: name('依頼先の局') }),
  z.object({
    ...at,
    type: z.literal('lecture'),
    bureau: name('局'),
    start: lectureTime,
    end: lectureTime,
    attendance: z.enum(['出席', '出席不要'], { error: '出席は 出席 か 出席不要 です' }).default('出席'),
  }),
  z.object({
    ...at,
    type: z.literal('release-decision'),
    bureaus: z.union([z.literal('all'), z.array(name('局')).min(1, '解除する局がありません')], { error: '局は局名の配列か "all" です' }),
    by: name('判断した人'),
    reason: name('理由'),
  }),
], { error: 'type は sitting / notice / assign / approve / concurrence / lecture / release-decision のどれかです' });
export type ReplayEvent = z.infer<typeof replayEventSchema>;

/** 当番 settings in the file. */
const replayDutySchema = z.object({ bureau: name('局'), people: z.array(name('当番の氏名')).min(1, '当番は 1 人以上です'), from: wallTime });

/** 事後検証ファイル. */
export const replayFileSchema = z.object({
  standbyDay: date,
  bureaus: z.array(name('局')).min(1, '局が 1 つもありません'),
  sittings: z.array(replaySittingSchema).default([]),
  events: z.array(replayEventSchema),
  until: instant,
  duty: z.array(replayDutySchema).default([]),
});
export type ReplayFile = z.infer<typeof replayFileSchema>;

/** 事後検証の出力 (what the planner decided, per bureau). */
export interface ReplayOutput {
  bureaus: {
    bureau: string;
    /** First release (facts); null when never released by `until`. */
    releasedAt: string | null;
    recalls: { at: string; until: string | null; reason: string }[];
    /** Hours past 18:15 (and in 22:00–05:00) the bureau was on standby in any form (whole bureau, recalled or 当番), per person. */
    standbyHours: number;
    lateNightHours: number;
  }[];
  /** When the day's allocation closed for good; null while open at `until`. */
  closedAt: string | null;
}
