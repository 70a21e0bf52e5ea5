/**
 * @file 作業の進行役 (createBoardSession): runs the coordinators' operations — 「ブックを準備」, 取り込み,
 * 再計算, 「待機解除を確定」, 配信 — one at a time against a BoardWorkbook, keeps what the pane shows, and recomputes after
 * the coordinator's edits (debounced) and while 異議 countdowns run. Knows nothing of Excel or the DOM.
 */
import {
  BundleRejectedError, type Clock, type ExchangeBundle, type JstInstant, jstTimeOf, parseBundle,
} from '@shared/index';
import { BoardNotPreparedError, ExcelHostError, TableLayoutChangedError } from '../board/board-errors';
import type { BatchProgress, BoardWorkbook, PrepareReport } from '../board/sheet/board-workbook';
import type { BoardSummary, LineIssue } from '../board/questions/build-board';
import type { CaptureCounts } from '../board/store/capture-records';
import type { EveningOverview } from '../board/evening/evening-board';
import { eveningBoardMessages } from '../board/evening-labels';
import { boardMessages } from '../board/board-messages';
import { planAddCabinetDays } from '../board/ops/plan-add-cabinet-days';
import { planConfirmReleases } from '../board/ops/plan-confirm-releases';
import { type ReleaseDecisionRequest, planDecideRelease } from '../board/ops/plan-decide-release';
import type { ImportReport } from '../board/ops/import-report';
import { planImport } from '../board/ops/plan-import';
import { type ReportImportResult, planImportReport } from '../board/ops/plan-import-report';
import { planPublish } from '../board/ops/plan-publish';
import { planRecompute } from '../board/ops/plan-recompute';
import { planSurveyCsv } from '../board/ops/plan-survey-csv';
import { runOperation } from '../board/ops/run-operation';
import { workbookTables } from '../board/tables/workbook-tables';

/** 配信の結果 (what the pane offers to save or copy). */
export interface PublishResult {
  fileName: string;
  text: string;
  revision: number;
  producedAt: JstInstant;
  /** Lines left out (unknown bureau …). */
  skipped: LineIssue[];
  assignments: CaptureCounts;
  milestones: CaptureCounts;
  /** Records in the bundle by kind label, for the confirmation line. */
  counts: { assignments: number; milestones: number; questions: number; slots: number; releases: number };
}

/** What the pane shows. */
export interface SessionState {
  /** 実行中の作業 and its progress. */
  busy?: { label: string; progress?: BatchProgress };
  /** null until the first read; false when the workbook lacks the board's tables. */
  prepared: boolean | null;
  prepareReport?: PrepareReport;
  importReport?: ImportReport;
  /** The last bureau report imported (局の報告). */
  reportResult?: ReportImportResult;
  /** When a co-author's edit (a remote change in a shared workbook) last made the pane recompute. */
  remoteChangeAt?: JstInstant;
  published?: PublishResult;
  summary?: BoardSummary;
  /** 夕方レク・待機解除の概況. */
  evening?: EveningOverview;
  /** 「待機解除を確定」 needs the coordinator's name once (then kept in 設定). */
  askName?: boolean;
  /** 「割振り確定前に解除」 needs the coordinator's name once. */
  askDecisionName?: boolean;
  /** Problems in the 設定 sheet (Japanese), shown until fixed. */
  settingsIssues: string[];
  /** 直近のエラー (Japanese). */
  error?: string;
  /** 直近の完了メッセージ. */
  notice?: string;
  /** When the board was last computed. */
  computedAt?: JstInstant;
  /** 通告月報: the months it has rows for ('YYYY-MM'). */
  surveyMonths?: string[];
}

/** 作業の進行役. */
export interface BoardSession {
  readonly workbook: BoardWorkbook;
  readonly clock: Clock;
  state(): SessionState;
  subscribe(listener: (state: SessionState) => void): () => void;
  /** First read (is the workbook prepared?), then listens for edits. */
  start(): Promise<void>;
  stop(): Promise<void>;
  prepare(): Promise<void>;
  /** Imports bundle JSON (a file's text or pasted). `source` names it in messages (ファイル名 or 貼り付け). */
  importText(text: string, source: string): Promise<void>;
  /** Imports an already parsed bundle (the demo). */
  importBundle(bundle: ExchangeBundle, source: string): Promise<void>;
  recompute(): Promise<void>;
  /** 「待機解除を確定」: records every 解除可 bureau (now, by the coordinator); `name` when the pane asked for it. */
  confirmReleases(name?: string): Promise<void>;
  /** 「割振り確定前に解除」: records the coordinator's decision (who and why) and re-plans. */
  decideRelease(request: ReleaseDecisionRequest): Promise<void>;
  publish(): Promise<void>;
  /** 閣議日の確認: adds every off-calendar 答弁書受領日・延期 date as a 臨時閣議 row of 設定 閣議日程表. */
  addCabinetDays(): Promise<void>;
  /** 通告月報 CSV of one month ('YYYY-MM'); undefined (with a notice) when the month has no notices. */
  surveyCsv(month: string): Promise<{ fileName: string; text: string } | undefined>;
}

/** Timing, as data: how long to wait after the last edit, and how often running countdowns are refreshed in the sheet. */
export interface SessionTiming {
  debounceMs: number;
  countdownRefreshMs: number;
}

/** Defaults: 0.6 s after the last keystroke-commit feels immediate but batches a paste of many cells. */
export const defaultSessionTiming: SessionTiming = { debounceMs: 600, countdownRefreshMs: 60_000 };

/** Sheets whose edits recompute the board (the coordinator types in these). */
const WATCHED_SHEETS = [...new Set(workbookTables.filter((t) => t.columns.some((c) => c.editable)).map((t) => t.sheet))];

/** A Japanese message for any error an operation can end with. */
function messageOf(error: unknown): string {
  if (error instanceof BundleRejectedError || error instanceof BoardNotPreparedError || error instanceof TableLayoutChangedError || error instanceof ExcelHostError) {
    return error.message;
  }
  return `予期しないエラーが発生しました。もう一度お試しください (${error instanceof Error ? error.message : String(error)})。`;
}

/**
 * Creates the session for one workbook.
 * @example const session = createBoardSession(workbook, systemClock); await session.start()
 */
export function createBoardSession(workbook: BoardWorkbook, clock: Clock, timing: SessionTiming = defaultSessionTiming): BoardSession {
  let state: SessionState = { prepared: null, settingsIssues: [] };
  const listeners = new Set<(s: SessionState) => void>();
  let queue: Promise<void> = Promise.resolve();
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;
  let unwatch: (() => Promise<void>) | undefined;
  let stopped = false;

  const set = (patch: Partial<SessionState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l(state);
  };

  /** Runs one operation after the previous ones; a failure is shown, never thrown to the caller. */
  function run(label: string, work: () => Promise<void>, quiet = false): Promise<void> {
    queue = queue.then(async () => {
      if (stopped) return;
      if (!quiet) set({ busy: { label }, error: undefined, notice: undefined });
      try {
        await work();
      } catch (error) {
        if (error instanceof BoardNotPreparedError) set({ prepared: false, summary: undefined });
        // A background refresh that Excel refused (the user is typing) is simply retried on the next edit or tick.
        if (!(quiet && error instanceof ExcelHostError)) set({ error: messageOf(error) });
      } finally {
        if (!quiet) set({ busy: undefined });
      }
    });
    return queue;
  }

  const progress = (label: string) => (p: BatchProgress) => set({ busy: { label, progress: p } });

  /** Recomputes; a background (quiet) recompute shows no progress, so the pane does not flicker on every edit. */
  async function recomputeNow(quiet = false): Promise<void> {
    const now = clock.now();
    const plan = await runOperation(workbook, (snapshot) => planRecompute(snapshot, now), quiet ? undefined : progress('再計算しています'));
    set({ prepared: true, summary: plan.summary, evening: plan.evening, settingsIssues: plan.settingsIssues, computedAt: now, surveyMonths: plan.surveyMonths });
  }

  async function watch(): Promise<void> {
    await unwatch?.();
    // Local and remote edits alike: a co-author's 実績 (shared workbook) changes the plan as much as our own.
    unwatch = await workbook.watch(WATCHED_SHEETS, (change) => {
      if (change.source === 'Remote') set({ remoteChangeAt: clock.now() });
      schedule();
    });
  }

  function schedule(): void {
    clearTimeout(debounce);
    debounce = setTimeout(() => void run('再計算しています', () => recomputeNow(true), true), timing.debounceMs);
  }

  /** 局の報告 (a bundle naming its bureau): refused whole or applied (planImportReport). */
  async function importReport(bundle: ExchangeBundle, source: string): Promise<void> {
    const now = clock.now();
    const plan = await runOperation(workbook, (snapshot) => planImportReport(snapshot, bundle, now), progress(`${source}を取り込んでいます`));
    const r = plan.result;
    set({
      prepared: true, reportResult: r, summary: plan.summary, evening: plan.evening, computedAt: now,
      notice: `${source}: ${r.bureau}の報告を取り込みました (回答 ${r.responses} 件、新しい回答 ${r.changed} 件: 受諾 ${r.accepted.length}・異議 ${r.objected.length}・実績 ${r.filled.length})。`,
    });
  }

  async function importParsed(bundle: ExchangeBundle, source: string): Promise<void> {
    if (bundle.bureau !== undefined) return importReport(bundle, source);
    const now = clock.now();
    const label = `${source}を取り込んでいます`;
    const plan = await runOperation(workbook, (snapshot) => planImport(snapshot, bundle, now), progress(label));
    const r = plan.report;
    const questions = (list: readonly { kind: string }[]) => list.filter((e) => e.kind === 'questions' || e.kind === 'notices').length;
    set({
      prepared: true, importReport: r, summary: plan.summary, evening: plan.evening, computedAt: now, surveyMonths: plan.surveyMonths,
      notice: `${source}を取り込みました: 質問 追加 ${questions(r.added)} 件・更新 ${questions(r.updated)} 件 (記録 追加 ${r.added.length}・更新 ${r.updated.length}・変更なし ${r.unchanged}・取り込めなかった ${r.rejected.length})。`,
    });
  }

  const session: BoardSession = {
    workbook,
    clock,
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async start() {
      await run('ブックを読み取っています', async () => {
        try {
          await recomputeNow();
        } catch (error) {
          // A new workbook: not an error, the pane shows 「ブックを準備」 first.
          if (error instanceof BoardNotPreparedError) { set({ prepared: false }); return; }
          throw error;
        }
        await watch();
      });
      ticker = setInterval(() => {
        if (state.summary && state.summary.objections.length > 0) schedule();
      }, timing.countdownRefreshMs);
    },

    async stop() {
      stopped = true;
      clearTimeout(debounce);
      clearInterval(ticker);
      await unwatch?.();
    },

    prepare: () => run('ブックを準備しています', async () => {
      const report = await workbook.prepare(workbookTables);
      set({ prepareReport: report, prepared: true });
      await recomputeNow();
      await watch();
      const created = report.createdTables.length;
      set({
        notice: created > 0
          ? `ブックを準備しました (シート ${report.createdSheets.length} 枚、表 ${created} 個を作成)。`
          : 'ブックは準備済みです。入力規則と書式を設定し直しました。',
      });
    }),

    importText: (text, source) => run(`${source}を確認しています`, async () => {
      await importParsed(parseBundle(text), source);
    }),

    importBundle: (bundle, source) => run(`${source}を取り込んでいます`, () => importParsed(bundle, source)),

    recompute: () => run('再計算しています', async () => {
      await recomputeNow();
      set({ notice: '期限と取りまとめ局を計算し直しました。' });
    }),

    confirmReleases: (name) => run('待機解除を記録しています', async () => {
      const now = clock.now();
      const plan = await runOperation(workbook, (snapshot) => planConfirmReleases(snapshot, now, name));
      if (plan.needsName) {
        set({ askName: true, evening: plan.evening, notice: eveningBoardMessages.nameNeeded });
        return;
      }
      const m = eveningBoardMessages;
      const parts: string[] = [];
      if (plan.confirmed.length > 0) parts.push(m.confirmedNotice(plan.confirmed.slice(0, 3).join('、'), plan.confirmed.length, jstTimeOf(now), plan.by));
      if (plan.recalled.length > 0) parts.push(m.recalledNotice(plan.recalled.join('、')));
      set({ askName: false, evening: plan.evening, computedAt: now, notice: parts.length > 0 ? parts.join(' ') : m.nothingToConfirm });
    }),

    decideRelease: (request) => run('解除の判断を記録しています', async () => {
      const now = clock.now();
      const plan = await runOperation(workbook, (snapshot) => planDecideRelease(snapshot, now, request));
      if (plan.needsName) { set({ askDecisionName: true, evening: plan.evening, notice: eveningBoardMessages.nameNeeded }); return; }
      if (plan.problem) { set({ evening: plan.evening, error: plan.problem }); return; }
      set({ askDecisionName: false, evening: plan.evening, computedAt: now, notice: plan.notice });
    }),

    publish: () => run('配信データを作成しています', async () => {
      const now = clock.now();
      const plan = await runOperation(workbook, (snapshot) => planPublish(snapshot, now), progress('配信データを作成しています'));
      const live = <T extends { deleted: boolean }>(list: readonly T[]) => list.filter((r) => !r.deleted).length;
      set({
        summary: plan.summary, evening: plan.evening, computedAt: now,
        published: {
          fileName: plan.fileName, text: plan.text, revision: plan.bundle.revision, producedAt: plan.bundle.producedAt,
          skipped: plan.skipped, assignments: plan.assignments, milestones: plan.milestones,
          counts: {
            assignments: live(plan.bundle.records.assignments), milestones: live(plan.bundle.records.milestones),
            questions: live(plan.bundle.records.questions) + live(plan.bundle.records.notices),
            slots: live(plan.bundle.records.slots), releases: live(plan.bundle.records.releases),
          },
        },
        notice: `配信データ (版 ${plan.bundle.revision}) を作成しました。保存またはコピーして局に届けてください。`
          + (plan.recalled.length > 0 ? ` ${eveningBoardMessages.recalledNotice(plan.recalled.join('、'))}` : ''),
      });
    }),

    addCabinetDays: () => run('閣議日程表に臨時閣議を追加しています', async () => {
      const now = clock.now();
      const plan = await runOperation(workbook, (snapshot) => planAddCabinetDays(snapshot, now));
      await recomputeNow();
      set({ notice: plan.added.length > 0 ? boardMessages.offCalendarAdded(plan.added.length) : boardMessages.offCalendarNone });
    }),

    async surveyCsv(month) {
      let file: { fileName: string; text: string } | undefined;
      await run('通告月報を作っています', async () => {
        const now = clock.now();
        const { csv: plan } = await runOperation(workbook, (snapshot) => ({ writes: [], csv: planSurveyCsv(snapshot, now, month) }));
        if (!plan.ok) { set({ notice: plan.message }); return; }
        file = { fileName: plan.fileName, text: plan.text };
        set({ notice: boardMessages.surveySaved(plan.fileName, plan.rows) });
      });
      return file;
    },
  };
  return session;
}
