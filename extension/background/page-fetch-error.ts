/**
 * @file 取得失敗 (PageFetchError, fetchFailureOf): a page of a question that could not be taken in, with its reason
 * (shared/capture/page-fetch-failure: ページがありません / 接続できません / 構造の変更 …) and the detailed Japanese message.
 */
import { type FetchFailureReason, ValidationError } from '@shared/index';
import { RemoteError } from '../platform/messaging';
import { SiteChangedError } from '../sites/site-changed-error';

/** A fetch that failed for a known reason (HTTP status, network, timeout, another question's page). */
export class PageFetchError extends Error {
  override readonly name = 'PageFetchError';
  constructor(readonly reason: FetchFailureReason, message: string) {
    super(message);
  }
}

/**
 * The reason and message of any error a page fetch or save can throw: PageFetchError keeps its reason, a changed page
 * (SiteChangedError, or one reported back from the offscreen document) is siteChanged, a refused save saveFailed.
 * @example fetchFailureOf(new PageFetchError('notFound', 'ページを取得できませんでした (HTTP 404)。')).reason //=> 'notFound'
 */
export function fetchFailureOf(error: unknown): { reason: FetchFailureReason; message: string } {
  const message = (error instanceof Error ? error.message : '') || String(error);
  if (error instanceof PageFetchError) return { reason: error.reason, message };
  if (error instanceof SiteChangedError || (error instanceof RemoteError && error.siteChanged)) return { reason: 'siteChanged', message };
  if (error instanceof ValidationError) return { reason: 'saveFailed', message };
  return { reason: 'saveFailed', message };
}
