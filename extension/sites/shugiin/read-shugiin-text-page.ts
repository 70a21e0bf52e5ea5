/**
 * @file 衆議院 本文ページの枠 (readShugiinTextPage): what the 質問本文 and 答弁本文 pages share — the URL,
 * footer and heading checks, the links of the question, and the text of #mainlayout split at its rule.
 */
import type { PageReader } from '../helpers/page-reader';
import { splitAtRule } from '../helpers/split-at-rule';
import { textLines } from '../helpers/text-lines';
import { siteMessages } from '../site-messages';
import { parseShugiinUrl } from './parse-shugiin-url';
import { type ShugiinLinks, readShugiinLinks } from './read-shugiin-links';
import { footer, mainLayout, pageHeading } from './selectors';
import { questionCode } from '../helpers/question-code';

/** What tells one 衆議院 本文 page type apart. */
export interface ShugiinTextPageSpec {
  /** The page type its URL must name (a… = question, b… = answer). */
  kind: 'question' | 'answer';
  /** Named in the message when the URL is another page's (「質問本文の URL」). */
  urlLabel: string;
  /** The heading the page prints (「質問本文情報」). */
  heading: string;
  /** Selector of the trailing navigation DIV (selectors.ts questionNav / answerNav). */
  nav: string;
}

/** The frame of a 衆議院 本文 page, read and checked. */
export interface ShugiinTextPage {
  /** 回次 and 番号 from the URL. */
  target: { session: number; number: number };
  /** The question's links; the 経過 link is always there. */
  links: ShugiinLinks;
  /** Lines above the rule, without indent or blanks. */
  head: string[];
  /** Lines below the rule up to the trailing navigation, indent kept, blanks dropped. */
  body: string[];
}

/**
 * 本文ページの枠: fails unless the URL names a `spec.kind` page, the page loaded to its footer and prints
 * `spec.heading`, and its links (which must all name this question) include the 経過 page. The text of
 * #mainlayout ends at the trailing navigation — a `spec.nav` DIV, or any DIV with links if the class
 * changes — and is split at the rule (splitAtRule). The adapter reads its own lines from head and body.
 * @example readShugiinTextPage(doc, url, page, { kind: 'answer', urlLabel: '答弁本文の URL', heading: '答弁本文情報', nav: answerNav }).head
 * //=> [… '令和八年三月六日受領', '答弁第三号', '内閣衆質二二一第三号', '令和八年三月六日', …]
 */
export function readShugiinTextPage(doc: Document, url: string, page: PageReader, spec: ShugiinTextPageSpec): ShugiinTextPage {
  const target = parseShugiinUrl(url);
  if (target?.kind !== spec.kind) return page.fail(siteMessages.missing(spec.urlLabel));
  page.requireComplete(footer);
  const main = page.one(doc, mainLayout, '本文の領域 (#mainlayout)');
  const heading = page.text(page.one(doc, pageHeading, '見出し'));
  if (heading !== spec.heading) page.fail(siteMessages.headerChanged(spec.heading, heading));

  const code = questionCode(target.session, target.number);
  const links = readShugiinLinks(main.querySelectorAll('a[href]'), url, code, page);
  if (!links.progressUrl) page.fail(siteMessages.missing('経過へのリンク'));

  const isTrailingNav = (el: Element): boolean => el.tagName === 'DIV' && (el.matches(spec.nav) || el.querySelector('a') !== null);
  const { head, body } = splitAtRule(textLines(main, isTrailingNav), page);
  return { target: { session: target.session, number: target.number }, links, head, body };
}
