/**
 * @file 取込データの書き出し (exportCapturedBundle): turns the captured 質問主意書 and 質問通告 into exchange
 * records (問 and 内部締切 included), bumping 版 only for records whose content changed, and returns the bundle. The
 * 当省分 markings made in the popup are exchange records already and travel as they are.
 */
import {
  type DietDb, type ExchangeBundle, type ExchangeRecord, type BundleKind, type JstInstant, type Jurisdiction, answerDeadline, deadlineMilestoneId,
  exchangeItemId, exchangeStoreKey, isAllowedSourceUrl, isOtherMinistry, jstDateOf, loadLocalBundle, loadSessions, resolveQuestionStatus, sessionByNumber,
  stableJson, writtenQuestionKey,
} from '@shared/index';

/** Producer name written into exported bundles. */
export const EXTENSION_PRODUCER = 'extension';

interface Candidate {
  kind: BundleKind;
  id: string;
  data: unknown;
}

async function candidates(db: DietDb, now: JstInstant): Promise<Candidate[]> {
  const out: Candidate[] = [];
  const sessions = await loadSessions(db);
  const otherMinistry = new Set((await db.getAllFromIndex('exchange', 'byKind', 'jurisdictions'))
    .flatMap((row) => (!row.record.deleted && isOtherMinistry(row.record.data as Jurisdiction | undefined) ? [row.record.id] : [])));
  for (const stored of await db.getAll('questions')) {
    const { key: _key, ...question } = stored;
    const key = writtenQuestionKey(question);
    out.push({ kind: 'questions', id: key, data: question });
    for (const item of question.items) {
      out.push({ kind: 'items', id: exchangeItemId(key, item.label), data: { questionKey: key, label: item.label, text: item.text, sourceUrl: question.questionUrl } });
    }
    // 内部締切 only while an answer is due (a list saying 答弁受理 closes it too) and the question is not another ministry's.
    if (question.transferredOn && resolveQuestionStatus(stored, jstDateOf(now)).open && !otherMinistry.has(key)) {
      try {
        const session = sessionByNumber(sessions, question.session);
        for (const m of answerDeadline(question.transferredOn, undefined, session ? { session } : {}).milestones) {
          if (m.at) out.push({ kind: 'milestones', id: deadlineMilestoneId(key, m.id), data: { questionKey: key, kind: m.id, label: m.label, dueAt: m.at } });
        }
      } catch {
        // Outside the calendar data: the question travels without milestones; the add-in shows the calendar warning.
      }
    }
  }
  for (const notice of await db.getAll('notices')) {
    out.push({ kind: 'notices', id: notice.id, data: notice });
    // A notice clipped from a page off the Diet sites keeps that address in its provenance, but a bundle's
    // 問 may only link where the source URL policy allows (a file bundle: the Diet hosts).
    const clippedFrom = notice.provenance[0]?.sourceUrl;
    const sourceUrl = clippedFrom && isAllowedSourceUrl(clippedFrom) ? clippedFrom : undefined;
    for (const item of notice.items) {
      out.push({ kind: 'items', id: exchangeItemId(notice.id, item.label), data: { questionKey: notice.id, label: item.label, text: item.text, ...(sourceUrl ? { sourceUrl } : {}) } });
    }
  }
  return out;
}

/**
 * Syncs captured records into the exchange store in one transaction (new → 版 1, changed → 版 + 1,
 * unchanged → untouched) and returns every exchange record as a bundle.
 * @example const bundle = await exportCapturedBundle(db, systemClock.now(), '総務課')
 */
export async function exportCapturedBundle(db: DietDb, now: JstInstant, by: string): Promise<ExchangeBundle> {
  const list = await candidates(db, now);
  const tx = db.transaction('exchange', 'readwrite');
  const puts: Promise<unknown>[] = [];
  for (const c of list) {
    const key = exchangeStoreKey(c.kind, c.id);
    const existing = (await tx.store.get(key))?.record;
    if (existing && !existing.deleted && stableJson(existing.data) === stableJson(c.data)) continue;
    const record = { id: c.id, rev: (existing?.rev ?? 0) + 1, updatedAt: now, updatedBy: by, deleted: false, data: c.data } as ExchangeRecord;
    puts.push(tx.store.put({ key, kind: c.kind, record }));
  }
  await Promise.all(puts);
  await tx.done;
  const revision = Number((await db.get('settings', 'export:revision'))?.value ?? 0) + 1;
  await db.put('settings', { key: 'export:revision', value: revision });
  const bundle = await loadLocalBundle(db, EXTENSION_PRODUCER, now, revision);
  // 会期表: travels beside the records (an optional list; older readers ignore it), for the add-in's 設定.
  return { ...bundle, sessions: await loadSessions(db) };
}
