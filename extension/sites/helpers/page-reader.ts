/** @file ページ読み取り (pageReader): the checked DOM accessors every adapter scrapes with. */
import type { IsoDate } from '@shared/dates/iso-date';
import { parseWareki, readNumber } from '@shared/dates/parse-wareki';
import { SiteChangedError } from '../site-changed-error';
import { siteMessages } from '../site-messages';
import { cleanText } from './clean-text';
import { isMojibake } from './mojibake';
import { visibleText } from './visible-text';

/** Accessors bound to one page; every failure throws SiteChangedError for that page. */
export interface PageReader {
  /** Throws SiteChangedError naming `what`. */
  fail(what: string): never;
  /** Exactly one element for `selector` under `root`, else fails naming `description`. */
  one(root: ParentNode, selector: string, description: string): Element;
  /** Cleaned visible text of a node (no <script>/<style> text); fails on mojibake (isMojibake). */
  text(node: Node | null | undefined): string;
  /** 和暦 → 'YYYY-MM-DD'; undefined for an empty value; fails for unreadable text. */
  date(label: string, printed: string): IsoDate | undefined;
  /** A question number printed in ASCII, full-width or kanji digits (「95」「九五」); fails otherwise. */
  number(label: string, printed: string): number;
  /** Fails unless the page footer is there, i.e. the page was not cut off while loading. */
  requireComplete(footerSelector: string): void;
}

/**
 * 読み取り: binds the checked accessors to one adapter and page. Helpers return '' / undefined for
 * optional values and throw SiteChangedError only for required structure (ENGINEERING.md §9).
 * @example const page = pageReader({ id: 'shugiin/question-list', label: '衆議院 質問の一覧' }, doc, url)
 */
export function pageReader(site: { id: string; label: string }, doc: Document, url: string): PageReader {
  const fail = (what: string): never => {
    throw new SiteChangedError(site.id, site.label, what, url);
  };
  const text = (node: Node | null | undefined): string => {
    const t = cleanText(visibleText(node));
    if (isMojibake(t)) fail(siteMessages.mojibake);
    return t;
  };
  return {
    fail,
    text,
    one(root, selector, description) {
      const found = root.querySelectorAll(selector);
      if (found.length === 0) fail(siteMessages.missing(description));
      if (found.length > 1) fail(siteMessages.notUnique(description, found.length));
      return found[0]!;
    },
    date(label, printed) {
      const t = printed.trim();
      if (t === '') return undefined;
      if (isMojibake(t)) fail(siteMessages.mojibake);
      try {
        return parseWareki(t);
      } catch {
        return fail(siteMessages.unreadableDate(label, t));
      }
    },
    number(label, printed) {
      const t = printed.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
      if (isMojibake(t)) fail(siteMessages.mojibake);
      const n = /^\d{1,4}$/.test(t) ? Number(t) : /^[〇一二三四五六七八九十百千]{1,8}$/.test(t) ? readNumber(t) : Number.NaN;
      if (!Number.isInteger(n) || n < 1) fail(siteMessages.unreadableNumber(label, printed));
      return n;
    },
    requireComplete(footerSelector) {
      if (!doc.querySelector(footerSelector)) fail(siteMessages.truncated);
    },
  };
}
