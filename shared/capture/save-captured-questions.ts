/**
 * @file 取込みの保存 (saveCapturedQuestions): merges one page's captured questions into IndexedDB and
 * writes one audit event per changed record, all in a single readwrite transaction (questions + audit) —
 * all of it or nothing.
 */
import { z } from 'zod';
import { ValidationError } from '../errors';
import { messages } from '../messages';
import { captureEventId } from '../exchange/record-ids';
import type { AuditEvent } from '../model/audit-event';
import { issuesText, japaneseIssues } from '../model/issues-text';
import { type Provenance, provenanceSchema } from '../model/primitives';
import { writtenQuestionKey, writtenQuestionSchema } from '../model/written-question';
import { atomically } from '../persistence/atomically';
import type { DietDb } from '../persistence/open-diet-db';
import { captureMessages } from './capture-messages';
import { type CapturedField, type CapturedQuestion, capturedQuestionSchema } from './captured-question';
import { type MergedQuestion, mergeCapturedQuestion } from './merge-captured-question';

const storedQuestionSchema = writtenQuestionSchema.extend({ key: z.string().min(1) });

/** What one capture did. `merged` has one entry per distinct question of the page, in page order. */
export interface CaptureSummary {
  added: string[];
  updated: string[];
  unchanged: string[];
  keptUserEdits: { key: string; fields: CapturedField[] }[];
  merged: MergedQuestion[];
}

/** Audit id: unique per capture instant, record and page content. */
function auditId(provenance: Provenance, key: string): string {
  return captureEventId(provenance.capturedAt, key, provenance.contentHash);
}

/** Validates the page's questions (Japanese ValidationError, nothing written) and dedupes by key, keeping page order. */
function validCaptures(captured: readonly unknown[]): CapturedQuestion[] {
  if (captured.length === 0) throw new ValidationError(captureMessages.noQuestions);
  const problems: string[] = [];
  const byKey = new Map<string, CapturedQuestion>();
  captured.forEach((c, i) => {
    const parsed = capturedQuestionSchema.safeParse(c, { error: japaneseIssues });
    if (!parsed.success) problems.push(`${i + 1} 件目: ${issuesText(parsed.error)}`);
    else byKey.set(writtenQuestionKey(parsed.data), { ...byKey.get(writtenQuestionKey(parsed.data)), ...parsed.data });
  });
  if (problems.length > 0) throw new ValidationError(messages.invalidRecord('取り込んだ質問', problems.slice(0, 5).join(' / ')), problems);
  return [...byKey.values()];
}

/**
 * Upserts by (house, session, number). Later captures update status, dates and links; user-edited fields
 * survive; every added or changed record gets an audit event with `provenance`. Throws ValidationError
 * (store unchanged) on invalid input or any storage failure.
 * @example const summary = await saveCapturedQuestions(db, result.questions, provenance)
 */
export async function saveCapturedQuestions(
  db: DietDb,
  captured: readonly unknown[],
  provenance: Provenance,
): Promise<CaptureSummary> {
  const pageQuestions = validCaptures(captured);
  const source = provenanceSchema.safeParse(provenance, { error: japaneseIssues });
  if (!source.success) throw new ValidationError(messages.invalidRecord('取込みの出所', issuesText(source.error)));
  return atomically(db, ['questions', 'audit'], async (tx, write) => {
    const questions = tx.objectStore('questions');
    const audit = tx.objectStore('audit');
    const existing = await Promise.all(pageQuestions.map((q) => questions.get(writtenQuestionKey(q))));
    const merged = pageQuestions.map((q, i) => mergeCapturedQuestion(existing[i], q, source.data));
    const untitled = merged.filter((m) => m.change === 'added' && !m.record.title).map((m) => `第${m.record.number}号`);
    if (untitled.length > 0) throw new ValidationError(captureMessages.titleUnknown(untitled.slice(0, 5).join('・')));
    const problems: string[] = [];
    for (const m of merged) {
      if (m.change === 'unchanged') continue;
      const parsed = storedQuestionSchema.safeParse(m.record, { error: japaneseIssues });
      if (!parsed.success) problems.push(`${m.key}: ${issuesText(parsed.error)}`);
    }
    if (problems.length > 0) throw new ValidationError(messages.invalidRecord('取り込んだ質問', problems.slice(0, 5).join(' / ')), problems);
    for (const m of merged) {
      if (m.change === 'unchanged') continue;
      write(questions.put(m.record));
      const event: AuditEvent = {
        id: auditId(source.data, m.key), at: source.data.capturedAt, who: 'capture',
        action: m.change === 'added' ? 'create' : 'update', recordKey: m.key,
        ...(m.change === 'updated' ? { before: m.before } : {}), after: m.after, provenance: source.data,
      };
      // add, not put: the audit log is append-only; a colliding id aborts the whole capture.
      write(audit.add(event));
    }
    return {
      added: merged.filter((m) => m.change === 'added').map((m) => m.key),
      updated: merged.filter((m) => m.change === 'updated').map((m) => m.key),
      unchanged: merged.filter((m) => m.change === 'unchanged').map((m) => m.key),
      keptUserEdits: merged.filter((m) => m.keptUserEdits.length > 0).map((m) => ({ key: m.key, fields: m.keptUserEdits })),
      merged,
    };
  });
}

