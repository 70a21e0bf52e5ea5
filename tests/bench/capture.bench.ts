/**
 * @file Benchmarks of capture: saving a whole list page in one transaction (675 questions, the
 * 衆議院 maximum for one session: 171st, 2009, shared/deadline/RULES.md §3) into fake-indexeddb, first time and unchanged
 * again; and splitting a 120-問 notice (MHLW's 2015 example of 120 questions, shared/evening/RULES.md §1).
 */
import { IDBFactory } from 'fake-indexeddb';
import { type CapturedQuestion, type DietDb, type Provenance, openDietDb, saveCapturedQuestions, splitNoticeItems } from '../../shared/index';
import { defineBench } from './bench-case';
import { jstInstant } from '../helpers/dates';

const base = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/';
const rows: CapturedQuestion[] = Array.from({ length: 675 }, (_, i) => {
  const code = `171${String(i + 1).padStart(3, '0')}`;
  return {
    house: 'shugiin', session: 171, number: i + 1, title: `医療提供体制に関する質問主意書 (${i + 1})`, submitters: ['山田太郎'],
    progressText: i < 600 ? '答弁受理' : '質問受理', progressUrl: `${base}${code}.htm`,
    ...(i < 600 ? { questionUrl: `${base}a${code}.htm`, answerUrl: `${base}b${code}.htm` } : {}),
  };
});
const provenance = (hash: string): Provenance => ({
  sourceUrl: `${base}kaiji171_l.htm`, capturedAt: jstInstant('2026-07-15T10:00:00+09:00'), adapterId: 'shugiin/question-list', adapterVersion: '1', contentHash: hash,
});

let dbCount = 0;
const freshDb = () => openDietDb(`bench-capture-${dbCount++}`, new IDBFactory());

const notice = [
  '衆議院厚生労働委員会　質問通告',
  ...Array.from({ length: 120 }, (_, i) => `問${i + 1}　医療・介護・年金に関する論点${i + 1}について（厚生労働大臣）\n（１）現状の認識を伺う。\n（２）今後の対応を伺う。`),
].join('\n');

export default defineBench([
  {
    operation: 'saveCapturedQuestions: first capture of a list (questions + audit, 1 transaction)',
    size: '675 questions',
    targetMs: 300,
    iterations: 5,
    setup: freshDb,
    run: async (db) => saveCapturedQuestions(db as DietDb, rows, provenance('a'.repeat(64))),
  },
  {
    operation: 'saveCapturedQuestions: same list again, nothing changed',
    size: '675 questions',
    targetMs: 150,
    iterations: 10,
    setup: async () => {
      const db = await freshDb();
      await saveCapturedQuestions(db, rows, provenance('a'.repeat(64)));
      return db;
    },
    run: async (db) => saveCapturedQuestions(db as DietDb, rows, provenance('b'.repeat(64))),
  },
  {
    operation: 'splitNoticeItems: notice with nested (1)(2)',
    size: '120 問',
    targetMs: 5,
    run: () => splitNoticeItems(notice),
  },
]);
