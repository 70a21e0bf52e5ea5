/**
 * @file 競合の版の要約 (conflictVersionSummary): one version of a record in conflict in a few Japanese words, so a
 * person can pick the right one in the popup — the fields that matter for its kind (割振り: 局・役割・状態; 回答:
 * 受諾/異議/進捗 …), who and when, or 「削除」 for a tombstone. Values come from bundles: each is cut to 80
 * characters (clip). Pure.
 */
import { formatWarekiDateTime } from '../dates/format-wareki';
import type { JstInstant } from '../dates/jst';
import { assignmentStateLabels } from '../model/assignment';
import { clip } from '../text/quote-value';
import type { BundleKind, ExchangeRecord } from './bundle-schema';
import { type BureauResponse, responseText } from './bureau-response';
import { stableJson } from './merge-bundle';

/** The payload's words, by kind. */
function dataText(kind: BundleKind, data: unknown): string {
  switch (kind) {
    case 'assignments': {
      const a = data as { bureau: string; division?: string; role: string; state: keyof typeof assignmentStateLabels };
      return `${a.bureau}${a.division ? ` ${a.division}` : ''}・${a.role}・${assignmentStateLabels[a.state] ?? a.state}`;
    }
    case 'responses': {
      const r = data as BureauResponse;
      return `${responseText(r)} ${formatWarekiDateTime(r.at)} ${r.by}`;
    }
    case 'milestones': {
      const m = data as { label: string; dueAt: JstInstant };
      return `${m.label} ${formatWarekiDateTime(m.dueAt)}`;
    }
    case 'releases': {
      const r = data as { releasedAt: JstInstant; reason?: string };
      return `解除 ${formatWarekiDateTime(r.releasedAt)}${r.reason ? ` (${r.reason})` : ''}`;
    }
    case 'questions': case 'notices': {
      const q = data as { title?: string; committee?: string; member?: string };
      return q.title ?? `${q.committee ?? ''} ${q.member ?? ''}`;
    }
    case 'items': return (data as { text: string }).text;
    default: return stableJson(data);
  }
}

/**
 * 要約 of one version: 「医政局・執筆・確定 (版 3、官房総務課、令和8年6月9日(火) 10:05)」.
 * @example conflictVersionSummary('assignments', record)
 */
export function conflictVersionSummary(kind: BundleKind, record: ExchangeRecord): string {
  const body = record.deleted || record.data === undefined ? '削除' : clip(dataText(kind, record.data));
  const who = record.updatedBy ? `、${clip(record.updatedBy, 20)}` : '';
  return `${body} (版 ${record.rev}${who}、${formatWarekiDateTime(record.updatedAt)})`;
}
