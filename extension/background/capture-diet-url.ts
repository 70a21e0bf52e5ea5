/** @file 国会のページか (isDietUrl): the only hosts capture reads or fetches — the manifest's two host permissions. */
import { isAllowedSourceUrl } from '@shared/model/source-url-policy';

export { DIET_ORIGINS } from '@shared/model/source-url-policy';

/**
 * True for an https URL on one of the two Diet hosts (the source URL policy without a feed origin).
 * @example isDietUrl('https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/221001.htm') //=> true
 */
export function isDietUrl(url: string): boolean {
  return isAllowedSourceUrl(url);
}
