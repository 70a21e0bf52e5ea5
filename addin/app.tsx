/**
 * @file 作業ウィンドウ (App): binds the session to the pane — state, the ticking clock for countdowns, file
 * reading, saving and copying — and, in preview, draws the in-memory workbook beside the pane.
 */
import { type ExchangeBundle, type JstInstant, formatWarekiDateTime } from '@shared/index';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CellValue } from './board/sheet/cell-value';
import { instantToSerial } from './board/sheet/excel-serial';
import { assignmentTable } from './board/tables/workbook-tables';
import { PreviewSheets, type PreviewSheetView } from './components/preview-sheets';
import { TaskPane, type TaskPaneActions } from './components/task-pane';
import { copyText } from './platform/copy-text';
import type { HostInfo } from './platform/detect-host';
import { saveTextFile } from './platform/save-text-file';
import { previewCells } from './preview/preview-cells';
import type { PreviewWorkbook } from './preview/preview-workbook';
import type { BoardSession, SessionState } from './session/board-session';

/** How often the pane's countdowns and 残り times are redrawn. */
const TICK_MS = 15_000;

/** Props. `demo` is the demo bundle when the page was opened with ?demo=1 (preview only). */
export interface AppProps {
  host: HostInfo;
  session: BoardSession;
  demo?: ExchangeBundle;
}

function usePreviewSheets(workbook: PreviewWorkbook | undefined, now: JstInstant): PreviewSheetView[] {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const stop = workbook?.subscribe(() => setVersion((v) => v + 1));
    setVersion((v) => v + 1); // changes made before this effect ran
    return stop;
  }, [workbook]);
  return useMemo(() => {
    if (!workbook) return [];
    const nowSerial = instantToSerial(now);
    const values = (table: string, header: string) => {
      const t = workbook.table(table);
      const c = t?.headers.indexOf(header) ?? -1;
      return t && c >= 0 ? t.rows.map((r) => String(r[c] ?? '')).filter(Boolean) : [];
    };
    return workbook.sheets().filter((s) => !s.hidden).map((s) => ({
      name: s.name,
      tables: s.tables.map((name) => {
        const t = workbook.table(name)!;
        return { name, description: t.definition.description, canDuplicate: t.definition.keyColumn === 'id', ...previewCells(t, values, nowSerial) };
      }),
    }));
  }, [workbook, version, now]);
}

/** The task pane (and, in preview, the workbook). */
export function App({ host, session, demo }: AppProps) {
  const [state, setState] = useState<SessionState>(session.state());
  const [now, setNow] = useState(session.clock.now());
  const [copied, setCopied] = useState(false);
  const [active, setActive] = useState(assignmentTable.sheet);
  const preview = session.workbook.kind === 'preview' ? (session.workbook as PreviewWorkbook) : undefined;

  useEffect(() => {
    const stop = session.subscribe((s) => { setState(s); setNow(session.clock.now()); });
    // The session may have moved on between the first render and this effect (start, the demo's import).
    setState(session.state());
    return stop;
  }, [session]);
  useEffect(() => {
    const timer = setInterval(() => setNow(session.clock.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [session]);
  useEffect(() => setCopied(false), [state.published]);
  const sheets = usePreviewSheets(preview, now);

  const actions: TaskPaneActions = {
    onPrepare: () => void session.prepare(),
    onImportFile: (file) => void file.text().then((text) => session.importText(text, `ファイル「${file.name}」`)),
    onImportText: (text) => void session.importText(text, '貼り付けたバンドル'),
    onImportDemo: demo ? () => void session.importBundle(demo, 'デモデータ') : undefined,
    onRecompute: () => void session.recompute(),
    onConfirmReleases: (name) => void session.confirmReleases(name),
    onPublish: () => void session.publish(),
    onSave: () => { if (state.published) saveTextFile(state.published.fileName, state.published.text); },
    onCopy: () => { if (state.published) void copyText(state.published.text).then(setCopied); },
  };
  const pane = <TaskPane host={host} state={state} now={now} copied={copied} actions={actions} demoAt={demo ? formatWarekiDateTime(demo.producedAt) : undefined} />;
  if (!preview) return pane;
  return (
    <div class="preview-layout">
      <PreviewSheets
        sheets={sheets}
        active={sheets.some((s) => s.name === active) ? active : (sheets[0]?.name ?? '')}
        onSelect={setActive}
        onEdit={(table: string, row: number, header: string, value: CellValue) => preview.edit(table, row, header, value)}
        onDuplicate={(table: string, row: number) => preview.duplicateRow(table, row)}
      />
      <aside class="pane-frame" aria-label="作業ウィンドウ">{pane}</aside>
    </div>
  );
}
