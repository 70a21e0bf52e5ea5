/**
 * @file 延期通知の段取り (extension-notice rules) as editable data: the internal milestones of a 延期通知 before the
 * 閣議 that decides it, how the new answer date is chosen, and the draft reason text. Evidence: shared/deadline/RULES.md.
 */
import type { LeadTime } from './lead-times';

/** 延期通知の内部締切: back from the 閣議 that decides the notice (the target 閣議). Assumptions, like defaultLeadTimes. */
export const defaultExtensionLeadTimes: readonly LeadTime[] = [
  { id: 'extensionDecision', label: '延期方針の決定', anchor: 'cabinet', workingDays: 2, time: '18:00', source: '仮定: 合議了と同じ閣議 − 2 執務日 (延期するかを省内で決める)' },
  { id: 'extensionRequest', label: '延期通知の閣議請議', anchor: 'cabinet', workingDays: 1, time: '12:00', source: '仮定: 答弁書の閣議請議と同じ閣議 − 1 執務日 12:00' },
];

/**
 * 新しい答弁期限の選び方: the first 閣議 after day 7 with at least `minWorkingDays` open days from the notice 閣議
 * (inclusive; from the day after day 7 when there is none). Checked against the 参議院 data: it gives a date the
 * Cabinet actually used for 7 of the 10 distinct 延期 and is within 4 days for the other three (RULES.md); the
 * coordinator changes it before confirming.
 */
export const extensionDateRule = { minWorkingDays: 3, maxSearchDays: 60 } as const;

/**
 * 延期通知の理由 (案): 国会法75条2項 requires the reason and the date to be stated. Placeholders: {件名} {期限}. A draft
 * for the coordinator to edit; the ministry's own wording replaces it.
 */
export const extensionNoticeTemplate = '{件名}に対する答弁書については、政府部内の調整及び検討になお時間を要するため、国会法第七十五条第二項の規定により、{期限}までに答弁することとしたい。';
