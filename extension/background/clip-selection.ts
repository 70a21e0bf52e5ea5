/**
 * @file 選択範囲の読み取り (readSelection): the text the user selected, with its line breaks.
 *
 * The context menu's `selectionText` has every line break replaced by a space (Chromium
 * https://crbug.com/116429), which would merge the 問 of a notice into one line. So the selection is read
 * from the frame with scripting.executeScript, allowed by activeTab for the tab where the menu was clicked.
 * Where that is impossible (a PDF viewer, a chrome:// page) `selectionText` is used and the splitter puts
 * breaks back before inline numbers. Delete the fallback's reason when the bug is fixed.
 */
import { browser } from 'wxt/browser';

/**
 * Selected text of the frame, `exact` when read with its line breaks.
 * @example const { text, exact } = await readSelection(tab.id, info.frameId ?? 0, info.selectionText ?? '')
 */
export async function readSelection(tabId: number | undefined, frameId: number, fallback: string): Promise<{ text: string; exact: boolean }> {
  if (tabId !== undefined && tabId >= 0) {
    try {
      const [first] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        func: () => globalThis.getSelection?.()?.toString() ?? '',
      });
      const text = first?.result;
      if (typeof text === 'string' && text.trim() !== '') return { text, exact: true };
    } catch {
      // No access to this frame (no activeTab grant, PDF viewer, browser page): use the menu's text.
    }
  }
  return { text: fallback, exact: false };
}
