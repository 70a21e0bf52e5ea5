/**
 * @file 通告月報 (SurveySection): choose a month and save its CSV for the 内閣人事局 「国会対応業務に関する実態調査」
 * (the 通告月報 sheet holds every month; the CSV is one month, UTF-8 with BOM so Excel opens it as is).
 */
import { useState } from 'preact/hooks';

/** 'YYYY-MM' → 「2026年6月」. */
function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/** Props: the months with notices (oldest first) and the save action. */
export function SurveySection({ months, disabled, onSave }: { months: readonly string[]; disabled: boolean; onSave: (month: string) => void }) {
  const [chosen, setChosen] = useState<string | undefined>();
  const month = chosen && months.includes(chosen) ? chosen : months.at(-1);
  return (
    <section aria-labelledby="survey-h">
      <h2 id="survey-h">6. 通告月報 (内閣人事局の実態調査)</h2>
      <p class="hint">「通告月報」シートに、開会・質問者ごとの通告の区分 (前々日まで・前日正午まで・前日18時まで・それ以降)、委員会セット日時、最終の答弁作成着手可能日時、全ての答弁作成が完了した日時を出します。セット日時は「開会」シートに入力します。</p>
      {months.length === 0 ? <p class="hint">質問通告を取り込むと、月を選べるようになります。</p> : (
        <div class="actions">
          <label>対象月{' '}
            <select value={month} disabled={disabled} onChange={(e) => setChosen(e.currentTarget.value)}>
              {months.map((m) => <option key={m} value={m}>{monthLabel(m)}</option>)}
            </select>
          </label>
          <button type="button" disabled={disabled || !month} onClick={() => month && onSave(month)}>CSV を保存</button>
        </div>
      )}
    </section>
  );
}
