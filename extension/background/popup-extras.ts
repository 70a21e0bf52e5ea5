/**
 * @file ポップアップの追加データ (popupExtras): what the popup shows beyond its lists — every bureau's 問 (the
 * 「全部」, 「答弁作成中」 and 「期限超過」 filters), the morning digest at the first open of the day, the conflicts with every version in words
 * (to pick one in the popup), and the report's URL and last send. Computed in the background, like popupData.
 */
import {
  type Bureau, type BureauRow, type DietDb, type DigestSnapshot, type ExchangeBundle, type JstInstant, type MorningDigest, bundleKindLabels, conflictVersionSummary,
  digestHeading, digestSnapshot, isBureau, itemRows, morningDigest,
} from '@shared/index';
import { type ReportState, loadReportState } from './report-send';

/** settings key of the last digest's snapshot. */
export const DIGEST_KEY = 'digest:snapshot';
/** How many conflicts the popup lists (the rest are counted). */
export const POPUP_CONFLICTS = 20;

/** One version of a conflict as the popup offers it. */
export interface PopupConflictVersion {
  versionKey: string;
  /** 「こちら」 (this PC) or 「受信 (addin:官房総務課)」. */
  source: string;
  summary: string;
}

/** One conflict: which record, and its versions. */
export interface PopupConflict {
  key: string;
  /** 「割振り as-1」. */
  label: string;
  versions: PopupConflictVersion[];
}

/** The digest with its heading. */
export interface PopupDigest {
  heading: string;
  digest: MorningDigest;
}

/** Extra popup data. */
export interface PopupExtras {
  /** 問 of every bureau, mine included (「全部」 and the other filters), in the same order as my bureau's rows. */
  allRows: BureauRow[];
  digest?: PopupDigest;
  conflictList: PopupConflict[];
  /** The report's URL ('' = file / clipboard only) and the last send. */
  report: { url: string; state: ReportState };
}

/** Every bureau's rows; responses are matched through the directory (a bureau may be written by name). */
export function everyRow(bundle: ExchangeBundle, bureaus: readonly Bureau[], now: JstInstant): BureauRow[] {
  const idOf = (value: string) => bureaus.find((b) => isBureau(value, b))?.id ?? value;
  return itemRows(bundle.records, now, () => true, idOf);
}

/** The stored conflicts in words, at most POPUP_CONFLICTS. */
export async function conflictList(db: DietDb): Promise<PopupConflict[]> {
  const rows = await db.getAll('conflicts', undefined, POPUP_CONFLICTS);
  return rows.map((c) => ({
    key: c.key,
    label: `${bundleKindLabels[c.kind] ?? c.kind} ${c.id}`,
    versions: c.versions.map((v) => ({
      versionKey: v.versionKey,
      source: v.origin === 'local' ? 'こちら' : `受信${v.producer ? ` (${v.producer})` : ''}`,
      summary: conflictVersionSummary(c.kind, v.record),
    })),
  }));
}

/**
 * The morning digest at the first open of the day (then the snapshot moves on to today, so it is shown once).
 * @example await digestAtFirstOpen(db, view.rows, now)
 */
export async function digestAtFirstOpen(db: DietDb, rows: readonly BureauRow[], now: JstInstant): Promise<PopupDigest | undefined> {
  const previous = (await db.get('settings', DIGEST_KEY))?.value as DigestSnapshot | undefined;
  const digest = morningDigest(previous, rows, now);
  if (!digest) return undefined;
  await db.put('settings', { key: DIGEST_KEY, value: digestSnapshot(rows, now) });
  return { heading: digestHeading(digest, now), digest };
}

/**
 * Builds the extras (`mineRows` = my bureau's rows, for the digest).
 * @example await popupExtras(db, bundle, bureaus, view.rows, options, now)
 */
export async function popupExtras(
  db: DietDb,
  bundle: ExchangeBundle,
  bureaus: readonly Bureau[],
  mineRows: readonly BureauRow[] | undefined,
  options: { reportUrl?: string },
  now: JstInstant,
): Promise<PopupExtras> {
  return {
    allRows: everyRow(bundle, bureaus, now),
    digest: mineRows ? await digestAtFirstOpen(db, mineRows, now) : undefined,
    conflictList: await conflictList(db),
    report: { url: options.reportUrl ?? '', state: await loadReportState(db) },
  };
}
