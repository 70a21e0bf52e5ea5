/**
 * @file 質問通告の組立て (buildClippedNotice): turns a checked clip form into a CommitteeNotice with the
 * provenance of the clipped text. Pure.
 */
import type { JstInstant } from '../dates/jst';
import type { CommitteeNotice } from '../model/committee-notice';
import type { Provenance } from '../model/primitives';
import { noticeId } from '../exchange/record-ids';
import type { ClipFormValue } from './check-clip-form';

/** The clipper's adapter identity in provenance records. */
export const CLIP_ADAPTER = { id: 'clip/selection', version: '1' } as const;

/** Where the clipped text came from; `contentHash` is the SHA-256 of the selected text (computed by the platform). */
export interface ClipOrigin {
  pageUrl?: string;
  capturedAt: JstInstant;
  contentHash: string;
}

function isUrl(text: string | undefined): text is string {
  if (!text) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Builds the notice. Its id depends only on the clipped text, so saving the form again (a corrected date or
 * member) or clipping the same notice again updates it instead of adding a duplicate.
 * @example buildClippedNotice(check.value, { pageUrl, capturedAt: clock.now(), contentHash }).id //=> 'notice-3f2a9c000000…'
 */
export function buildClippedNotice(value: ClipFormValue, origin: ClipOrigin): CommitteeNotice {
  const provenance: Provenance[] = isUrl(origin.pageUrl)
    ? [{ sourceUrl: origin.pageUrl, capturedAt: origin.capturedAt, adapterId: CLIP_ADAPTER.id, adapterVersion: CLIP_ADAPTER.version, contentHash: origin.contentHash }]
    : [];
  return {
    kind: 'notice',
    id: noticeId(origin.contentHash),
    house: value.house,
    committee: value.committee,
    sittingOn: value.sittingOn,
    startTime: value.startTime,
    member: value.member,
    receivedAt: value.receivedAt,
    ...(value.setAt ? { setAt: value.setAt } : {}),
    items: value.items,
    provenance,
  };
}
