/** @file 質問通告の配線 (startClipBackground): the context menu and the CLIP_SAVE message of the clip form. */
import { systemClock } from '@shared/index';
import { CLIP_SAVE, onMessage } from '../platform/messaging';
import { extensionDb } from '../platform/storage-db';
import { startClipMenu } from './clip-menu';
import { loadPendingClip } from './clip-pending';
import { saveClip } from './clip-save';

/** Registers the menu and the save listener synchronously (MV3: before the first await). */
export function startClipBackground(): void {
  startClipMenu();
  onMessage(CLIP_SAVE, async (message) => saveClip({ db: await extensionDb(), now: systemClock.now, loadPendingClip }, message));
}
