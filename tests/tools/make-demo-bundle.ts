/**
 * @file デモ用バンドル (make-demo-bundle): builds addin/public/demo-bundle.json — what `?demo=1` loads in
 * the task pane preview — the way the extension builds its bundle: each saved real page is read with the
 * site adapters (extension/sites `scrapePage`, pages decoded as the browser would by tests/helpers/load-page),
 * merged with the capture rule (shared mergeCapturedQuestion), then exported as questions, 問 and 内部締切.
 *
 *   npx vite-node tests/tools/make-demo-bundle.ts
 *
 * The demo shows 令和8年3月2日(月) 10:00: 衆議院221 No.1 is due at tomorrow's 閣議, 参議院221 Nos.1–3 arrive
 * today. Facts the pages print with a later date (答弁書受領 3/3, 3/6 …) are left out, as a capture on that
 * morning would not have had them. 参議院221 Nos.2–4 have no saved page: their dates come from the saved
 * 参議院 dataset (tests/fixtures/data, derived data, dates only). Values checked by hand are asserted below.
 *
 * 質問通告 are not on any Diet page (they arrive by mail and are clipped), so the demo carries one made-up
 * SAMPLE notice — 質問者 「サンプル議員」 — so that the evening sheets (開会, 夕方レク, 待機, 待機・超勤) have a
 * sitting: 衆議院厚生労働委員会 on 3/4(水) 09:00, received 3/2 09:30 (before the 前々日正午 deadline), so its
 * 夕方レク is on the evening of 3/3(火). It goes through the clip path's own pure steps: checkClipForm
 * (splits the text into 問, computes the band) and buildClippedNotice (id from the text's SHA-256).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import type * as Shared from '../../shared/index';
import type * as Sites from '../../extension/sites/index';
import type * as LoadPage from '../helpers/load-page';
import type * as Notes from '../../extension/sites/sangiin/read-extension-notes';
import { isoDate, jstInstant } from '../helpers/dates';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = resolve(root, 'addin/public/demo-bundle.json');
const dataset = resolve(root, 'tests/fixtures/data/sangiin/smartnews.syuisyo_sample.2026-07-24.json');

/** The moment the demo shows. */
export const DEMO_NOW = '2026-03-02T10:00:00+09:00';
const DEMO_DAY = DEMO_NOW.slice(0, 10);

// The adapters import '@shared/…'; vite-node has no alias, so they are loaded through a Vite server.
const server = await createServer({
  root, configFile: false, logLevel: 'error', appType: 'custom',
  resolve: { alias: { '@shared': `${root}shared` } }, server: { middlewareMode: true, watch: null, hmr: false },
});
const shared = (await server.ssrLoadModule('/shared/index.ts')) as typeof Shared;
const sites = (await server.ssrLoadModule('/extension/sites/index.ts')) as typeof Sites;
const pages = (await server.ssrLoadModule('/tests/helpers/load-page.ts')) as typeof LoadPage;
const notes = (await server.ssrLoadModule('/extension/sites/sangiin/read-extension-notes.ts')) as typeof Notes;
await server.close();

type Stored = Shared.StoredWrittenQuestion;
const stored = new Map<string, Stored>();

function check(label: string, actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${label}: ${JSON.stringify(actual)} を読みましたが、手で確かめた値は ${JSON.stringify(expected)} です。`);
  }
}

/** Applies one capture (page or dataset row) with the extension's merge rule. */
function capture(captured: Shared.CapturedQuestion, provenance: Shared.Provenance): void {
  const key = shared.writtenQuestionKey(captured);
  stored.set(key, shared.mergeCapturedQuestion(stored.get(key), captured, provenance).record);
}

/** Reads a saved page with scrapePage, as the content script does on the live page. */
function capturePage(fixture: string, url: string, keep: (q: Sites.ScrapedQuestion) => boolean = () => true): void {
  const bytes = pages.readPageBytes(fixture);
  const text = pages.decodePage(bytes, pages.pageEncoding(bytes, fixture));
  const result = sites.scrapePage(pages.parsePage(text), url);
  if (!result) throw new Error(`${url} を読めるアダプターがありません。`);
  const contentHash = createHash('sha256').update(text).digest('hex');
  for (const q of result.questions.filter(keep)) {
    capture(shared.capturedQuestionSchema.parse(q), { ...result.provenance, capturedAt: jstInstant(DEMO_NOW), contentHash });
  }
}

// 衆議院 221 No.1: 経過 page (dates, 会派).
capturePage('shugiin/221001.htm', 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/221001.htm');
// 参議院 221 No.1: 明細 page (dates).
capturePage('sangiin/m221001.htm', 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/meisai/m221001.htm');
// 参議院 219 No.95: 質問本文 (its 問 「一」「二」).
capturePage('sangiin/s219095.htm', 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/syuh/s219095.htm');

check('衆議院221 No.1 (経過)', (({ submittedOn, transferredOn, answeredOn }) => ({ submittedOn, transferredOn, answeredOn }))(stored.get('shugiin-221-1')!),
  { submittedOn: '2026-02-19', transferredOn: '2026-02-25', answeredOn: '2026-03-03' });
check('参議院221 No.1 (明細)', (({ submittedOn, transferredOn, answeredOn }) => ({ submittedOn, transferredOn, answeredOn }))(stored.get('sangiin-221-1')!),
  { submittedOn: '2026-02-20', transferredOn: '2026-03-02', answeredOn: '2026-03-06' });
check('参議院219 No.95 の問', stored.get('sangiin-219-95')!.items.map((i) => i.label), ['一', '二']);

// Dates of questions without a saved page, and of 219 No.95 (its 明細 is not saved), from the dataset.
const [header, ...rows] = JSON.parse(readFileSync(dataset, 'utf8')) as string[][];
const datasetHash = createHash('sha256').update(readFileSync(dataset)).digest('hex');
for (const wanted of ['221-2', '221-3', '221-4', '219-95']) {
  const row = Object.fromEntries(header!.map((h, i) => [h, rows.find((r) => `${r[0]}-${r[1]}` === wanted)![i] ?? ''])) as Record<string, string>;
  const transferredOn = row['転送日'] || undefined;
  capture(shared.capturedQuestionSchema.parse({
    house: 'sangiin', session: Number(row['提出回次']), number: Number(row['提出番号']), title: row['件名'], submitters: [row['提出者']],
    submittedOn: row['提出日'] || undefined, transferredOn, answeredOn: row['答弁書受領日'] || undefined,
    extensions: notes.readExtensionNotes(row['備考'] ?? '', transferredOn || row['提出日'] ? isoDate((transferredOn || row['提出日'])!) : undefined),
    progressUrl: row['明細URL'], questionUrl: row['質問本文（html）'] || undefined, answerUrl: row['答弁本文（html）'] || undefined,
  }), { sourceUrl: row['明細URL']!, capturedAt: jstInstant(DEMO_NOW), adapterId: 'dataset:smartnews/syuisyo_sample', adapterVersion: '2026-07-24', contentHash: datasetHash });
}
check('参議院219 No.95 の延期', stored.get('sangiin-219-95')!.extensions, [{ noticeReceivedOn: '2025-12-23', extendedUntil: '2025-12-26' }]);

/** The sample 質問通告 (made up; see the header): text as a clip would take it, and the clip form's fields. */
export const SAMPLE_NOTICE = {
  text: [
    '【サンプル】衆議院厚生労働委員会　質問通告（デモ用の架空の通告です）',
    'サンプル議員',
    '問１　医師の働き方改革の施行状況について（厚生労働大臣）',
    '問２　地域医療構想の今後の進め方について（医政局長）',
    '問３　診療報酬改定の医療機関経営への影響について（保険局長）',
  ].join('\n'),
  form: { house: 'shugiin', committee: '厚生労働委員会', sittingOn: '2026-03-04', startTime: '09:00', member: 'サンプル議員', receivedAt: '2026-03-02T09:30' },
} as const;

const clipCheck = shared.checkClipForm({ ...SAMPLE_NOTICE.form, text: SAMPLE_NOTICE.text });
if (!clipCheck.ok) throw new Error(`サンプルの質問通告が不正です: ${Object.values(clipCheck.errors).join(' ')}`);
// Clipped at 09:35 from no web page (it came by mail): no page URL, so no provenance link.
const sampleNotice = shared.buildClippedNotice(clipCheck.value, {
  capturedAt: jstInstant('2026-03-02T09:35:00+09:00'), contentHash: createHash('sha256').update(SAMPLE_NOTICE.text).digest('hex'),
});
check('サンプル通告の問', sampleNotice.items.map((i) => i.label), ['問1', '問2', '問3']);
check('サンプル通告の区分', shared.noticeBandText(clipCheck.value.lateness), '前々日まで (通告期限 令和8年3月2日(月) 12:00)');

/** What a capture on the demo morning would have had: facts dated later are dropped. */
function asOfDemo(q: Stored): Stored {
  const later = (d: string | undefined) => d !== undefined && d > DEMO_DAY;
  const r: Stored = { ...q, extensions: q.extensions.filter((e) => !later(e.noticeReceivedOn)) };
  if (later(r.submittedOn)) throw new Error(`${q.key} はデモの時点で提出されていません。`);
  if (later(r.transferredOn)) delete r.transferredOn;
  if (later(r.answeredOn)) {
    delete r.answeredOn;
    delete r.answerUrl;
    r.answerItems = [];
    delete r.progressText; // the page's 経過状況 is as printed later (答弁受理)
  }
  return r;
}

// Export as the extension does (background/export-bundle.ts): questions, their 問, and 内部締切 of open ones.
const record = <T>(id: string, data: T) => ({ id, rev: 1, updatedAt: DEMO_NOW, updatedBy: 'extension', deleted: false, data });
const questions = [...stored.values()].map(asOfDemo).sort((a, b) => a.key.localeCompare(b.key));
const bundle = shared.validateBundle({
  format: shared.BUNDLE_FORMAT, version: shared.BUNDLE_VERSION,
  producer: 'デモ (保存済みの実ページと質問通告のサンプル、令和8年3月2日 10:00 時点)', producedAt: DEMO_NOW, revision: 1,
  records: {
    questions: questions.map(({ key, ...q }) => record(key, q)),
    notices: [record(sampleNotice.id, sampleNotice)],
    items: [
      ...questions.flatMap((q) => q.items.map((i) => record(shared.exchangeItemId(q.key, i.label), { questionKey: q.key, label: i.label, text: i.text, sourceUrl: q.questionUrl }))),
      ...sampleNotice.items.map((i) => record(shared.exchangeItemId(sampleNotice.id, i.label), { questionKey: sampleNotice.id, label: i.label, text: i.text })),
    ],
    milestones: questions.filter((q) => q.transferredOn && !q.answeredOn).flatMap((q) => shared.answerDeadline(q.transferredOn!).milestones
      .filter((m) => m.at).map((m) => record(`${q.key}@${m.id}`, { questionKey: q.key, kind: m.id, label: m.label, dueAt: m.at! }))),
  },
});
writeFileSync(out, `${JSON.stringify(bundle, null, 1)}\n`);
console.log(`${out} に質問主意書 ${bundle.records.questions.length} 件、質問通告 (サンプル) ${bundle.records.notices.length} 件、問 ${bundle.records.items.length} 件、内部締切 ${bundle.records.milestones.length} 件を書きました。`);
