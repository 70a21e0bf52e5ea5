/** @file ページ構造変更エラー (SiteChangedError): a Diet page no longer has the structure an adapter relies on. */
import { siteMessages } from './site-messages';

/**
 * ページ構造変更: thrown instead of returning zero rows or a partial list when a required table,
 * header, row count, link or date is missing or contradicts the page itself, or the text is mojibake.
 * The caller keeps the data it already has. `siteId` names the adapter, `what` the missing piece.
 * @example new SiteChangedError('shugiin/question-list', '衆議院 質問の一覧', '表 table#shitsumontable がありません', url)
 */
export class SiteChangedError extends Error {
  override readonly name = 'SiteChangedError';
  constructor(
    /** Adapter id, e.g. 'shugiin/question-list'. */
    readonly siteId: string,
    /** ページ種別 as shown to the user, e.g. 「衆議院 質問の一覧」. */
    readonly pageLabel: string,
    /** What was missing or contradictory (Japanese). */
    readonly what: string,
    /** The page URL. */
    readonly url: string,
  ) {
    super(siteMessages.siteChanged(pageLabel, what));
  }
}
