/**
 * @file 取込み待ちの通告 (pending clips): the selected text between the context-menu click and the form's
 * save, kept in chrome.storage.session (memory only, cleared when the browser closes; extension pages only).
 */
import type { JstInstant } from '@shared/index';
import { browser } from 'wxt/browser';

/** One clipped selection waiting for the form. */
export interface PendingClip {
  id: string;
  text: string;
  /** Page the text was selected on. */
  pageUrl?: string;
  pageTitle?: string;
  /** When the menu was clicked (clock module, JST) — the form's default 受信日時. */
  capturedAt: JstInstant;
  /** SHA-256 of `text`. */
  contentHash: string;
  /** False when only the menu's selectionText was available (its line breaks are lost). */
  exact: boolean;
}

const key = (id: string) => `clip:${id}`;

/** Stores a pending clip. */
export async function storePendingClip(clip: PendingClip): Promise<void> {
  await browser.storage.session.set({ [key(clip.id)]: clip });
}

/**
 * The pending clip with `id`, or undefined.
 * @example const clip = await loadPendingClip(new URLSearchParams(location.search).get('id') ?? '')
 */
export async function loadPendingClip(id: string): Promise<PendingClip | undefined> {
  return (await browser.storage.session.get(key(id)))[key(id)] as PendingClip | undefined;
}
