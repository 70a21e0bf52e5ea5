/**
 * @file 内部: the planner core's working shapes in whole epoch minutes (bureaus, 問, slots, releases) and the
 * result of computePlan. Shared by the phase functions of compute-plan.ts. Private to shared/evening and
 * shared/simulation.
 */
import type { IsoDate } from '../../dates/iso-date';
import type { Role } from '../../model/assignment';
import type { BureauSettings, EveningRules } from '../evening-rules';
import type { EveningSlotInput, ItemReason } from '../evening-types';
import type { OvertimeMinutes } from './overtime-minutes';

/** One bureau's part in one 問. */
export interface CoreInvolvement {
  role: Role;
  ready: number;
  done: number;
  reported: boolean;
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

/** A bureau's release in minutes. */
export interface CoreRelease {
  bureau: CoreBureau;
  firstRelease: number | null;
  releaseAt: number | null;
  lastDone: number;
  released: boolean;
  recalled: boolean;
  overtime: OvertimeMinutes;
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
