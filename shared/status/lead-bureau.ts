/** @file 取りまとめ局: the bureau with the most 執筆 items of a question (法務省 手引き; shared/deadline/RULES.md §4). */
import type { Assignment } from '../model/assignment';

/**
 * 取りまとめ: counts 執筆 items per bureau (メモ出し and 合議 excluded); ties go to the bureau
 * that drafts the earliest item, so the answer is deterministic. Null when nobody drafts yet.
 * @example leadBureau([{bureau:'保険局',role:'執筆',itemLabel:'一'}]) //=> '保険局'
 */
export function leadBureau(assignments: readonly Pick<Assignment, 'bureau' | 'role' | 'itemLabel' | 'state'>[]): string | null {
  const counts = new Map<string, { n: number; first: number }>();
  assignments.forEach((a, i) => {
    if (a.role !== '執筆' || a.state === 'objected') return;
    const c = counts.get(a.bureau) ?? { n: 0, first: i };
    c.n++;
    counts.set(a.bureau, c);
  });
  let best: string | null = null;
  let bestC = { n: 0, first: Infinity };
  for (const [bureau, c] of counts) {
    if (c.n > bestC.n || (c.n === bestC.n && c.first < bestC.first)) { best = bureau; bestC = c; }
  }
  return best;
}
