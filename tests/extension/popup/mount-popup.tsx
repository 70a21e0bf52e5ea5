/**
 * @file Renders the popup (PopupApp) into the happy-dom document with every action a spy, for the popup's unit tests.
 * The caller's test file sets `@vitest-environment happy-dom` and clears `document.body` after each test.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { PopupData } from '../../../extension/background/feed-popup-data';
import { PopupApp } from '../../../extension/entrypoints/popup/popup-app';

/** @example const { root, actions } = mountPopup(await popupData(db, bureaus, options, now)); */
export function mountPopup(data: PopupData) {
  const root = document.createElement('div');
  document.body.append(root);
  const actions = {
    onRefresh: vi.fn(), onOpen: vi.fn(), onOptions: vi.fn(), onDownload: vi.fn(), onCopy: vi.fn(), onEdit: vi.fn(async () => {}),
    onRetry: vi.fn(async () => {}), onDismiss: vi.fn(async () => {}), onRefetch: vi.fn(async () => {}),
    onMark: vi.fn(async (m: { keys: string[] }) => `${m.keys.length} 件を他省庁 (国土交通省)にしました。`),
  };
  act(() => render(<PopupApp data={data} actions={actions} />, root));
  return { root, actions };
}
