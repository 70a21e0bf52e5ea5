/** @file 拡張機能の background (service worker): thin; wires the capture and feed modules. */
import { startCaptureBackground } from '../background/capture-background';
import { startClipBackground } from '../background/clip-background';
import { startFeedBackground } from '../background/feed-background';

export default defineBackground(() => {
  // Runtime work is started by the modules registered here (see extension/background/).
  startCaptureBackground();
  startClipBackground();
  startFeedBackground();
});
