import { describe, expect, it } from 'vitest';
import { bureauSettingsSchema, defaultBureaus, defaultEveningRules, eveningRulesSchema } from '@shared/index';

describe('evening rules as editable data', () => {
  it('accepts the defaults (18:15, 22:00–05:00, 夕方レク 18:30–20:00, 朝レク 07:30)', () => {
    expect(eveningRulesSchema.parse(defaultEveningRules)).toEqual(defaultEveningRules);
    expect(defaultEveningRules).toMatchObject({
      regularEnd: '18:15', lateNight: { from: '22:00', to: '05:00' },
      slots: { evening: { from: '18:30', to: '20:00' }, morning: { at: '07:30' } },
    });
  });

  it('rejects a bad edit with a Japanese message', () => {
    const bad = eveningRulesSchema.safeParse({ ...defaultEveningRules, regularEnd: '25:00', ownerFixedStates: [] });
    expect(bad.success).toBe(false);
    const texts = bad.error!.issues.map((i) => i.message);
    expect(texts).toContain('時刻は HH:MM 形式です');
    expect(texts).toContain('割振り確定とみなす状態を 1 つ以上選んでください');
    const reversed = eveningRulesSchema.safeParse({ ...defaultEveningRules, slots: { ...defaultEveningRules.slots, evening: { ...defaultEveningRules.slots.evening, from: '20:00', to: '18:30' } } });
    expect(reversed.error!.issues.map((i) => i.message)).toEqual(['夕方レクの終了は開始より後にしてください']);
  });

  it('validates one bureau row of the 設定 sheet', () => {
    const row = { id: defaultBureaus[1]!.id, name: defaultBureaus[1]!.name, otherDirected: true, ...defaultEveningRules.bureauDefaults };
    expect(bureauSettingsSchema.parse(row)).toEqual(row);
    const bad = bureauSettingsSchema.safeParse({ ...row, drafters: 0, roleMinutes: { ...row.roleMinutes, 執筆: -5 } });
    expect(bad.error!.issues.map((i) => i.message)).toEqual(['待機要員は 1 人以上です', '分は 0 以上です']);
  });
});
