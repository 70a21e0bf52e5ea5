/**
 * @file Benchmarks of the site adapters : scrapePage on the two list pages and on the 質問本文 pages a
 * capture fetches for every open question (parse + split into 問 < 20 ms), from a Document
 * built once by happy-dom beforehand, so the numbers measure the scraper, not the HTML parser
 * (happy-dom needs ~170 ms to parse a list page; a browser has parsed it before the content script runs).
 * The larger sizes (42 / 112) are the saved pages with rows cloned and renumbered, labelled as such.
 */
import type * as SitesModule from '../../extension/sites/index';
import { loadPage } from '../helpers/load-page';
import { loadWithSharedAlias } from '../helpers/load-with-shared-alias';
import { defineBench } from './bench-case';

// The adapters import '@shared/…' modules; `npm run bench` runs under vite-node without that alias.
const [{ scrapePage }] = await loadWithSharedAlias<[typeof SitesModule]>('/extension/sites/index.ts');

const shugiinUrl = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/kaiji221_l.htm';
const sangiinUrl = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/syuisyo.htm';
const shugiinTextUrl = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/a212141.htm';
const sangiinTextUrl = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/syuh/s219095.htm';

/** Renumbers the links and number cell of a cloned row from `from` (e.g. '221036') to `to`. */
function renumber(row: Element, from: string, to: string, number: number, numberCell: string): void {
  for (const a of row.querySelectorAll('a[href]')) a.setAttribute('href', a.getAttribute('href')!.split(from).join(to));
  const cell = row.querySelector(numberCell);
  if (cell) cell.textContent = String(number);
}

/** The saved 36-row 衆議院 list grown to `rows` by cloning its last row (SUMMARY updated). */
function shugiinList(rows: number): Document {
  const doc = loadPage('shugiin/kaiji221_l.2026-07-15.htm');
  const table = doc.querySelector('#shitsumontable')!;
  const last = [...table.querySelectorAll('tr')].at(-1)!;
  for (let n = 37; n <= rows; n++) {
    const row = last.cloneNode(true) as Element;
    renumber(row, '221036', `221${String(n).padStart(3, '0')}`, n, 'td[headers="SHITSUMON.NUMBER"]');
    last.parentNode!.appendChild(row);
  }
  table.setAttribute('summary', `この表は、横8列、縦${rows + 1}行の表です。`);
  return doc;
}

/** The saved 95-question 参議院 list grown to `questions` by cloning the last three rows. */
function sangiinList(questions: number): Document {
  const doc = loadPage('sangiin/syuisyo219.2026-07-14.htm');
  const rows = [...doc.querySelectorAll('table.list_c tr')].slice(-3);
  for (let n = 96; n <= questions; n++) {
    for (const source of rows) {
      const row = source.cloneNode(true) as Element;
      renumber(row, '219095', `219${String(n).padStart(3, '0')}`, n, 'td[headers]');
      row.querySelector('th[id]')?.setAttribute('id', `t${n}`);
      row.querySelector('td[headers]')?.setAttribute('headers', `t${n}`);
      rows[0]!.parentNode!.appendChild(row);
    }
  }
  return doc;
}

const cache = new Map<string, Document>();
const prebuilt = (key: string, build: () => Document) => () => {
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key)!;
};
const scrape = (url: string, expected: number) => (doc: unknown) => {
  const n = scrapePage(doc as Document, url)!.questions.length;
  if (n !== expected) throw new Error(`expected ${expected} questions, read ${n}`);
};
const scrapeItems = (url: string, expected: number) => (doc: unknown) => {
  const n = scrapePage(doc as Document, url)!.questions[0]!.items!.length;
  if (n !== expected) throw new Error(`expected ${expected} 問, read ${n}`);
};

export default defineBench([
  {
    operation: '衆議院 質問の一覧 scrapePage (saved 2026-07-15)',
    size: '36 rows',
    targetMs: 20,
    setup: prebuilt('shugiin36', () => shugiinList(36)),
    run: scrape(shugiinUrl, 36),
    iterations: 25,
  },
  {
    operation: '衆議院 質問の一覧 scrapePage (36 saved + 6 cloned rows)',
    size: '42 rows',
    targetMs: 20,
    setup: prebuilt('shugiin42', () => shugiinList(42)),
    run: scrape(shugiinUrl, 42),
    iterations: 25,
  },
  {
    operation: '参議院 一覧 scrapePage (saved 2026-07-14)',
    size: '95 questions',
    targetMs: 40,
    setup: prebuilt('sangiin95', () => sangiinList(95)),
    run: scrape(sangiinUrl, 95),
    iterations: 25,
  },
  {
    operation: '参議院 一覧 scrapePage (95 saved + 17 cloned)',
    size: '112 questions',
    targetMs: 40,
    setup: prebuilt('sangiin112', () => sangiinList(112)),
    run: scrape(sangiinUrl, 112),
    iterations: 25,
  },
  {
    operation: '参議院 質問本文 scrapePage → 問 (saved s219095)',
    size: '1 page, 2 問',
    targetMs: 20,
    setup: prebuilt('sangiinText', () => loadPage('sangiin/s219095.htm')),
    run: scrapeItems(sangiinTextUrl, 2),
    iterations: 50,
  },
  {
    operation: '衆議院 質問本文 scrapePage → 問 (constructed a212141)',
    size: '1 page, 4 問',
    targetMs: 20,
    setup: prebuilt('shugiinText', () => loadPage('shugiin/a212141.constructed.htm')),
    run: scrapeItems(shugiinTextUrl, 4),
    iterations: 50,
  },
]);
