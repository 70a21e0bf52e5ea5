/** @file 質問通告の配線 (startClipBackground): the context menu and the CLIP_SAVE message of the clip form. */
import { browser } from 'wxt/browser';
import { systemClock } from '@shared/index';
import { CLIP_SAVE } from '../platform/messaging';
import { extensionDb } from '../platform/storage-db';
import { startClipMenu } from './clip-menu';
import { loadPendingClip } from './clip-pending';
import { saveClip } from './clip-save';

/** Registers the menu and the save listener synchronously (MV3: before the first await). */
export function startClipBackground(): void {
  startClipMenu();
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if ((message as { type?: string } | null)?.type !== CLIP_SAVE) return undefined;
    extensionDb()
      .then((db) => saveClip({ db, now: systemClock.now, loadPendingClip }, message))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: (error as Error).message || String(error) }),
      );
    return true;
  });
}
