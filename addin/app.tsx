/**
 * @file 作業ウィンドウ (App): binds the session to the pane — state, the ticking clock for countdowns, file
 * reading, saving and copying — and, in preview, draws the in-memory workbook beside the pane.
 */
import { type ExchangeBundle, type JstInstant, formatWarekiDateTime, jstTimeOf, teamsMessage } from '@shared/index';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CellValue } from './board/sheet/cell-value';
import { instantToSerial } from './board/sheet/excel-serial';
import { assignmentTable } from './board/tables/workbook-tables';
import { PreviewSheets, type PreviewSheetView } from './components/preview-sheets';
import { TaskPane, type TaskPaneActions } from './components/task-pane';
import type { BureauFollowUp } from './board/questions/follow-ups';
import { copyText } from './platform/copy-text';
import { loadWebhookUrl, postTeamsCard, saveWebhookUrl } from './platform/teams-webhook';
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
  const [webhookUrl, setWebhookUrl] = useState(loadWebhookUrl);
  const [reminders, setReminders] = useState<Record<string, string>>({});
  const remind = (f: BureauFollowUp, text: string) => setReminders((r) => ({ ...r, [f.bureauId]: text }));
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
    onDecideRelease: (request) => void session.decideRelease(request),
    onPublish: () => void session.publish(),
    onSave: () => { if (state.published) saveTextFile(state.published.fileName, state.published.text); },
    onCopy: () => { if (state.published) void copyText(state.published.text).then(setCopied); },
    onCopyReminder: (f) => void copyText(f.reminder).then((ok) => remind(f, ok ? '催促文をコピーしました。メールやチャットに貼り付けてください。' : 'コピーできませんでした。')),
    onPostReminder: (f) => {
      const [, ...lines] = f.reminder.split('\n');
      const card = teamsMessage({ kind: 'reminder', bureauName: f.bureauName, notAccepted: f.notAccepted.length, notReported: f.notReported.length, lines });
      void postTeamsCard(webhookUrl, card, (...args) => fetch(...args)).then(
        (outcome) => remind(f, outcome === 'accepted' ? `Teams に投稿しました (${jstTimeOf(session.clock.now())})。` : `Teams に送信しました (${jstTimeOf(session.clock.now())}、応答は確認できません)。`),
        (error: Error) => remind(f, error.message),
      );
    },
    onWebhook: (url) => {
      try {
        saveWebhookUrl(url);
        setWebhookUrl(url.trim());
        return url.trim() ? 'この PC に保存しました。' : '削除しました。';
      } catch (error) {
        return (error as Error).message;
      }
    },
    onAddCabinetDays: () => void session.addCabinetDays(),
    onSaveSurvey: (month) => void session.surveyCsv(month).then((file) => { if (file) saveTextFile(file.fileName, file.text, 'text/csv;charset=utf-8'); }),
  };
  const pane = <TaskPane host={host} state={state} now={now} copied={copied} actions={actions} webhookUrl={webhookUrl} reminders={reminders} demoAt={demo ? formatWarekiDateTime(demo.producedAt) : undefined} />;
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
