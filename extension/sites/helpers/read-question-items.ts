/** @file 質問本文の問 (readQuestionItems): the 問 of a 質問本文, below its rule. */
import { type SplitQuestion, splitQuestionItems } from '@shared/capture/split-question-items';
import { siteMessages } from '../site-messages';
import type { PageReader } from './page-reader';

/**
 * 問: drops the 件名 where the body repeats it as its first line, then splits the rest into the preamble
 * and the 問 (splitQuestionItems). Fails when no 問 is left: a 質問本文 always asks something.
 * @example readQuestionItems(['\u3000…に関する質問主意書', '\u3000…以下質問する。', '一\u3000…'], '…に関する質問主意書', page).items[0].label //=> '一'
 */
export function readQuestionItems(body: readonly string[], title: string, page: PageReader): SplitQuestion {
  const text = body[0]?.replace(/^\u3000+/, '') === title ? body.slice(1) : body;
  const split = splitQuestionItems(text);
  if (split.items.length === 0) page.fail(siteMessages.noItems);
  return split;
}
