/**
 * @file Office ホストの判定 (detectHost): the one place that asks office.js where the task pane runs.
 * Inside Excel → 'excel'. Anywhere else (a plain browser, office.js blocked or offline) → 'preview', with
 * the reason in Japanese. Never throws.
 */

/** 実行場所. */
export interface HostInfo {
  kind: 'excel' | 'preview';
  /** Why the pane runs in preview (Japanese); empty in Excel. */
  reason: string;
}

/**
 * How long to wait for Office.onReady. office.js answers in ~0.3 s outside Office (ENGINEERING.md §10);
 * inside a slow Excel on the web it can take a few seconds, so the wait is generous.
 */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

/**
 * Waits for office.js. `typeof Office === 'undefined'` when the CDN script could not load (offline, or
 * routed away in tests): office.js then never defines the global, so there is nothing to wait for.
 * @example const host = await detectHost(); if (host.kind === 'preview') showBanner(host.reason)
 */
export async function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<HostInfo> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    return { kind: 'preview', reason: 'office.js を読み込めなかったため、Excel の外でプレビューとして動いています。' };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), timeoutMs); });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    if (info && info.host === Office.HostType.Excel) return { kind: 'excel', reason: '' };
    if (info === null) return { kind: 'preview', reason: 'Office の応答がないため、プレビューとして動いています。' };
    return { kind: 'preview', reason: 'Excel の外で開かれたため、プレビューとして動いています。' };
  } catch {
    return { kind: 'preview', reason: 'Office の初期化に失敗したため、プレビューとして動いています。' };
  } finally {
    clearTimeout(timer);
  }
}
