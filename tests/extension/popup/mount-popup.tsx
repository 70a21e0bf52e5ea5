/**
 * @file Renders the popup (PopupApp) into the happy-dom document with every action a mock (mockActions), for the
 * popup's unit tests. The caller's test file sets `@vitest-environment happy-dom` and clears `document.body` after each test.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { PopupData } from '../../../extension/background/feed-popup-data';
import { PopupApp } from '../../../extension/entrypoints/popup/popup-app';
import { mockActions } from './popup-actions';

/** @example const { root, actions } = mountPopup(await popupData(db, bureaus, options, now)); */
export function mountPopup(data: PopupData) {
  const root = document.createElement('div');
  document.body.append(root);
  const actions = mockActions();
  act(() => render(<PopupApp data={data} actions={actions} />, root));
  return { root, actions };
}
