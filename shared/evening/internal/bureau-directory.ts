/**
 * @file 内部: 局一覧 (the bureau directory) while planning — the configured bureaus plus any bureau only
 * named in an assignment (planned with the default settings and a warning). Assignments name a bureau by
 * id or by name; both resolve to the same working bureau.
 */
import { eveningMessages as msg } from '../evening-messages';
import type { BureauSettings, EveningRules } from '../evening-rules';
import type { CoreBureau, Warnings } from './core-types';

/** The working bureaus and the resolver from an assignment's text. */
export interface BureauDirectory {
  /** In directory order, then bureaus met in assignments in the order met. */
  bureaus: CoreBureau[];
  /** The bureau an assignment names (id or name); unknown text adds a bureau with the defaults. */
  resolve(text: string): CoreBureau;
}

/**
 * Builds the directory from the configured bureaus (duplicated ids: first one wins).
 * @example bureauDirectory(input.bureaus, rules, warnings).resolve('医政局').settings.id //=> 'isei'
 */
export function bureauDirectory(settings: readonly BureauSettings[], rules: EveningRules, warnings: Warnings): BureauDirectory {
  const bureaus: CoreBureau[] = [];
  const byKey = new Map<string, CoreBureau>();
  const add = (s: BureauSettings): CoreBureau => {
    const state: CoreBureau = {
      settings: s,
      free: new Array<number>(Math.max(1, s.drafters)).fill(-Infinity),
      involvements: [],
      counts: { 執筆: 0, 合議: 0, メモ出し: 0 },
    };
    bureaus.push(state);
    if (!byKey.has(s.id)) byKey.set(s.id, state);
    if (!byKey.has(s.name)) byKey.set(s.name, state);
    return state;
  };
  for (const b of settings) if (!byKey.has(b.id)) add(b);
  return {
    bureaus,
    resolve(text) {
      const known = byKey.get(text);
      if (known) return known;
      warnings.add(msg.unknownBureau(text));
      return add({ id: text, name: text, otherDirected: true, ...rules.bureauDefaults });
    },
  };
}
