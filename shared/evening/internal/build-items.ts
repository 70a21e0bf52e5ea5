/**
 * @file 内部: 問 from the notices (in order of receipt) with their owner, helpers and reported progress.
 * A 問's 執筆 owner is the earliest fixed 執筆 assignment (states in `rules.ownerFixedStates`); 合議 and
 * メモ出し bureaus are asked once the owner is fixed. Duplicates and assignments without a 問 are warned about.
 */
import { exchangeItemId } from '../../exchange/bundle-schema';
import { eveningMessages as msg } from '../evening-messages';
import type { EveningRules } from '../evening-rules';
import type { EveningAssignment, EveningNotice, EveningProgress } from '../evening-types';
import type { BureauDirectory } from './bureau-directory';
import type { CoreHelper, CoreItem, Warnings } from './core-types';
import { toMin } from './minutes';

/** A notice with its receipt in epoch minutes and its input position (for ties). */
export interface TimedNotice<N extends EveningNotice = EveningNotice> {
  n: N;
  i: number;
  at: number;
}

/** Notices in order of receipt (ties: input order). */
export function noticesInOrder<N extends EveningNotice>(notices: readonly N[]): TimedNotice<N>[] {
  return notices.map((n, i) => ({ n, i, at: toMin(n.receivedAt) })).sort((a, b) => a.at - b.at || a.i - b.i);
}

/** What buildItems reads. */
export interface ItemSources {
  notices: readonly TimedNotice[];
  assignments: readonly EveningAssignment[];
  progress: readonly EveningProgress[];
  /** 質問者一覧 of the sitting (a notice from someone else is planned with a warning). */
  questioners: readonly string[];
  /** 開会 id written on each 問. */
  sitting: string;
}

/**
 * The 問 of the notices, in notice order, each with its owner and helpers resolved in the directory.
 * @example buildItems(sources, directory, rules, warnings)[0].itemId //=> 'n1#問1'
 */
export function buildItems(sources: ItemSources, directory: BureauDirectory, rules: EveningRules, warnings: Warnings): CoreItem[] {
  const byItem = new Map<string, EveningAssignment[]>();
  for (const a of sources.assignments) {
    const key = exchangeItemId(a.questionKey, a.itemLabel);
    const list = byItem.get(key);
    if (list) list.push(a);
    else byItem.set(key, [a]);
  }
  const progressById = new Map<string, EveningProgress>();
  for (const p of sources.progress) progressById.set(p.itemId, p);
  const fixedStates = new Set(rules.ownerFixedStates);
  const listed = new Set(sources.questioners);
  const seenNotices = new Set<string>();
  const items: CoreItem[] = [];
  for (const { n, at } of sources.notices) {
    if (seenNotices.has(n.id)) { warnings.add(msg.duplicateNotice(n.id)); continue; }
    seenNotices.add(n.id);
    if (!listed.has(n.member)) warnings.add(msg.noticeFromUnlisted(n.member, n.id));
    const seenLabels = new Set<string>();
    for (const it of n.items) {
      const itemId = exchangeItemId(n.id, it.label);
      if (seenLabels.has(it.label)) { warnings.add(msg.duplicateItem(itemId)); continue; }
      seenLabels.add(it.label);
      const item = buildItem(itemId, it.label, n, at, items.length, sources.sitting, byItem.get(itemId) ?? [], progressById.get(itemId), fixedStates, directory, warnings);
      items.push(item);
      byItem.delete(itemId);
    }
  }
  for (const list of byItem.values()) warnings.add(msg.assignmentWithoutItem(list[0]!.questionKey, list[0]!.itemLabel));
  return items;
}

/** One 問: its fixed owner (earliest fixed 執筆), the helpers asked after it, and the reported times. */
function buildItem(
  itemId: string, label: string, n: EveningNotice, received: number, order: number, sitting: string,
  assignments: readonly EveningAssignment[], progress: EveningProgress | undefined, fixedStates: ReadonlySet<string>,
  directory: BureauDirectory, warnings: Warnings,
): CoreItem {
  let writerAt = Infinity;
  let writerText = '';
  let proposedText = '';
  for (const a of assignments) {
    if (a.role !== '執筆' || a.state === 'objected') continue;
    if (!fixedStates.has(a.state)) { proposedText += (proposedText ? '、' : '') + directory.resolve(a.bureau).settings.name; continue; }
    const at = toMin(a.decidedAt ?? a.proposedAt);
    if (writerText && directory.resolve(writerText) !== directory.resolve(a.bureau)) warnings.add(msg.severalOwners(itemId, `${writerText}、${a.bureau}`));
    if (at < writerAt || (at === writerAt && a.bureau < writerText)) { writerAt = at; writerText = a.bureau; }
  }
  const writer = writerText ? directory.resolve(writerText) : undefined;
  const ready = writer ? Math.max(received, writerAt) : Infinity;
  const concurrence: CoreHelper[] = [];
  const memo: CoreHelper[] = [];
  if (writer) {
    for (const a of assignments) {
      if (a.role === '執筆' || a.state === 'objected') continue;
      const bureau = directory.resolve(a.bureau);
      const list = a.role === '合議' ? concurrence : memo;
      if (bureau === writer || list.some((h) => h.bureau === bureau)) continue;
      list.push({ bureau, ready: Math.max(ready, toMin(a.decidedAt ?? a.proposedAt)) });
    }
  }
  const p = progress && {
    draft: progress.draftedAt ? toMin(progress.draftedAt) : undefined,
    sectionChief: progress.sectionChiefApprovedAt ? toMin(progress.sectionChiefApprovedAt) : undefined,
    director: progress.directorApprovedAt ? toMin(progress.directorApprovedAt) : undefined,
  };
  // One literal with every field, so every 問 has the same shape (a spread here made planning several times slower).
  return {
    itemId, questionKey: n.id, label, member: n.member, received, order, sitting, followUp: n.followUp === true,
    writer, proposedText, ready, concurrence, memo, progress: p,
    draftStart: NaN, prepEnd: -Infinity, prepPending: 0, draftEnd: NaN, concEnd: -Infinity, concPending: 0, sectionChief: NaN, director: NaN,
    reason: null,
  };
}
