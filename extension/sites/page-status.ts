/**
 * @file このページは取り込めるか (dietPageStatus): what the popup says about the tab it was opened on. On a Diet page an
 * adapter reads, where the capture button is; on another Diet page (a menu, a PDF, a page over http, another
 * section of the site), why there is no button and which page to open instead. Pure: a function of the URL.
 */
import { houseLabels } from '@shared/model/primitives';
import { sites } from './index';

/** 取込みの可否. `message` is the sentence the popup shows. */
export interface DietPageStatus {
  capturable: boolean;
  message: string;
}

const SHUGIIN = /^(www\.)?shugiin\.go\.jp$/i;
const SANGIIN = /^(www\.)?sangiin\.go\.jp$/i;

/** Where each house lists its questions (the page to open instead). */
const listPages = {
  shugiin: '衆議院の「質問主意書・答弁書」から回次を選んだ「質問の一覧」(…/shitsumon/kaiji{回次}_l.htm)',
  sangiin: '参議院の「質問主意書・答弁書一覧」(…/kousei/syuisyo/{回次}/syuisyo.htm)',
} as const;

/**
 * The status of `url`, or null when it is not a page of the two Diet sites.
 * @example dietPageStatus('https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/menu_m.htm')?.capturable //=> false
 */
export function dietPageStatus(url: string | undefined): DietPageStatus | null {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return null;
  }
  const house = SHUGIIN.test(parsed.hostname) ? 'shugiin' : SANGIIN.test(parsed.hostname) ? 'sangiin' : null;
  if (!house) return null;
  const site = sites.find((s) => s.matches(url!));
  if (site && parsed.protocol !== 'https:') {
    return { capturable: false, message: `このページ (${site.label}) は http で開かれているため取り込めません。アドレスを https:// に変えて開き直してください。` };
  }
  if (site) {
    const list = site.id.endsWith('/question-list');
    return { capturable: true, message: `このページ (${site.label}) は取り込めます。ページ右下の「${list ? 'この一覧を取り込む' : 'この質問を取り込む'}」を押してください。` };
  }
  const path = parsed.pathname.toLowerCase();
  if (path.endsWith('.pdf')) return { capturable: false, message: `PDF のページは取り込めません。同じ質問の HTML のページ (経過・明細・質問本文) か、${listPages[house]}を開いてください。` };
  if (house === 'shugiin' && /\/itdb_shitsumona?\.nsf\/html\/shitsumon\/menu/.test(path)) {
    return { capturable: false, message: `このページは回次を選ぶメニューです。回次を選んで「質問の一覧」を開くと取り込めます。` };
  }
  return { capturable: false, message: `このページ (${houseLabels[house]}) には取り込める質問主意書がありません。${listPages[house]}を開いてください。` };
}
