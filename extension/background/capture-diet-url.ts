/** @file 国会のページか (isDietUrl): the only hosts capture reads or fetches — the manifest's two host permissions. */

/** The two Diet hosts (衆議院, 参議院), https only. */
export const DIET_ORIGINS = ['https://www.shugiin.go.jp', 'https://www.sangiin.go.jp'] as const;

/**
 * True for an https URL on one of the two Diet hosts.
 * @example isDietUrl('https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/221001.htm') //=> true
 */
export function isDietUrl(url: string): boolean {
  try {
    return (DIET_ORIGINS as readonly string[]).includes(new URL(url).origin);
  } catch {
    return false;
  }
}
