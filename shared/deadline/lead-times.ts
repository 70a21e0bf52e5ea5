/**
 * @file 内部締切の既定値 (internal milestone lead times) for 質問主意書, as editable data.
 * Source: shared/deadline/RULES.md §4 — no public source gives these lead times; they are the product's
 * assumptions to confirm with the ministry's 大臣官房総務課, configurable per ministry.
 */
import { z } from 'zod';

/** 主意書の内部マイルストーン id (the last two belong to a 延期通知: extension-notice-rules.ts). */
export type MilestoneId = 'allocation' | 'draft' | 'concurrence' | 'legislationBureau' | 'cabinetRequest' | 'extensionDecision' | 'extensionRequest';

/** 締切の置き方: counted forward from 転送日 or back from the target 閣議, in open (working) days. */
export interface LeadTime {
  id: MilestoneId;
  /** 表示名 as the office says it. */
  label: string;
  anchor: 'transfer' | 'cabinet';
  /** Open days after 転送日 (anchor transfer, 0 = same day) or before the 閣議 (anchor cabinet, ≥ 1). */
  workingDays: number;
  /** JST wall time 'HH:MM'. */
  time: string;
  /** Why this default (shown in the 設定 sheet). */
  source: string;
}

/** Defaults, in the order the work happens. */
export const defaultLeadTimes: readonly LeadTime[] = [
  { id: 'allocation', label: '割振り確定', anchor: 'transfer', workingDays: 0, time: '17:00', source: 'shared/deadline/RULES.md §4: 省内割り振りは転送日 (仮転送で先行)' },
  { id: 'draft', label: '原案', anchor: 'transfer', workingDays: 1, time: '18:00', source: 'shared/deadline/RULES.md §4: 転送 + 1 執務日 (仮定)' },
  { id: 'concurrence', label: '合議了', anchor: 'cabinet', workingDays: 2, time: '18:00', source: 'shared/deadline/RULES.md §4: 閣議 − 2 執務日 (仮定)' },
  { id: 'legislationBureau', label: '法制局説明', anchor: 'cabinet', workingDays: 1, time: '11:00', source: 'shared/deadline/RULES.md §4: 閣議 − 1 執務日 午前 (仮定)' },
  { id: 'cabinetRequest', label: '閣議請議', anchor: 'cabinet', workingDays: 1, time: '12:00', source: 'shared/deadline/RULES.md §4: 閣議 − 1 執務日 12:00 (仮定)' },
];

/**
 * 延期判定の基準: fewer open days than this before the target 閣議 → 延期の可能性.
 * Source: shared/deadline/RULES.md §5 — on-time cases in 参議院 data had 3–4 working days (to confirm: §7).
 */
export const defaultMinWorkingDays = 3;

/** Validates lead times a user edited (設定 sheet) before they are used or stored. */
export const leadTimesSchema = z.array(z.object({
  id: z.enum(['allocation', 'draft', 'concurrence', 'legislationBureau', 'cabinetRequest']),
  label: z.string().min(1),
  anchor: z.enum(['transfer', 'cabinet']),
  workingDays: z.number().int().min(0).max(10),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '時刻は HH:MM 形式です'),
  source: z.string(),
}));
