/**
 * @file 取り込めるページの一覧 (sites): every Diet page type the extension can read, and
 * scrapePage, the one entry point the content scripts call. Adding a page type = one file under
 * shugiin/ or sangiin/ plus one line here (the meta-test checks both).
 *
 * Content scripts bundle this file and everything it imports, so it imports single shared modules, never the
 * `@shared/index` barrel, and no zod: the records' fit to the model is checked where they are stored
 * (checkScrapeResult, in the background). tests/e2e/capture.e2e.test.ts holds the content scripts to a size budget.
 */
import { canonicalDietUrl } from '@shared/capture/canonical-diet-url';
import type { House } from '@shared/model/primitives';
import { quoteValue } from '@shared/text/quote-value';
import type { ScrapedQuestion, SiteDefinition } from './define-site';
import sangiinAnswerText from './sangiin/answer-text';
import sangiinQuestionDetail from './sangiin/question-detail';
import sangiinQuestionList from './sangiin/question-list';
import sangiinQuestionText from './sangiin/question-text';
import shugiinAnswerText from './shugiin/answer-text';
import shugiinQuestionList from './shugiin/question-list';
import shugiinQuestionProgress from './shugiin/question-progress';
import shugiinQuestionText from './shugiin/question-text';
import { SiteChangedError } from './site-changed-error';
import { siteMessages } from './site-messages';

export { SiteChangedError };
export type { ScrapedQuestion, SiteDefinition, SiteExample } from './define-site';

/** The page types we read, in the order a user meets them. */
export const sites: readonly SiteDefinition[] = [
  // 衆議院 質問答弁情報 (Shift_JIS)
  shugiinQuestionList, //     kaiji{回次}_l.htm
  shugiinQuestionProgress, // {回次}{番号}.htm  (経過: dates, 会派, 延期, 撤回, 経過状況)
  shugiinQuestionText, //     a{回次}{番号}.htm (constructed fixture: no saved page yet)
  shugiinAnswerText, //       b{回次}{番号}.htm
  // 参議院 質問主意書 (UTF-8)
  sangiinQuestionList, //     syuisyo/{回次}/syuisyo.htm
  sangiinQuestionDetail, //   syuisyo/{回次}/meisai/m….htm (dates, 備考 延期)
  sangiinQuestionText, //     syuisyo/{回次}/syuh/s….htm
  sangiinAnswerText, //       syuisyo/{回次}/touh/t….htm (constructed fixture: no saved page yet)
];

/** 取込み結果: what one page says, with the pieces of provenance the adapter knows. */
export interface ScrapeResult {
  /** Adapter id, e.g. 'shugiin/question-list'. */
  siteId: string;
  house: House;
  /** Records of the page: one per row on a list page, one on every other page. Never empty unless the page's own count is 0. */
  questions: ScrapedQuestion[];
  /** Provenance without capturedAt and contentHash (the caller's): the page URL, adapter id and version. */
  provenance: { sourceUrl: string; adapterId: string; adapterVersion: string };
}

/**
 * 取込み: reads a Diet page with the adapter whose URL pattern matches; null when no adapter
 * matches `url`. Throws SiteChangedError (never returns a partial list) when the page's structure
 * is not what the adapter knows — and any other failure while reading (a TypeError from a hostile href, a
 * RangeError) becomes a SiteChangedError too, with its Japanese reason. Whether every record fits the model
 * is checked by checkScrapeResult before anything is stored.
 * @example scrapePage(document, location.href)?.questions.length //=> 36 on kaiji221_l.htm (2026-07-15)
 */
export function scrapePage(doc: Document, url: string): ScrapeResult | null {
  const site = sites.find((s) => s.matches(url));
  if (!site) return null;
  try {
    const questions = site.scrape(doc, url);
    return {
      siteId: site.id,
      house: site.house,
      questions,
      // The page's canonical spelling (/internet/, no /current/), the one its records link to.
      provenance: { sourceUrl: canonicalDietUrl(url, { session: questions[0]?.session }), adapterId: site.id, adapterVersion: site.version },
    };
  } catch (error) {
    if (error instanceof SiteChangedError) throw error;
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : error;
    throw new SiteChangedError(site.id, site.label, siteMessages.unexpected(quoteValue(detail)), url);
  }
}
