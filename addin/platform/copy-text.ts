/**
 * @file クリップボードにコピー (copyText): navigator.clipboard where the host allows it; otherwise the old
 * selection + execCommand route, which Excel's task pane webviews still accept when the async API is blocked.
 */

/**
 * Copies `text`. Resolves true when copied, false when neither way is allowed.
 * @example if (!(await copyText(bundleText))) showSaveInstead()
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
