/** readEveningSettings: the 設定 sheet's evening tables → the shared rules, validated; a bad cell is named, its default kept. */
import { defaultBureaus, defaultEveningRules, defaultOvertimeCaps } from '@shared/index';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../addin/board/sheet/cell-value';
import { readEveningSettings } from '../../../addin/board/settings/evening-settings';
import { seedItemRows, capItems, eveningRuleItems } from '../../../addin/board/tables/evening-rule-items';
import type { TableSnapshot } from '../../../addin/board/sheet/table-snapshot';
import { TABLE, bureauStandbyTable, capTable, eveningRuleTable } from '../../../addin/board/tables/workbook-tables';

/** The seeded rule tables with some values replaced (by 項目). */
function snapshot(rules: Record<string, CellValue> = {}, caps: Record<string, CellValue> = {}, standby: CellValue[][] = []) {
  const table = (def: typeof eveningRuleTable, rows: CellValue[][], edits: Record<string, CellValue>): TableSnapshot => ({
    headers: def.columns.map((c) => c.header),
    rows: rows.map((r) => (r[0] as string) in edits ? [r[0]!, edits[r[0] as string]!, r[2]!] : r),
  });
  return new Map<string, TableSnapshot>([
    [TABLE.eveningRules, table(eveningRuleTable, seedItemRows(eveningRuleItems), rules)],
    [TABLE.caps, table(capTable, seedItemRows(capItems), caps)],
    [TABLE.bureauStandby, { headers: bureauStandbyTable.columns.map((c) => c.header), rows: standby }],
  ]);
}

describe('readEveningSettings', () => {
  it('reads the seeded tables back as exactly the shared defaults, and uses defaults when the tables are missing', () => {
    const issues: string[] = [];
    const seeded = readEveningSettings(snapshot(), defaultBureaus, issues);
    expect(seeded.rules).toEqual(defaultEveningRules);
    expect(seeded.caps).toEqual(defaultOvertimeCaps);
    expect(seeded.bureaus).toHaveLength(defaultBureaus.length);
    expect(seeded.bureaus[1]).toEqual({ id: 'isei', name: '医政局', otherDirected: true, ...defaultEveningRules.bureauDefaults });
    expect(readEveningSettings(new Map(), defaultBureaus, issues).rules).toEqual(defaultEveningRules);
    expect(issues).toEqual([]);
  });

  it('reads times typed as Excel time fractions, states by their labels, and the warning share in percent', () => {
    const issues: string[] = [];
    const s = readEveningSettings(snapshot({ 終業: 0.75, 割振り確定とみなす状態: '確定', '夕方レク枠の定員': '４０' }, { '警告の割合(%)': 90 }), defaultBureaus, issues);
    expect(s.rules).toMatchObject({ regularEnd: '18:00', ownerFixedStates: ['final'], slots: { evening: { capacityPerSlot: 40 } } });
    expect(s.caps.warnShare).toBe(0.9);
    expect(issues).toEqual([]);
  });

  it('names the cell of a rule the schema refuses, and keeps that rule’s default only', () => {
    const issues: string[] = [];
    const s = readEveningSettings(snapshot({ 夕方レクの開始: '21:00', 割振り確定とみなす状態: '了承、決裁', 'レク準備(分)': 15 }), defaultBureaus, issues);
    expect(issues).toEqual([
      '設定シート AC6「割振り確定とみなす状態」: 「了承、決裁」に使えない状態があります (仮割振り・了承・異議あり・確定 を「、」で区切ります)。 既定値で計算しています。',
      // The schema names 終了; the cell the coordinator changed is 開始, so that one is named and falls back.
      '設定シート AC8「夕方レクの開始」: 夕方レクの終了は開始より後にしてください 既定値で計算しています。',
    ]);
    expect(s.rules.briefingLeadMinutes).toBe(15);
    expect(s.rules.ownerFixedStates).toEqual(['accepted', 'final']);
    expect(s.rules.slots.evening).toMatchObject({ from: '18:30', to: '20:00' });
  });

  it('applies a bureau’s own standby numbers over the defaults, and refuses an unknown bureau by name', () => {
    const issues: string[] = [];
    const s = readEveningSettings(snapshot({}, {}, [['保険局', 12, 180, '', '', '', 60], ['総務局', 3, '', '', '', '', ''], ['年金局', '多め', '', '', '', '', '']]), defaultBureaus, issues);
    expect(s.bureaus.find((b) => b.id === 'hoken')).toMatchObject({ drafters: 12, roleMinutes: { 執筆: 180, 合議: 60, メモ出し: 90 }, directorMinutes: 60 });
    expect(s.bureaus.find((b) => b.id === 'nenkin')!.drafters).toBe(30);
    expect(issues).toEqual([
      '設定シート T3「局名」: 局「総務局」は局一覧にありません。この行は使いません。',
      '設定シート U4「待機要員」: 「多め」は数値ではありません。 既定値で計算しています。',
    ]);
  });
});
