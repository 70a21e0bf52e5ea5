/**
 * @file 未受諾・未報告 (bureauFollowUps): per bureau, the 割振り of open questions it has not answered — 未受諾
 * (仮割振り with neither 受諾 nor 異議) and 未報告 (受諾 or 確定, but no progress reported yet) — with the time since
 * the allocation, oldest first; and the one-click reminder text for a bureau (reminderText). Modelled on the UK
 * Ministry of Justice tracker's reminders for acceptance and drafts. Pure.
 */
import { type Bureau, type JstInstant, itemName, minutesBetween } from '@shared/index';
import { type AssignmentLine, lineAssignment } from './assignment-lines';
import type { BoardQuestion } from './board-question';
import { type ResponseIndex, lineResponses } from './response-cells';

/** One 割振り waiting for the bureau. */
export interface FollowUpItem {
  questionKey: string;
  /** 「参議院 第221回 第37号」 or 「衆議院厚生労働委員会 山田」. */
  question: string;
  itemLabel: string;
  role: string;
  /** 仮割振り (the allocation the bureau has to answer). */
  since: JstInstant;
  /** Minutes since the allocation. */
  minutes: number;
}

/** One bureau's open answers. */
export interface BureauFollowUp {
  bureauId: string;
  bureauName: string;
  notAccepted: FollowUpItem[];
  notReported: FollowUpItem[];
  /** 催促文 (reminderText), ready to copy or post. */
  reminder: string;
}

/** 「1 時間 5 分」 / 「45 分」 / 「2 日 3 時間」. */
export function elapsedText(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} 分`;
  if (m < 1440) return `${Math.floor(m / 60)} 時間${m % 60 ? ` ${m % 60} 分` : ''}`;
  return `${Math.floor(m / 1440)} 日${Math.floor((m % 1440) / 60) ? ` ${Math.floor((m % 1440) / 60)} 時間` : ''}`;
}

function questionName(q: BoardQuestion): string {
  if (q.written) return `${q.written.house === 'shugiin' ? '衆議院' : '参議院'} 第${q.written.session}回 第${q.written.number}号`;
  return q.title;
}

/**
 * The follow-ups of every bureau with something open, in directory order; items oldest first; `from` signs the
 * reminder (配信元).
 * @example bureauFollowUps(lines, questions, isOpen, index, bureaus, now, '官房総務課')[0].notAccepted.length
 */
export function bureauFollowUps(
  lines: readonly AssignmentLine[], questions: readonly BoardQuestion[], isOpen: (key: string) => boolean, index: ResponseIndex,
  bureaus: readonly Pick<Bureau, 'id' | 'name'>[], now: JstInstant, from: string,
): BureauFollowUp[] {
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const out = new Map<string, BureauFollowUp>();
  for (const line of lines) {
    const a = lineAssignment(line, '');
    const q = byKey.get(line.questionKey);
    if (!a || !q || !isOpen(q.key)) continue;
    const responses = lineResponses(index, a.id, a.bureau, a.proposedAt);
    const item: FollowUpItem = {
      questionKey: a.questionKey, question: questionName(q), itemLabel: a.itemLabel, role: a.role, since: a.proposedAt, minutes: minutesBetween(a.proposedAt, now),
    };
    const entry = out.get(a.bureau) ?? {
      bureauId: a.bureau, bureauName: bureaus.find((b) => b.id === a.bureau)?.name ?? a.bureau, notAccepted: [], notReported: [], reminder: '',
    };
    if (a.state === 'proposed' && !responses.decision) entry.notAccepted.push(item);
    else if ((a.state === 'accepted' || a.state === 'final' || responses.decision?.type === 'accept') && Object.keys(responses.progress).length === 0) {
      entry.notReported.push(item);
    } else continue;
    out.set(a.bureau, entry);
  }
  const order = new Map(bureaus.map((b, i) => [b.id, i]));
  const oldest = (list: FollowUpItem[]) => list.sort((x, y) => y.minutes - x.minutes);
  return [...out.values()]
    .map((f) => {
      const sorted = { ...f, notAccepted: oldest(f.notAccepted), notReported: oldest(f.notReported) };
      return { ...sorted, reminder: reminderText(sorted, from) };
    })
    .sort((a, b) => (order.get(a.bureauId) ?? 1e9) - (order.get(b.bureauId) ?? 1e9));
}

/** How many items a reminder lists (the rest are counted). */
const LISTED = 10;

function itemLines(items: readonly FollowUpItem[]): string[] {
  const lines = items.slice(0, LISTED).map((i) => `・${i.question} ${itemName(i.itemLabel)} (${i.role}) 割振りから ${elapsedText(i.minutes)}`);
  if (items.length > LISTED) lines.push(`・ほか ${items.length - LISTED} 件`);
  return lines;
}

/**
 * 催促文: plain text for one bureau (copied, or posted to Teams as the card's text).
 * @example reminderText(followUp, '官房総務課')
 */
export function reminderText(f: Omit<BureauFollowUp, 'reminder'>, from: string): string {
  return [
    `【国会答弁デスク】${f.bureauName} 御中 (${from} より)`,
    ...(f.notAccepted.length > 0 ? [`未受諾 ${f.notAccepted.length} 件: 受諾か異議 (理由つき) をお願いします。`, ...itemLines(f.notAccepted)] : []),
    ...(f.notReported.length > 0 ? [`未報告 ${f.notReported.length} 件: 着手・原案了・課長了・局長了の報告をお願いします。`, ...itemLines(f.notReported)] : []),
    'ブラウザー拡張機能のポップアップで問の「回答」から送れます。',
  ].join('\n');
}
