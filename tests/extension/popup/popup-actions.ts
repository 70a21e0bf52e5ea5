/** @file ポップアップの操作 (mockActions): every PopupActions callback as a vitest mock, for the popup's tests. SHOULD ONLY BE IMPORTED IN TESTS. */
import { vi } from 'vitest';
import type { PopupActions } from '../../../extension/entrypoints/popup/popup-app';

/** Mocks of every action; the async ones resolve. */
export function mockActions() {
  return {
    onRefresh: vi.fn(), onOpen: vi.fn(), onOptions: vi.fn(), onDownload: vi.fn(), onCopy: vi.fn(), onEdit: vi.fn(async () => {}),
    onRespond: vi.fn(async () => {}), onRetract: vi.fn(async () => {}), onSendReport: vi.fn(), onSaveReport: vi.fn(), onCopyReport: vi.fn(),
    onGrant: vi.fn(), onChoose: vi.fn(),
    onRetry: vi.fn(async () => {}), onDismiss: vi.fn(async () => {}), onRefetch: vi.fn(async () => {}),
    onMark: vi.fn(async (m: { keys: string[] }) => `${m.keys.length} 件を他省庁 (国土交通省)にしました。`),
  } satisfies PopupActions;
}
