/**
 * @file 選択範囲の取込み (clipFromMenu): a click on 「質問通告として取り込む」 reads the selection, keeps it as a
 * pending clip and opens the clip form (entrypoints/clip/) next to the tab.
 */
import { browser, type Browser } from 'wxt/browser';
import { systemClock } from '@shared/index';
import { sha256Hex } from './capture-hash';
import { storePendingClip } from './clip-pending';
import { readSelection } from './clip-selection';

/** Menu item id. */
export const CLIP_MENU_ID = 'clip-notice';

/**
 * Handles one menu click: stores the clip and opens the form. The e2e test dispatches the real
 * contextMenus.onClicked event to reach it.
 * @example await clipFromMenu(info, tab)
 */
export async function clipFromMenu(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<string | undefined> {
  if (info.menuItemId !== CLIP_MENU_ID) return undefined;
  const { text, exact } = await readSelection(tab?.id, info.frameId ?? 0, info.selectionText ?? '');
  if (text.trim() === '') return undefined;
  const id = crypto.randomUUID();
  await storePendingClip({
    id, text, exact, capturedAt: systemClock.now(), contentHash: await sha256Hex(text),
    ...(info.pageUrl ?? tab?.url ? { pageUrl: info.pageUrl ?? tab?.url } : {}),
    ...(tab?.title ? { pageTitle: tab.title } : {}),
  });
  await browser.tabs.create({
    url: browser.runtime.getURL(`/clip.html?id=${encodeURIComponent(id)}` as never),
    ...(tab?.index !== undefined && tab.index >= 0 ? { index: tab.index + 1 } : {}),
    ...(tab?.id !== undefined && tab.id >= 0 ? { openerTabId: tab.id } : {}),
  });
  return id;
}

