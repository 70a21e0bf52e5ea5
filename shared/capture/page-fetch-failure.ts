/**
 * @file 取得失敗の理由 (page fetch failures): why a 経過・明細・質問本文 page could not be taken in, in Japanese, with
 * what to do about it, and failures grouped by reason for the toast and the popup (「ページがありません — 第2号・第5号」).
 * Pure data and one grouping function.
 */

/** 理由. */
export type FetchFailureReason = 'notFound' | 'httpError' | 'network' | 'timeout' | 'siteChanged' | 'wrongPage' | 'saveFailed';

/** 理由の表示: a short name and the advice shown under it. */
export interface FetchFailureText {
  title: string;
  advice: string;
}

/** Every reason, in the order groups are shown (what the user can fix first). */
export const fetchFailureReasons: readonly FetchFailureReason[] = ['notFound', 'httpError', 'network', 'timeout', 'siteChanged', 'wrongPage', 'saveFailed'];

export const fetchFailureTexts: Record<FetchFailureReason, FetchFailureText> = {
  notFound: {
    title: 'ページがありません (HTTP 404)',
    advice: 'まだ公開されていないか、アドレスが変わった可能性があります。時間をおいて「再試行」してください。日付がわかっていれば「修正」で内閣転送日を入力できます。',
  },
  httpError: { title: 'サイトが応答できませんでした', advice: 'サイトが混み合っているか保守中です。時間をおいて「再試行」してください。' },
  network: { title: '接続できません', advice: 'ネットワーク (庁内のプロキシや VPN) を確認してから「再試行」してください。' },
  timeout: { title: '応答がありません (20 秒)', advice: 'サイトが混み合っています。時間をおいて「再試行」してください。' },
  siteChanged: {
    title: 'ページの構造が変わっています',
    advice: '保存済みのデータ (問・修正) は変えていません。拡張機能の更新が必要です。担当者に連絡してください。',
  },
  wrongPage: { title: '別の質問のページでした', advice: 'サイトのリンクが誤っている可能性があります。ページを開いて確かめてください。' },
  saveFailed: { title: '保存できませんでした', advice: 'ブラウザーの保存領域を確認してから「再試行」してください。' },
};

/** One page that could not be taken in. */
export interface FetchFailure {
  reason: FetchFailureReason;
  /** Question key (writtenQuestionKey). */
  key: string;
  /** 「第3号 (経過ページ)」. */
  label: string;
  url: string;
  /** The detailed Japanese message (HTTP status, the adapter's SiteChangedError text …). */
  message: string;
}

/** Failures of one reason. */
export interface FetchFailureGroup extends FetchFailureText {
  reason: FetchFailureReason;
  failures: FetchFailure[];
}

/**
 * Groups failures by reason, in fetchFailureReasons order, keeping page order inside a group.
 * @example groupFetchFailures([{ reason: 'notFound', label: '第2号 (経過ページ)', … }])[0].title //=> 'ページがありません (HTTP 404)'
 */
export function groupFetchFailures(failures: readonly FetchFailure[]): FetchFailureGroup[] {
  return fetchFailureReasons.flatMap((reason) => {
    const list = failures.filter((f) => f.reason === reason);
    return list.length === 0 ? [] : [{ reason, ...fetchFailureTexts[reason], failures: list }];
  });
}
