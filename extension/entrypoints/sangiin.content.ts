/** @file 参議院 質問主意書の content script: the capture button on list, 明細 and body pages. */
import { runCapture } from '../content/run-capture';
import { scrapePage } from '../sites/index';
import { readSessionList } from '../sites/sangiin/read-session-list';

export default defineContentScript({
  matches: ['https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/*'],
  runAt: 'document_idle',
  main(ctx) {
    runCapture(ctx, { doc: document, url: location.href, scrape: scrapePage, readSessions: readSessionList });
  },
});
