/**
 * @file 記録ID (record ids): every id and key the product builds out of other values — question keys, 問 ids,
 * assignment, milestone, slot, release and ledger ids, store keys, notification and audit ids, and the
 * in-memory composite keys — each built by one function here, with the parser beside it that reads it back.
 * Code reads values from records, not from ids; a parser is for what only has an id (a tombstone, a sheet
 * row's ID cell), and always this module's, so the two directions cannot disagree.
 *
 * The formats are the ones already published in bundles (format versions 1 and 2, bundle.md) and stored in
 * IndexedDB and workbooks; they must not change. Where a part may contain the separator, the parser relies on
 * what the other parts cannot contain (stated at each parser). Pure.
 */
import { type IsoDate, isIsoDate } from '../dates/iso-date';
import { type JstInstant, isInstant } from '../dates/jst';
import { type House, houseLabels } from '../model/primitives';
import type { BundleKind } from './bundle-schema';
import type { ResponseSlot } from './bureau-response';
import { answerStages } from './response-text';

const ISO_DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const INSTANT = String.raw`\d{4}-\d{2}-\d{2}T[0-9:.]+(?:Z|[+-]\d{2}:\d{2})`;

/** Escapes text for use inside a RegExp. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ── 質問 ───────────────────────────────────────────────────────────────────────────────────────────────

/** 質問主意書キー. @example writtenQuestionKey({ house: 'sangiin', session: 221, number: 1 }) //=> 'sangiin-221-1' */
export function writtenQuestionKey(q: { house: string; session: number; number: number }): string {
  return `${q.house}-${q.session}-${q.number}`;
}

/** @example parseWrittenQuestionKey('sangiin-221-1') //=> { house: 'sangiin', session: 221, number: 1 } */
export function parseWrittenQuestionKey(key: string): { house: House; session: number; number: number } | undefined {
  const m = /^(shugiin|sangiin)-(\d+)-(\d+)$/.exec(key);
  return m ? { house: m[1] as House, session: Number(m[2]), number: Number(m[3]) } : undefined;
}

/** Characters of the content hash a 質問通告 id keeps. */
const NOTICE_HASH_CHARS = 16;

/** 質問通告 id, from the clipped text's content hash. @example noticeId('ab12…') //=> 'notice-ab12…' (16 hex) */
export function noticeId(contentHash: string): string {
  return `notice-${contentHash.slice(0, NOTICE_HASH_CHARS)}`;
}

/** @example parseNoticeId('notice-0123456789abcdef') //=> { hashPrefix: '0123456789abcdef' } */
export function parseNoticeId(id: string): { hashPrefix: string } | undefined {
  const m = /^notice-([0-9a-f]+)$/.exec(id);
  return m ? { hashPrefix: m[1]! } : undefined;
}

/**
 * 問 id: `${questionKey}#${label}`.
 * @example exchangeItemId('sangiin-221-1', '一') //=> 'sangiin-221-1#一'
 */
export function exchangeItemId(questionKey: string, label: string): string {
  return `${questionKey}#${label}`;
}

/** Reads a 問 id back at its first '#' (question keys never contain '#'; a label may). */
export function parseExchangeItemId(id: string): { questionKey: string; label: string } | undefined {
  const at = id.indexOf('#');
  return at > 0 && at < id.length - 1 ? { questionKey: id.slice(0, at), label: id.slice(at + 1) } : undefined;
}

// ── 割振り ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * 割振り id given by the add-in to a new sheet line: `as-${問 id}-${n}`, n counting from 1 within the sheet.
 * @example assignmentId('sangiin-221-1', '一', 2) //=> 'as-sangiin-221-1#一-2'
 */
export function assignmentId(questionKey: string, itemLabel: string, n: number): string {
  return `as-${exchangeItemId(questionKey, itemLabel)}-${n}`;
}

/** Reads an add-in 割振り id back (the counter is the last '-' part). Undefined for ids from elsewhere. */
export function parseAssignmentId(id: string): { questionKey: string; itemLabel: string; n: number } | undefined {
  const m = /^as-(.+)-(\d+)$/.exec(id);
  const item = m ? parseExchangeItemId(m[1]!) : undefined;
  return item ? { questionKey: item.questionKey, itemLabel: item.label, n: Number(m![2]) } : undefined;
}

// ── 締切 (milestones) ─────────────────────────────────────────────────────────────────────────────────

/** 締切の種別 of the evening planner (milestone `kind`, and the end of its id) and their labels. */
export const eveningMilestoneKinds = {
  answerDraft: '原案',
  answerMemo: 'メモ出し',
  answerConcurrence: '合議了',
  sectionChiefApproval: '課長了',
  directorApproval: '局長了',
} as const;
export type EveningMilestoneKind = keyof typeof eveningMilestoneKinds;

/** True for a kind the evening planner owns. */
export function isEveningMilestoneKind(kind: string): kind is EveningMilestoneKind {
  return Object.hasOwn(eveningMilestoneKinds, kind);
}

/**
 * Milestone of the deadline engine for a whole question: `${questionKey}@${kind}` (kind = 内部締切 id, or
 * 'sitting' for a notice's 開会).
 * @example deadlineMilestoneId('sangiin-221-1', 'draft') //=> 'sangiin-221-1@draft'
 */
export function deadlineMilestoneId(questionKey: string, kind: string): string {
  return `${questionKey}@${kind}`;
}

/**
 * Milestone of the evening planner for one 問: `${問 id}@${kind}`, and `:${bureau}` for a bureau's own
 * 合議 or メモ出し deadline.
 * @example eveningMilestoneId('notice-ab#問1', 'answerConcurrence', 'hoken') //=> 'notice-ab#問1@answerConcurrence:hoken'
 */
export function eveningMilestoneId(itemId: string, kind: EveningMilestoneKind, bureau?: string): string {
  return `${itemId}@${kind}${bureau === undefined ? '' : `:${bureau}`}`;
}

/** A milestone id read back: whose it is and what it names. */
export type ParsedMilestoneId =
  | { owner: 'evening'; itemId: string; kind: EveningMilestoneKind; bureau?: string }
  | { owner: 'deadline'; questionKey: string; kind: string };

const EVENING_MILESTONE = new RegExp(`^(.+)@(${Object.keys(eveningMilestoneKinds).map(literal).join('|')})(?::(.+))?$`);

/**
 * Reads a milestone id back: an evening one by its known kind after the last such '@' (a bureau id follows
 * after ':'); otherwise a deadline one at its last '@' (question keys contain no '@', kinds no '@' or ':').
 * Only for a record without data (a tombstone): a live record says its kind in `data.kind`.
 */
export function parseMilestoneId(id: string): ParsedMilestoneId | undefined {
  const evening = EVENING_MILESTONE.exec(id);
  if (evening) {
    const [, itemId, kind, bureau] = evening;
    return { owner: 'evening', itemId: itemId!, kind: kind as EveningMilestoneKind, ...(bureau === undefined ? {} : { bureau }) };
  }
  const at = id.lastIndexOf('@');
  const kind = id.slice(at + 1);
  if (at <= 0 || kind === '' || kind.includes(':')) return undefined;
  return { owner: 'deadline', questionKey: id.slice(0, at), kind };
}

// ── 開会・夕方レク枠 ──────────────────────────────────────────────────────────────────────────────────

/**
 * 開会 id as the add-in names a committee sitting: readable and unique per 院・委員会・開会日時.
 * @example sittingId('shugiin', '厚生労働委員会', '2026-06-11', '09:00') //=> '衆議院厚生労働委員会@2026-06-11 09:00'
 */
export function sittingId(house: House, committee: string, sittingOn: IsoDate, startTime: string): string {
  return `${houseLabels[house]}${committee}@${sittingOn} ${startTime}`;
}

const SITTING = new RegExp(`^(${Object.values(houseLabels).map(literal).join('|')})(.+)@(${ISO_DATE}) (\\d{2}:\\d{2})$`);

/** Reads an add-in 開会 id back (the date and time are the part after the last '@'). */
export function parseSittingId(id: string): { house: House; committee: string; sittingOn: IsoDate; startTime: string } | undefined {
  const m = SITTING.exec(id);
  if (!m || !isIsoDate(m[3]!)) return undefined;
  const house = (Object.keys(houseLabels) as House[]).find((h) => houseLabels[h] === m[1])!;
  return { house, committee: m[2]!, sittingOn: m[3], startTime: m[4]! };
}

/**
 * 開会表 row the add-in offers for a committee on its 定例日 that nobody typed: `定例日:${院}${委員会}@${開会日}` (院 empty
 * when the rule is for either house). Read back only to tell an untouched offer from a row a coordinator typed.
 * @example regularSittingRowId('sangiin', '厚生労働委員会', '2026-06-11') //=> '定例日:参議院厚生労働委員会@2026-06-11'
 */
export function regularSittingRowId(house: House | undefined, committee: string, sittingOn: IsoDate): string {
  return `定例日:${house ? houseLabels[house] : ''}${committee}@${sittingOn}`;
}

const REGULAR_ROW = new RegExp(`^定例日:(${Object.values(houseLabels).map(literal).join('|')})?(.+)@(${ISO_DATE})$`);

/** Reads an offered 定例日 row id back. */
export function parseRegularSittingRowId(id: string): { house?: House; committee: string; sittingOn: IsoDate } | undefined {
  const m = REGULAR_ROW.exec(id);
  if (!m || !isIsoDate(m[3]!)) return undefined;
  const house = (Object.keys(houseLabels) as House[]).find((h) => houseLabels[h] === m[1]);
  return { ...(house ? { house } : {}), committee: m[2]!, sittingOn: m[3] };
}

/**
 * 夕方レク枠の記録 id: `slot:${開会 id}:${枠 id}`.
 * @example slotRecordId('衆議院厚生労働委員会@2026-06-11 09:00', 'evening-1830') //=> 'slot:衆議院厚生労働委員会@2026-06-11 09:00:evening-1830'
 */
export function slotRecordId(sitting: string, slotId: string): string {
  return `slot:${sitting}:${slotId}`;
}

/** Reads a slot record id back at its last ':' (枠 ids — evening-1830, morning-0730 — contain no ':'; 開会 ids may). */
export function parseSlotRecordId(id: string): { sitting: string; slotId: string } | undefined {
  if (!id.startsWith('slot:')) return undefined;
  const at = id.lastIndexOf(':');
  return at > 5 && at < id.length - 1 ? { sitting: id.slice(5, at), slotId: id.slice(at + 1) } : undefined;
}

// ── 待機解除・待機記録 ────────────────────────────────────────────────────────────────────────────────

/**
 * 待機解除の記録 id (one per bureau and standby day): `release:${bureau}:${standbyDay}`.
 * @example releaseRecordId('nenkin', '2026-06-09') //=> 'release:nenkin:2026-06-09'
 */
export function releaseRecordId(bureau: string, standbyDay: IsoDate): string {
  return `release:${bureau}:${standbyDay}`;
}

const RELEASE_ID = new RegExp(`^release:(.+):(${ISO_DATE})$`);

/** Reads a release id back (the day is the last ':' part). */
export function parseReleaseRecordId(id: string): { bureau: string; standbyDay: IsoDate } | undefined {
  const m = RELEASE_ID.exec(id);
  return m && isIsoDate(m[2]!) ? { bureau: m[1]!, standbyDay: m[2] } : undefined;
}

/**
 * 待機記録 id of a ledger row made from the plans (a bureau's standby on a day): `standby:${bureau}:${day}`.
 * @example standbyLedgerId('nenkin', '2026-06-09') //=> 'standby:nenkin:2026-06-09'
 */
export function standbyLedgerId(bureau: string, day: IsoDate): string {
  return `standby:${bureau}:${day}`;
}

const STANDBY_LEDGER_ID = new RegExp(`^standby:(.+):(${ISO_DATE})$`);

/** Reads a plan ledger id back (the day is the last ':' part). Undefined for a row entered by hand. */
export function parseStandbyLedgerId(id: string): { bureau: string; day: IsoDate } | undefined {
  const m = STANDBY_LEDGER_ID.exec(id);
  return m && isIsoDate(m[2]!) ? { bureau: m[1]!, day: m[2] } : undefined;
}

/**
 * 待機記録 id of a 当番 person's row made from the plans (shared/evening/RULES.md §9.4): `duty:${bureau}:${day}:${person}`.
 * @example dutyLedgerId('nenkin', '2026-06-09', '山田') //=> 'duty:nenkin:2026-06-09:山田'
 */
export function dutyLedgerId(bureau: string, day: IsoDate, person: string): string {
  return `duty:${bureau}:${day}:${person}`;
}

const DUTY_LEDGER_ID = new RegExp(`^duty:(.+?):(${ISO_DATE}):(.+)$`);

/** Reads a 当番 ledger id back (the day is the first ':'-delimited date; bureau ids contain no date). */
export function parseDutyLedgerId(id: string): { bureau: string; day: IsoDate; person: string } | undefined {
  const m = DUTY_LEDGER_ID.exec(id);
  return m && isIsoDate(m[2]!) ? { bureau: m[1]!, day: m[2], person: m[3]! } : undefined;
}

/** 待機記録 id of a row entered by hand, numbered in the sheet. @example manualLedgerId(3) //=> '手入力-3' */
export function manualLedgerId(n: number): string {
  return `手入力-${n}`;
}

/** @example parseManualLedgerId('手入力-3') //=> 3 */
export function parseManualLedgerId(id: string): number | undefined {
  const m = /^手入力-(\d+)$/.exec(id);
  return m ? Number(m[1]) : undefined;
}

/**
 * 呼び戻しの記録 id (one per bureau, standby day and time the work reached it): `recall:${bureau}:${standbyDay}:${at}`.
 * @example recallRecordId('nenkin', '2026-06-09', '2026-06-09T19:10:00+09:00') //=> 'recall:nenkin:2026-06-09:2026-06-09T19:10:00+09:00'
 */
export function recallRecordId(bureau: string, standbyDay: IsoDate, at: JstInstant): string {
  return `recall:${bureau}:${standbyDay}:${at}`;
}

const RECALL_ID = new RegExp(`^recall:(.+):(${ISO_DATE}):(${INSTANT})$`);

/**
 * Reads a recall id back (the instant and the day before it are matched on their own shapes, since both
 * contain ':' or '-'; the bureau is what is left).
 */
export function parseRecallRecordId(id: string): { bureau: string; standbyDay: IsoDate; at: JstInstant } | undefined {
  const m = RECALL_ID.exec(id);
  return m && isIsoDate(m[2]!) && isInstant(m[3]!) ? { bureau: m[1]!, standbyDay: m[2], at: m[3] } : undefined;
}

// ── 通告段階・レク出席 (the add-in's 開会 and 夕方レク rows) ──────────────────────────────────────────────

/**
 * 通告段階表の行 id: one row per notice (`stage:notice:${notice id}`), or per listed questioner without a notice
 * (`stage:member:${開会 id}／${questioner}`).
 * @example stageRowId('衆議院厚生労働委員会@2026-06-11 09:00', '甲', 'notice-ab') //=> 'stage:notice:notice-ab'
 */
export function stageRowId(sitting: string, questioner: string, noticeKey?: string): string {
  return noticeKey === undefined ? `stage:member:${sitting}／${questioner}` : `stage:notice:${noticeKey}`;
}

/** Reads a stage row id back (the questioner is after the last '／'; 開会 ids contain none). */
export function parseStageRowId(id: string): { noticeKey: string } | { sitting: string; questioner: string } | undefined {
  if (id.startsWith('stage:notice:') && id.length > 13) return { noticeKey: id.slice(13) };
  if (!id.startsWith('stage:member:')) return undefined;
  const at = id.lastIndexOf('／');
  return at > 13 && at < id.length - 1 ? { sitting: id.slice(13, at), questioner: id.slice(at + 1) } : undefined;
}

/**
 * レク出席表の行 id (one evening slot of a sitting and one bureau): `attend:${開会 id}:${枠 id}:${bureau}`.
 * @example lectureRowId('衆議院厚生労働委員会@2026-06-11 09:00', 'evening-1830', 'isei') //=> 'attend:衆議院厚生労働委員会@2026-06-11 09:00:evening-1830:isei'
 */
export function lectureRowId(sitting: string, slotId: string, bureau: string): string {
  return `attend:${sitting}:${slotId}:${bureau}`;
}

/** Reads a レク出席 row id back at its last two ':' (枠 ids and bureau ids contain no ':'; 開会 ids may). */
export function parseLectureRowId(id: string): { sitting: string; slotId: string; bureau: string } | undefined {
  if (!id.startsWith('attend:')) return undefined;
  const last = id.lastIndexOf(':');
  const before = id.lastIndexOf(':', last - 1);
  if (before <= 7 || last - before < 2 || last >= id.length - 1) return undefined;
  return { sitting: id.slice(7, before), slotId: id.slice(before + 1, last), bureau: id.slice(last + 1) };
}

// ── 局の回答 (responses) ────────────────────────────────────────────────────────────────────────────────

const RESPONSE_SLOTS: readonly ResponseSlot[] = ['decision', ...answerStages];
const RESPONSE_ID = new RegExp(`^response:(.+?):(${RESPONSE_SLOTS.join('|')}):(.+)$`);

/**
 * 回答の記録ID: `response:${bureau}:${slot}:${assignmentId}` — the assignment id last, because it may contain ':'
 * (a 問 label may); the slot is one of a fixed set (bureau-response.ts), so the parser finds it between the two.
 * @example responseId('isei', 'decision', 'as-1') //=> 'response:isei:decision:as-1'
 */
export function responseId(bureau: string, slot: ResponseSlot, assignmentId: string): string {
  return `response:${bureau}:${slot}:${assignmentId}`;
}

/**
 * Reads a response id back (a tombstone has only its id). The bureau is the shortest prefix followed by a slot
 * name, so a bureau id never contains `:decision:` or `:started:` (directory ids are plain words).
 * @example parseResponseId('response:isei:drafted:as-1') //=> { bureau: 'isei', slot: 'drafted', assignmentId: 'as-1' }
 */
export function parseResponseId(id: string): { bureau: string; slot: ResponseSlot; assignmentId: string } | undefined {
  const m = RESPONSE_ID.exec(id);
  return m ? { bureau: m[1]!, slot: m[2] as ResponseSlot, assignmentId: m[3]! } : undefined;
}

// ── 保存キー・通知・監査 ──────────────────────────────────────────────────────────────────────────────

/** Store key of an exchange record (IndexedDB 'exchange', merge conflicts). @example exchangeStoreKey('items', 'q#一') //=> 'items:q#一' */
export function exchangeStoreKey(kind: BundleKind, id: string): string {
  return `${kind}:${id}`;
}

const BUNDLE_KINDS: readonly string[] = ['questions', 'notices', 'items', 'assignments', 'milestones', 'slots', 'releases', 'recalls'] satisfies BundleKind[];

/** Reads a store key back at its first ':' (kinds contain no ':'; ids may). */
export function parseExchangeStoreKey(key: string): { kind: BundleKind; id: string } | undefined {
  const at = key.indexOf(':');
  const kind = key.slice(0, at);
  return at > 0 && at < key.length - 1 && BUNDLE_KINDS.includes(kind) ? { kind: kind as BundleKind, id: key.slice(at + 1) } : undefined;
}

/** 通知 id of a milestone reminder `lead` minutes ahead (shown once). @example milestoneNotificationId('q@draft', 60) //=> 'q@draft@60' */
export function milestoneNotificationId(milestoneId: string, leadMinutes: number): string {
  return `${milestoneId}@${leadMinutes}`;
}

/** Reads a reminder id back at its last '@'. */
export function parseMilestoneNotificationId(id: string): { milestoneId: string; leadMinutes: number } | undefined {
  const m = /^(.+)@(\d+)$/.exec(id);
  return m ? { milestoneId: m[1]!, leadMinutes: Number(m[2]) } : undefined;
}

/** 通知 id of a stand-down notice. @example releaseNotificationId('release:nenkin:2026-06-09') //=> 'release:release:nenkin:2026-06-09' */
export function releaseNotificationId(releaseId: string): string {
  return `release:${releaseId}`;
}

/** @example parseReleaseNotificationId('release:release:nenkin:2026-06-09') //=> 'release:nenkin:2026-06-09' */
export function parseReleaseNotificationId(id: string): string | undefined {
  return id.startsWith('release:release:') ? id.slice('release:'.length) : undefined;
}

/**
 * 通知 id of a stand-down given again after a 呼び戻し (the record keeps its id, so its time tells the two apart).
 * @example releaseAgainNotificationId('release:nenkin:2026-06-09', '2026-06-09T23:10:00+09:00') //=> 'release:release:nenkin:2026-06-09@2026-06-09T23:10:00+09:00'
 */
export function releaseAgainNotificationId(releaseId: string, releasedAt: JstInstant): string {
  return `release:${releaseId}@${releasedAt}`;
}

/** Reads it back at its last '@' (instants contain none). */
export function parseReleaseAgainNotificationId(id: string): { releaseId: string; releasedAt: JstInstant } | undefined {
  const at = id.lastIndexOf('@');
  if (!id.startsWith('release:release:') || at < 0) return undefined;
  const releasedAt = id.slice(at + 1);
  return isInstant(releasedAt) ? { releaseId: id.slice('release:'.length, at), releasedAt } : undefined;
}

/** 通知 id of a recall notice (shown once per recall). @example recallNotificationId('recall:nenkin:2026-06-09:2026-06-09T22:00:00+09:00') //=> 'recall:recall:nenkin:…' */
export function recallNotificationId(recallId: string): string {
  return `recall:${recallId}`;
}

/** @example parseRecallNotificationId('recall:recall:nenkin:2026-06-09:2026-06-09T22:00:00+09:00') //=> 'recall:nenkin:2026-06-09:2026-06-09T22:00:00+09:00' */
export function parseRecallNotificationId(id: string): string | undefined {
  return id.startsWith('recall:recall:') ? id.slice('recall:'.length) : undefined;
}

/** 監査ログ id of a capture: `capture:${capturedAt}:${key}:${hash 12}`. */
export function captureEventId(capturedAt: string, key: string, contentHash: string): string {
  return `capture:${capturedAt}:${key}:${contentHash.slice(0, 12)}`;
}

/** 監査ログ id of a user's edit: `edit:${key}:${at}:${seq}`. */
export function editEventId(recordKey: string, at: string, seq: number): string {
  return `edit:${recordKey}:${at}:${seq}`;
}

/** 監査ログ id of a clipped notice's n-th save: `clip:${notice id}:${n}`. */
export function clipEventId(noticeKey: string, n: number): string {
  return `clip:${noticeKey}:${n}`;
}

/** 監査ログ id of a 当省分 marking: `jurisdiction:${question key}:${at}:${版}`. */
export function jurisdictionEventId(questionKey: string, at: string, rev: number): string {
  return `jurisdiction:${questionKey}:${at}:${rev}`;
}

/** An audit id read back (instants contain ':', so each kind is matched on its own shape). */
export type ParsedEventId =
  | { action: 'capture'; capturedAt: string; key: string; hashPrefix: string }
  | { action: 'edit'; recordKey: string; at: string; seq: number }
  | { action: 'clip'; noticeKey: string; n: number }
  | { action: 'jurisdiction'; questionKey: string; at: string; rev: number };

const CAPTURE_EVENT = new RegExp(`^capture:(${INSTANT}):(.+):([0-9a-f]{1,12})$`);
const EDIT_EVENT = new RegExp(`^edit:(.+):(${INSTANT}):(\\d+)$`);
const JURISDICTION_EVENT = new RegExp(`^jurisdiction:(.+):(${INSTANT}):(\\d+)$`);

/** Reads an audit id back. */
export function parseEventId(id: string): ParsedEventId | undefined {
  const capture = CAPTURE_EVENT.exec(id);
  if (capture) return { action: 'capture', capturedAt: capture[1]!, key: capture[2]!, hashPrefix: capture[3]! };
  const edit = EDIT_EVENT.exec(id);
  if (edit) return { action: 'edit', recordKey: edit[1]!, at: edit[2]!, seq: Number(edit[3]) };
  const clip = /^clip:(.+):(\d+)$/.exec(id);
  if (clip) return { action: 'clip', noticeKey: clip[1]!, n: Number(clip[2]) };
  const marking = JURISDICTION_EVENT.exec(id);
  if (marking) return { action: 'jurisdiction', questionKey: marking[1]!, at: marking[2]!, rev: Number(marking[3]) };
  return undefined;
}

// ── 複合キー (in-memory map keys) ─────────────────────────────────────────────────────────────────────

/** Separator of composite keys: U+0000 never occurs in names, dates or ids, so no two part lists share a key. */
const PART = '\u0000';

/** The composite key of some parts (a Map key; never stored or shown). */
function compositeKey(...parts: readonly string[]): string {
  return parts.join(PART);
}

/** The parts of any composite key of this module. @example splitCompositeKey(bureauDayKey('isei', '2026-06-09')) //=> ['isei', '2026-06-09'] */
export function splitCompositeKey(key: string): string[] {
  return key.split(PART);
}

/** One bureau on one standby day (combining the plans of several sittings). */
export function bureauDayKey(bureau: string, day: string): string {
  return compositeKey(bureau, day);
}

/** One 当番 person of one bureau on one standby day (the duty rows of the 待機記録). */
export function bureauDayPersonKey(bureau: string, day: string, person: string): string {
  return compositeKey(bureau, day, person);
}

/** One person of one bureau (the overtime tally). */
export function bureauPersonKey(bureau: string, person: string): string {
  return compositeKey(bureau, person);
}

/** One 問 of one question (割振り lines). */
export function itemKey(questionKey: string, itemLabel: string): string {
  return compositeKey(questionKey, itemLabel);
}

/** One 問 × 局 × 役割 (a 割振り line's owner: the same twice is a duplicate). */
export function assignmentOwnerKey(questionKey: string, itemLabel: string, bureau: string, role: string): string {
  return compositeKey(questionKey, itemLabel, bureau, role);
}

/** One record of the add-in's hidden store as read from its rows (種類 and ID cells, not yet validated). */
export function storedRowKey(kind: string, id: string): string {
  return compositeKey(kind, id);
}
