/**
 * @file 呼び戻し (RecallBanner): the bureau called back tonight is told at the top of the popup, in words and not by
 * colour alone — 「呼び戻し 22:00 追加通告 (甲委員)」 with what brought it back — while the stand-down banner is
 * withdrawn (shared/evening/RULES.md §9.5); once it is released again, tonight's recalls stay listed with their end.
 */
import { jstTimeOf } from '@shared/dates/jst';
import { recallTitle } from '@shared/exchange/bureau-recalls';
import type { BureauView } from '@shared/exchange/bureau-view';

/** Props. */
export function RecallBanner({ view }: { view: BureauView }) {
  const active = view.recall;
  const past = view.recalls.filter((r) => r !== active && r.id !== active?.id);
  return (
    <>
      {active && (
        <div class="banner recall" role="alert">
          <strong>{recallTitle(active)}</strong>
          <span> — 待機を続けてください{active.until ? ` (${jstTimeOf(active.until)} まで見込み)` : ''}。</span>
          {active.text && <span class="recall-text">{active.text}</span>}
        </div>
      )}
      {past.length > 0 && (
        <p class="feed">今夜の呼び戻し: {past.map((r) => `${recallTitle(r)}${r.until ? `〜${jstTimeOf(r.until)}` : ''}`).join('、')}</p>
      )}
    </>
  );
}
