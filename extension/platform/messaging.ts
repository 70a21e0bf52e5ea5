/**
 * @file 拡張機能内のメッセージ (typed protocol): content script ⇄ background ⇄ offscreen document ⇄ clip page.
 * Message types and shapes live here; the background zod-parses every request on receipt
 * (background/capture-request.ts), because a content script runs inside a page we do not control.
 */
import { browser } from 'wxt/browser';
import type { ClipFormInput, SessionPeriod } from '@shared/index';
import type { ScrapeResult } from '../sites/index';

/** Content script → background: the scraped page (「この一覧を取り込む」). */
export const CAPTURE_PAGE = 'capture:page';
/** Background → content script (tabs.sendMessage): detail-page progress of one capture. */
export const CAPTURE_PROGRESS = 'capture:progress';
/** Background → offscreen document: parse fetched HTML with DOMParser and scrape it. */
export const OFFSCREEN_SCRAPE = 'offscreen:scrape';
/** Clip page → background: save the 質問通告 form. */
export const CLIP_SAVE = 'clip:save';
/** Popup → background: correct a captured 質問主意書 by hand (件名, 提出者, 内閣転送日). */
export const QUESTION_EDIT = 'question:edit';

/** 取込み依頼. `pageText` is the page's text content, hashed (SHA-256) by the background for provenance. */
export interface CapturePageRequest {
  type: typeof CAPTURE_PAGE;
  url: string;
  pageText: string;
  result: ScrapeResult;
  /** 会期 read from the page's session selector (参議院 list pages), newest first. */
  sessions?: SessionPeriod[];
  /** Why the 会期 could not be read (Japanese), when so. */
  sessionWarning?: string;
}

/** Answer to CAPTURE_PAGE once the page itself is saved (detail pages follow as CAPTURE_PROGRESS). */
export interface CaptureReply {
  captureId: string;
  added: number;
  updated: number;
  unchanged: number;
  /** 「3 件追加、1 件更新」 plus kept user edits, for the toast. */
  message: string;
  /** Detail pages the background will fetch now (0 = done). */
  detailTotal: number;
}

/** One failed detail page. */
export interface DetailFailure {
  label: string;
  url: string;
  message: string;
}

/** 進捗 of the detail pages of one capture. */
export interface CaptureProgress {
  type: typeof CAPTURE_PROGRESS;
  captureId: string;
  done: number;
  total: number;
  /** Questions whose record the detail pages changed so far. */
  updated: number;
  failures: DetailFailure[];
  finished: boolean;
  /** Notes for the user at the end (Japanese), e.g. a captured date that is not a 閣議 day. */
  notes?: string[];
}

/** Background → offscreen document. */
export interface OffscreenScrapeRequest {
  type: typeof OFFSCREEN_SCRAPE;
  html: string;
  url: string;
}

/** What the offscreen document read from one page. */
export interface OffscreenScrape {
  result: ScrapeResult | null;
  pageText: string;
}

/** Clip page → background. */
export interface ClipSaveRequest {
  type: typeof CLIP_SAVE;
  clipId: string;
  form: ClipFormInput;
}

/** Answer to CLIP_SAVE. */
export interface ClipSaveReply {
  id: string;
  change: 'added' | 'updated';
  /** 「前日18時以降 (期限を 31 時間 10 分超過)」. */
  bandText: string;
}

/** Popup → background: the 修正 form of one captured question. Absent fields are left alone. */
export interface QuestionEditRequest {
  type: typeof QUESTION_EDIT;
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

/** Every reply is wrapped so that errors cross the boundary as Japanese text. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; siteChanged?: boolean };

/** An Error that came back from the other side, keeping whether it was a SiteChangedError. */
export class RemoteError extends Error {
  override readonly name = 'RemoteError';
  constructor(message: string, readonly siteChanged = false) {
    super(message);
  }
}

/**
 * Sends `message` through runtime messaging and unwraps the Reply; throws RemoteError with the other
 * side's Japanese message.
 * @example const reply = await sendMessage<CaptureReply>({ type: CAPTURE_PAGE, url, pageText, result })
 */
export async function sendMessage<T>(message: CapturePageRequest | OffscreenScrapeRequest | ClipSaveRequest | QuestionEditRequest): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new RemoteError('拡張機能のバックグラウンドが応答しません。拡張機能を再読み込みしてください。');
  if (!reply.ok) throw new RemoteError(reply.error, reply.siteChanged);
  return reply.value;
}
