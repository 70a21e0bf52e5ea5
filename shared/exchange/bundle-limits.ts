/** @file 交換バンドルの上限 (limits): editable data, checked before parsing. */

/** 上限. */
export interface BundleLimits {
  /** 最大サイズ (UTF-8 bytes). */
  maxBytes: number;
  /** 最大記録数 over all kinds. */
  maxRecords: number;
}

/**
 * Defaults. Source: product sizing — one Diet session brings a few thousand 質問主意書 and a few
 * thousand 問 of 通告; 20 MB / 100,000 records leaves 10× headroom and still parses in well under
 * a second on an office PC, while a mistaken multi-hundred-MB file is refused before JSON.parse.
 */
export const defaultBundleLimits: BundleLimits = { maxBytes: 20 * 1024 * 1024, maxRecords: 100_000 };
