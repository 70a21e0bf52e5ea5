/** @file 内部: a ratio 計画 ÷ 従来 written as the change in late-night staff-hours (0.63 → '−37%', 1 → '±0%'). */

/**
 * @example formatCut(0.629) //=> '−37%'
 * @example formatCut(1) //=> '±0%'
 */
export function formatCut(plannedOverBaseline: number): string {
  const change = Math.round((plannedOverBaseline - 1) * 100);
  if (change === 0) return '±0%';
  return change < 0 ? `−${-change}%` : `+${change}%`;
}

/**
 * A range of ratios as the span of cuts, the smaller cut first.
 * @example formatCutSpan(0.737, 0.576) //=> '−26%〜−42%'
 */
export function formatCutSpan(a: number, b: number): string {
  const [small, big] = a >= b ? [a, b] : [b, a];
  return `${formatCut(small)}〜${formatCut(big)}`;
}
