/**
 * @file 局の報告の取り込み結果 (ReportResultView): which bureau, how many responses and which were new; the 割振り
 * now 了承 or 異議あり; the 実績 cells filled, and those left because someone had filled them; and the responses for
 * an allocation that no longer stands.
 */
import { formatWarekiDateTime } from '@shared/index';
import type { ReportImportResult } from '../board/ops/plan-import-report';

const MAX_LISTED = 15;

function List({ title, entries }: { title: string; entries: readonly string[] }) {
  if (entries.length === 0) return null;
  return (
    <>
      <h3>{title} ({entries.length} 件)</h3>
      <ul class="entries">
        {entries.slice(0, MAX_LISTED).map((e) => <li key={e}>{e}</li>)}
        {entries.length > MAX_LISTED && <li>ほか {entries.length - MAX_LISTED} 件</li>}
      </ul>
    </>
  );
}

/** One report's result. */
export function ReportResultView({ result }: { result: ReportImportResult }) {
  return (
    <div class="import-report" aria-label="局の報告の取り込み結果">
      <p class="result">
        {result.bureau}の報告 ({result.producer}・{formatWarekiDateTime(result.producedAt)}): 回答 {result.responses} 件、うち新しい回答 {result.changed} 件
        {result.conflicts > 0 && `、競合 ${result.conflicts} 件 (ブックの内容を残しました)`}
      </p>
      <List title="受諾 (了承にしました)" entries={result.accepted} />
      <List title="異議 (割振りシートで局を選び直してください)" entries={result.objected} />
      <List title="実績に入れた時刻" entries={result.filled} />
      <List title="実績が入力済みのため入れなかった時刻" entries={result.kept} />
      <List title="割振りが変わったため反映しなかった回答" entries={result.outdated} />
    </div>
  );
}
