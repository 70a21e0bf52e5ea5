/**
 * @file 右クリックメニュー (startClipMenu): 「質問通告として取り込む」 on selected text in any page; a click goes to
 * clipFromMenu. Needs no host permission: contextMenus + activeTab (granted by the click) + scripting.
 */
import { browser } from 'wxt/browser';
import { CLIP_MENU_ID, clipFromMenu } from './clip-from-menu';

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
