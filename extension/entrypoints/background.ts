/** @file 拡張機能の background (service worker): thin; wires the capture and feed modules. */
import { startFeedBackground } from '../background/feed-background';

export default defineBackground(() => {
  // Runtime work is started by the modules registered here (see extension/background/).
  startFeedBackground();
});
