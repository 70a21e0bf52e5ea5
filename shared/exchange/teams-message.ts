/**
 * @file Teams 通知メッセージ (teamsMessage): pure builder of the short Japanese Adaptive Card posted to a
 * Teams Workflows webhook when a bureau is released or a 問 is assigned, and the coordinator's reminder of what a
 * bureau has not accepted or reported. Every value that came from a user or a bundle (局, 課, 理由, 担当, 件名, 問)
 * passes through teamsText, so it cannot become a link or emphasis.
 */
import { formatWarekiDateTime } from '../dates/format-wareki';
import { jstTimeOf } from '../dates/jst';
import type { Assignment } from '../model/assignment';
import type { StandDown } from './bundle-schema';
import { teamsText } from './teams-text';

/** 通知の種類. */
export type TeamsEvent =
  | { kind: 'release'; release: StandDown; bureauName: string }
  | { kind: 'assignment'; assignment: Assignment; bureauName: string; questionTitle?: string }
  /** 催促: `lines` = the reminder text's lines after its first (reminderText in the add-in). */
  | { kind: 'reminder'; bureauName: string; notAccepted: number; notReported: number; lines: string[] };

/** Workflows webhook payload ("Post to a channel when a webhook request is received"). */
export interface TeamsPayload {
  type: 'message';
  attachments: { contentType: 'application/vnd.microsoft.card.adaptive'; contentUrl: null; content: Record<string, unknown> }[];
}

/** The one-line Japanese summary, with `text` applied to the values from users (identity for plain text). */
function summary(event: TeamsEvent, text: (value: string) => string): string {
  if (event.kind === 'release') return `${text(event.bureauName)}: 本日の待機は解除されました (${jstTimeOf(event.release.releasedAt)})`;
  if (event.kind === 'reminder') return `${text(event.bureauName)}: 未受諾 ${event.notAccepted} 件・未報告 ${event.notReported} 件`;
  const a = event.assignment;
  return `${text(event.bureauName)}: 新しい割振り ${text(a.itemLabel)} (${a.role})`;
}

/** The one-line Japanese summary as plain text (status lines in the popup). */
export function teamsSummary(event: TeamsEvent): string {
  return summary(event, (value) => value);
}

/**
 * Builds the Adaptive Card message (schema 1.4) for one event.
 * @example teamsMessage({ kind: 'release', release, bureauName: '医政局' }).attachments[0].content.body
 */
export function teamsMessage(event: TeamsEvent): TeamsPayload {
  const details = event.kind === 'reminder'
    ? event.lines.map((line) => ({ type: 'TextBlock', text: teamsText(line), wrap: true, spacing: 'None' }))
    : [{ type: 'FactSet', facts: cardFacts(event) }];
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [{ type: 'TextBlock', text: summary(event, teamsText), weight: 'Bolder', wrap: true }, ...details],
        },
      },
    ],
  };
}

/** The FactSet of a stand-down or an assignment. */
function cardFacts(event: Exclude<TeamsEvent, { kind: 'reminder' }>): { title: string; value: string }[] {
  return event.kind === 'release'
      ? [
          { title: '局', value: teamsText(event.bureauName) },
          { title: '解除時刻', value: formatWarekiDateTime(event.release.releasedAt) },
          ...(event.release.reason ? [{ title: '理由', value: teamsText(event.release.reason) }] : []),
          ...(event.release.by ? [{ title: '担当', value: teamsText(event.release.by) }] : []),
        ]
      : [
          { title: '局', value: teamsText(`${event.bureauName}${event.assignment.division ? ` ${event.assignment.division}` : ''}`) },
          ...(event.questionTitle ? [{ title: '質問', value: teamsText(event.questionTitle) }] : []),
          { title: '問', value: teamsText(event.assignment.itemLabel) },
          { title: '役割', value: event.assignment.role },
          { title: '割振り時刻', value: formatWarekiDateTime(event.assignment.proposedAt) },
        ];
}
