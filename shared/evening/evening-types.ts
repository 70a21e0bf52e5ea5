/**
 * @file 夕方レク計画の入出力の型 (input and output shapes of planEvening). Outputs are flat records of
 * strings and numbers so the add-in can write them as Excel rows and the extension can show them.
 */
import type { Calendar } from '../calendar/calendar';
import type { IsoDate } from '../dates/iso-date';
import type { JstInstant } from '../dates/jst';
import type { Assignment } from '../model/assignment';
import type { CommitteeNotice } from '../model/committee-notice';
import type { House } from '../model/primitives';
import type { BureauSettings, EveningRules } from './evening-rules';
import type { DutyRota, NoticeStage, RecallReason, ReportedNoticeStage, SittingState, StandDownRules } from './stand-down-rules';

/** 開会 (one committee sitting) the plan prepares for. */
export interface EveningSitting {
  /** 開会 id, the caller's (the add-in: sittingId in exchange/record-ids.ts; the simulation: `${committee}@${sittingOn}`); slot records use it as `sitting`. */
  id: string;
  /** 委員会名. */
  committee: string;
  /** 開会日. */
  sittingOn: IsoDate;
  /** 開会時刻 'HH:MM'. */
  startTime: string;
  /** 質問者一覧: allocation closes only when every one of them is at 問取り完了 or 当省なし. */
  questioners: string[];
  /** 院: matches the 定例日 rules; absent = the sitting stands for its committee in either house. */
  house?: House;
  /**
   * 開会の状態 now. Absent = セット済み: a sitting typed in with its questioners, or known from a captured notice, is
   * treated as fixed by its 委員会セット (its questioner list decides).
   */
  state?: SittingState;
  /** 委員会セット日時 (when the 理事会 fixed the sitting): without `states`, a set sitting was 予定 before it. */
  setAt?: JstInstant;
  /**
   * 状態の履歴: the state from each `at` (null = since always; sorted or not). Before the first entry the sitting was
   * not known (it blocks nothing by itself, but a 定例日 rule may). Absent = `state` since always.
   */
  states?: readonly { at: JstInstant | null; state: SittingState }[];
}

/** 通告の段階の変更 (a stage reported without a new notice, e.g. 要旨のみ → 問取り中). */
export interface QuestionerStage {
  questioner: string;
  stage: ReportedNoticeStage;
  at: JstInstant;
}

/**
 * 質問通告 as the planner needs it (a CommitteeNotice fits). `stage` is the questioner's stage as of this notice;
 * a notice without a stage counts as 不明 — not complete — so it never releases anyone by itself (the add-in marks
 * a notice captured with its 問 as 問取り完了). `followUp` marks 更問い after the レク (work it brings is a recall).
 */
export type EveningNotice = Pick<CommitteeNotice, 'id' | 'member' | 'receivedAt'> & {
  items: { label: string }[];
  stage?: ReportedNoticeStage;
  followUp?: boolean;
};

/** 割振り as the planner needs it (an Assignment fits). `questionKey` is the notice id. */
export type EveningAssignment = Pick<Assignment, 'questionKey' | 'itemLabel' | 'bureau' | 'role' | 'state' | 'proposedAt'> & {
  decidedAt?: JstInstant;
};

/** 実績: times a bureau reported for one 問 (later steps imply the earlier ones are done). */
export interface EveningProgress {
  /** 問 id (`exchangeItemId(noticeId, label)`). */
  itemId: string;
  /** 原案了 (the draft, with its memos, is finished). */
  draftedAt?: JstInstant;
  /** 課長了. */
  sectionChiefApprovedAt?: JstInstant;
  /** 局長了. */
  directorApprovedAt?: JstInstant;
}

/** レク枠の種別: 夕方レク (the day before) or 朝レク (the sitting day). */
export type SlotKind = 'evening' | 'morning';

/** レク枠 offered for the sitting, with the minister's availability. */
export interface EveningSlotInput {
  /** 枠 id, unique within the sitting ('evening-1830'). */
  id: string;
  kind: SlotKind;
  /** 表示名 (夕方レク 18:30). */
  label: string;
  startAt: JstInstant;
  endAt: JstInstant;
  /** 定員: how many 問 fit. */
  capacity: number;
  /** 大臣の都合: false when the minister is not available for this slot. */
  ministerAvailable: boolean;
}

/** レク出席 (a slot a bureau attends), or 出席不要 for a slot the plan would make it attend. */
export interface LectureAttendance {
  bureau: string;
  startAt: JstInstant;
  endAt: JstInstant;
  /** 出席不要: the bureau need not attend (with `slotId`, exempts it from that evening slot of its 問). */
  notRequired?: boolean;
  /** 枠 id of a planned slot (and its sitting id when several sittings have the same slot ids). */
  slotId?: string;
  sitting?: string;
  /**
   * When this entry became known: an attendance holds the bureau from then; a 出席不要 mark frees it from then (before
   * it the bureau was still expected at the slot). Absent = always.
   */
  knownAt?: JstInstant;
  /** 出席不要 marked later for this attendance: it holds the bureau only until then. */
  exemptAt?: JstInstant;
}

/** 待機解除の判断: the coordinator releases bureaus before the allocation closes, recorded with who and why. */
export interface ReleaseDecision {
  at: JstInstant;
  /** 局 ids or names, or 'all'. */
  bureaus: readonly string[] | 'all';
  by: string;
  reason: string;
}

/** One sitting's part of a standby day. */
export interface SittingDayInput {
  sitting: EveningSitting;
  notices: readonly EveningNotice[];
  assignments: readonly EveningAssignment[];
  /** レク枠; omitted = `defaultBriefingSlots(sitting)`. */
  slots?: readonly EveningSlotInput[];
  progress?: readonly EveningProgress[];
  /** 段階の変更 without a notice. */
  stages?: readonly QuestionerStage[];
}

/** What the whole standby day shares (bureaus, rules, レク, decisions, 当番). */
export interface StandbyDayShared {
  /** 局の設定 (the directory with its standby settings); assignments to other bureaus use the defaults. */
  bureaus: readonly BureauSettings[];
  rules?: EveningRules;
  standDownRules?: StandDownRules;
  calendar?: Calendar;
  lectures?: readonly LectureAttendance[];
  decisions?: readonly ReleaseDecision[];
  duty?: readonly DutyRota[];
  /**
   * 事後検証: count only reported steps as done (a step without a reported time never ends) and cut everything at
   * `asOf`. Off for the live plan, which forecasts.
   */
  reportedOnly?: boolean;
  asOf?: JstInstant;
}

/** planEvening の入力: one sitting (plus what the day shares). */
export type EveningInput = SittingDayInput & StandbyDayShared;

/** planStandbyDay の入力: every sitting whose standby day is `standbyDay`. */
export interface StandbyDayInput extends StandbyDayShared {
  /** 待機日; absent = the first sitting's. Sittings of another standby day are left out with a warning. */
  standbyDay?: IsoDate;
  sittings: readonly SittingDayInput[];
}

/** Why a 問 is not in an evening slot (or in no slot at all). */
export type ItemReason =
  | 'ownerNotFixed' // 執筆局が確定していない
  | 'noEveningSlot' // 夕方レク枠がない / 大臣の都合がつかない
  | 'tooLateForEvening' // 局長了見込みが最後の夕方レク枠に間に合わない
  | 'eveningFull' // 夕方レク枠が満席
  | 'missesMorning'; // 朝レクにも間に合わない (or 朝レク枠がない / 満席)

/** 計画された問: one row per 問. Times are expected (forecast) unless reported in progress. */
export interface PlannedItem {
  /** 問 id: exchangeItemId(noticeId, label) (`${noticeId}#${label}`). */
  itemId: string;
  /** 通告 id. */
  questionKey: string;
  itemLabel: string;
  /** 質問者. */
  member: string;
  /** 通告受信. */
  receivedAt: JstInstant;
  /** 執筆局 id (or the text of the assignment when the bureau is not in the directory); '' when not fixed. */
  bureau: string;
  /** 合議局, メモ出し局 ids. */
  concurrenceBureaus: string[];
  memoBureaus: string[];
  /** 割振り確定 (owner fixed) — when drafting can start; null when not fixed. */
  ownerFixedAt: JstInstant | null;
  /** 着手, 原案了, 合議了, 課長了, 局長了 — expected or reported; null when the owner is not fixed. */
  draftStartAt: JstInstant | null;
  draftEndAt: JstInstant | null;
  concurrenceEndAt: JstInstant | null;
  sectionChiefApprovedAt: JstInstant | null;
  directorApprovedAt: JstInstant | null;
  /** 締切 back-scheduled from the target slot: 原案, 合議了, 課長了, 局長了 "by". */
  draftBy: JstInstant | null;
  concurrenceBy: JstInstant | null;
  sectionChiefBy: JstInstant | null;
  directorBy: JstInstant | null;
  /** 局長了 reported (true) or forecast (false). */
  approved: boolean;
  /** 枠: the slot the 問 is briefed in, or null. */
  slotId: string | null;
  slotKind: SlotKind | null;
  slotStartAt: JstInstant | null;
  /** Why not evening (or no slot); null when in an evening slot. */
  reason: ItemReason | null;
  /** 理由 in Japanese for users ('' when in an evening slot). */
  reasonText: string;
}

/** 待機解除の理由. */
export type ReleaseReason =
  | 'noItems' // 割振り確定時点で担当の問がない
  | 'allApproved' // 担当の問がすべて局長了 (合議・メモ出しも終了)
  | 'decision' // 調整担当の判断で解除 (割振り確定前)
  | 'allocationOpen'; // 割振り未了: まだ解除できない

/** 待機解除の状態: reported facts, a forecast, or still waiting for the allocation to close. */
export type ReleaseStatus = 'released' | 'expected' | 'waiting';

/** 局ごとの待機解除: one row per bureau of the directory (plus bureaus only named in assignments). */
export interface BureauRelease {
  bureau: string;
  name: string;
  /** 執筆, 合議, メモ出し の問数. */
  draftCount: number;
  concurrenceCount: number;
  memoCount: number;
  status: ReleaseStatus;
  /** 待機解除 (final release); null while the allocation is open. */
  releaseAt: JstInstant | null;
  /** First release when the bureau was later recalled by a new notice (呼び戻し); else null. */
  firstReleaseAt: JstInstant | null;
  reason: ReleaseReason;
  reasonText: string;
  /** 作業終了見込み: end of the bureau's last step (its 局長了, 合議 or memo); null without work. */
  expectedFinishAt: JstInstant | null;
  /** 待機要員. */
  drafters: number;
  /** 終業 (18:15) 以降の待機時間 and its 深夜帯 part, per person (hours, 2 decimals). */
  hoursPastRegularEnd: number;
  lateNightHours: number;
  /** × 待機要員 (person-hours). */
  staffHoursPastRegularEnd: number;
  lateNightStaffHours: number;
  /** 待機の起点: 終業 (18:15) on the standby day. */
  standbyFrom: JstInstant;
  /** 呼び戻し after a release (or during 当番), in order. */
  recalls: BureauRecall[];
  /** 当番: from when until when (null = still on duty) and who; null when the bureau never went to 当番. */
  duty: { from: JstInstant; until: JstInstant | null; people: string[] } | null;
  /** 当番の時間 per duty person (on top of the hours above) and × the number of duty people. */
  dutyHoursPastRegularEnd: number;
  dutyLateNightHours: number;
  /** The coordinator's decision that released the bureau (before the allocation closed); null otherwise. */
  decision: { at: JstInstant; by: string; reason: string } | null;
  /** 夕方レク出席: end of the last slot the bureau attends (its release waits for it); null without. */
  lectureUntil: JstInstant | null;
  /** まだ解除できない理由 (Japanese), empty once released. */
  holds: string[];
}

/** 呼び戻し: a released bureau (or the rest of a bureau on 当番) called back by new work. */
export interface BureauRecall {
  bureau: string;
  /** When the work reached the bureau. */
  at: JstInstant;
  /** When it was released again (or went back to 当番); null while still on. */
  until: JstInstant | null;
  reason: RecallReason;
  /** Who triggered it: the questioner (追加通告・更問い) or the requesting bureau (合議依頼). */
  by: string;
  /** 問 ids that brought the bureau back. */
  itemIds: string[];
  /** 説明 in Japanese. */
  text: string;
}

/** Why the allocation of the standby day is still open. */
export interface AllocationBlocker {
  kind: 'regularSitting' | 'sittingPlanned' | 'noQuestioners' | 'stage' | 'ownerNotFixed';
  /** 開会 id ('' for a 定例日 sitting nobody typed in). */
  sitting: string;
  questioner?: string;
  stage?: NoticeStage;
  /** 理由 in Japanese, e.g. 「甲委員の通告が要旨のみ（問取り未了）」. */
  text: string;
}

/** 計画されたレク枠 with the 問 placed in it. */
export interface PlannedSlot extends EveningSlotInput {
  /** 問 ids in the slot, in the order they were placed. */
  itemIds: string[];
}

/**
 * 割振りの状況 of the standby day: closed when every sitting that can still happen is known and fixed, every
 * questioner of each is at 問取り完了 or 当省なし, and every 問 has a final owner.
 */
export interface AllocationState {
  /** 割振り確定 (for the whole standby day). */
  closed: boolean;
  /** When it (last) closed; null while open. */
  closedAt: JstInstant | null;
  /** 未通告の質問者 (of this sitting; of every sitting in a day plan). */
  missingQuestioners: string[];
  /** 執筆局が未確定の問 ids (of this sitting; of every sitting in a day plan). */
  unassignedItemIds: string[];
  /** What keeps the day's allocation open now (empty when closed). */
  blockers: AllocationBlocker[];
}

/** 計画の集計 (one row for the sitting). */
export interface EveningSummary {
  itemCount: number;
  eveningCount: number;
  morningCount: number;
  /** 朝レクにも間に合わない or 割振り未確定. */
  unplacedCount: number;
  /** 最後の局長了 (expected). */
  lastDirectorApprovedAt: JstInstant | null;
  /** 最後の着手 (the last owner fixed: "最終の答弁作成着手可能日時" in the 内閣人事局 survey). */
  lastDraftStartAt: JstInstant | null;
  releasedBureaus: number;
  staffHoursPastRegularEnd: number;
  lateNightStaffHours: number;
}

/** planEvening の結果. */
export interface EveningPlan {
  sitting: EveningSitting;
  /** 待機日: the previous open day before the sitting (evening slots and standby are on this day). */
  standbyDay: IsoDate;
  allocation: AllocationState;
  items: PlannedItem[];
  bureaus: BureauRelease[];
  slots: PlannedSlot[];
  summary: EveningSummary;
  /** 注意 in Japanese (unknown bureaus, notices from members not on the list, …). */
  warnings: string[];
}

/** planStandbyDay の結果: the day's allocation and releases, and one plan per sitting (whose bureau rows are the day's). */
export interface StandbyDayPlan {
  standbyDay: IsoDate;
  allocation: AllocationState;
  sittings: EveningPlan[];
  bureaus: BureauRelease[];
  /** Every recall of the day, in time order. */
  recalls: BureauRecall[];
  warnings: string[];
}
