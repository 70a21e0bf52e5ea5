/**
 * @file 取込み結果の検査 (checkScrapeResult): every record an adapter read fits the model. Runs in the background
 * on what a content script sent or the offscreen document read, before anything is stored — so zod stays out of
 * the content scripts, and a page cannot skip the check by tampering with its content script's message.
 */
import { ValidationError } from '@shared/errors';
import { houseLabels } from '@shared/model/primitives';
import { writtenQuestionSchema } from '@shared/model/written-question';
import { type ScrapeResult, sites } from './index';
import { SiteChangedError } from './site-changed-error';

/** Shape check of every record: the model's fields, all optional except the key. */
const scrapedQuestionSchema = writtenQuestionSchema.partial().required({ house: true, session: true, number: true });

/**
 * Returns `result` when its adapter is one of ours and every record fits the model; throws SiteChangedError
 * naming the first field that does not (the page has changed in a way its adapter did not catch), or
 * ValidationError for an adapter id we do not have.
 * @example const checked = checkScrapeResult(request.result)
 */
export function checkScrapeResult(result: ScrapeResult): ScrapeResult {
  const site = sites.find((s) => s.id === result.siteId);
  if (!site) throw new ValidationError(`取り込みの依頼の形式が正しくありません: 読み取り方法「${result.siteId}」はありません`);
  for (const q of result.questions) {
    const checked = scrapedQuestionSchema.safeParse(q);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new SiteChangedError(site.id, site.label, `${q.number} 番の「${issue.path.join('.')}」が想定外の値です`, result.provenance.sourceUrl);
    }
    if (q.house !== site.house) throw new SiteChangedError(site.id, site.label, `${q.number} 番が${houseLabels[q.house]}の質問になっています`, result.provenance.sourceUrl);
  }
  return result;
}
