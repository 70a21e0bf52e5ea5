/**
 * @file 取込みの合成 (mergeCapturedQuestion): applies one captured page's view of a 質問主意書 to the stored
 * record. Pure. A later capture updates status, dates and links; a field the user edited is never overwritten;
 * a field the page does not show (undefined, or an empty list) never erases what is stored; 問 merge by label.
 */
import { stableJson } from '../exchange/merge-bundle';
import type { Provenance, QuestionItem } from '../model/primitives';
import { writtenQuestionKey } from '../model/written-question';
import type { StoredWrittenQuestion } from '../persistence/schema';
import { type CapturedField, type CapturedQuestion, capturedFields } from './captured-question';

/** 合成の結果. `before`/`after` hold only the fields that changed (the audit diff). */
export interface MergedQuestion {
  key: string;
  change: 'added' | 'updated' | 'unchanged';
  record: StoredWrittenQuestion;
  before: Partial<Record<CapturedField, unknown>>;
  after: Partial<Record<CapturedField, unknown>>;
  /** User-edited fields where the page shows something else (kept as the user wrote them). */
  keptUserEdits: CapturedField[];
}

function shows(value: unknown): boolean {
  return value !== undefined && !(Array.isArray(value) && value.length === 0);
}

/** Provenance list with one entry per source page: the newest capture of each page. */
function withProvenance(list: readonly Provenance[], entry: Provenance): Provenance[] {
  return [...list.filter((p) => p.sourceUrl !== entry.sourceUrl), entry];
}

/**
 * 問の合成: the page's 問 in page order, each label's text and 柱書き from the page; a 問 stored before under a
 * label the page no longer prints is kept after them (assignments and edits are keyed by 問 label: nothing
 * assigned is orphaned by a re-read).
 * @example mergeItems([{ label: '全体', text: '' }], [{ label: '一', text: '甲か。' }]).map((i) => i.label) //=> ['一', '全体']
 */
export function mergeItems(stored: readonly QuestionItem[], page: readonly QuestionItem[]): QuestionItem[] {
  const printed = new Set(page.map((i) => i.label));
  return [...page, ...stored.filter((i) => !printed.has(i.label))];
}

/**
 * Merges `captured` into `existing` (undefined = not stored yet).
 * @example mergeCapturedQuestion(undefined, { house: 'shugiin', session: 221, number: 1, title: '…' }, provenance).change //=> 'added'
 */
export function mergeCapturedQuestion(
  existing: StoredWrittenQuestion | undefined,
  captured: CapturedQuestion,
  provenance: Provenance,
): MergedQuestion {
  const key = writtenQuestionKey(captured);
  const before: MergedQuestion['before'] = {};
  const after: MergedQuestion['after'] = {};
  const keptUserEdits: CapturedField[] = [];
  if (!existing) {
    const record: StoredWrittenQuestion = {
      key, kind: 'written', house: captured.house, session: captured.session, number: captured.number,
      title: '', submitters: [], extensions: [], items: [], answerItems: [], provenance: [provenance], userEdited: [],
    };
    for (const field of capturedFields) {
      const value = captured[field];
      if (!shows(value)) continue;
      (record as Record<string, unknown>)[field] = value;
      after[field] = value;
    }
    return { key, change: 'added', record, before, after, keptUserEdits };
  }
  const record: StoredWrittenQuestion = { ...existing };
  const edited = new Set(existing.userEdited);
  for (const field of capturedFields) {
    const value = field === 'items' && captured.items ? mergeItems(existing.items, captured.items) : captured[field];
    if (!shows(value)) continue;
    const current = existing[field];
    if (stableJson(current) === stableJson(value)) continue;
    if (edited.has(field)) {
      keptUserEdits.push(field);
      continue;
    }
    (record as Record<string, unknown>)[field] = value;
    before[field] = current;
    after[field] = value;
  }
  const changed = Object.keys(after).length > 0;
  if (changed) record.provenance = withProvenance(existing.provenance, provenance);
  return { key, change: changed ? 'updated' : 'unchanged', record: changed ? record : existing, before, after, keptUserEdits };
}
