/**
 * @file 交換バンドルの検証 (parseBundle): JSON text → ExchangeBundle, or BundleRejectedError with a
 * Japanese reason (bad JSON, wrong format or version, schema — dates outside SANE_DATE_RANGE included —,
 * duplicate ids after NFC normalisation, oversized, a source link the source URL policy refuses).
 */
import { issueLines, issuesText, japaneseIssues } from '../model/issues-text';
import { type SourceUrlOptions, checkSourceUrl } from '../model/source-url-policy';
import { BundleRejectedError } from './bundle-error';
import { type BundleLimits, defaultBundleLimits } from './bundle-limits';
import { BUNDLE_FORMAT, type ExchangeBundle, READABLE_BUNDLE_VERSIONS, bundleKindLabels, bundleKinds, exchangeBundleSchema } from './bundle-schema';
import { responseSlot } from './bureau-response';
import { exchangeMessages } from './exchange-messages';
import { responseId } from './record-ids';

/**
 * Validates a bundle given as JSON text (file, clipboard, feed). Throws BundleRejectedError. `sources` names
 * the extra origin a 問's source link may point at: the feed's own origin for a bundle fetched from the feed
 * (feedSourceOptions); a file or pasted bundle may link to the Diet hosts only.
 * @example const bundle = parseBundle(await response.text(), defaultBundleLimits, feedSourceOptions(feedUrl))
 */
export function parseBundle(text: string, limits: BundleLimits = defaultBundleLimits, sources: SourceUrlOptions = {}): ExchangeBundle {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > limits.maxBytes) throw new BundleRejectedError('oversized', exchangeMessages.oversized(bytes, limits.maxBytes));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BundleRejectedError('json', exchangeMessages.badJson((error as Error).message));
  }
  return validateBundle(raw, limits, sources);
}

/** Validates an already parsed value (same rules as parseBundle, without the byte check). */
export function validateBundle(raw: unknown, limits: BundleLimits = defaultBundleLimits, sources: SourceUrlOptions = {}): ExchangeBundle {
  const head = (raw ?? {}) as { format?: unknown; version?: unknown; records?: Record<string, unknown> };
  if (typeof raw !== 'object' || raw === null || head.format !== BUNDLE_FORMAT) {
    throw new BundleRejectedError('format', exchangeMessages.wrongFormat);
  }
  if (typeof head.version !== 'number' || !READABLE_BUNDLE_VERSIONS.includes(head.version)) {
    throw new BundleRejectedError('version', exchangeMessages.wrongVersion(head.version, READABLE_BUNDLE_VERSIONS.join('・')));
  }
  const count = bundleKinds.reduce((n, kind) => {
    const list = head.records?.[kind];
    return n + (Array.isArray(list) ? list.length : 0);
  }, 0);
  if (count > limits.maxRecords) throw new BundleRejectedError('oversized', exchangeMessages.tooManyRecords(count, limits.maxRecords));
  // Japanese issue texts for this parse only (no global zod configuration).
  const parsed = exchangeBundleSchema.safeParse(raw, { error: japaneseIssues });
  if (!parsed.success) {
    throw new BundleRejectedError('schema', exchangeMessages.invalidSchema(issuesText(parsed.error)), issueLines(parsed.error));
  }
  for (const kind of bundleKinds) {
    const seen = new Set<string>();
    const duplicates = new Set<string>();
    for (const record of parsed.data.records[kind]) {
      if (seen.has(record.id)) duplicates.add(record.id);
      seen.add(record.id);
    }
    if (duplicates.size > 0) {
      const ids = [...duplicates];
      throw new BundleRejectedError('duplicate', exchangeMessages.duplicateIds(bundleKindLabels[kind], ids), ids.slice(0, 50));
    }
  }
  // A response's id names its bureau, slot and assignment (record-ids.ts): one record per slot, so two
  // versions of the same 受諾 or 原案了 always meet as one record (a conflict), never as two.
  for (const record of parsed.data.records.responses) {
    const data = record.data;
    if (data && record.id !== responseId(data.bureau, responseSlot(data), data.assignmentId)) {
      throw new BundleRejectedError('schema', exchangeMessages.invalidSchema(exchangeMessages.responseIdMismatch(record.id, responseId(data.bureau, responseSlot(data), data.assignmentId))));
    }
  }
  for (const record of parsed.data.records.items) {
    const url = record.data?.sourceUrl;
    if (url === undefined) continue;
    const checked = checkSourceUrl(url, sources);
    if (!checked.ok) throw new BundleRejectedError('link', exchangeMessages.refusedLink(bundleKindLabels.items, record.id, checked.reason));
  }
  return parsed.data;
}
