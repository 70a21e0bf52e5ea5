/**
 * @file 拡張機能内のメッセージ (typed request→reply protocol): content script ⇄ background ⇄ offscreen document ⇄
 * clip page ⇄ popup ⇄ options page.
 *
 * One protocol map (MessageProtocol: message name → request and reply types), one `sendMessage(name, request)`
 * whose reply type comes from the map (the caller cannot choose it), and one `onMessage(name, handler)` that
 * wraps the handler's value or error into a Reply. This is the shape WXT recommends for messaging (a typed
 * wrapper such as @webext-core/messaging's `defineExtensionMessaging<ProtocolMap>()`,
 * https://wxt.dev/guide/essentials/messaging), written here in a few lines instead of adding a dependency,
 * keeping the wire format `{ type: name, ...request }` that the background's zod schemas check.
 *
 * A handler receives the message as `unknown`: runtime messages cross a trust boundary (a content script runs
 * inside a page we do not control, and every extension page receives runtime messages), so each handler
 * zod-parses what it reads (background/capture-request.ts, capture-edit.ts, clip-save.ts, offscreen/main.ts).
 */
import { type Browser, browser } from 'wxt/browser';
import type { ClipFormInput, JurisdictionMarking, SessionPeriod } from '@shared/index';
import type { CaptureRunView } from '../background/capture-run';
import type { PopupData } from '../background/feed-popup-data';
import type { FeedState } from '../background/feed-state';
import type { ScrapeResult } from '../sites/index';
import { SiteChangedError } from '../sites/site-changed-error';

/** Content script → background: the scraped page (「この一覧を取り込む」). */
export const CAPTURE_PAGE = 'capture:page';
/** Background → content script (tabs.sendMessage, no reply): detail-page progress of one capture. */
export const CAPTURE_PROGRESS = 'capture:progress';
/** Background → offscreen document: parse fetched HTML with DOMParser and scrape it. */
export const OFFSCREEN_SCRAPE = 'offscreen:scrape';
/** Clip page → background: save the 質問通告 form. */
export const CLIP_SAVE = 'clip:save';
/** Popup → background: correct a captured 質問主意書 by hand (件名, 提出者, 内閣転送日). */
export const QUESTION_EDIT = 'question:edit';
/** Popup → background: the popup's data (PopupData). */
export const POPUP_DATA = 'popup:data';
/** Popup and options page → background: fetch the feed now (ignoring the backoff), then badge and notifications. */
export const FEED_REFRESH = 'feed:refresh';
/** Popup → background: captured records as bundle JSON text (「バンドルを保存」「コピー」). */
export const EXPORT_BUNDLE = 'export:bundle';
/** Content script → background: the run its tab is still fetching, if any (a reloaded page keeps its button disabled). */
export const CAPTURE_STATE = 'capture:state';
/** Toast or popup → background: 「再試行」 the failed pages of a run. */
export const CAPTURE_RETRY = 'capture:retry';
/** Popup → background: 「閉じる」 a finished run (its progress and failures leave the popup). */
export const CAPTURE_DISMISS = 'capture:dismiss';
/** Popup → background: 「再取得」 / 「問を取得」 — fetch the detail page and 質問本文 of stored questions again. */
export const CAPTURE_REFETCH = 'capture:refetch';
/** Popup → background: mark questions 当省 (取りまとめ / 合議), 他省庁 (with the ministry) or 未確認. */
export const JURISDICTION_MARK = 'jurisdiction:mark';
/** Popup → background: my bureau's 受諾 / 異議 / 進捗 on one 割振り (then sent on to the report URL, if set). */
export const RESPONSE_SAVE = 'response:save';
/** Popup → background: 取消 of one of my bureau's responses (a tombstone). */
export const RESPONSE_RETRACT = 'response:retract';
/** Popup → background: my bureau's report bundle as JSON text (「報告をファイルに保存」「報告をコピー」). */
export const REPORT_EXPORT = 'report:export';
/** Popup → background: POST my bureau's report to the report URL now (「報告を送る」). */
export const REPORT_SEND = 'report:send';
/** Popup → background: settle a conflict with the version the user picked (applyConflictChoice). */
export const CONFLICT_CHOOSE = 'conflict:choose';

/** Answer to CAPTURE_PAGE once the page itself is saved (detail pages follow as CAPTURE_PROGRESS). */
export interface CaptureReply {
  captureId: string;
  added: number;
  updated: number;
  unchanged: number;
  /** 「3 件追加、1 件更新」 plus kept user edits, for the toast. */
  message: string;
  /** Pages (detail pages, 質問本文) the background will fetch now (0 = done); progress follows under `captureId`. */
  detailTotal: number;
}

/** 進捗 of the pages one capture fetches (detail pages, 質問本文), with its failures grouped by reason (background → tab, a notification without reply). */
export type CaptureProgress = { type: typeof CAPTURE_PROGRESS } & CaptureRunView;

/** What the offscreen document read from one page. */
export interface OffscreenScrape {
  result: ScrapeResult | null;
  pageText: string;
}

/** Answer to CLIP_SAVE. */
export interface ClipSaveReply {
  id: string;
  change: 'added' | 'updated';
  /** 「前日18時以降 (期限を 31 時間 10 分超過)」. */
  bandText: string;
}

/** The 修正 form of one captured question. Absent fields are left alone. */
export interface QuestionEdit {
  key: string;
  edit: { title?: string; submitters?: string; transferredOn?: string };
  /** 修正者, recorded in the audit log. */
  who: string;
}

/** Answer to QUESTION_EDIT. */
export interface QuestionEditReply {
  /** Fields that changed ([] = nothing to change). */
  fields: string[];
  /** 「件名を修正しました。以後の取り込みでは上書きしません。」 or 「修正された項目はありません。」. */
  message: string;
}

/** 当省分 of questions (bulk marking of a list or a filter): `who` is recorded as the records' updatedBy. */
export interface JurisdictionMark {
  keys: string[];
  marking: JurisdictionMarking;
  who: string;
}

/** Answer to JURISDICTION_MARK: how many markings changed, as a sentence. */
export interface JurisdictionMarkReply {
  changed: number;
  message: string;
}

/**
 * 受諾 / 異議 / 進捗 from the popup; `at` is the form's 'YYYY-MM-DDTHH:MM' (JST) or an instant. The kind of answer is
 * `answer`, not `type`: `type` carries the message name on the wire.
 */
export interface ResponseSaveRequest {
  assignmentId: string;
  answer: 'accept' | 'objection' | 'progress';
  reason?: { kind: 'otherBureau'; bureau: string } | { kind: 'otherMinistry'; ministry: string } | { kind: 'other'; text: string };
  stage?: 'started' | 'drafted' | 'sectionChiefApproved' | 'directorApproved';
  at: string;
  by: string;
}

/** Answer to RESPONSE_SAVE / RESPONSE_RETRACT / REPORT_SEND / CONFLICT_CHOOSE: what happened, in Japanese. */
export interface ActionReply {
  message: string;
  /** False when the action itself worked but a follow-up did not (the report could not be sent). */
  ok: boolean;
}

/** Answer to REPORT_EXPORT. */
export interface ReportExport {
  text: string;
  /** 「kokkai-report-isei-202606091030.json」. */
  fileName: string;
}

/**
 * メッセージ一覧 (protocol map): every request→reply message, its request (`undefined` = none) and its reply.
 * Adding a message here is the only way to make sendMessage / onMessage accept its name.
 */
/** 取込み依頼の中身: the page, and the 会期 its session selector gave (参議院 list pages; newest first) or why not. */
export interface CapturePageBody {
  url: string;
  pageText: string;
  result: ScrapeResult;
  sessions?: SessionPeriod[];
  /** Why the 会期 could not be read (Japanese), when so. */
  sessionWarning?: string;
}

export interface MessageProtocol {
  /** 取込み依頼. `pageText` is the page's text content, hashed (SHA-256) by the background for provenance. */
  [CAPTURE_PAGE]: { request: CapturePageBody; reply: CaptureReply };
  [OFFSCREEN_SCRAPE]: { request: { html: string; url: string }; reply: OffscreenScrape };
  [CLIP_SAVE]: { request: { clipId: string; form: ClipFormInput }; reply: ClipSaveReply };
  [QUESTION_EDIT]: { request: QuestionEdit; reply: QuestionEditReply };
  /** `activeUrl`: the tab the popup was opened on (what it says about capturing that page). */
  [POPUP_DATA]: { request: { activeUrl?: string } | undefined; reply: PopupData };
  /** The new feed state, or undefined when no feed URL is set. */
  [FEED_REFRESH]: { request: undefined; reply: FeedState | undefined };
  /** Pretty-printed bundle JSON. */
  [EXPORT_BUNDLE]: { request: undefined; reply: string };
  /** The sender tab's unfinished run, or null. */
  [CAPTURE_STATE]: { request: undefined; reply: CaptureRunView | null };
  /** 「再試行」 of a run's failed pages (of one reason, or all). */
  [CAPTURE_RETRY]: { request: { runId: string; reason?: string }; reply: CaptureRunView };
  /** 「閉じる」 of a finished run. */
  [CAPTURE_DISMISS]: { request: { runId: string }; reply: null };
  /** 「再取得」 / 「問を取得」 of stored questions. */
  [CAPTURE_REFETCH]: { request: { keys: string[] }; reply: CaptureRunView };
  [JURISDICTION_MARK]: { request: JurisdictionMark; reply: JurisdictionMarkReply };
  [RESPONSE_SAVE]: { request: ResponseSaveRequest; reply: ActionReply };
  [RESPONSE_RETRACT]: { request: { id: string; by: string }; reply: ActionReply };
  [REPORT_EXPORT]: { request: undefined; reply: ReportExport };
  [REPORT_SEND]: { request: undefined; reply: ActionReply };
  [CONFLICT_CHOOSE]: { request: { key: string; versionKey: string }; reply: ActionReply };
}

/** A message name of the protocol. */
export type MessageName = keyof MessageProtocol;
/** The request body of message `N` (without its `type`). */
export type MessageRequest<N extends MessageName> = MessageProtocol[N]['request'];
/** The reply of message `N`. */
export type MessageReply<N extends MessageName> = MessageProtocol[N]['reply'];
/** Message `N` as it crosses the wire: its name in `type`, then the request's fields. */
export type Message<N extends MessageName> = { type: N } & (MessageRequest<N> extends undefined ? unknown : MessageRequest<N>);

/** The scraped page a content script sends (CAPTURE_PAGE on the wire). */
export type CapturePageRequest = Message<typeof CAPTURE_PAGE>;
/** Background → offscreen document (OFFSCREEN_SCRAPE on the wire). */
export type OffscreenScrapeRequest = Message<typeof OFFSCREEN_SCRAPE>;
/** Clip page → background (CLIP_SAVE on the wire). */
export type ClipSaveRequest = Message<typeof CLIP_SAVE>;
/** Popup → background (QUESTION_EDIT on the wire). */
export type QuestionEditRequest = Message<typeof QUESTION_EDIT>;

/** Every reply is wrapped so that errors cross the boundary as Japanese text. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; siteChanged?: boolean };

/** An Error that came back from the other side, keeping whether it was a SiteChangedError. */
export class RemoteError extends Error {
  override readonly name = 'RemoteError';
  constructor(message: string, readonly siteChanged = false) {
    super(message);
  }
}

/** Japanese error when no listener answered (background asleep after an update, or the extension reloaded). */
export const NO_REPLY_MESSAGE = '拡張機能のバックグラウンドが応答しません。拡張機能を再読み込みしてください。';

/** No argument for a message without a request; an optional one when the request may be left out. */
type RequestArgs<N extends MessageName> = MessageRequest<N> extends undefined ? []
  : undefined extends MessageRequest<N> ? [request?: MessageRequest<N>] : [request: MessageRequest<N>];

/**
 * Sends message `name` through runtime messaging and unwraps the Reply; throws RemoteError with the other
 * side's Japanese message. The reply type is the protocol's, never the caller's choice.
 * @example const reply = await sendMessage(CAPTURE_PAGE, { url, pageText, result }) // CaptureReply
 * @example const data = await sendMessage(POPUP_DATA) // PopupData
 */
export async function sendMessage<N extends MessageName>(name: N, ...args: RequestArgs<N>): Promise<MessageReply<N>> {
  const [request] = args;
  const reply = (await browser.runtime.sendMessage({ ...(request ?? {}), type: name })) as Reply<MessageReply<N>> | undefined;
  if (!reply) throw new RemoteError(NO_REPLY_MESSAGE);
  if (!reply.ok) throw new RemoteError(reply.error, reply.siteChanged);
  return reply.value;
}

/** The Reply for a handler's error: its message (Japanese by construction), and whether the page changed. */
export function errorReply(error: unknown): Reply<never> {
  const message = (error instanceof Error ? error.message : '') || String(error);
  return error instanceof SiteChangedError ? { ok: false, error: message, siteChanged: true } : { ok: false, error: message };
}

/**
 * Answers message `name` with `handle`: its value goes back as `{ ok: true, value }`, a throw or rejection as
 * `{ ok: false, error }` (with `siteChanged` for a SiteChangedError). Other messages are left to other
 * listeners. The listener is registered synchronously (MV3: call this before the worker's first await).
 * @returns a function that removes the listener.
 * @example onMessage(CLIP_SAVE, async (message) => saveClip({ db: await extensionDb(), … }, message))
 */
export function onMessage<N extends MessageName>(
  name: N,
  handle: (message: unknown, sender: Browser.runtime.MessageSender) => MessageReply<N> | Promise<MessageReply<N>>,
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: Reply<MessageReply<N>>) => void) => {
    if ((message as { type?: unknown } | null)?.type !== name) return undefined;
    Promise.resolve()
      .then(() => handle(message, sender))
      .then((value) => sendResponse({ ok: true, value }), (error: unknown) => sendResponse(errorReply(error)));
    // true keeps the channel open until sendResponse (Chrome's documented way to answer asynchronously).
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
