/**
 * @file 局の回答を保存 (saveBureauResponse, retractBureauResponse): a bureau's 受諾 / 異議 / 進捗 on one of its
 * 割振り, written as a `responses` exchange record in one transaction (atomically) — a new record at 版 1, a
 * changed one at 版 + 1, an unchanged one left alone; 取消 is a tombstone at 版 + 1, so an older copy in a
 * feed or report never brings it back (mergeBundle). The 問 the response is about is taken from the stored
 * assignment, never from the request.
 */
import type { JstInstant } from '../dates/jst';
import { ValidationError } from '../errors';
import type { Bureau } from '../model/bureau';
import { issuesText, japaneseIssues } from '../model/issues-text';
import { atomically } from '../persistence/atomically';
import type { DietDb } from '../persistence/open-diet-db';
import type { ExchangeRecord } from './bundle-schema';
import { type BureauResponse, type ObjectionReason, type AnswerStage, bureauResponseSchema, responseSlot } from './bureau-response';
import { isBureau } from './bureau-view';
import { stableJson } from './merge-bundle';
import { parseResponseId, responseId } from './record-ids';
import { exchangeStoreKey } from './stored-exchange';

/** What the popup sends: which 割振り, what, when, who (the rest comes from the stored assignment). */
export interface ResponseRequest {
  assignmentId: string;
  type: BureauResponse['type'];
  reason?: ObjectionReason;
  stage?: AnswerStage;
  at: JstInstant;
  by: string;
}

/** Result: the record as stored, and whether anything changed. */
export interface SavedResponse {
  record: ExchangeRecord<'responses'>;
  changed: boolean;
}

/** Messages (Japanese) of this module. */
export const responseMessages = {
  noAssignment: '割振りが見つかりません (取り消された可能性があります)。「更新」を押してから、もう一度回答してください。',
  notMine: (bureau: string) => `この割振りは${bureau}のものではありません。自局の問にだけ回答できます。`,
  invalid: (detail: string) => `回答の内容が正しくありません: ${detail}`,
  notMineToRetract: '自局の回答ではないため取り消せません。',
  nothingToRetract: '取り消す回答がありません。',
} as const;

/**
 * Saves my bureau's response to assignment `request.assignmentId`. Throws ValidationError (Japanese) when the
 * assignment is unknown, deleted or another bureau's, or the response is invalid; nothing is written then.
 * @example await saveBureauResponse(db, bureau, { assignmentId: 'as-1', type: 'accept', at: now, by: '田中' }, now)
 */
export async function saveBureauResponse(db: DietDb, bureau: Pick<Bureau, 'id' | 'name'>, request: ResponseRequest, now: JstInstant): Promise<SavedResponse> {
  return atomically(db, ['exchange'], async (tx, write) => {
    const store = tx.objectStore('exchange');
    const assignment = (await store.get(exchangeStoreKey('assignments', request.assignmentId)))?.record as ExchangeRecord<'assignments'> | undefined;
    if (!assignment || assignment.deleted || !assignment.data) throw new ValidationError(responseMessages.noAssignment);
    if (!isBureau(assignment.data.bureau, bureau)) throw new ValidationError(responseMessages.notMine(bureau.name));
    const parsed = bureauResponseSchema.safeParse({
      type: request.type, assignmentId: assignment.id, questionKey: assignment.data.questionKey, itemLabel: assignment.data.itemLabel,
      bureau: bureau.id, at: request.at, by: request.by,
      ...(request.type === 'objection' ? { reason: request.reason } : {}),
      ...(request.type === 'progress' ? { stage: request.stage } : {}),
    }, { error: japaneseIssues });
    if (!parsed.success) throw new ValidationError(responseMessages.invalid(issuesText(parsed.error)));
    const data = parsed.data;
    const id = responseId(bureau.id, responseSlot(data), assignment.id);
    const key = exchangeStoreKey('responses', id);
    const existing = (await store.get(key))?.record;
    if (existing && !existing.deleted && stableJson(existing.data) === stableJson(data)) {
      return { record: existing as ExchangeRecord<'responses'>, changed: false };
    }
    const record: ExchangeRecord<'responses'> = { id, rev: (existing?.rev ?? 0) + 1, updatedAt: now, updatedBy: data.by, deleted: false, data };
    write(store.put({ key, kind: 'responses', record }));
    return { record, changed: true };
  });
}

/**
 * 取消: replaces my bureau's response `id` by a tombstone at 版 + 1 (who: `by`). Throws ValidationError when it is
 * not my bureau's or there is nothing to retract.
 * @example await retractBureauResponse(db, bureau, 'response:isei:drafted:as-1', '田中', now)
 */
export async function retractBureauResponse(db: DietDb, bureau: Pick<Bureau, 'id'>, id: string, by: string, now: JstInstant): Promise<ExchangeRecord<'responses'>> {
  if (parseResponseId(id)?.bureau !== bureau.id) throw new ValidationError(responseMessages.notMineToRetract);
  return atomically(db, ['exchange'], async (tx, write) => {
    const store = tx.objectStore('exchange');
    const key = exchangeStoreKey('responses', id);
    const existing = (await store.get(key))?.record;
    if (!existing || existing.deleted) throw new ValidationError(responseMessages.nothingToRetract);
    const record: ExchangeRecord<'responses'> = { id, rev: existing.rev + 1, updatedAt: now, updatedBy: by, deleted: true };
    write(store.put({ key, kind: 'responses', record }));
    return record;
  });
}
