/**
 * @file 深夜待機シミュレーションの報告 (lateNightReport): the Markdown report committed next to the chart —
 * results for every scenario, calibration against the survey, policies, assumptions with sources, the
 * honesty invariants and the limits of the model. Pure (returns the text).
 */
import { formatCalibrationTable } from './format-calibration-table';
import { formatSimulationTable } from './format-simulation-table';
import { markdownTable } from './internal/markdown-table';
import type { SensitivityRow } from './run-sensitivity';
import type { SimulationRun } from './simulation-types';

/** Minutes of an office time 'HH:MM' (hours may pass 24). */
const clock = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
const signed = (n: number) => (n >= 0 ? `+${n}` : `−${-n}`);

/**
 * @example lateNightReport(runs, { command: 'npm run simulate -- --days 1000 --seed 1 --report tests/simulation', chart: 'release-times.svg' })
 */
export function lateNightReport(runs: readonly SimulationRun[], options: { command: string; chart: string; sensitivity?: readonly SensitivityRow[] }): string {
  const summaries = runs.map((r) => r.summary);
  const first = summaries[0];
  if (!first) return '';
  const a = first.assumptions;
  const sim = a.simulation;
  const cuts = summaries.map((s) => Math.round((1 - s.planned.lateNightStaffHours / Math.max(1e-9, s.baseline.lateNightStaffHours)) * 100));
  const bands = markdownTable(
    ['シナリオ', '通告の到着 (調査の帯と割合)', '出典'],
    summaries.map((s) => [s.scenarioLabel, s.assumptions.noticeBands.map((b) => `${b.label} ${(b.share * 100).toFixed(1)}%`).join('、'), s.assumptions.scenarioSource]),
  );
  const sensitivity = options.sensitivity?.length
    ? `## 感度 (前提を一つずつ変えたとき)

深夜帯の待機 (人時/開会日) の 従来 → 計画 と削減率。結論 (大幅な削減) が前提に左右されるかを見るためのものです。

${markdownTable(
    ['前提の変更', ...summaries.map((s) => s.scenarioLabel)],
    options.sensitivity.map((row) => [row.label, ...summaries.map((s) => {
      const r = row.results.find((x) => x.scenario === s.scenario);
      return r ? `${r.baseline.toFixed(0)} → ${r.planned.toFixed(0)} (−${r.cut}%)` : '—';
    })]),
  )}

`
    : '';
  return `# 深夜待機シミュレーション — 従来運用と計画運用

このファイルと \`${options.chart}\` は次のコマンドで生成しています (手で編集しないでください)。同じ引数なら、どの環境でも同じ結果になります (シード付き乱数、時計を読まない)。

\`\`\`
${options.command}
\`\`\`

## 結果

各シナリオ ${first.days} 開会日 (シード ${first.seed})、${a.bureaus} 局。「深夜帯の待機」は 22:00–05:00 に待機・作業していた人時 (局の待機要員 × 時間) の開会日あたり平均。時刻は待機日 (開会前日) の時刻で、24:00 以降は翌日 (25:10 = 翌 1:10)。

${formatSimulationTable(summaries)}

深夜帯の待機人時は、計画運用で ${summaries.map((s, i) => `${s.scenario} 年 −${cuts[i]}%`).join('、')} でした。一方、最後の答弁の局長了は計画運用でも中央値 ${summaries.map((s) => s.planned.lastAnswerDoneMedian).join('・')} と翌 0 時台です。前日の午後から夕方に届く通告には約 7 時間の作成が続くためで、作業そのものは速くなりません。削減は、担当のない局と作業の終わった局をすぐ帰すこと、早い通告を日中に書くことから来ます。

![待機解除時刻の分布](${options.chart})

## 較正 (従来運用が調査を再現しているか)

${formatCalibrationTable(summaries)}

執筆時間は、各調査の「着手可能 → 全答弁完了」(${summaries.map((s) => `${s.scenario} 年 ${s.assumptions.survey.pipelineMinutes} 分`).join('、')}) から 合議 ${a.drafting.合議} 分・課長了 ${a.drafting.課長了} 分・局長了 ${a.drafting.局長了} 分を引いた値です。調査値は平均、シミュレーションは中央値です。従来運用の全答弁完了は調査より ${summaries.map((s) => `${s.scenario} 年 ${signed(clock(s.baseline.lastAnswerDoneMedian) - clock(s.assumptions.survey.allAnswersDone))} 分`).join('、')} ずれており、遅い分だけ従来運用を不利に見ている可能性があります。割振り待ちを 60 分に縮めて従来運用を早めにした場合も、下の感度の表のとおり削減率は大きく変わりません。

${sensitivity}## 二つの運用

- **従来運用**: 全ての通告がそろってから ${sim.baselineAllocationMinutes} 分後 (2016 年調査の平均: 通告完了 20:41 → 割振り確定 22:40、shared/simulation/RULES.md §2) に全ての問の割振りが確定し、そこから作成を始めます。それまで全局が待機します (2016 年調査で 17 府省中 10 府省)。夕方レクはなく、全て朝レクです。
- **計画運用**: 各通告の問は到着 ${sim.plannedAssignmentMinutes} 分後に執筆局が確定し (shared/simulation/RULES.md §6 の目標「数分」に対する仮定)、すぐ作成を始めます。質問者全員の通告がそろい全ての問の執筆局が確定した時点で、担当のない局は即座に待機解除、担当のある局は自局の作業 (執筆・合議・メモ出し) が全て終わった時点で解除します。局長了の済んだ答弁は夕方レク (前日 ${a.eveningSlots}) に、間に合わないものは朝レク (${a.morningSlot}) に回します。
- 両運用とも、同じ開会日・同じ通告・同じ作業時間 (planEvening の同じモデル) で計算しています。違うのは割振りの時刻とレク枠だけです。

## 前提と出典

${bands}

${markdownTable(['前提', '値', '出典・根拠'], [
  ['委員会と開会日', `${sim.committee}、${sim.sittingWeekdays.map((w) => '日月火水木金土'[w]).join('・')}曜 ${sim.startTime} (閉庁日を除く、${sim.firstSittingOn} から)`, 'shared/simulation/RULES.md §3 (定例日、09:00 開会)'],
  ['待機日と夕方レク', '開会日の前の開庁日', 'shared/evening/RULES.md §2 (調査の「前日」の定義)'],
  ['質問者数', `${sim.members.min}–${sim.members.max} 人 (一様)`, 'shared/simulation/RULES.md §4 (朝日 2018: 8 人で約 120 問) の周りの仮定'],
  ['1 人あたりの問数', `${sim.itemsPerMember.min}–${sim.itemsPerMember.max} 問 (一様、平均 ${(sim.itemsPerMember.min + sim.itemsPerMember.max) / 2})`, '同上'],
  ['1 人の問が関わる局', `${sim.bureausPerMember.min}–${sim.bureausPerMember.max} 局 (局一覧 ${a.bureaus} 局から一様)`, '仮定 (局別の公表値なし)'],
  ['合議・メモ出しのある問', `${(sim.concurrenceShare * 100).toFixed(0)}%・${(sim.memoShare * 100).toFixed(0)}%`, '仮定 (shared/simulation/RULES.md §4: 割合の公表値なし)'],
  ['作業時間', `執筆 シナリオ別 (上の較正)、合議 ${a.drafting.合議} 分、メモ出し ${a.drafting.メモ出し} 分、課長了 ${a.drafting.課長了} 分、局長了 ${a.drafting.局長了} 分`, 'shared/simulation/RULES.md §5 (着手→完了 約 7 時間)。内訳は仮定'],
  ['待機要員', `1 局 ${a.drafting.draftersPerBureau} 人 (並行して執筆)`, '仮定 (公表値なし)。この人数で 1 日分の問が 1 巡で書け、調査の約 7 時間を再現'],
  ['開会前日より前の作業', `開庁日の ${a.regularStart}–${a.regularEnd} のみ (早い通告は日中に書く)`, 'shared/evening/RULES.md §5 (9:30–18:15)'],
  ['待機の数え方', `待機日の ${a.regularEnd} から待機解除まで (通告がそろわない場合もその夜の 05:00 まで)、および自局の作業時間。深夜帯 ${a.lateNight}`, 'shared/evening/RULES.md §5 (18:15、深夜帯は仮定)'],
])}

## 正直さの条件 (テストで確認)

\`tests/shared/simulation/honesty.test.ts\` が、3 シナリオの多数の開会日で次を確かめています。

- どの運用でも、問の作成は通告の到着と執筆局の確定より前に始まらず、執筆・合議・課長了・局長了のそれぞれの時間より早く終わらない。
- 局長了の前にレク枠に入る問はなく、どの枠も定員を超えない。従来運用は夕方レクを使わない。
- 局の待機解除は、割振り確定とその局の最後の作業の終了より前にならない。深夜帯の時間は終業後の時間を超えない。
- 同じシードなら結果は同じ。

## このモデルが扱わないこと

- 作業そのものは速くしていません。計画運用の効果は、早く着手できること (早い通告を日中に書く)、割振りが早いこと、担当のない局をすぐ帰すことから来ます。
- 夕方レクは待機時間を直接は減らしません (局の解除は局長了で決まる)。効果は大臣への説明が前日に済む割合 (表の「夕方レクで説明」) として示しています。
- 人時の絶対値は待機要員の仮定 (1 局 ${a.drafting.draftersPerBureau} 人) に比例します。運用の比較 (削減率) を見てください。
- 従来運用は全府省の平均的な慣行 (全局待機、一括割振り) です。通告が来るたびに割り振る府省の実態は二つの間にあります。
- 更問い、空振り、印刷・差し替え、他省協議・財務省確認、1 人の局長が多数の答弁を順に見る待ちは入れていません。
- 局ごとの問の偏りの公表値はなく、一様としています。
`;
}
