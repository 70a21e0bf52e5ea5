/** Key and ID columns are wide enough for the longest id of their kind (質問キー never cut), as the preview draws them too. */
import { describe, expect, it } from 'vitest';
import { idColumnWidth, workbookTables } from '../../../addin/board/tables/workbook-tables';

describe('id columns', () => {
  it('every 質問キー column fits a 質問通告 id (the longest question key) and 割振りID fits an assignment id', () => {
    const widthOf = (table: string, key: string) => workbookTables.find((t) => t.table === table)!.columns.find((c) => c.key === key)!.width;
    const noticeKey = 'notice-1742585ec4e82c7c';
    for (const [table, key] of [['質問表', 'key'], ['割振り表', 'questionKey'], ['期限表', 'questionKey']] as const) {
      expect(widthOf(table, key)).toBeGreaterThanOrEqual(idColumnWidth(noticeKey));
      expect(widthOf(table, key)).toBeGreaterThanOrEqual(idColumnWidth('sangiin-221-112'));
    }
    expect(widthOf('割振り表', 'id')).toBeGreaterThanOrEqual(idColumnWidth(`as-${noticeKey}#問12-3`));
    // The width rule itself: 7.5 per half-width character, 13 per full-width, 18 for the filter button and padding.
    expect(idColumnWidth('sangiin-221-1')).toBe(Math.ceil(13 * 7.5 + 18));
    expect(idColumnWidth('問1')).toBe(Math.ceil(13 + 7.5 + 18));
  });
});
