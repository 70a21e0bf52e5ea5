/**
 * @file 待機解除の安全条件の表示語 (stand-down labels): every Japanese word and message the add-in writes for the
 * safe stand-down (shared/evening/RULES.md §9) — 通告の段階, 開会の状態, 当番, 定例日, 呼び戻し, レク出席 and the
 * coordinator's 「割振り確定前に解除」 — in one place, beside the evening labels (evening-labels.ts).
 */
import { quoteValue } from '@shared/index';

export const standDownMessages = {
  // 設定シート: 当番表・定例日表
  dutyProblem: (address: string, header: string, detail: string) => `設定シート ${address}「${header}」: ${detail} この行の当番は使いません。`,
  dutyBureauUnknown: (text: string) => `局${quoteValue(text)}は局一覧にありません。`,
  dutyPeopleMissing: '当番の氏名を「、」で区切って入力してください。',
  dutyTimeUnreadable: (text: string) => `${quoteValue(text)}は時刻 (HH:MM) ではありません。`,
  dutyDuplicate: (name: string) => `${name}の当番が 2 行あります。上の行を使います。`,
  regularProblem: (address: string, header: string, detail: string) => `設定シート ${address}「${header}」: ${detail}`,
  regularHouseUnknown: (text: string) => `院${quoteValue(text)}は 衆議院 か 参議院 です。両院の定例日として扱います。`,
  regularCommitteeMissing: '委員会名がありません。この行は使いません。',
  regularWeekdaysMissing: (text: string) => `曜日${quoteValue(text)}を読み取れません (「水・金」のように漢字 1 字で)。この行は使いません。`,
  regularWeekdaysPartly: (chars: string) => `曜日でない文字「${chars}」を無視しました。`,
  // 開会表・通告段階表
  regularSittingRow: '定例日の開会です (設定シートの定例日表)。開会するなら開会時刻と質問者を、開かれないなら状態を「中止」にしてください。それまで割振り確定になりません。',
  /** セット日時 (委員会セット) while a sitting is 予定: the board's memory that a later セット済み is a change it must stamp. */
  notSetYet: '未セット',
  stateUnknown: (text: string) => `状態${quoteValue(text)}は使えません (予定・セット済み・開会確定・中止)。予定とみなします。`,
  stageUnknown: (text: string) => `段階${quoteValue(text)}は使えません (通告待ち・要旨のみ・問取り中・問取り完了・当省なし)。問取り未了とみなします。`,
  stageBlank: '段階が未入力です (問取り未了とみなします)。問取りが終われば「問取り完了」を選んでください。',
  stageWaiting: '通告待ち',
  stageOpen: (stage: string) => `${stage} (問取り未了)`,
  stageComplete: (stage: string, at: string) => `${stage} ${at}`,
  followUp: '更問い',
  noticesBelow: (n: number) => `通告 ${n} 件 (段階は下の通告の行で選びます)`,
  stampUnreadable: (header: string, text: string) => `${header}${quoteValue(text)}を読み取れません。今の時刻で記録し直しました。`,
  // 待機表・呼び戻し表
  onDuty: (people: string) => `待機中 (当番 ${people})`,
  recalledNow: (at: string, reason: string) => `呼び戻し中 ${at}〜 (${reason})`,
  recallLine: (at: string, until: string, reason: string, by: string) => `${at}〜${until} ${reason}${by ? ` (${by})` : ''}`,
  /** 再解除 of a recall while it rests on forecasts. */
  recallUntil: (until: string, forecast: boolean) => (forecast ? `${until} (見込み)` : until),
  staleConfirmation: (at: string) => `${at} の解除の後に呼び戻しがありました。`,
  // 解除判断表
  decisionProblem: (address: string, header: string, detail: string) => `${address}「${header}」: ${detail}`,
  decisionAtMissing: '日時を入力してください。',
  decisionDayMissing: '待機日を入力してください。',
  decisionBureausMissing: '局 (「、」で区切る) か「全局」を入力してください。',
  decisionBureauUnknown: (names: string) => `局一覧にない局があります: ${names}。`,
  decisionByMissing: '判断者を入力してください。',
  decisionReasonMissing: '理由を入力してください。',
  allBureaus: '全局',
  // 作業ウィンドウ
  decisionRecorded: (names: string, by: string, at: string) => `割振り確定前の解除を記録しました (${names}、${at}、判断者 ${by})。「待機解除を確定」で解除を記録し、配信すると各局に伝わります。`,
  decisionNeedsReason: '解除の理由を入力してください (記録に残ります)。',
  decisionNeedsBureaus: '解除する局を選んでください。',
} as const;
