/**
 * @file セルの問題 (cellProblem): a reporter that names a body cell of a table by its address and header
 * (「設定シート AU2「院」: …」) in the caller's words, so every reader of a typed table says where to fix it the same way. Pure.
 */
import { cellAddress } from './cell-address';
import { type ColumnKey, type TableDefinition, headerOf } from './table-definition';
import type { TableSnapshot } from './table-snapshot';

/**
 * For body row `index` of `table`: `(key, detail)` pushes `say(address, header, detail)` to `out`.
 * @example cellProblem(dutyTable, table, 0, msg.dutyProblem, issues)('name', '局「総務局」は局一覧にありません。')
 */
export function cellProblem<T extends TableDefinition<string>>(
  def: T, table: TableSnapshot, index: number, say: (address: string, header: string, detail: string) => string, out: string[],
): (key: ColumnKey<T>, detail: string) => void {
  return (key, detail) => {
    const header = headerOf(def, key);
    out.push(say(cellAddress(def, table.headers, index, header), header, detail));
  };
}
