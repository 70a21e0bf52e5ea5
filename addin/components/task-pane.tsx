/** @file 作業ウィンドウの画面 (TaskPane): the five steps, the 通告月報 and the messages, from the session state. Pure. */
import type { JstInstant } from '@shared/index';
import type { ReleaseDecisionRequest } from '../board/ops/plan-decide-release';
import type { SessionState } from '../session/board-session';
import type { BureauFollowUp } from '../board/questions/follow-ups';
import { EveningSection } from './evening-section';
import { FollowUpSection } from './follow-up-section';
import { ImportSection } from './import-section';
import { ModeBanner } from './mode-banner';
import { PrepareSection } from './prepare-section';
import { ProgressBar } from './progress-bar';
import { PublishSection } from './publish-section';
import { SummarySection } from './summary-section';
import { SurveySection } from './survey-section';

/** What the pane can ask for. */
export interface TaskPaneActions {
  onPrepare(): void;
  onImportFile(file: File): void;
  onImportText(text: string): void;
  onImportDemo?: () => void;
  onRecompute(): void;
  /** 「待機解除を確定」 (with the coordinator's name when the pane had to ask). */
  onConfirmReleases(name?: string): void;
  /** 「割振り確定前に解除」: records the coordinator's decision (who and why). */
  onDecideRelease?: (request: ReleaseDecisionRequest) => void;
  onPublish(): void;
  onSave(): void;
  onCopy(): void;
  /** 催促: copy the text, or post it to Teams; save the webhook URL (returns the Japanese result). */
  onCopyReminder(f: BureauFollowUp): void;
  onPostReminder(f: BureauFollowUp): void;
  onWebhook(url: string): string;
  /** 閣議日の確認: add the off-calendar dates as 臨時閣議 rows. */
  onAddCabinetDays?: () => void;
  /** 通告月報 CSV of a month. */
  onSaveSurvey?: (month: string) => void;
}

/** Props. */
export interface TaskPaneProps {
  host: { kind: 'excel' | 'preview'; reason: string };
  state: SessionState;
  now: JstInstant;
  demoAt?: string;
  copied: boolean;
  actions: TaskPaneActions;
  /** The Teams webhook URL stored in this PC ('' = none), and the reminders' results by bureau id. */
  webhookUrl?: string;
  reminders?: Readonly<Record<string, string>>;
}

/** The task pane. */
export function TaskPane({ host, state, now, demoAt, copied, actions, webhookUrl = '', reminders = {} }: TaskPaneProps) {
  const busy = state.busy !== undefined;
  const unprepared = state.prepared !== true;
  return (
    <main class="pane">
      <header>
        <h1>国会答弁デスク <small>割振り</small></h1>
      </header>
      <ModeBanner kind={host.kind} reason={host.reason} demoAt={demoAt} />
      {state.busy && <ProgressBar label={state.busy.label} progress={state.busy.progress} />}
      {state.error && <p class="error" role="alert">{state.error}</p>}
      {state.notice && !state.error && <p class="notice" role="status">{state.notice}</p>}
      <PrepareSection prepared={state.prepared} report={state.prepareReport} disabled={busy} onPrepare={actions.onPrepare} />
      <ImportSection disabled={busy || unprepared} report={state.importReport} bureauReport={state.reportResult} onFile={actions.onImportFile} onText={actions.onImportText} onDemo={actions.onImportDemo} />
      <SummarySection
        summary={state.summary} settingsIssues={state.settingsIssues} now={now} computedAt={state.computedAt} disabled={busy || unprepared}
        onRecompute={actions.onRecompute} onAddCabinetDays={actions.onAddCabinetDays}
      />
      {state.summary && (
        <FollowUpSection followUps={state.summary.followUps} webhookUrl={webhookUrl} results={reminders}
          onCopy={actions.onCopyReminder} onPost={actions.onPostReminder} onWebhook={actions.onWebhook} />
      )}
      <EveningSection
        evening={state.evening} askName={state.askName === true} disabled={busy || unprepared} onConfirm={actions.onConfirmReleases}
        askDecisionName={state.askDecisionName === true} onDecide={actions.onDecideRelease}
      />
      <PublishSection published={state.published} disabled={busy || unprepared} copied={copied} onPublish={actions.onPublish} onSave={actions.onSave} onCopy={actions.onCopy} />
      {actions.onSaveSurvey && <SurveySection months={state.surveyMonths ?? []} disabled={busy || unprepared} onSave={actions.onSaveSurvey} />}
    </main>
  );
}
