/**
 * @file 回答の受付 (respond, retract, chooseConflict): the background side of the popup's 受諾 / 異議 / 進捗
 * buttons, their 取消, and the conflict list. Each zod-parses the request (runtime messages cross a trust
 * boundary), writes through the shared all-or-nothing functions, remembers who answered (the next form's
 * default), and — when a report URL is set — sends the report on at once.
 */
import { z } from 'zod';
import {
  type Bureau, type DietDb, type JstInstant, ValidationError, applyConflictChoice, isIsoDate, jstAt, objectionReasonSchema, answerStages, responseText,
  retractBureauResponse, saveBureauResponse, toJst,
} from '@shared/index';
import type { ActionReply } from '../platform/messaging';
import type { ExtensionOptions } from '../platform/extension-options';
import { EDITOR_KEY } from './capture-edit';
import { type ReportDeps, markReportPending, sendReport } from './report-send';

const who = z.string().max(100);
const responseRequestSchema = z.object({
  assignmentId: z.string().min(1).max(1_000),
  answer: z.enum(['accept', 'objection', 'progress']),
  reason: objectionReasonSchema.optional(),
  stage: z.enum(answerStages).optional(),
  at: z.string().max(40),
  by: who,
});
const retractRequestSchema = z.object({ id: z.string().min(1).max(1_100), by: who });
const conflictChoiceSchema = z.object({ key: z.string().min(1).max(1_200), versionKey: z.string().min(1).max(100) });

/** What the handlers need: the database, the clock, my bureau and options, and the report's platform parts. */
export interface ResponseDeps extends ReportDeps {
  bureau: Pick<Bureau, 'id' | 'name'> | undefined;
  /** The directory (an 異議's other bureau is named by it in the reply). */
  bureaus: readonly Pick<Bureau, 'id' | 'name'>[];
  options: Pick<ExtensionOptions, 'reportUrl' | 'feedCredentials'>;
}

/** The form's time: 'YYYY-MM-DDTHH:MM' is JST wall time; an instant with an offset is taken as it is. */
function readTime(text: string): JstInstant {
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(text.trim());
  const invalid = new ValidationError('時刻が正しくありません。年月日と時刻を入れてください。');
  try {
    if (local) {
      if (!isIsoDate(local[1]!)) throw invalid;
      return jstAt(local[1], local[2]!);
    }
    return toJst(text.trim());
  } catch {
    throw invalid;
  }
}

/** Remembers who answered, then sends the report when a URL is set (the reply says whether it went). */
async function followUp(deps: ResponseDeps, by: string, done: string): Promise<ActionReply> {
  await deps.db.put('settings', { key: EDITOR_KEY, value: by.trim() });
  await markReportPending(deps.db);
  if (!deps.options.reportUrl || !deps.bureau) return { ok: true, message: `${done}「報告を送る」で調整担当に届けてください。` };
  const sent = await sendReport(deps, deps.bureau.id, deps.options.reportUrl, deps.options.feedCredentials);
  return { ok: sent.ok, message: `${done}${sent.message}` };
}

function requireBureau(deps: ResponseDeps): Pick<Bureau, 'id' | 'name'> {
  if (!deps.bureau) throw new ValidationError('自局が未設定です。「設定」で局を選んでください。');
  return deps.bureau;
}

/**
 * 受諾 / 異議 / 進捗: saves it (saveBureauResponse) and follows up.
 * @example await respond(deps, { assignmentId: 'as-1', type: 'accept', at: '2026-06-09T10:05', by: '田中' })
 */
export async function respond(deps: ResponseDeps, message: unknown): Promise<ActionReply> {
  const bureau = requireBureau(deps);
  const parsed = responseRequestSchema.safeParse(message);
  if (!parsed.success) throw new ValidationError('回答の依頼の形式が正しくありません。');
  const { answer, ...request } = parsed.data;
  const saved = await saveBureauResponse(deps.db, bureau, { ...request, type: answer, at: readTime(request.at) }, deps.now());
  const what = responseText(saved.record.data!, (id) => deps.bureaus.find((b) => b.id === id)?.name ?? id);
  if (!saved.changed) return { ok: true, message: `${what}は記録済みです。` };
  return followUp(deps, request.by, `${what}を記録しました。`);
}

/** 取消 of my bureau's response `id`. */
export async function retract(deps: ResponseDeps, message: unknown): Promise<ActionReply> {
  const bureau = requireBureau(deps);
  const parsed = retractRequestSchema.safeParse(message);
  if (!parsed.success) throw new ValidationError('取消の依頼の形式が正しくありません。');
  await retractBureauResponse(deps.db, bureau, parsed.data.id, parsed.data.by.trim() || '拡張機能', deps.now());
  return followUp(deps, parsed.data.by, '回答を取り消しました。');
}

/** 競合の解決: the version the user picked becomes a new edit (applyConflictChoice). */
export async function chooseConflict(deps: { db: DietDb; now: () => JstInstant }, message: unknown): Promise<ActionReply> {
  const parsed = conflictChoiceSchema.safeParse(message);
  if (!parsed.success) throw new ValidationError('競合の選択の形式が正しくありません。');
  const by = String((await deps.db.get('settings', EDITOR_KEY))?.value ?? '') || '拡張機能';
  const record = await applyConflictChoice(deps.db, parsed.data.key, parsed.data.versionKey, by, deps.now());
  if (!record) return { ok: false, message: 'この競合は既に解決されています。「更新」を押してください。' };
  return { ok: true, message: `選んだ版を保存しました (版 ${record.rev})。` };
}
