/** @file 衆議院 質問答弁情報の content script: the capture button on list, 経過 and body pages (Shift_JIS pages). */
import { runCapture } from '../content/run-capture';
import { scrapePage } from '../sites/index';

export default defineContentScript({
  // Sessions ≤ 147 live under itdb_shitsumona.nsf; the site spells the path both /internet/ and /Internet/
  // and match patterns are case-sensitive (extension/sites/PAGES.md §1.1).
  matches: [
    'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/*',
    'https://www.shugiin.go.jp/Internet/itdb_shitsumon.nsf/html/shitsumon/*',
    'https://www.shugiin.go.jp/internet/itdb_shitsumona.nsf/html/shitsumon/*',
    'https://www.shugiin.go.jp/Internet/itdb_shitsumona.nsf/html/shitsumon/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    runCapture(ctx, { doc: document, url: location.href, scrape: scrapePage });
  },
});
