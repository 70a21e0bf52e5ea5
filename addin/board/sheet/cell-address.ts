/**
 * @file セル番地 (cellAddress): the A1 address of a body cell of a board table, so a message can name the
 * cell to fix (「設定シート AC6」). Tables stay where 「ブックを準備」 put them (their definition's anchor). Pure.
 */
import { type TableDefinition, columnLetter, gridRow } from './table-definition';

/**
 * Address of body row `index` (0-based, blank rows counted) under `header`, with the sheet's own column order.
 * @example cellAddress(eveningRuleTable, ['項目', '値', '根拠'], 1, '値') //=> 'AC3'
 */
export function cellAddress(def: TableDefinition, headers: readonly string[], index: number, header: string): string {
  const at = headers.indexOf(header);
  const column = def.anchor.column + (at >= 0 ? at : 0);
  return `${columnLetter(column)}${gridRow(def, index)}`;
}
