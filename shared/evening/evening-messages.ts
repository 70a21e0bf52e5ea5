/**
 * @file 夕方レク・待機・超勤・シミュレーションの利用者向けメッセージ: every Japanese string of
 * shared/evening, shared/standby and shared/simulation in one place.
 */
import { type JstInstant, jstTimeOf } from '../dates/jst';
import { dateOfDayNumber, dayNumberOfMin, fromMin, toMin, weekdayOfDayNumber } from './internal/minutes';
import { quoteValue } from '../text/quote-value';

/** 短い日時表示 「6/9(火) 21:10」 for reason texts. @example shortDateTime('2026-06-09T21:10:00+09:00') //=> '6/9(火) 21:10' */
export function shortDateTime(instant: JstInstant): string {
  const minutes = toMin(instant);
  const n = dayNumberOfMin(minutes);
  const date = dateOfDayNumber(n);
  return `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}(${'日月火水木金土'[weekdayOfDayNumber(n)]}) ${jstTimeOf(fromMin(minutes))}`;
}

export const eveningMessages = {
  // 問ごとの理由 (why a 問 is not briefed in the evening)
  ownerNotFixed: (proposed: string) =>
    proposed ? `執筆局が確定していません (仮割振り: ${proposed})。確定するまで計画できません。` : '執筆局が割り振られていません。',
  noEveningSlot: '夕方レク枠がありません (大臣の都合がつきません)。',
  tooLateForEvening: (done: string, lastSlot: string) => `局長了見込み ${done} が最後の夕方レク枠 (${lastSlot}) に間に合いません。`,
  eveningFull: '間に合う夕方レク枠が満席です。',
  toSlot: (label: string) => `${label}に回します。`,
  missesMorning: (done: string, label: string) => `${label}にも間に合わない見込みです (局長了見込み ${done})。開会までに答弁を届ける段取りが必要です。`,
  morningFull: '間に合う朝レク枠も満席です。開会前の別枠を検討してください。',
  noMorningSlot: '朝レク枠がありません。',

  // 待機解除 (release)
  releasedNoItems: (closedAt: string) => `割振り確定 (${closedAt}) の時点で担当の問がないため待機解除。`,
  releasedAllApproved: '担当の問がすべて局長了 (合議・メモ出しも終了) のため待機解除。',
  expectedAllApproved: (finish: string) => `担当の問 (執筆・合議・メモ出し) がすべて終わる見込み (${finish}) で待機解除の予定。`,
  recalled: (first: string) => `${first} に一度解除の後、追加の問で呼び戻し。`,
  recalledBy: (first: string | null, recalls: readonly string[]) => `${first ? `${first} に一度解除の後、` : '当番中に'}${recalls.join('、')}。`,
  recallText: (at: string, reason: string, by: string) => `${at} に${reason}${by ? ` (${by})` : ''}で呼び戻し`,
  releasedByDecision: (by: string, reason: string) => `割振り確定前に調整担当の判断で待機解除 (${by}${reason ? `: ${reason}` : ''})。`,
  afterLecture: (until: string) => `夕方レクに出席 (${until} まで) の後に解除。`,
  onDuty: (from: string, people: readonly string[]) => `${from} から当番 (${people.join('、')}) を残して待機を縮小。`,
  holdWork: '担当の問の作業が終わっていません (局長了などの実績の報告待ち)。',
  holdLecture: (until: string) => `夕方レクに出席するため ${until} まで待機します。`,
  allocationOpenBecause: (parts: readonly string[]) => `割振りが確定していないため待機を続けます${parts.length ? ` (${parts.join('、')})` : ''}。`,
  missingList: (missing: readonly string[]) => `未通告: ${missing.join('、')}`,
  unassignedCount: (count: number) => `執筆局未確定の問: ${count} 件`,

  // 割振り確定を妨げているもの (allocation blockers)
  stageOpen: (who: string, stage: string) =>
    stage === '通告待ち' ? `${who}委員の通告待ち`
    : stage === '要旨のみ' ? `${who}委員の通告が要旨のみ（問取り未了）`
    : stage === '問取り中' ? `${who}委員の問取り中（問取り未了）`
    : `${who}委員の通告の段階が不明（問取り完了の記録なし）`,
  regularSittingMissing: (committee: string, date: string) => `${committee}は ${date} が定例日ですが開会予定が入力されていません (開会するか中止かを入力してください)`,
  sittingPlanned: (label: string) => `${label}が予定のまま (委員会セット未了)`,
  noQuestioners: (label: string) => `${label}の質問者一覧が空です`,
  noStandbyDay: '待機日も開会もないため計画できません。',
  otherStandbyDay: (sitting: string, day: string) => `開会 ${sitting} は待機日 ${day} のものではないため、この計画から外しました。`,
  allocationOpen: (missing: readonly string[], unassigned: number) => {
    const parts: string[] = [];
    if (missing.length > 0) parts.push(`未通告: ${missing.join('、')}`);
    if (unassigned > 0) parts.push(`執筆局未確定の問: ${unassigned} 件`);
    return `割振りが確定していないため待機を続けます${parts.length ? ` (${parts.join('、')})` : ''}。`;
  },

  // 計画の注意 (warnings)
  unknownBureau: (bureau: string) => `局${quoteValue(bureau)}は局一覧にないため、既定の設定 (待機要員・作業時間) で計画しました。`,
  noticeFromUnlisted: (member: string, noticeId: string) => `質問者一覧にない ${member} さんの通告 (${noticeId}) も計画に含めました。`,
  emptyQuestioners: '質問者一覧が空のため、割振り確定 (待機解除) を判定できません。質問者を登録してください。',
  duplicateNotice: (noticeId: string) => `通告 ${noticeId} が重複しています。最初のものだけを使いました。`,
  duplicateItem: (itemId: string) => `問 ${itemId} が重複しています。最初のものだけを使いました。`,
  severalOwners: (itemId: string, bureaus: string) => `問 ${itemId} に執筆局が複数あります (${bureaus})。最初に確定した局で計画しました。`,
  assignmentWithoutItem: (questionKey: string, label: string) => `割振り (${questionKey} ${label}) に対応する問が通告にありません。`,
  slotAfterSitting: (label: string) => `${label}が開会時刻より後に終わります。枠を確認してください。`,
  duplicateSlot: (slotId: string) => `レク枠 ${slotId} が重複しています。最初のものだけを使いました。`,

  // 超勤・待機の集計 (standby ledger)
  capExceeded: (what: string, value: number, cap: string) => `${what}が上限を超えています (${value} 時間 / 上限 ${cap})。`,
  capNear: (what: string, value: number, cap: string, share: number) =>
    `${what}が上限の ${Math.round(share * 100)}% に達しました (${value} 時間 / 上限 ${cap})。`,
  capHours: (hours: number) => `${hours} 時間`,
  capHoursBelow: (hours: number) => `${hours} 時間未満`,
  monthsOverExceeded: (count: number, max: number, threshold: number) => `月${threshold}時間超の月が ${count} か月あり、上限 (${max} か月) を超えています。`,
  monthsOverNear: (count: number, max: number, threshold: number) => `月${threshold}時間超の月が ${count} か月です (上限 ${max} か月)。`,
  monthlyLabel: '月の時間外',
  yearlyLabel: '年度の時間外',
  averageLabel: (months: number) => `${months}か月平均`,
  invalidLedgerEntry: (index: number, detail: string) => `待機記録 ${index + 1} 行目が正しくありません: ${detail}`,
  entryEndsBeforeStart: '終了が開始より前です。',
  autonomous: '自律部署',
  otherDirected: '他律部署',
  statusOk: '上限内',
  statusNear: '上限に接近',
  statusOver: '上限超過',

  // シミュレーション (simulation table and report)
  policyBaseline: '従来運用 (全通告・割振り確定まで全局待機、朝レク)',
  policyPlanned: '計画運用 (逐次割振り、即時待機解除、夕方レク)',
  unknownScenario: (name: string, known: readonly string[]) => `シナリオ「${name}」はありません (${known.join(' / ')})。`,
  badDays: (text: string) => `日数「${text}」は 1 以上 100000 以下の整数で指定してください。`,
  badSeed: (text: string) => `シード「${text}」は 0 以上の整数で指定してください。`,
  unknownOption: (option: string) => `オプション「${option}」は使えません。`,
} as const;
