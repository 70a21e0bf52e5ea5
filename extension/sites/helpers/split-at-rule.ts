/** @file 横線で分ける (splitAtRule): the header lines above a Diet text page's <HR> and the text below it. */
import { siteMessages } from '../site-messages';
import { isMojibake } from './mojibake';
import type { PageReader } from './page-reader';
import { RULE_LINE } from './text-lines';

/**
 * 見出し行と本文: splits textLines output at the first rule. Header lines lose their U+3000 indent, body
 * lines keep it; blank lines (empty or only U+3000) are dropped from both. Fails when the page has no
 * rule, or when a kept line is mojibake (isMojibake: U+FFFD, or UTF-8 read as Shift_JIS).
 * @example splitAtRule(textLines(td), page) //=> { head: ['質問第九五号', '…に関する質問主意書', '令和七年…日'], body: ['\u3000…', …] }
 */
export function splitAtRule(lines: readonly string[], page: PageReader): { head: string[]; body: string[] } {
  const rule = lines.indexOf(RULE_LINE);
  if (rule < 0) page.fail(siteMessages.noBody);
  const head = lines.slice(0, rule).map((l) => l.replace(/^\u3000+/, '')).filter((l) => l !== '');
  const body = lines.slice(rule + 1).filter((l) => l.replace(/\u3000/g, '') !== '');
  if ([...head, ...body].some(isMojibake)) page.fail(siteMessages.mojibake);
  return { head, body };
}
