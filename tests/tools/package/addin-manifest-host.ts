/**
 * @file アドインのマニフェストの配信先 (add-in manifest host): manifest.xml serves the task pane from
 * https://localhost:3000/ for development; for the ministry every localhost URL becomes the same path under
 * the ministry's https address, AppDomain becomes that origin, and the developer comment that explains
 * the localhost address is replaced by one naming where this copy points. Nothing else changes.
 */

/** The development address in manifest.xml. */
export const DEV_ORIGIN = 'https://localhost:3000';

/** manifest.xml with every localhost URL under `base` (an https folder URL ending in '/'). */
export function rewriteAddinManifest(xml: string, base: URL): string {
  const [, head, comment, rest] = /^(<\?xml[^>]*\?>\s*)(<!--[\s\S]*?-->)?([\s\S]*)$/.exec(xml) ?? [];
  if (rest === undefined) throw new Error('manifest.xml の先頭に XML 宣言がありません。');
  const rewritten = rest.replace(/https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?(\/[^"<\s]*)?/g, (_url, path: string | undefined) =>
    path ? new URL(path.slice(1), base).href : base.origin,
  );
  const left = /localhost|127\.0\.0\.1/.exec(rewritten);
  if (left) throw new Error(`manifest.xml に localhost が残っています: 「${rewritten.slice(Math.max(0, left.index - 40), left.index + 40)}」`);
  const note = comment === undefined ? '' : [
    '<!--',
    `  国会答弁デスク 割振り (Excel task pane). Packaged by npm run package: the task pane is served from`,
    `  ${base.href} (the contents of addin/web/ of the release).`,
    '-->',
  ].join('\n');
  return `${head}${note}${rewritten}`;
}
