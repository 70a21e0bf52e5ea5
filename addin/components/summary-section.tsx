/**
 * @file 割振りの状況 (SummarySection): open questions and 問, what is unassigned, internal deadlines by
 * urgency, 仮割振り still inside their 60-minute 異議 window (counting down), 延期 proposals to confirm, captured
 * dates on no 閣議 day (with the offer to add them to 閣議日程表), and rows to fix.
 */
import { type JstInstant, formatWarekiDateTime, jstTimeOf, minutesBetween } from '@shared/index';
import type { BoardSummary } from '../board/questions/build-board';

const MAX_LISTED = 15;

/** Props: the last computed summary, the ticking `now` (JST instant) and the manual recompute. */
export function SummarySection({ summary, settingsIssues, now, computedAt, disabled, onRecompute, onAddCabinetDays }: {
  summary?: BoardSummary; settingsIssues: readonly string[]; now: JstInstant; computedAt?: JstInstant; disabled: boolean; onRecompute: () => void;
  onAddCabinetDays?: () => void;
}) {
  return (
    <section aria-labelledby="summary-h">
      <h2 id="summary-h">3. 割振りと期限</h2>
      <p class="hint">「割振り」シートで問ごとに局・役割・状態を選ぶと、期限・取りまとめ局・異議期限をすぐ計算し直します。</p>
      {summary ? (
        <>
          <table class="counts" aria-label="概況">
            <tbody>
              <tr><th>答弁作成中の質問</th><td>{summary.openQuestions} 件</td><th>問</th><td>{summary.openItems} 問</td></tr>
              <tr><th>未割振り</th><td class={summary.unassignedItems > 0 ? 'warn' : ''}>{summary.unassignedItems} 問</td><th>要確認</th><td class={summary.issues.length > 0 ? 'bad' : ''}>{summary.issues.length} 行</td></tr>
            </tbody>
          </table>
          <p class="urgency" aria-label="内部締切">
            内部締切: <span class="tag overdue">期限超過 {summary.overdue}</span> <span class="tag today">本日 {summary.dueToday}</span> <span class="tag soon">24時間以内 {summary.dueSoon}</span>
          </p>
          {summary.objections.length > 0 && (
            <>
              <h3>異議受付中の仮割振り (60 分)</h3>
              <ul class="entries objections">
                {summary.objections.slice(0, MAX_LISTED).map((o) => {
                  const left = minutesBetween(now, o.until);
                  return (
                    <li key={`${o.row}`}>
                      {o.questionKey} {o.itemLabel} {o.bureau}: {left > 0 ? <strong>あと {left} 分</strong> : <strong>異議期間終了</strong>} ({jstTimeOf(o.until)} まで)
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {summary.extensionProposals > 0 && (
            <p class="warn">延期の提案が {summary.extensionProposals} 件あります。「質問」シートの「延期案」を確かめ、よければ「延期確定」に ○ を入れてください。</p>
          )}
          {summary.offCalendar.length > 0 && (
            <>
              <h3>閣議日の確認</h3>
              <ul class="entries issues">{summary.offCalendar.slice(0, MAX_LISTED).map((o) => <li key={o.date}>{o.message}</li>)}</ul>
              {onAddCabinetDays && <button type="button" disabled={disabled} onClick={onAddCabinetDays}>閣議日程表に臨時閣議として追加</button>}
            </>
          )}
          {summary.issues.length > 0 && (
            <>
              <h3>確認が必要な行 (配信されません)</h3>
              <ul class="entries issues">
                {summary.issues.slice(0, MAX_LISTED).map((i) => <li key={`${i.row}:${i.message}`}>割振り {i.row} 行目 ({i.questionKey} {i.itemLabel}): {i.message}</li>)}
                {summary.issues.length > MAX_LISTED && <li>ほか {summary.issues.length - MAX_LISTED} 行</li>}
              </ul>
            </>
          )}
        </>
      ) : <p class="hint">ブックを準備すると、ここに状況が表示されます。</p>}
      {settingsIssues.length > 0 && (
        <>
          <h3>設定シートの問題</h3>
          <ul class="entries issues">{settingsIssues.map((s) => <li key={s}>{s}</li>)}</ul>
        </>
      )}
      <div class="actions">
        <button type="button" disabled={disabled} onClick={onRecompute}>再計算</button>
        {computedAt && <span class="muted">計算: {formatWarekiDateTime(computedAt)}</span>}
      </div>
    </section>
  );
}
