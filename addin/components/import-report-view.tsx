/** @file 取り込み結果 (ImportReportView): added, updated, unchanged, refused (with reasons) and conflicts. */
import { formatWarekiDateTime } from '@shared/index';
import type { ImportReport, ImportReportEntry } from '../board/ops/import-report';

const MAX_LISTED = 20;

function EntryList({ entries }: { entries: readonly ImportReportEntry[] }) {
  return (
    <ul class="entries">
      {entries.slice(0, MAX_LISTED).map((e) => <li key={`${e.kind}:${e.id}`}>{e.kindLabel} {e.id}{e.reason && <>: <span class="reason-text">{e.reason}</span></>}</li>)}
      {entries.length > MAX_LISTED && <li>ほか {entries.length - MAX_LISTED} 件</li>}
    </ul>
  );
}

/** 「質問主意書 6・問 2・締切 20」: records of a list by kind, in bundle order. */
function byKind(entries: readonly ImportReportEntry[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.kindLabel, (counts.get(e.kindLabel) ?? 0) + 1);
  return [...counts].map(([label, n]) => `${label} ${n}`).join('・');
}

/** One import's report. */
export function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <div class="import-report" aria-label="取り込み結果">
      <p class="result">
        作成元 {report.producer}・{formatWarekiDateTime(report.producedAt)}・版 {report.revision}
      </p>
      <table class="counts">
        <tbody>
          <tr><th>追加</th><td>{report.added.length} 件</td><th>更新</th><td>{report.updated.length} 件</td></tr>
          <tr><th>変更なし</th><td>{report.unchanged} 件</td><th>取り込めなかった</th><td class={report.rejected.length > 0 ? 'bad' : ''}>{report.rejected.length} 件</td></tr>
        </tbody>
      </table>
      {report.added.length > 0 && <p class="muted">追加の内訳: {byKind(report.added)}</p>}
      {report.updated.length > 0 && <p class="muted">更新の内訳: {byKind(report.updated)}</p>}
      {report.rejected.length > 0 && <><h3>取り込めなかった記録</h3><EntryList entries={report.rejected} /></>}
      {report.conflicts.length > 0 && <><h3>競合 (同じ版で内容が違う記録)</h3><EntryList entries={report.conflicts} /></>}
      {(report.notes ?? []).length > 0 && <><h3>会期表</h3><ul>{report.notes!.map((n) => <li key={n}>{n}</li>)}</ul></>}
    </div>
  );
}
