/** @file サイト定義 (defineSite): the fixed shape of one Diet page adapter (ENGINEERING.md §9). */
import type { House } from '@shared/model/primitives';
import type { WrittenQuestion } from '@shared/model/written-question';

/** 例: a committed saved page (path under tests/fixtures/pages/) and the URL it was saved from. */
export interface SiteExample {
  fixture: string;
  url: string;
}

/** 取り込んだ質問: what one page says about one 質問主意書 — the key plus the fields the page shows. */
export type ScrapedQuestion = Partial<WrittenQuestion> & { house: House; session: number; number: number };

/** One page type of one house: a pure function of (document, url), with its evidence. */
export interface SiteDefinition {
  /** 'house/page-type', the file's path under extension/sites/ (e.g. 'shugiin/question-list'). */
  id: string;
  /** Adapter version; bump when the records it produces change. Recorded in provenance. */
  version: string;
  /** ページ種別 for messages (「衆議院 質問の一覧」). */
  label: string;
  house: House;
  /** Pure URL detector: true only for this page type. */
  matches(url: string): boolean;
  /** Reads the page; throws SiteChangedError when required structure is missing. Returns [] only when the page itself counts 0 rows (衆議院 SUMMARY 「縦1行」). */
  scrape(doc: Document, url: string): ScrapedQuestion[];
  /** Saved pages that prove the selectors, each with its expected JSON beside it. */
  examples: SiteExample[];
  /** More URLs this adapter must match (variants the site itself uses), no fixture needed. */
  testUrls: string[];
}

/**
 * 登録: the one declarative call at the bottom of every site file. Checks the id shape so a typo
 * cannot register an adapter under a name the meta-test would not find.
 * @example export default defineSite({ id: 'shugiin/question-list', version: '1', … })
 */
export function defineSite(site: SiteDefinition): SiteDefinition {
  if (!/^(shugiin|sangiin)\/[a-z]+(?:-[a-z]+)*$/.test(site.id) || !site.id.startsWith(`${site.house}/`)) {
    throw new Error(`サイト定義の id「${site.id}」は「${site.house}/page-type」の形にしてください。`);
  }
  return Object.freeze({ ...site, examples: [...site.examples], testUrls: [...site.testUrls] });
}
