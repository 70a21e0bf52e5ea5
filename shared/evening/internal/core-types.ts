/**
 * @file 内部: the planner core's working shapes in whole epoch minutes (bureaus, 問, slots, releases) and the
 * result of computePlan. Shared by the phase functions of compute-plan.ts. Private to shared/evening and
 * shared/simulation.
 */
import type { IsoDate } from '../../dates/iso-date';
import type { Role } from '../../model/assignment';
import type { BureauSettings, EveningRules } from '../evening-rules';
import type { EveningSlotInput, ItemReason, ReleaseDecision } from '../evening-types';
import type { NoticeStage, RecallReason } from '../stand-down-rules';
import type { OvertimeMinutes } from './overtime-minutes';

/** One bureau's part in one 問. */
export interface CoreInvolvement {
  role: Role;
  /** When the work reached the bureau (owner fixed, or its 合議/メモ出し asked). */
  ready: number;
  done: number;
  reported: boolean;
  item: CoreItem;
  /**
   * The writer's 課長了・局長了 reopened by a 合議 asked after them (the writer asked it, so its own approvals run again
   * after the 合議): a recall of the writer reads 合議依頼, not 追加通告.
   */
  reopenedByConcurrence?: true;
}

/** A bureau while planning. */
export interface CoreBureau {
  settings: BureauSettings;
  free: number[];
  involvements: CoreInvolvement[];
  counts: Record<Role, number>;
}

/** A helper bureau (合議 / メモ出し) of one 問. */
export interface CoreHelper {
  bureau: CoreBureau;
  /** When this bureau was asked (max of the 問's owner-fixed time and its own assignment time). */
  ready: number;
}

/** A slot while placing. */
export interface CoreSlot {
  s: EveningSlotInput;
  start: number;
  used: string[];
}

/** One 問 while planning (times in epoch minutes; NaN = not scheduled). */
export interface CoreItem {
  itemId: string;
  questionKey: string;
  label: string;
  member: string;
  received: number;
  order: number;
  /** 開会 id the 問 belongs to. */
  sitting: string;
  /** 更問い after the レク. */
  followUp: boolean;
  writer?: CoreBureau;
  /** 仮割振り bureau names (when not fixed). */
  proposedText: string;
  ready: number;
  concurrence: CoreHelper[];
  memo: CoreHelper[];
  progress?: { draft?: number; sectionChief?: number; director?: number };
  draftStart: number;
  prepEnd: number;
  prepPending: number;
  draftEnd: number;
  concEnd: number;
  concPending: number;
  sectionChief: number;
  director: number;
  slot?: CoreSlot;
  reason: ItemReason | null;
  /** Why not evening, when it did not make one (for the text). */
  eveningWhy?: Exclude<ItemReason, 'missesMorning' | 'ownerNotFixed'>;
}

/** 呼び戻し in minutes. */
export interface CoreRecall {
  at: number;
  /** Released again (or back to 当番); null while still on. */
  until: number | null;
  reason: RecallReason;
  by: string;
  itemIds: string[];
}

/** 当番 in minutes. */
export interface CoreDuty {
  from: number;
  until: number | null;
  people: string[];
}

/** A bureau's release in minutes. */
export interface CoreRelease {
  bureau: CoreBureau;
  /** First release (null = never released). */
  firstRelease: number | null;
  /** Final release (null = still held at the end). */
  releaseAt: number | null;
  lastDone: number;
  /** Released on reported facts alone (every step that matters reported). */
  released: boolean;
  /** Called back at least once after a release or during 当番. */
  recalled: boolean;
  /** The whole bureau's presence outside regular hours (per person). */
  overtime: OvertimeMinutes;
  /** 当番 presence (per duty person), on top of `overtime`. */
  dutyOvertime: OvertimeMinutes;
  recalls: CoreRecall[];
  duty: CoreDuty | null;
  decision: ReleaseDecision | null;
  /** End of the last evening slot the bureau attends. */
  lectureUntil: number | null;
}

/** The whole core result. */
export interface CorePlan {
  standbyDay: IsoDate;
  sittingStart: number;
  standbyFrom: number;
  items: CoreItem[];
  scheduled: CoreItem[];
  slots: CoreSlot[];
  evening: CoreSlot[];
  morning: CoreSlot[];
  closedAt: number | null;
  missingQuestioners: string[];
  unassigned: CoreItem[];
  releases: CoreRelease[];
  warnings: string[];
  rules: EveningRules;
}

/** What keeps the day's allocation open at the end of what is known. */
export interface CoreBlocker {
  kind: 'regularSitting' | 'sittingPlanned' | 'noQuestioners' | 'stage' | 'ownerNotFixed';
  sitting: string;
  questioner?: string;
  stage?: NoticeStage;
  /** For 'ownerNotFixed': how many 問. */
  count?: number;
  text: string;
}

/** Collects Japanese warnings once each, in the order they were first raised. */
export interface Warnings {
  readonly list: string[];
  add(text: string): void;
}

/** A fresh warning list. */
export function warningList(): Warnings {
  const list: string[] = [];
  return { list, add: (text) => { if (!list.includes(text)) list.push(text); } };
}
