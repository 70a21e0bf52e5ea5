/**
 * @file 更新マニフェスト (updates.xml): the gupdate protocol 2.0 answer Chrome and Edge read at the policy's
 * update_url to find the CRX of an off-store extension and its version (Chrome Enterprise "Self-host an
 * extension": <gupdate xmlns="http://www.google.com/update2/response" protocol="2.0"><app appid>
 * <updatecheck codebase version/></app></gupdate>).
 */

/** XML attribute text (& < > " escaped). */
export function xmlAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** updates.xml for one extension: its id, the CRX's https URL and the version inside that CRX. */
export function updateManifest(extensionId: string, crxUrl: URL, version: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">',
    `  <app appid="${xmlAttr(extensionId)}">`,
    `    <updatecheck codebase="${xmlAttr(crxUrl.href)}" version="${xmlAttr(version)}"/>`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}
