/** @file 作業ウィンドウ (App): the coordinators' assignment workbench. */
import type { HostInfo } from './platform/detect-host';
import { workbookTables } from './board/workbook-tables';

/** The task pane. */
export function App({ host }: { host: HostInfo }) {
  return (
    <main class="pane">
      <header>
        <h1>国会答弁デスク 割振り</h1>
        {host.kind === 'preview' ? <span class="mode preview">プレビュー</span> : <span class="mode excel">Excel</span>}
      </header>
      {host.reason && <p class="reason">{host.reason}</p>}
      <section>
        <h2>ブックの構成</h2>
        <ul>
          {workbookTables.filter((t) => !t.hidden).map((t) => <li key={t.table}>{t.sheet}: {t.description}</li>)}
        </ul>
      </section>
    </main>
  );
}
