/**
 * @file 回答の言葉 (response text): the words of the progress stages, an objection's reason and a response — free
 * of zod, so the popup can show them without carrying the schemas (bureau-response.ts re-exports them). Pure.
 */
import { shortDateTime } from '../evening/evening-messages';
import type { BureauResponse, ObjectionReason } from './bureau-response';

/** 進捗の段階 of an answer (着手・原案了・課長了・局長了), in the order they happen — not the Diet page's 経過 (status/progress-text-stages.ts). */
export const answerStages = ['started', 'drafted', 'sectionChiefApproved', 'directorApproved'] as const;
export type AnswerStage = (typeof answerStages)[number];

/** 段階の表示名. */
export const answerStageLabels: Record<AnswerStage, string> = {
  started: '着手', drafted: '原案了', sectionChiefApproved: '課長了', directorApproved: '局長了',
};

/**
 * 異議の理由を日本語で.
 * @example objectionReasonText({ kind: 'otherBureau', bureau: '保険局' }) //=> '他局: 保険局'
 */
export function objectionReasonText(reason: ObjectionReason, bureauName: (id: string) => string = (id) => id): string {
  switch (reason.kind) {
    case 'otherBureau': return `他局: ${bureauName(reason.bureau)}`;
    case 'otherMinistry': return `他省庁: ${reason.ministry}`;
    default: return reason.text;
  }
}

/**
 * One response in words (the popup's card, the add-in's 割振り note, the reminder).
 * @example responseText(response) //=> '異議 (他局: 保険局)'
 */
export function responseText(response: BureauResponse, bureauName?: (id: string) => string): string {
  if (response.type === 'accept') return '受諾';
  if (response.type === 'objection') return `異議 (${objectionReasonText(response.reason, bureauName)})`;
  return answerStageLabels[response.stage];
}

/**
 * One recorded response with its time and who: 「受諾 6/9(火) 10:05 田中」, 「異議 (他局: 保険局) 6/9(火) 10:05 鈴木」.
 * @example recordedResponseText(response, (id) => names.get(id) ?? id)
 */
export function recordedResponseText(response: BureauResponse, bureauName?: (id: string) => string): string {
  return `${responseText(response, bureauName)} ${shortDateTime(response.at)} ${response.by}`;
}
