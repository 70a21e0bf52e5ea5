/** @file 交換バンドル拒否エラー (BundleRejectedError): an invalid bundle, refused whole, with a Japanese reason. */

/** 拒否理由の種類. */
export type BundleRejection =
  | 'json' | 'format' | 'version' | 'schema' | 'duplicate' | 'oversized' | 'link' | 'storage'
  /** 報告 (a bureau's report bundle): not a report, a bureau not in the directory, another bureau's record, older than held. */
  | 'notReport' | 'unknownBureau' | 'foreignRecord' | 'staleReport';

/** 交換バンドル拒否: nothing from the bundle was applied. */
export class BundleRejectedError extends Error {
  override readonly name = 'BundleRejectedError';
  constructor(readonly reason: BundleRejection, message: string, readonly issues: string[] = []) {
    super(message);
  }
}
