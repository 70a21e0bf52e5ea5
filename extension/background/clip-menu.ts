/**
 * @file 右クリックメニュー (startClipMenu): 「質問通告として取り込む」 on selected text in any page. A click
 * reads the selection, keeps it as a pending clip and opens the clip form (entrypoints/clip/) next to the tab.
 * Needs no host permission: contextMenus + activeTab (granted by the click) + scripting.
 */
import { browser, type Browser } from 'wxt/browser';
import { systemClock } from '@shared/index';
import { sha256Hex } from './capture-hash';
import { storePendingClip } from './clip-pending';
import { readSelection } from './clip-selection';

/** Menu item id. */
export const CLIP_MENU_ID = 'clip-notice';

/**
 * Handles one menu click: stores the clip and opens the form. Exported for the unit test; the e2e test
 * dispatches the real contextMenus.onClicked event.
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

/** Creates the menu item (on install/update; items persist) and listens for clicks. */
export function startClipMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: CLIP_MENU_ID, title: '質問通告として取り込む', contexts: ['selection'] }, () => {
      // Reinstall over an existing item: the error is expected and harmless.
      void browser.runtime.lastError;
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    clipFromMenu(info, tab).catch((error: unknown) => console.error('国会答弁デスク: 質問通告を取り込めませんでした', error));
  });
}
