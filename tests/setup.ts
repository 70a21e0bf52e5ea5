/** @file Test setup: fake IndexedDB for unit tests (real Chromium IndexedDB is covered by e2e). */
import 'fake-indexeddb/auto';
