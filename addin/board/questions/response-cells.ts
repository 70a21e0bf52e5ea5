/**
 * @file 局の回答の欄 (response cells): what a bureau reported on one 割振り line — its 受諾 or 異議 (with the reason)
 * and its progress 着手・原案了・課長了・局長了 — read from the `responses` records the workbook holds. Only the
 * line's own bureau counts, and a decision older than the line's 仮割振り is the previous allocation's (the 問 was
 * reassigned since: its 60-minute window started again). Pure.
 */
import {
  type Bureau, type BureauResponse, type ExchangeBundle, type JstInstant, type AnswerStage, answersAllocation, answerStageLabels, answerStages,
  recordedResponseText,
} from '@shared/index';
import { shortDateTime } from '@shared/index';

/** The responses that apply to one line. */
export interface LineResponses {
  decision?: Extract<BureauResponse, { type: 'accept' | 'objection' }>;
  progress: Partial<Record<AnswerStage, BureauResponse>>;
}

/** Responses by assignment id, for looking up each line. */
export type ResponseIndex = ReadonlyMap<string, readonly BureauResponse[]>;

/** Indexes the live responses of a store by assignment id. */
export function responseIndex(store: ExchangeBundle): ResponseIndex {
  const out = new Map<string, BureauResponse[]>();
  for (const r of store.records.responses) {
    if (r.deleted || !r.data) continue;
    const list = out.get(r.data.assignmentId) ?? [];
    list.push(r.data);
    out.set(r.data.assignmentId, list);
  }
  return out;
}

/**
 * The responses of `bureauId` on assignment `assignmentId` allocated at `proposedAt`.
 * @example lineResponses(index, 'as-1', 'isei', line.proposedAt).decision?.type //=> 'objection'
 */
export function lineResponses(index: ResponseIndex, assignmentId: string, bureauId: string | undefined, proposedAt: JstInstant | undefined): LineResponses {
  const out: LineResponses = { progress: {} };
  if (!bureauId) return out;
  for (const r of index.get(assignmentId) ?? []) {
    if (r.bureau !== bureauId) continue;
    if (r.type === 'progress') out.progress[r.stage] = r;
    else if (!proposedAt || answersAllocation(r.at, proposedAt)) out.decision = r;
  }
  return out;
}

/** 局の回答 cell: 「異議 (他局: 保険局) 6/9(火) 10:05 鈴木」 or 「受諾 …」; '' when none. */
export function responseCell(responses: LineResponses, bureaus: readonly Pick<Bureau, 'id' | 'name'>[]): string {
  const d = responses.decision;
  return d ? recordedResponseText(d, (id) => bureaus.find((b) => b.id === id)?.name ?? id) : '';
}

/** 進捗 cell: every stage reported, in order — 「着手 6/9(火) 10:10・原案了 6/9(火) 16:00」; '' when none. */
export function progressCell(responses: LineResponses): string {
  return answerStages
    .filter((stage) => responses.progress[stage])
    .map((stage) => `${answerStageLabels[stage]} ${shortDateTime(responses.progress[stage]!.at)}`)
    .join('・');
}
