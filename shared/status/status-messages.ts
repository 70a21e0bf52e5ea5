/** @file 状況のメッセージ: the Japanese names of where a 状況 came from, and what to do when dates are unknown. */
import type { House } from '../model/primitives';

/** 詳細ページの呼び名: 衆議院 calls it 経過 (質問答弁経過情報), 参議院 明細 (meisai, 質問主意書情報). */
export const detailPageLabels: Record<House, string> = { shugiin: '経過ページ', sangiin: '明細' };

export const statusMessages = {
  /** 「経過ページ」 / 「明細」, or the page whose dates we have when the detail page itself was not read (答弁本文). */
  fromDetail: (house: House, detailRead: boolean) => (detailRead ? detailPageLabels[house] : '取り込んだページの日付'),
  fromEdit: '手修正 (内閣転送日)',
  /** 「一覧の経過状況「答弁受理」」, or 「経過ページの経過状況「転送に至らず」」 once that page was read. */
  fromProgressText: (printed: string, detailRead?: House) => `${detailRead ? detailPageLabels[detailRead] : '一覧'}の経過状況「${printed}」`,
  fromAnswerLink: '一覧の答弁本文リンク',
  fromNothing: 'なし',
  /** Why an open question has no deadline, and the two ways to fix it. */
  missingDates: (house: House, detailRead: boolean) =>
    `内閣転送日が${detailRead ? `${detailPageLabels[house]}にまだ載っていない` : '未確認の'}ため、答弁期限を計算できません。` +
    `「再取得」で${detailPageLabels[house]}を取り直すか、「修正」で内閣転送日を入力してください。`,
} as const;
