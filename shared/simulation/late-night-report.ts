/**
 * @file 深夜待機シミュレーションの報告 (lateNightReport): the Markdown report committed next to the chart —
 * what the product changes and what it does not, the cut as a range, the decomposition by lever, the
 * calibration of the baseline against the survey MEANS, the sensitivity, the policies, the assumptions with
 * their sources (shared/simulation/RULES.md), the honesty tests and the limits. Pure (returns the text).
 */
import { formatCalibrationTable } from './format-calibration-table';
import { formatCutRange, formatDecompositionTable, formatSensitivityTable } from './format-analysis-tables';
import { formatSimulationTable } from './format-simulation-table';
import { formatCut, formatCutSpan } from './internal/format-cut';
import { markdownTable } from './internal/markdown-table';
import type { ScenarioAnalysis } from './run-analysis';

/** Where the report finds the rules document (the report lives in tests/simulation). */
const RULES = 'shared/simulation/RULES.md';
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');
const pct = (share: number) => `${(share * 100).toFixed(0)}%`;

/**
 * @example lateNightReport(analyses, { command: 'npm run simulate -- --days 1000 --seed 1 --report tests/simulation', chart: 'release-times.svg', calibration: 'calibration-grid.md' })
 */
export function lateNightReport(analyses: readonly ScenarioAnalysis[], options: { command: string; chart: string; calibration?: string }): string {
  const summaries = analyses.map((x) => x.run.summary);
  const first = summaries[0];
  const firstAnalysis = analyses[0];
  if (!first || !firstAnalysis) return '';
  const a = first.assumptions;
  const sim = a.simulation;
  const d = sim.plannedDecisionMinutes;
  const range = firstAnalysis.cutRange;
  const each = (f: (x: ScenarioAnalysis) => string) => analyses.map((x) => `${x.run.summary.scenario} 年 ${f(x)}`).join('、');
  const lever = (x: ScenarioAnalysis, l: string) => x.decomposition.find((r) => r.lever === l)!;
  const sens = (x: ScenarioAnalysis, key: string, value: number) => x.sensitivity.find((r) => r.key === key && Math.abs(r.value - value) < 1e-9);
  const spans = analyses.map((x) => x.cutRange.plannedOverBaseline);
  const widest = formatCutSpan(Math.max(...spans.map((r) => r.slow)), Math.min(...spans.map((r) => r.fast)));
  const bands = markdownTable(
    ['シナリオ', '通告の到着 (調査の帯と割合)', '出典'],
    summaries.map((s) => [s.scenarioLabel, s.assumptions.noticeBands.map((b) => `${b.label} ${(b.share * 100).toFixed(1)}%`).join('、'), s.assumptions.scenarioSource]),
  );
  return `# 深夜待機シミュレーション — 従来運用と計画運用

このファイルと \`${options.chart}\` は次のコマンドで生成しています (手で編集しないでください)。同じ引数なら、どの環境でも同じ結果になります (シード付き乱数、時計を読まない)。規則・調査の数値・出典は [\`shared/simulation/RULES.md\`](${RULES}) にあります。

\`\`\`
${options.command}
\`\`\`

## 要点

- **製品が変えるもの**: 割振りの判断 (問取り・問起こしの後、執筆局が決まるまで。現状 ${range.decisionMinutes.slow} 分 → ${d.fast}–${d.slow} 分)、局ごとの即時待機解除、夕方レク。
- **製品が変えないもの**: 通告の時刻、問取り・問起こし (${sim.hearingMinutes} 分)、答弁の作成そのもの (着手から全答弁完了まで約 7 時間)、待機要員の人数。
- 深夜帯 (${a.lateNight}) の待機人時は、割振りの判断の速さに応じて **${each((x) => formatCutSpan(x.cutRange.plannedOverBaseline.slow, x.cutRange.plannedOverBaseline.fast))}** 減ります (判断 ${d.central} 分の中央値: ${each((x) => formatCut(x.run.summary.plannedOverBaseline))})。3 シナリオを合わせた幅は ${widest} です。
- 削減の多くは待機解除の規則から来ます (${each((x) => formatCut(lever(x, 'release').plannedOverBaseline))})。これは「2016 年調査で 17 府省中 4 府省は全ての局に待機を続けさせていた」という割合を厚労省にも当てはめ、その待機が最後の答弁まで続くと読んだ場合で、厚労省が既に局ごとに解除しているなら削減は ${each((x) => formatCut(sens(x, 'baselineKeepEveryoneShare', 0)?.plannedOverBaseline ?? NaN))} にとどまり、毎晩全局待機なら ${each((x) => formatCut(sens(x, 'baselineKeepEveryoneShare', 1)?.plannedOverBaseline ?? NaN))} です (感度の表)。
- 夕方レクだけでは待機人時は変わりません (${each((x) => formatCut(lever(x, 'evening').plannedOverBaseline))})。効果は、大臣への説明が前日に済む問の割合 (計画運用で ${each((x) => pct(x.run.summary.planned.eveningBriefedShare))}) です。
- 最後の答弁の完了は、計画運用でも平均 ${summaries.map((s) => s.planned.lastAnswerDoneMean).join('・')} (従来 ${summaries.map((s) => s.baseline.lastAnswerDoneMean).join('・')}) で、翌日未明のままです。作業が速くなるわけではありません。

## 結果 (判断 ${d.central} 分)

各シナリオ ${first.days} 開会日 (シード ${first.seed})、${a.bureaus} 局。「深夜帯の待機」は ${a.lateNight} に待機・作業していた人時 (局の待機要員 × 時間) の開会日あたり平均。時刻は待機日 (開会前日) の時刻で、24:00 以降は翌日 (25:10 = 翌 1:10)。最後の局長了は開会日ごとの値の平均 (調査と同じく平均で比べます)。

${formatSimulationTable(summaries)}

![待機解除時刻の分布と削減の内訳](${options.chart})

## 削減の幅 (割振りの判断の速さ)

通告から執筆局の確定までを「問取り・問起こし」(製品は変えない、${sim.hearingMinutes} 分) と「割振りの判断」(製品が変える) に分けています。従来の ${sim.baselineAllocationMinutes} 分 (2016 年調査、shared/simulation/RULES.md §2) のうち判断は ${sim.baselineAllocationMinutes - sim.hearingMinutes} 分です。計画運用の判断は次の幅で見ています (shared/simulation/RULES.md §5)。

- **${d.fast} 分 (速い)**: 過去の答弁から執筆局の候補が出て、Excel の割振り表で確定し、局がポップアップで了承する。押し付け合いが起きない場合。
- **${d.central} 分 (中央)**: 候補が外れる問や、了承に一度のやり取りが要る問が混じる場合。
- **${d.slow} 分 (遅い = 現状)**: 判断そのもの (局間の調整、押し付け合い) は製品では速くならない場合。この場合の削減は、待機解除の規則と夕方レクだけから来ます。

${formatCutRange(analyses)}

## 内訳 (施策を一つずつ)

従来運用に施策を一つだけ入れた場合と、全部入れた場合 (判断 ${d.central} 分) の深夜帯の待機人時/開会日と従来比。施策は重なるため、単独の削減の和は全部の削減と一致しません。

${formatDecompositionTable(analyses)}

- **待機解除の規則**: 従来運用では開会日の ${pct(sim.baselineKeepEveryoneShare)} (2016 年調査の 4/17) で全局が最後の答弁の局長了まで待ち、残りの日は局ごとに解除 (割振り確定後、自局の作業が終わった時点) します。計画運用は毎日局ごとに解除します。
- **夕方レク**: 局の解除は自局の局長了で決まるため、夕方レクだけでは待機人時は変わりません。前日に説明できる問の割合が増えます (右端の列)。
- **割振りの判断**: 執筆局が早く決まると、担当のない局の解除 (割振り確定) と、作成の着手が早まります。

## 較正 (従来運用が調査の平均を再現しているか)

${formatCalibrationTable(summaries)}

調査値もシミュレーションも**平均**です。全答弁完了の差は ${summaries.map((s) => `${s.scenario} 年 ${signed(s.survey.baselineMinusSurveyMinutes)} 分`).join('、')} で、どれも ±${first.survey.toleranceMinutes} 分以内です。着手可能 (最後の問の執筆局が決まった時刻) は ${summaries.map((s) => `${s.scenario} 年 ${signed(s.baseline.lastAnswerStartMeanMinutes - s.survey.lastAnswerStartMinutes)} 分`).join('、')} ずれています (較正の対象ではありません)。

較正の手順 (shared/simulation/RULES.md §4、\`calibrateBaseline\`): 公表値のない 2 つの値 — 局の待機要員 (人/局) と、前日 18 時以降に届く通告の 18 時からの平均の遅れ — を格子探索で選びました。候補ごとに**従来運用だけ**を 3 シナリオで ${first.days} 開会日 (シード ${first.seed}) 走らせ、全答弁完了の平均と調査の平均の差の最大が最も小さい組を採ります (同じなら差の合計が小さい組)。計画運用の前提は探索に入りません。採用値: 待機要員 ${a.drafting.draftersPerBureau} 人/局、遅れの平均 ${sim.lateTailMeanMinutes} 分。${options.calibration ? `全ての候補の表は [\`${options.calibration}\`](${options.calibration}) (\`npm run simulate -- --calibrate --days ${first.days} --seed ${first.seed} --report tests/simulation\` で生成)。` : ''}執筆時間は各調査の「着手可能 → 全答弁完了」(${summaries.map((s) => `${s.scenario} 年 ${s.assumptions.survey.pipelineMinutes} 分`).join('、')}) から 合議 ${a.drafting.合議} 分・課長了 ${a.drafting.課長了} 分・局長了 ${a.drafting.局長了} 分を引いた値です。

## 感度 (前提を一つずつ変えたとき)

深夜帯の待機 (人時/開会日) の 従来 → 計画 (判断 ${d.central} 分) と従来比。感度は各シナリオ最初の ${firstAnalysis.sensitivityDays} 開会日 (同じシード) で計算しているため、「前提どおり」の行は上の結果の表 (${first.days} 開会日) と少し違うことがあります。右端の列は、その値のときの従来運用の全答弁完了の平均と調査の平均の差 (シナリオ順) で、±${first.survey.toleranceMinutes} 分を超える値では従来運用が調査を再現していません。

${formatSensitivityTable(analyses)}

- 待機要員を 8 人・15 人にすると、作業が待ち行列になり従来運用の全答弁完了が調査より数時間遅くなります (較正が外れる)。人時の絶対値は人数にほぼ比例し、従来比は 8 人で ${each((x) => formatCut(sens(x, 'draftersPerBureau', 8)?.plannedOverBaseline ?? NaN))}、15 人で ${each((x) => formatCut(sens(x, 'draftersPerBureau', 15)?.plannedOverBaseline ?? NaN))} です。
- 夕方レクの定員は待機人時を変えず (解除は局長了で決まるため)、前日に説明できる問の割合だけを変えます: 8 問/枠で ${each((x) => pct(sens(x, 'eveningCapacityPerSlot', 8)?.eveningBriefedShare ?? NaN))}、15 問/枠で ${each((x) => pct(sens(x, 'eveningCapacityPerSlot', 15)?.eveningBriefedShare ?? NaN))}、60 問/枠で ${each((x) => pct(sens(x, 'eveningCapacityPerSlot', 60)?.eveningBriefedShare ?? NaN))}。
- 待機解除の規則: 製品の規則では、夕方レクに問のある局はその枠が終わるまで帰りません (shared/evening/RULES.md §9.6)。計画運用にこれを入れると従来比は ${each((x) => formatCut(sens(x, 'safeReleaseRules', 1)?.plannedOverBaseline ?? NaN))} です (模擬の規則では ${each((x) => formatCut(sens(x, 'safeReleaseRules', 0)?.plannedOverBaseline ?? NaN))})。夕方レクの枠は 20:00 までに終わるので、レクへの出席が延ばすのは 22 時より前の待機で、深夜帯の人時は動きません。模擬の開会日は全員の通告が問取り完了で届き、他の開会も更問いもないため、通告の段階・定例日・呼び戻しは結果を変えません。当番は局ごとの設定がないため入れていません (入れれば計画運用の待機はさらに減ります)。

## 二つの運用

- **従来運用**: 各通告の問は到着 ${sim.baselineAllocationMinutes} 分後に執筆局が確定し (2016 年調査の割振り確定までの平均を通告ごとに適用。17 府省中 13 府省は通告の到着に合わせて待機を絞っていた)、そこから作成を始めます。開会日の ${pct(sim.baselineKeepEveryoneShare)} では全局が最後の答弁の局長了まで待ち、残りの日は局ごとに解除します。夕方レクはなく、全て朝レクです。
- **計画運用**: 各通告の問は到着 ${range.allocationMinutes.central} 分後 (問取り・問起こし ${sim.hearingMinutes} 分 + 判断 ${d.central} 分。判断の幅 ${d.fast}–${d.slow} 分で ${range.allocationMinutes.fast}–${range.allocationMinutes.slow} 分) に執筆局が確定し、すぐ作成を始めます。質問者全員の通告がそろい全ての問の執筆局が確定した時点で、担当のない局は即座に待機解除、担当のある局は自局の作業 (執筆・合議・メモ出し・局長了) が全て終わった時点で解除します。局長了の済んだ答弁は夕方レク (前日 ${a.eveningSlots}) に、間に合わないものは朝レク (${a.morningSlot}) に回します。
- 両運用とも、同じ開会日・同じ通告・同じ作業時間・同じ待機要員 (planEvening と同じ計画の核) で計算しています。違うのは、割振りの時刻、待機解除の規則、レク枠だけです。

## 前提と出典

${bands}

${markdownTable(['前提', '値', '種類', '出典・根拠 (shared/simulation/RULES.md)'], [
  ['委員会と開会日', `${sim.committee}、${sim.sittingWeekdays.map((w) => '日月火水木金土'[w]).join('・')}曜 ${sim.startTime} (閉庁日を除く、${sim.firstSittingOn} から)`, '出典', '§3 (定例日、09:00 開会)'],
  ['待機日と夕方レク', '開会日の前の開庁日', '出典', '§3 (調査の「前日」の定義)'],
  ['質問者数', `${sim.members.min}–${sim.members.max} 人 (一様)`, '仮定', '§3 (朝日 2018: 8 人で約 120 問) の周り'],
  ['1 人あたりの問数', `${sim.itemsPerMember.min}–${sim.itemsPerMember.max} 問 (一様、平均 ${(sim.itemsPerMember.min + sim.itemsPerMember.max) / 2})`, '仮定', '同上'],
  ['1 人の問が関わる局', `${sim.bureausPerMember.min}–${sim.bureausPerMember.max} 局 (局一覧 ${a.bureaus} 局から一様)`, '仮定', '局別の公表値なし'],
  ['合議・メモ出しのある問', `${pct(sim.concurrenceShare)}・${pct(sim.memoShare)}`, '仮定', '割合の公表値なし'],
  ['作業時間', `執筆 シナリオ別 (上の較正)、合議 ${a.drafting.合議} 分、メモ出し ${a.drafting.メモ出し} 分、課長了 ${a.drafting.課長了} 分、局長了 ${a.drafting.局長了} 分`, '出典 + 仮定', '§1 (着手→完了 約 7 時間)、内訳は仮定'],
  ['通告 → 執筆局確定 (従来)', `${sim.baselineAllocationMinutes} 分、通告ごと`, '測定値', '§2 (2016 年調査 20:41 → 22:40)'],
  ['待機解除 (従来)', `開会日の ${pct(sim.baselineKeepEveryoneShare)} は全局待機、残りは局ごと`, '測定値', '§2 (2016 年調査: 13 府省が絞る、4 府省が全員)'],
  ['問取り・問起こし', `${sim.hearingMinutes} 分 (両運用で同じ)`, '仮定', '§5 (文春: 通告の 30–60 分後に問取り)'],
  ['割振りの判断 (計画)', `${d.fast}–${d.slow} 分 (中央 ${d.central} 分)`, '幅', '§5 (上の「削減の幅」)'],
  ['待機要員', `1 局 ${a.drafting.draftersPerBureau} 人 (並行して作業)`, '較正', '§4 (格子探索)'],
  ['前日 18 時以降の通告', `18:00 から平均 ${sim.lateTailMeanMinutes} 分の遅れ (指数分布、24:30 で打ち切り)`, '較正', '§4、打ち切りは §2 (2016 年の最も遅い通告完了 24:30)'],
  ['開会前日より前の作業', `開庁日の ${a.regularStart}–${a.regularEnd} のみ (早い通告は日中に書く)`, '出典', '§3 (9:30–18:15)'],
  ['待機の数え方', `待機日の ${a.regularEnd} から待機解除まで、および自局の作業時間。深夜帯 ${a.lateNight}`, '出典 + 仮定', '§3 (18:15)、深夜帯は仮定'],
])}

## 正直さの条件 (テストで確認)

\`tests/shared/simulation/honesty.test.ts\` と \`tests/shared/simulation/calibration.test.ts\` が次を確かめています。

- どの運用でも、問の作成は通告の到着と執筆局の確定より前に始まらず、執筆・合議・課長了・局長了のそれぞれの時間より早く終わらない。局長了の前にレク枠に入る問はなく、どの枠も定員を超えない。
- 同じ運用どうしを比べると削減は 0%。全局待機の日の割合を増やすと従来運用の人時は減らない。施策を足すと計画運用の人時は増えない (判断が速いほど削減が大きい、全部 ≥ 各施策単独)。
- このコミットの日数とシード (${first.days} 開会日、シード ${first.seed}) で、従来運用の全答弁完了の平均が 3 シナリオとも調査の平均から ±${first.survey.toleranceMinutes} 分以内。較正は従来運用だけで行い、計画運用の前提を変えても従来運用の結果は変わらない。
- シミュレーションが読む計画の数値 (解除時刻、深夜帯の時間、最後の局長了) は、同じ日の planEvening の出力と一致する。
- 同じシードなら結果は同じ。

## このモデルが扱わないこと

- 作業そのものは速くしていません。計画運用の効果は、割振りの判断が速いこと、担当のない局と作業の終わった局をすぐ帰すことから来ます。
- 2016 年調査で「必要な局だけ待機させた」7 府省のように、通告がそろう前に局を帰す運用は入れていません (両運用とも、割振り確定まで全局が待機)。製品は、割振り確定前の解除を調整担当の記録つきの判断 (誰が・なぜ) としてだけ認めます (shared/evening/RULES.md §9.3)。
- 全局待機の日の割合 (4/17) は 2016 年の 17 府省の値で、厚労省の値ではありません。また調査は、その 4 府省の待機がいつまで続いたかを書いていません (ここでは最後の答弁の局長了まで)。厚労省の実態でこの値を置き換えると、削減の大きさが最も変わります (感度の表)。
- 更問い、空振り、印刷・差し替え、他省協議・財務省確認、1 人の局長が多数の答弁を順に見る待ちは入れていません。局ごとの問の偏りの公表値はなく、一様としています。
- 人時の絶対値は待機要員の仮定 (1 局 ${a.drafting.draftersPerBureau} 人) に比例します。運用の比較 (従来比) を見てください。
`;
}
