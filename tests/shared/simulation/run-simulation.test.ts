import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import {
  analyseScenario, analysedSummary, baselinePolicy, calibrationGridReport, defaultSimulationAssumptions, formatCalibrationTable, formatClockMinutes,
  formatCutRange, formatDecompositionTable, formatSensitivityTable, formatSimulationTable, lateNightReport, noticeScenarioSchema, noticeScenarios,
  officeClockMinutes, parseSimulateArgs, plannedPolicy, releaseTimesSvg, runSimulation, seededRandom, simulationAssumptionsSchema, simulationBureaus,
  sittingDates, weightedMedian,
} from '@shared/index';
import { formatCut, formatCutSpan } from '../../../shared/simulation/internal/format-cut';
import { nightMinutes } from '../../../shared/simulation/internal/night-minutes';

describe('runSimulation', () => {
  const run = runSimulation({ scenario: '2025', days: 20, seed: 42 });

  it('is reproducible: the same seed gives the same result, another seed another one', () => {
    expect(runSimulation({ scenario: '2025', days: 20, seed: 42 })).toEqual(run);
    expect(runSimulation({ scenario: '2025', days: 20, seed: 43 }).summary.planned).not.toEqual(run.summary.planned);
  });

  it('change detector: pins the numbers of 20 days, seed 42 (also under TZ=UTC) — update them when the model changes on purpose', () => {
    expect(run.summary.baseline).toMatchObject({ lateNightStaffHours: 1402.7, lastAnswerDoneMean: '27:15', eveningBriefedShare: 0 });
    expect(run.summary.planned).toMatchObject({ lateNightStaffHours: 900.1, lastAnswerDoneMean: '26:46', eveningBriefedShare: 0.561 });
    expect(run.summary.plannedOverBaseline).toBe(0.642);
  });

  it('has the JSON shape of npm run simulate -- --json (old fields kept, means and the survey added)', () => {
    const json = JSON.parse(JSON.stringify(run.summary));
    expect(Object.keys(json)).toEqual(['scenario', 'scenarioLabel', 'days', 'seed', 'baseline', 'planned', 'plannedOverBaseline', 'survey', 'assumptions']);
    for (const policy of [json.baseline, json.planned]) {
      expect(policy).toEqual(expect.objectContaining({
        lateNightStaffHours: expect.any(Number), releaseTimeMedian: expect.stringMatching(/^\d{2}:\d{2}$/),
        lastAnswerDoneMedian: expect.stringMatching(/^\d{2}:\d{2}$/), eveningBriefedShare: expect.any(Number),
        lastAnswerDoneMeanMinutes: expect.any(Number), lastAnswerDoneMean: formatClockMinutes(policy.lastAnswerDoneMeanMinutes),
      }));
    }
    expect(json.survey).toEqual({
      lastAnswerStart: '18:32', lastAnswerStartMinutes: 1112, allAnswersDone: '25:48', allAnswersDoneMinutes: 1548,
      baselineMinusSurveyMinutes: json.baseline.lastAnswerDoneMeanMinutes - 1548, toleranceMinutes: 30,
    });
    expect(json.assumptions).toMatchObject({ regularEnd: '18:15', lateNight: '22:00–05:00', bureaus: 13, drafting: { 執筆: 256, 合議: 60, 課長了: 30, 局長了: 90, draftersPerBureau: 40 } });
    expect(json.assumptions.policies.baseline).toMatchObject({ allocationMinutes: 119, eveningBriefing: false });
    expect(json.assumptions.policies.planned).toMatchObject({ allocationMinutes: 90, keepEveryoneShare: 0, eveningBriefing: true });
    expect(json.assumptions.noticeBands.map((b: { share: number }) => b.share)).toEqual([0.5, 0.46, 0.04]);
  });

  it('runs both policies on the same days (same items, same sittings)', () => {
    expect(run.baselineDays.map((d) => [d.sittingOn, d.itemCount])).toEqual(run.plannedDays.map((d) => [d.sittingOn, d.itemCount]));
    expect(run.baselineDays[0]!.sittingOn).toBe('2026-01-07');
  });

  it('refuses an unknown scenario in Japanese', () => {
    expect(() => runSimulation({ scenario: '2019', days: 1, seed: 1 })).toThrow('シナリオ「2019」はありません (2022 / 2023 / 2025)。');
  });
});

describe('analyseScenario — range, decomposition and sensitivity in the JSON', () => {
  const analysis = analyseScenario({ scenario: '2023', days: 12, seed: 3 });
  const json = JSON.parse(JSON.stringify(analysedSummary(analysis)));

  it('adds cutRange, decomposition and sensitivity ({ assumption, value, plannedOverBaseline }) to the summary', () => {
    expect(json.cutRange.decisionMinutes).toEqual({ fast: 15, central: 30, slow: 59 });
    expect(json.cutRange.allocationMinutes).toEqual({ fast: 75, central: 90, slow: 119 });
    expect(json.cutRange.plannedOverBaseline.central).toBe(json.plannedOverBaseline);
    expect(json.decomposition.map((r: { lever: string }) => r.lever)).toEqual(['none', 'release', 'evening', 'allocation', 'all']);
    for (const row of json.sensitivity) expect(row).toEqual(expect.objectContaining({ assumption: expect.any(String), value: expect.any(Number), plannedOverBaseline: expect.any(Number) }));
    const values = (key: string) => json.sensitivity.filter((r: { key: string }) => r.key === key).map((r: { value: number }) => r.value);
    expect(values('draftersPerBureau')).toEqual([8, 15, 30, 40]); // 8, 15, 30 asked for, 40 the calibrated value
    expect(values('eveningCapacityPerSlot')).toEqual([8, 15, 60]);
    expect(values('lateTailMeanMinutes')).toEqual([30, 120, 240]);
    expect(json.sensitivity.filter((r: { isDefault: boolean }) => r.isDefault)).toHaveLength(6);
    expect(json.sensitivityDays).toBe(12); // fewer days than SENSITIVITY_DAYS: the sensitivity uses all of them
  });

  it('reports the main run again in every default row of the sensitivity (same days, same policies)', () => {
    for (const row of analysis.sensitivity.filter((r) => r.isDefault)) {
      expect(row.plannedOverBaseline).toBe(analysis.run.summary.plannedOverBaseline);
      expect(row.baselineLateNightStaffHours).toBe(analysis.run.summary.baseline.lateNightStaffHours);
    }
  });

  it('runs the sensitivity on its own first days when asked for fewer, the default rows then being that shorter run', () => {
    const short = analyseScenario({ scenario: '2023', days: 12, seed: 3, sensitivityDays: 6 });
    expect(short.sensitivityDays).toBe(6);
    const shortRun = runSimulation({ scenario: '2023', days: 6, seed: 3 }).summary;
    for (const row of short.sensitivity.filter((r) => r.isDefault)) {
      expect(row.plannedOverBaseline).toBe(shortRun.plannedOverBaseline);
      expect(row.baselineLateNightStaffHours).toBe(shortRun.baseline.lateNightStaffHours);
    }
    expect(short.run.summary).toEqual(analysis.run.summary);
    expect(short.decomposition).toEqual(analysis.decomposition);
  });

  it('changes only the evening-briefed share when the 夕方レク capacity changes (the baseline has no evening slots)', () => {
    const capacity = analysis.sensitivity.filter((r) => r.key === 'eveningCapacityPerSlot');
    expect(capacity[0]!.eveningBriefedShare).toBeLessThan(capacity[2]!.eveningBriefedShare);
    expect(new Set(capacity.map((r) => r.baselineLateNightStaffHours)).size).toBe(1);
  });
});

describe('scenarios and assumptions as data', () => {
  it('validates the three surveyed scenarios (shares add up to 100 %)', () => {
    for (const s of noticeScenarios) expect(noticeScenarioSchema.parse(s)).toEqual(s);
    const bad = { ...noticeScenarios[0]!, bands: noticeScenarios[0]!.bands.slice(1) };
    expect(noticeScenarioSchema.safeParse(bad).error!.issues[0]!.message).toBe('各帯の割合の合計は 1 (100%) にしてください');
  });

  it('validates the assumptions, with Japanese messages for a reversed decision range or a hearing longer than today’s lag', () => {
    expect(simulationAssumptionsSchema.parse(defaultSimulationAssumptions)).toEqual(defaultSimulationAssumptions);
    const reversed = { ...defaultSimulationAssumptions, plannedDecisionMinutes: { fast: 60, central: 30, slow: 15 } };
    expect(simulationAssumptionsSchema.safeParse(reversed).error!.issues[0]!.message).toBe('割振りの判断は 速い ≤ 中央 ≤ 遅い にしてください');
    const long = { ...defaultSimulationAssumptions, hearingMinutes: 200 };
    expect(simulationAssumptionsSchema.safeParse(long).error!.issues[0]!.message).toBe('問取り・問起こしは従来の割振り時間以下にしてください');
  });

  it('splits the planned allocation into 問取り (unchanged) + decision, never slower than today', () => {
    const a = defaultSimulationAssumptions;
    expect(baselinePolicy(a)).toEqual({ allocationMinutes: 119, keepEveryoneShare: 4 / 17, eveningBriefing: false });
    expect([15, 30, 59, 90].map((d) => plannedPolicy(a, d).allocationMinutes)).toEqual([75, 90, 119, 119]);
  });

  it('calibrates 執筆 to the surveyed 着手→完了 time minus 合議, 課長了 and 局長了, with the calibrated drafters', () => {
    expect(noticeScenarios.map((s) => simulationBureaus(s).rules.bureauDefaults.roleMinutes.執筆)).toEqual([242, 245, 256]);
    expect(simulationBureaus(noticeScenarios[0]!).bureaus).toHaveLength(13);
    expect(simulationBureaus(noticeScenarios[0]!, { ...defaultSimulationAssumptions, draftersPerBureau: 8 }).bureaus.every((b) => b.drafters === 8)).toBe(true);
  });

  it('takes sitting days on the committee weekdays, skipping closed days', () => {
    expect(sittingDates(4, '2026-04-27', [3, 5])).toEqual(['2026-05-01', '2026-05-08', '2026-05-13', '2026-05-15']); // 4/29 昭和の日, 5/6 振替休日
    expect(sittingDates(3, '2026-01-01', [0])).toEqual([]);
  });

  it('draws from a seeded generator', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

describe('small pieces: clock, cut, median, night minutes', () => {
  it('writes office times past midnight as 25:10 and earlier days with 前々日, and reads them back', () => {
    expect([formatClockMinutes(1510), formatClockMinutes(0), formatClockMinutes(-420)]).toEqual(['25:10', '00:00', '前々日 17:00']);
    expect([officeClockMinutes('25:31'), officeClockMinutes('26:56'), officeClockMinutes('18:26')]).toEqual([1531, 1616, 1106]);
  });

  it('writes a ratio as a cut and a span with the smaller cut first', () => {
    expect([formatCut(0.629), formatCut(1), formatCut(1.04), formatCut(0.996)]).toEqual(['−37%', '±0%', '+4%', '±0%']);
    expect(formatCutSpan(0.576, 0.737)).toBe('−26%〜−42%');
  });

  it('takes a weighted median (equal weights: the usual median)', () => {
    expect(weightedMedian([3, 1, 2])).toBe(2);
    expect(weightedMedian([1, 2, 3, 4])).toBe(2.5);
    expect(weightedMedian([10, 20, 30], [0.1, 0.1, 0.8])).toBe(30);
    expect(weightedMedian([NaN, 5])).toBe(5);
  });

  it('counts a presence 18:15 → 26:00 as 7 h 45 past 終業, 4 h of it in the 22:00–05:00 band (hand-computed)', () => {
    const rules = simulationBureaus(noticeScenarios[0]!).rules;
    expect(nightMinutes(18 * 60 + 15, 26 * 60, rules)).toEqual({ pastRegular: 465, lateNight: 240 });
    expect(nightMinutes(14 * 60, 17 * 60, rules)).toEqual({ pastRegular: 0, lateNight: 0 });
    expect(nightMinutes(23 * 60, 31 * 60, rules)).toEqual({ pastRegular: 480, lateNight: 360 }); // 23:00 → 07:00: band ends 05:00
  });
});

describe('output: tables, report, chart', () => {
  const analyses = ['2022', '2023', '2025'].map((scenario) => analyseScenario({ scenario, days: 8, seed: 1 }));
  const summaries = analyses.map((x) => x.run.summary);

  it('prints one baseline and one planned row per scenario, with the change and the mean of the last answer', () => {
    const lines = formatSimulationTable(summaries).split('\n');
    expect(lines[0]).toBe('| シナリオ | 運用 | 深夜帯の待機 (人時/開会日) | 待機解除 中央値 | 22時までに解除 | 最後の局長了 平均 | 夕方レクで説明 |');
    expect(lines).toHaveLength(2 + 6);
    expect(lines[2]).toMatch(/^\| 2022年 臨時会 \(第210回\) \| 従来 \| [\d.]+ \| \d\d:\d\d \|/);
    expect(lines[3]).toMatch(/^\| {2}\| 計画 \| [\d.]+ \([−+±]\d+%\) \|/);
  });

  it('compares survey means with simulated means in the calibration table', () => {
    const lines = formatCalibrationTable(summaries).split('\n');
    expect(lines[0]).toContain('全答弁完了 (調査平均) | 全答弁完了 (従来・平均) | 差 (分) | ±30 分以内');
    expect(lines[2]).toMatch(/^\| 2022年 臨時会 \(第210回\) \| 26:56 \| \d\d:\d\d \| [+−±]\d+ \| (はい|いいえ) \| 19:54 \| \d\d:\d\d \| [+−±]\d+ \| 242 \|$/);
  });

  it('prints the cut range, the decomposition and the sensitivity with one column per scenario', () => {
    expect(formatCutRange(analyses).split('\n')[0]).toBe('| シナリオ | 削減の幅 | 判断 15 分 (通告から 75 分) | 判断 30 分 中央 (通告から 90 分) | 判断 59 分 = 現状 (通告から 119 分) |');
    const decomposition = formatDecompositionTable(analyses).split('\n');
    expect(decomposition.map((l) => l.split(' | ')[0])).toEqual(['| 施策', '| ---', '| 従来運用のまま (同じ運用どうし)', '| 待機解除の規則だけ (局ごとに即時解除)', '| 夕方レクだけ', '| 割振りの判断を速くするだけ (判断 30 分)', '| 全部 (判断 30 分)']);
    expect(decomposition[2]).toContain('(±0%)');
    const sensitivity = formatSensitivityTable(analyses);
    expect(sensitivity).toContain('| 待機要員 (人/局) | 40 (前提どおり) |');
    expect(sensitivity).toContain('| 従来運用で全局が最後の答弁まで待つ日の割合 | 23.5% (前提どおり) |');
  });

  it('draws a well-formed SVG: a release panel per scenario titled with its range, and the decomposition with the range', () => {
    const svg = releaseTimesSvg(analyses);
    const doc = new new Window().DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('title')!.textContent).toBe('待機解除時刻の分布 — 従来運用と計画運用');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.filter((t) => /深夜帯の待機 \d+ → \d+ 人時\/開会日 \([−+±]\d+%、幅 [−+±]\d+%〜[−+±]\d+%\)/.test(t))).toHaveLength(3);
    expect(texts.filter((t) => t === '深夜帯 22:00–05:00')).toHaveLength(3);
    expect(texts).toContain('内訳 — 施策を一つずつ入れたときの深夜帯待機の削減 (従来運用比)');
    for (const label of ['待機解除の規則だけ (局ごとに即時解除)', '夕方レクだけ', '割振りの判断を速くするだけ (判断 30 分)', '全部 (判断 30 分)']) expect(texts).toContain(label);
    expect(texts.filter((t) => /^[−+±]\d+% \([−+±]\d+%〜[−+±]\d+%\)$/.test(t))).toHaveLength(3);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('writes a report that says what the product changes and what it does not, with the range, decomposition, calibration and limits', () => {
    const md = lateNightReport(analyses, { command: 'npm run simulate -- --days 8 --seed 1 --report tests/simulation', chart: 'release-times.svg', calibration: 'calibration-grid.md' });
    expect(md).toContain('npm run simulate -- --days 8 --seed 1 --report tests/simulation');
    expect(md).toContain('![待機解除時刻の分布と削減の内訳](release-times.svg)');
    expect(md).toContain('[`shared/simulation/RULES.md`](shared/simulation/RULES.md)');
    expect(md).toContain('[`calibration-grid.md`](calibration-grid.md)');
    expect(md).toMatch(/\*\*製品が変えるもの\*\*: 割振りの判断/);
    expect(md).toMatch(/\*\*製品が変えないもの\*\*: 通告の時刻、問取り・問起こし \(60 分\)/);
    for (const s of summaries) expect(md).toContain(s.scenarioLabel);
    for (const heading of ['## 要点', '## 結果', '## 削減の幅', '## 内訳', '## 較正', '## 感度', '## 二つの運用', '## 前提と出典', '## 正直さの条件', '## このモデルが扱わないこと']) expect(md).toContain(heading);
    expect(md).not.toMatch(/domain\.md|NaN|undefined/);
  });

  it('writes the calibration document with the grid and says whether the committed values are the chosen ones', () => {
    const best = { draftersPerBureau: 30, lateTailMeanMinutes: 120, scenarios: [{ scenario: '2022', doneMeanMinutes: 1597, doneMinusSurvey: -19, startMeanMinutes: 1162, startMinusSurvey: -32 }], worstMinutes: 19, sumMinutes: 19 };
    const other = { ...best, draftersPerBureau: 8, scenarios: [{ ...best.scenarios[0]!, doneMinusSurvey: 292 }], worstMinutes: 292, sumMinutes: 292 };
    const result = { best, candidates: [other, best] };
    const ok = calibrationGridReport(result, { command: 'npm run simulate -- --calibrate', days: 1000, seed: 1, committed: { draftersPerBureau: 30, lateTailMeanMinutes: 120 } });
    expect(ok).toContain('| 30 | 120 | −19 (26:37) | 19 | ★ 採用 |');
    expect(ok).toContain('| 8 | 120 | +292 (26:37) | 292 |  |');
    expect(ok).toContain('`simulation-assumptions.ts` の前提と同じです。');
    const stale = calibrationGridReport(result, { command: 'x', days: 1000, seed: 1, committed: { draftersPerBureau: 25, lateTailMeanMinutes: 120 } });
    expect(stale).toContain('前提を更新してください。');
  });
});

describe('parseSimulateArgs', () => {
  it('reads the documented options (and --opt=value)', () => {
    expect(parseSimulateArgs(['--', '--days', '1000', '--seed=7', '--scenario', '2023', '--json'])).toEqual({
      days: 1000, seed: 7, scenarios: ['2023'], json: true, report: null, calibrate: false, help: false,
    });
    expect(parseSimulateArgs([])).toMatchObject({ days: 250, seed: 1, scenarios: ['2022', '2023', '2025'] });
    expect(parseSimulateArgs(['--report', 'tests/simulation']).report).toBe('tests/simulation');
    expect(parseSimulateArgs(['--calibrate', '--days', '200']).calibrate).toBe(true);
  });

  it.each([
    [['--days', '0'], '日数「0」は 1 以上 100000 以下の整数で指定してください。'],
    [['--days', 'abc'], '日数「abc」は 1 以上 100000 以下の整数で指定してください。'],
    [['--days'], 'オプション「--days」には値が必要です。'],
    [['--days', '--json'], 'オプション「--days」には値が必要です。'],
    [['--report'], 'オプション「--report」には値が必要です。'],
    [['--seed', '-1'], 'シード「-1」は 0 以上の整数で指定してください。'],
    [['--scenario', '2024'], 'シナリオ「2024」はありません (2022 / 2023 / 2025)。'],
    [['--fast'], 'オプション「--fast」は使えません。'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseSimulateArgs(argv)).toThrow(message);
  });
});
