/**
 * @file 夕方レク計画の規則 (evening-briefing rules) as editable data, each default with its source.
 * Coordinators change them in the 設定 sheet; `eveningRulesSchema` validates an edit before use.
 * Pure data: no clock, no platform.
 */
import { z } from 'zod';
import { type AssignmentState, type Role, assignmentStateSchema } from '../model/assignment';

/** 役割ごとの作業時間 (minutes of one drafter's work per 問 and role). */
export type RoleMinutes = Record<Role, number>;

/** 局の設定: who is on standby and how long each step takes for this bureau. */
export interface BureauSettings {
  /** 局 id as in the directory (`isei`). Assignments may name the bureau by id or by name. */
  id: string;
  /** 局名 as written (医政局). */
  name: string;
  /** 待機要員: drafters kept on standby; they draft in parallel (one 問 per drafter at a time). */
  drafters: number;
  /** 作業時間 per role: 執筆 (drafting the answer), 合議 (concurrence review), メモ出し (input memo). */
  roleMinutes: RoleMinutes;
  /** 課長了に要する時間 (elapsed minutes from the finished draft to the 課長's sign-off). */
  sectionChiefMinutes: number;
  /** 局長了に要する時間 (elapsed minutes from 課長了 to the 局長's sign-off). */
  directorMinutes: number;
  /** 他律部署 (人事院規則15-14) — decides which overtime caps apply in the standby ledger. */
  otherDirected: boolean;
}

/** 局の設定のうち既定値を持つ部分. */
export type BureauDefaults = Omit<BureauSettings, 'id' | 'name' | 'otherDirected'>;

/** 夕方レク枠の既定 (default evening slots on the day before). */
export interface EveningSlotDefaults {
  /** 'HH:MM' first slot start. */
  from: string;
  /** 'HH:MM' end of the last slot. */
  to: string;
  /** Length of one slot in minutes. */
  slotMinutes: number;
  /** 定員: 問 per slot. */
  capacityPerSlot: number;
}

/** 朝レク枠の既定 (default morning slot on the sitting day). */
export interface MorningSlotDefaults {
  /** 'HH:MM'. */
  at: string;
  minutes: number;
  capacity: number;
}

/** 夕方レク計画の規則. */
export interface EveningRules {
  /** 始業 'HH:MM': work on days before the standby day happens only inside regular hours. */
  regularStart: string;
  /** 終業 'HH:MM': standby and overtime are counted from here. */
  regularEnd: string;
  /** 深夜帯 'HH:MM'–'HH:MM' (wraps midnight). */
  lateNight: { from: string; to: string };
  /** 割振り確定とみなす状態: a 執筆 assignment in one of these states gives the 問 its final owner. */
  ownerFixedStates: AssignmentState[];
  /** レク準備: minutes between 局長了 and the start of the slot the 問 is briefed in (printing, delivery). */
  briefingLeadMinutes: number;
  /** 局の既定値 used for bureaus without their own settings. */
  bureauDefaults: BureauDefaults;
  /** 既定の夕方レク枠 (the day before = the previous open day) and 朝レク枠 (the sitting day). */
  slots: { evening: EveningSlotDefaults; morning: MorningSlotDefaults };
}

/**
 * The rules the product starts with. Every number has its source; "assumption" means no public
 * source was found (shared/evening/RULES.md §8 lists them as questions for the ministry's users).
 */
export const defaultEveningRules: EveningRules = {
  // shared/evening/RULES.md §5: 勤務終了 18:15 (2016 survey), i.e. a 9:30–18:15 day.
  regularStart: '09:30',
  regularEnd: '18:15',
  // shared/evening/RULES.md §5: "深夜" not defined in the sources; assumption 22:00–05:00 (night-work band in pay and labour law).
  lateNight: { from: '22:00', to: '05:00' },
  // model/assignment.ts: 了承 (the bureau took the 問) or 確定 (the coordinator fixed it). 仮割振り and 異議あり are not final.
  ownerFixedStates: ['accepted', 'final'],
  // Assumption: the signed-off answer goes to the minister's office with the slot; no extra printing time by default.
  briefingLeadMinutes: 0,
  bureauDefaults: {
    // Assumption (no public headcount): 30 people per bureau on standby (e.g. 8–10 課 × 3 — shared/evening/RULES.md §3: the surveys only say
    // whole bureaus were kept). With 30 parallel drafters a bureau's batch on a typical ≈120-問 day is drafted in one
    // round, which is what reproduces the surveyed ≈7 h from the last start to all answers done (calibration in
    // tests/simulation/late-night-report.md). Bureaus enter their real numbers in the 設定 sheet.
    drafters: 30,
    // shared/evening/RULES.md §6: start → all done ≈ 7 h (7 h 05 m in 2023, 7 h 16 m in 2025). The split is an assumption:
    // 執筆 240 min (文春: about 2 h per answer alone to check consistency with past answers) → 合議 60 →
    // 課長了 30 → 局長了 90 = 7 h; メモ出し 90 min alongside the draft.
    roleMinutes: { 執筆: 240, 合議: 60, メモ出し: 90 },
    sectionChiefMinutes: 30,
    directorMinutes: 90,
  },
  slots: {
    // JOURNEYS.md §2.4 (product requirement): 夕方レク 18:30–20:00 (shared/evening/RULES.md §4: no public source defines it).
    // 30-minute slots; capacity assumption: 朝レク ≈ 1 h for a ≈120-問 day (shared/evening/RULES.md §4) → 2 問/min → 60 per slot.
    evening: { from: '18:30', to: '20:00', slotMinutes: 30, capacityPerSlot: 60 },
    // JOURNEYS.md §2.4: 朝レク 07:30 (shared/evening/RULES.md §4: 大臣レク at 07:30); 1 h; capacity high so it is the fallback.
    morning: { at: '07:30', minutes: 60, capacity: 300 },
  },
};

const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '時刻は HH:MM 形式です');
const minutes = (max: number) => z.number().int('分は整数です').min(0, '分は 0 以上です').max(max, `分は ${max} 以下です`);

/** Validates edited role minutes. */
export const roleMinutesSchema = z.object({ 執筆: minutes(24 * 60), 合議: minutes(24 * 60), メモ出し: minutes(24 * 60) });

/** Validates one bureau's settings (設定 sheet row). */
export const bureauSettingsSchema = z.object({
  id: z.string().min(1, '局 ID が空です'),
  name: z.string().min(1, '局名が空です'),
  drafters: z.number().int('待機要員は整数です').min(1, '待機要員は 1 人以上です').max(500),
  roleMinutes: roleMinutesSchema,
  sectionChiefMinutes: minutes(24 * 60),
  directorMinutes: minutes(24 * 60),
  otherDirected: z.boolean(),
});

/** Validates rules a user edited before they are used or stored. */
export const eveningRulesSchema = z.object({
  regularStart: wallTime,
  regularEnd: wallTime,
  lateNight: z.object({ from: wallTime, to: wallTime }),
  ownerFixedStates: z.array(assignmentStateSchema).min(1, '割振り確定とみなす状態を 1 つ以上選んでください'),
  briefingLeadMinutes: minutes(12 * 60),
  bureauDefaults: bureauSettingsSchema.omit({ id: true, name: true, otherDirected: true }),
  slots: z.object({
    evening: z.object({
      from: wallTime, to: wallTime,
      slotMinutes: z.number().int().min(5, '枠の長さは 5 分以上です').max(12 * 60),
      capacityPerSlot: z.number().int().min(0).max(10_000),
    }).refine((e) => e.from < e.to, { message: '夕方レクの終了は開始より後にしてください', path: ['to'] }),
    morning: z.object({ at: wallTime, minutes: z.number().int().min(5).max(6 * 60), capacity: z.number().int().min(0).max(10_000) }),
  }),
}).refine((r) => r.regularStart < r.regularEnd, { message: '終業は始業より後にしてください', path: ['regularEnd'] });
