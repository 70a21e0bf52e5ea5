/**
 * @file シミュレーションの文言 (Japanese texts of the late-night simulation: policies, levers, assumptions
 * changed in the sensitivity table, and errors of `npm run simulate`). One module, so the table, the report,
 * the chart and the CLI say the same thing.
 */

/** 文言. */
export const simulationMessages = {
  policyBaseline: '従来運用 (通告ごとに割振り 119 分、局の待機解除は府省の慣行、朝レク)',
  policyPlanned: '計画運用 (割振りの判断を速く、局ごとに即時待機解除、夕方レク)',
  unknownScenario: (name: string, known: readonly string[]) => `シナリオ「${name}」はありません (${known.join(' / ')})。`,
  badDays: (text: string) => `日数「${text}」は 1 以上 100000 以下の整数で指定してください。`,
  badSeed: (text: string) => `シード「${text}」は 0 以上の整数で指定してください。`,
  missingValue: (option: string) => `オプション「${option}」には値が必要です。`,
  unknownOption: (option: string) => `オプション「${option}」は使えません。`,
  emptyGrid: '較正の候補 (待機要員・遅い通告の平均) が空です。',

  // 施策 (levers) of the decomposition table.
  leverNone: '従来運用のまま (同じ運用どうし)',
  leverRelease: '待機解除の規則だけ (局ごとに即時解除)',
  leverEvening: '夕方レクだけ',
  leverAllocation: (minutes: number) => `割振りの判断を速くするだけ (判断 ${minutes} 分)`,
  leverAll: (minutes: number) => `全部 (判断 ${minutes} 分)`,

  // 感度 (sensitivity): the assumption changed and how its value is written.
  sensDrafters: '待機要員 (人/局)',
  sensEveningCapacity: '夕方レクの定員 (問/30分枠)',
  sensLateTail: '前日18時以降の通告 (18時からの平均の遅れ、分)',
  sensHearing: '問取り・問起こし (分、製品は変えない)',
  sensBaselineKeepAll: '従来運用で全局が最後の答弁まで待つ日の割合',
  sensSafeRelease: '待機解除の規則 (計画運用)',
  sensSafeReleaseSimulation: '模擬の規則',
  sensSafeReleaseProduct: '製品の規則 (夕方レクの終了まで待機)',
} as const;
