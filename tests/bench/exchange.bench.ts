/**
 * @file Benchmarks of the exchange: mergeBundle of 10k records, and the popup's first render
 * with 1,000 assignments (Preact into a happy-dom document, the same DOM the popup unit tests use).
 * The popup JS size (< 25 KB gzip) is checked on the built chunks in tests/e2e/feed.e2e.test.ts.
 */
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { bureauView, exchangeItemId, mergeBundle, responseId } from '../../shared/index';
import type { PopupData } from '../../extension/background/feed-popup-data';
import type { PopupApp as PopupAppType } from '../../extension/entrypoints/popup/popup-app';
import { loadWithSharedAlias } from '../helpers/load-with-shared-alias';
import { fakeAssignmentRecord, fakeBundle, fakeMixedBundle } from '../shared/exchange/fake-bundle';
import { defineBench } from './bench-case';
import { jstInstant } from '../helpers/dates';

// The popup imports '@shared/…' sub-paths (to stay small); `npm run bench` runs under vite-node without that alias.
const [{ PopupApp }, { POPUP_FIRST_ROWS }] = await loadWithSharedAlias<[{ PopupApp: typeof PopupAppType }, { POPUP_FIRST_ROWS: number }]>(
  '/extension/entrypoints/popup/popup-app.tsx', '/extension/entrypoints/popup/bureau-section.tsx',
);

const now = jstInstant('2026-06-09T11:00:00+09:00');

/** A bureau with 1,000 assignments, each 問 with a milestone, one evening slot. */
function thousandAssignments(): PopupData {
  const b = fakeBundle(0, 1);
  for (let i = 0; i < 1000; i++) {
    const questionKey = `sangiin-221-${i}`;
    b.records.assignments.push(fakeAssignmentRecord(`as-${i}`, 1, { questionKey, itemLabel: '一', bureau: 'isei', role: i % 3 === 0 ? '合議' : '執筆' }));
    // Each card names its 院・回次・号 and 提出者; every third has a 受諾 and a progress stage on it.
    b.records.questions.push({
      id: questionKey, rev: 1, updatedAt: now, updatedBy: '', deleted: false,
      data: { kind: 'written', house: 'sangiin', session: 221, number: i + 1, title: `件名 ${i}`, submitters: ['山田太郎'], extensions: [], items: [], answerItems: [], provenance: [], userEdited: [] },
    });
    if (i % 3 === 0) {
      for (const [slot, type] of [['decision', 'accept'], ['drafted', 'progress']] as const) {
        const data = type === 'accept'
          ? { type, assignmentId: `as-${i}`, questionKey, itemLabel: '一', bureau: 'isei', at: now, by: '田中' }
          : { type, stage: 'drafted' as const, assignmentId: `as-${i}`, questionKey, itemLabel: '一', bureau: 'isei', at: now, by: '田中' };
        b.records.responses.push({ id: responseId('isei', slot, `as-${i}`), rev: 1, updatedAt: now, updatedBy: '田中', deleted: false, data });
      }
    }
    b.records.items.push({ id: exchangeItemId(questionKey, '一'), rev: 1, updatedAt: now, updatedBy: '', deleted: false, data: { questionKey, label: '一', text: '本文', sourceUrl: `https://www.sangiin.go.jp/q/${i}.htm` } });
    b.records.milestones.push({
      id: `m-${i}`, rev: 1, updatedAt: now, updatedBy: '', deleted: false,
      data: { questionKey, kind: 'draft', label: '原案', dueAt: jstInstant(`2026-06-${String(9 + (i % 20)).padStart(2, '0')}T18:00:00+09:00`) },
    });
  }
  const view = bureauView(b.records, { id: 'isei', name: '医政局' }, now);
  return {
    now, bureaus: [{ id: 'isei', name: '医政局' }], bureau: { id: 'isei', name: '医政局' }, view, feedUrl: 'https://intra.example/feed.json',
    feed: { url: 'https://intra.example/feed.json', fetchedAt: now, failures: 0 }, captured: [], notices: [], editor: '', conflicts: 0, runs: [], page: null,
    allRows: view.rows, conflictList: [], report: { url: '', state: { pending: false } },
  };
}

const actions = {
  onRefresh() {}, onOpen() {}, onOptions() {}, onDownload() {}, onCopy() {}, onEdit: async () => {}, onRespond: async () => {}, onRetract: async () => {},
  onSendReport() {}, onSaveReport() {}, onCopyReport() {}, onGrant() {}, onChoose() {},
  onRetry: async () => {}, onDismiss: async () => {}, onRefetch: async () => {}, onMark: async () => '',
};

export default defineBench([
  {
    operation: 'mergeBundle (assignments, random 版, 5% tombstones)',
    size: '10k + 10k records',
    targetMs: 100,
    setup: () => [fakeBundle(10_000, 1), fakeBundle(10_000, 2)],
    run: (state) => {
      const [local, incoming] = state as ReturnType<typeof fakeBundle>[];
      mergeBundle(local!, incoming!);
    },
  },
  {
    operation: 'mergeBundle (assignments + 局の回答 responses, random 版, 5% tombstones)',
    size: '10k + 10k records',
    targetMs: 100,
    setup: () => [fakeMixedBundle(10_000, 1), fakeMixedBundle(10_000, 2)],
    run: (state) => {
      const [local, incoming] = state as ReturnType<typeof fakeBundle>[];
      mergeBundle(local!, incoming!);
    },
  },
  {
    operation: 'popup first render (Preact into happy-dom)',
    size: '1,000 問 cards (院・号, 提出者, responses)',
    targetMs: 50,
    iterations: 10,
    setup: () => {
      const window = new Window();
      Object.assign(globalThis, { document: window.document });
      return { data: thousandAssignments(), document: window.document };
    },
    run: (state) => {
      const { data, document } = state as { data: PopupData; document: Document };
      const root = document.createElement('div');
      document.body.append(root);
      render(h(PopupApp, { data, actions }), root);
      // First render: header counts all 1,000, the first POPUP_FIRST_ROWS rows (by urgency) are drawn.
      if (!root.textContent!.includes('医政局の問 (1000 件)') || root.querySelectorAll('li').length !== POPUP_FIRST_ROWS) throw new Error('popup did not render');
      render(null, root);
      root.remove();
    },
  },
]);
