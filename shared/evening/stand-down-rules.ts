/**
 * @file 待機解除の規則 (stand-down rules) as editable data, each with its source: the stages of a questioner's
 * notice (通告待ち → 要旨のみ → 問取り中 → 問取り完了, 当省への質問なし), the states of a sitting (予定 / セット済み /
 * 開会確定 / 中止), the committees' regular sitting days (定例日) that tell which sittings can still happen, and the
 * per-bureau 当番 (duty rota) settings. Coordinators will edit them in the 設定 sheet; the schemas validate an edit.
 * Pure data: no clock, no platform.
 */
import { z } from 'zod';
import { type House, houseSchema } from '../model/primitives';

/**
 * 通告の段階 of one questioner for one sitting. `不明` is what the planner assumes for a notice that carries no
 * stage: it is NOT complete, so an unknown stage never releases anyone (safety before convenience).
 */
export const noticeStages = ['通告待ち', '要旨のみ', '問取り中', '問取り完了', '当省なし', '不明'] as const;
export type NoticeStage = (typeof noticeStages)[number];
/** 段階 a user or a replay file may give (不明 is only inferred). */
export const reportedNoticeStageSchema = z.enum(['通告待ち', '要旨のみ', '問取り中', '問取り完了', '当省なし']);
export type ReportedNoticeStage = z.infer<typeof reportedNoticeStageSchema>;

/** 開会の状態. 中止 (取りやめ・流会) is an addition to the three states of shared/evening/RULES.md §9.2, so a typed sitting can be withdrawn. */
export const sittingStates = ['予定', 'セット済み', '開会確定', '中止'] as const;
export type SittingState = (typeof sittingStates)[number];
export const sittingStateSchema = z.enum(sittingStates);

/** 呼び戻しの理由: a later notice (追加通告), another bureau's 合議 request, a follow-up after the レク (更問い). */
export type RecallReason = '追加通告' | '合議依頼' | '更問い';

/** 定例日: a committee that regularly sits on these weekdays (0 = 日 … 6 = 土). */
export interface RegularSitting {
  /** 院; absent = either house (matches a sitting of that committee in any house). */
  house?: House;
  committee: string;
  weekdays: number[];
  /** 出典. */
  source: string;
}

/** 待機解除の規則. */
export interface StandDownRules {
  /** Stages that close a questioner: the 問 are all taken (問取り完了) or none is for this ministry (当省なし). */
  completeStages: NoticeStage[];
  /** Sitting states whose questioner list is final (the sitting is fixed): their questioners decide. */
  fixedSittingStates: SittingState[];
  /** States of a sitting that will not happen (it blocks nothing). */
  cancelledSittingStates: SittingState[];
  /**
   * 定例日: on the next open day after the standby day, a committee sitting on its regular weekday that nobody
   * has typed in (in any state, 中止 included) can still happen, so the allocation stays open until it is entered.
   */
  regularSittings: RegularSitting[];
  /** 夕方レク出席: a bureau whose answer is briefed in an evening slot stays until the slot ends (unless 出席不要). */
  attendEveningSlots: boolean;
}

/**
 * The rules the product starts with. Sources:
 * - Stages: the committee flow 委員会セット → 質問通告 → 問取り → 問起こし → 割り振り → 待機解除 (松本尚 column, 国定 blog, 文春
 *   2018 on 問取り); MHLW 2017 加速化チーム 中間とりまとめ: staff wait because 要旨 is not out until 24:00 — so a
 *   questioner who sent only 要旨 (the gist) is not complete.
 * - Sitting states: the 内閣人事局 survey records 委員会セット日時; the 理事会 fixes a sitting (委員会セット) and until then
 *   its questioner list is provisional (2025 exchange on 衆院予算委 set on 11/6 for 11/7).
 * - 定例日: 衆議院厚生労働委員会 Wednesday and Friday (Tuesday spare), 参議院厚生労働委員会 Tuesday and Thursday
 *   (members' blogs 2013 and 2015).
 * - レク出席: shared/evening/RULES.md §9.6 (a bureau is released only after its own 夕方レク).
 */
export const defaultStandDownRules: StandDownRules = {
  completeStages: ['問取り完了', '当省なし'],
  fixedSittingStates: ['セット済み', '開会確定'],
  cancelledSittingStates: ['中止'],
  regularSittings: [
    { house: 'shugiin', committee: '厚生労働委員会', weekdays: [3, 5], source: '衆議院厚生労働委員会の定例日 水・金 (議員ブログ 2013・2015)' },
    { house: 'sangiin', committee: '厚生労働委員会', weekdays: [2, 4], source: '参議院厚生労働委員会の定例日 火・木 (議員ブログ 2013・2015)' },
  ],
  attendEveningSlots: true,
};

/** Validates edited stand-down rules. */
export const standDownRulesSchema = z.object({
  completeStages: z.array(z.enum(noticeStages)).min(1, '完了とみなす段階を 1 つ以上選んでください')
    .refine((s) => !s.includes('不明'), { message: '段階「不明」は完了とみなせません' }),
  fixedSittingStates: z.array(sittingStateSchema),
  cancelledSittingStates: z.array(sittingStateSchema).refine((s) => !s.includes('予定'), { message: '予定の開会を中止扱いにはできません' }),
  regularSittings: z.array(z.object({
    house: houseSchema.optional(),
    committee: z.string().min(1, '委員会名が空です'),
    weekdays: z.array(z.number().int().min(0).max(6, '曜日は 0 (日) から 6 (土) です')).min(1, '定例日の曜日がありません'),
    source: z.string().default(''),
  })),
  attendEveningSlots: z.boolean(),
});

/**
 * 当番 (duty rota) of one bureau: from `from` on the standby day, while the allocation is still open and the bureau
 * has nothing to do, it keeps only the named people (N = people.length) and releases the rest. Work reaching it
 * during 当番 recalls the whole bureau (呼び戻し) until that work is done.
 * Source: MHLW 2017 加速化チーム 中間とりまとめ 「国会待機等の当番制・待機縮小」.
 */
export interface DutyRota {
  /** 局 id or name as in the directory. */
  bureau: string;
  /** 当番の氏名 (at least one). */
  people: string[];
  /** 'HH:MM' on the standby day from which the bureau may go to 当番 (e.g. 18:15, the end of regular hours). */
  from: string;
}

/** Validates one bureau's 当番 settings (設定 sheet row). */
export const dutyRotaSchema = z.object({
  bureau: z.string().min(1, '局が空です'),
  people: z.array(z.string().min(1, '当番の氏名が空です')).min(1, '当番は 1 人以上です'),
  from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '当番の開始は HH:MM 形式です'),
});
