/**
 * @file セルの文字数上限 (capCellText): Excel holds at most 32,767 characters in a cell (Microsoft, "Excel
 * specifications and limits": total number of characters that a cell can contain, 32,767). A longer text —
 * a hostile or broken 件名 — would make the whole write fail, so it is cut with a visible marker naming its
 * full length. Only the sheet's copy is cut: the record itself stays whole in the hidden 交換記録 store,
 * which splits its JSON into parts below the limit. Pure.
 */

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_MAX_CHARS = 32_767;

/** Room kept for the apostrophe excelText may put in front (= + - @ '). */
const ROOM_FOR_QUOTE = 1;

/**
 * The text as it fits one cell: unchanged when short enough, otherwise cut and ended with
 * 「…［以下省略: 全 N 文字］」 (never splitting a surrogate pair).
 * @example capCellText('x'.repeat(40_000)).length //=> 32_766
 */
export function capCellText(text: string): string {
  const max = EXCEL_CELL_MAX_CHARS - ROOM_FOR_QUOTE;
  if (text.length <= max) return text;
  const marker = `…［以下省略: 全 ${text.length} 文字］`;
  let head = text.slice(0, max - marker.length);
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  return `${head}${marker}`;
}
