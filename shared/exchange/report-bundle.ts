/**
 * @file 局の報告 (report bundle): the bundle a bureau's popup sends back with 「報告を送る」 — a version-3 exchange
 * bundle whose envelope names the bureau (`bureau`) and whose records are that bureau's `responses` only —
 * and the coordinator's check before importing one: a report that is not one, from a bureau the directory does
 * not know, carrying another bureau's response, or older than the last report held from the same sender is
 * refused whole with a Japanese reason (BundleRejectedError), so nothing of it is applied.
 */
import { compareInstants } from '../dates/compare-instants';
import { formatWarekiDateTime } from '../dates/format-wareki';
import type { JstInstant } from '../dates/jst';
import type { Bureau } from '../model/bureau';
import { BundleRejectedError } from './bundle-error';
import { type ExchangeBundle, type ExchangeRecord, type ExchangeRecords, bundleKindLabels, bundleKinds, emptyBundle } from './bundle-schema';
import { exchangeMessages } from './exchange-messages';
import { parseResponseId } from './record-ids';

/** 送り元 of a report: `report:${bureau}:${sender}` (sender = one installation of the extension). */
export function reportProducer(bureauId: string, sender: string): string {
  return `report:${bureauId}:${sender}`;
}

/** The bureau a response record belongs to: its data's, or (a tombstone) its id's. */
export function responseBureau(record: ExchangeRecord<'responses'>): string | undefined {
  return record.data?.bureau ?? parseResponseId(record.id)?.bureau;
}

/**
 * 報告バンドル: every response of `bureauId` among `records` (tombstones too, so a 取消 travels), stamped with
 * the bureau, the sender and `revision`.
 * @example reportBundle(local.records, 'isei', 'a1b2c3d4', now, 7)
 */
export function reportBundle(records: Pick<ExchangeRecords, 'responses'>, bureauId: string, sender: string, now: JstInstant, revision: number): ExchangeBundle {
  const bundle = emptyBundle(reportProducer(bureauId, sender), now, revision);
  bundle.bureau = bureauId;
  bundle.records.responses = records.responses.filter((r) => responseBureau(r) === bureauId);
  return bundle;
}

/** What the importer already holds from this sender: the creation time of the last report it imported. */
export interface HeldReport {
  producedAt: JstInstant;
}

/**
 * Checks a parsed bundle as a bureau's report against the bureau directory and what is held from the same
 * sender (`held`, by `bundle.producer`). Returns the bureau; throws BundleRejectedError otherwise. Re-importing
 * the same report (same 作成日時) is allowed: merging it again changes nothing.
 * @example const bureau = checkReportBundle(bundle, directory, heldReports.get(bundle.producer))
 */
export function checkReportBundle(bundle: ExchangeBundle, directory: readonly Pick<Bureau, 'id' | 'name'>[], held?: HeldReport): Pick<Bureau, 'id' | 'name'> {
  if (bundle.bureau === undefined) throw new BundleRejectedError('notReport', exchangeMessages.notReport);
  const others = bundleKinds.filter((kind) => kind !== 'responses' && bundle.records[kind].length > 0).map((k) => bundleKindLabels[k]);
  // 会期表 is not records but would still be merged (newer bundle wins per 回次): a report must not carry it either.
  if (bundle.sessions.length > 0) others.push('会期表');
  if (others.length > 0) throw new BundleRejectedError('notReport', exchangeMessages.reportWithOtherKinds(others.join('・')));
  const bureau = directory.find((b) => b.id === bundle.bureau);
  if (!bureau) throw new BundleRejectedError('unknownBureau', exchangeMessages.unknownReportBureau(bundle.bureau));
  const foreign = bundle.records.responses.find((r) => responseBureau(r) !== bureau.id);
  if (foreign) throw new BundleRejectedError('foreignRecord', exchangeMessages.foreignResponse(bureau.name, foreign.id));
  if (held && compareInstants(bundle.producedAt, held.producedAt) < 0) {
    throw new BundleRejectedError('staleReport', exchangeMessages.staleReport(bureau.name, formatWarekiDateTime(bundle.producedAt), formatWarekiDateTime(held.producedAt)));
  }
  return bureau;
}
