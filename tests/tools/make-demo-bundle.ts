/**
 * @file デモ用バンドル (make-demo-bundle): builds addin/public/demo-bundle.json — what `?demo=1` loads in
 * the task pane preview — from the saved real pages and the saved 参議院 dataset in tests/fixtures, as
 * the extension would have captured them on 令和8年3月2日(月) 10:00 (facts dated later are left out).
 *
 *   npx vite-node tests/tools/make-demo-bundle.ts
 *
 * Stand-in: the site parsers (extension/sites, `scrapePage`) are not in the repository yet; until they
 * are, the few fields needed are read here with small label lookups and checked against values verified
 * by hand (衆議院221 No.1: 提出 2026-02-19, 転送 2026-02-25, 答弁 2026-03-03). Regenerate the bundle with
 * scrapePage once it exists.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  BUNDLE_FORMAT, BUNDLE_VERSION, type ExchangeBundle, type Provenance, type WrittenQuestion, parseWareki, validateBundle, writtenQuestionKey,
} from '../../shared/index';

const root = resolve(import.meta.dirname, '../..');
const fixtures = resolve(root, 'tests/fixtures');
const out = resolve(root, 'addin/public/demo-bundle.json');

/** The moment the demo shows: Monday 10:00, when 衆221-1 is due at the 閣議 tomorrow and 参221-1–3 arrive. */
export const DEMO_NOW = '2026-03-02T10:00:00+09:00';
const DEMO_DAY = DEMO_NOW.slice(0, 10);
const ADAPTER = { adapterId: 'tests/tools/make-demo-bundle', adapterVersion: '1' };

function page(path: string): { text: string; hash: string } {
  const bytes = readFileSync(resolve(fixtures, 'pages', path));
  const encoding = path.startsWith('shugiin/') ? 'shift_jis' : 'utf-8';
  return { text: new TextDecoder(encoding).decode(bytes), hash: createHash('sha256').update(bytes).digest('hex') };
}

function provenance(sourceUrl: string, hash: string): Provenance {
  return { sourceUrl, capturedAt: DEMO_NOW, ...ADAPTER, contentHash: `sha256:${hash}` };
}

const clean = (s: string) => s.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim();
/** Person names as printed, without the honorific 君 (model: written-question.ts). */
const person = (s: string) => clean(s).replace(/君$/, '');
/** A date known by the demo moment, else undefined (the page said it later). */
const byDemo = (d: string | undefined) => (d && d <= DEMO_DAY ? d : undefined);

function check(label: string, actual: unknown, expected: unknown): void {
  if (actual !== expected) throw new Error(`${label}: 保存ページから ${String(actual)} を読みましたが、手で確かめた値は ${String(expected)} です。`);
}

/** 衆議院 経過 page: 「項目 / 内容」 rows. */
function shugiinProgress(path: string, url: string): WrittenQuestion {
  const { text, hash } = page(path);
  const field = (label: string) => {
    const m = new RegExp(`<span class="txt03">${label}</span></TD>\\s*<TD[^>]*><span class="txt03">([^<]*)</span>`).exec(text);
    return m ? clean(m[1]!) : '';
  };
  const date = (label: string) => (field(label) ? parseWareki(field(label)) : undefined);
  const q: WrittenQuestion = {
    kind: 'written', house: 'shugiin', session: Number(field('国会回次')), number: Number(field('質問番号')),
    title: field('質問件名'), submitters: [person(field('提出者名'))], faction: field('会派名') || undefined,
    submittedOn: byDemo(date('質問主意書提出年月日')), transferredOn: byDemo(date('内閣転送年月日')), answeredOn: byDemo(date('答弁書受領年月日')),
    extensions: [], items: [], answerItems: [], progressUrl: url,
    questionUrl: url.replace(/\/(\d+)\.htm$/, '/a$1.htm'), provenance: [provenance(url, hash)], userEdited: [],
  };
  check('衆議院221 No.1 提出日', date('質問主意書提出年月日'), '2026-02-19');
  check('衆議院221 No.1 転送日', date('内閣転送年月日'), '2026-02-25');
  check('衆議院221 No.1 答弁書受領日', date('答弁書受領年月日'), '2026-03-03');
  return q;
}

/** 参議院 明細 page: th/td pairs. */
function sangiinDetail(path: string, url: string): WrittenQuestion {
  const { text, hash } = page(path);
  const field = (label: string) => {
    const m = new RegExp(`<th[^>]*>${label}</th>\\s*<td[^>]*>([^<]*)</td>`).exec(text);
    return m ? clean(m[1]!) : '';
  };
  const date = (label: string) => (field(label) ? parseWareki(field(label)) : undefined);
  check('参議院221 No.1 提出日', date('提出日'), '2026-02-20');
  check('参議院221 No.1 転送日', date('転送日'), '2026-03-02');
  return {
    kind: 'written', house: 'sangiin', session: Number(field('提出回次').replace('回', '')), number: Number(field('提出番号')),
    title: field('件名'), submitters: [person(field('提出者'))], submittedOn: byDemo(date('提出日')),
    transferredOn: byDemo(date('転送日')), answeredOn: byDemo(date('答弁書受領日')), extensions: [], items: [], answerItems: [],
    progressUrl: url, questionUrl: url.replace('/meisai/m', '/syuh/s'), provenance: [provenance(url, hash)], userEdited: [],
  };
}

/** 参議院 質問本文: the 問 「一」「二」… as printed. */
function sangiinItems(path: string): { items: { label: string; text: string }[]; hash: string } {
  const { text, hash } = page(path);
  const items = [...text.matchAll(/^([一二三四五六七八九十]+)\u3000(.+?)<BR>/gm)].map((m) => ({ label: m[1]!, text: clean(m[2]!) }));
  check('参議院219 No.95 の問の数', items.length, 2);
  return { items, hash };
}

/** Rows of the saved smartnews 参議院 dataset (derived data: dates only). */
function sangiinData(): Map<string, Record<string, string>> {
  const [header, ...rows] = JSON.parse(readFileSync(resolve(fixtures, 'data/sangiin/smartnews.syuisyo_sample.2026-07-24.json'), 'utf8')) as string[][];
  return new Map(rows.map((r) => {
    const o = Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']));
    return [`${o['提出回次']}-${o['提出番号']}`, o];
  }));
}

function fromData(row: Record<string, string>, hash: string): WrittenQuestion {
  const url = row['明細URL']!;
  return {
    kind: 'written', house: 'sangiin', session: Number(row['提出回次']), number: Number(row['提出番号']), title: row['件名']!,
    submitters: [person(row['提出者']!)], submittedOn: byDemo(row['提出日']), transferredOn: byDemo(row['転送日']),
    answeredOn: byDemo(row['答弁書受領日']), extensions: [], items: [], answerItems: [], progressUrl: url,
    questionUrl: row['質問本文（html）'] || undefined, provenance: [provenance(url, hash)], userEdited: [],
  };
}

const data = sangiinData();
const dataHash = createHash('sha256').update(readFileSync(resolve(fixtures, 'data/sangiin/smartnews.syuisyo_sample.2026-07-24.json'))).digest('hex');
const questions: WrittenQuestion[] = [
  shugiinProgress('shugiin/221001.htm', 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/221001.htm'),
  sangiinDetail('sangiin/m221001.htm', 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/meisai/m221001.htm'),
  ...['221-2', '221-3', '221-4'].map((k) => fromData(data.get(k)!, dataHash)),
];
// 参議院219 No.95: answered in December after a 延期 (備考 「12月23日内閣から通知書受領（12月26日まで答弁延期）」); its 問 from the saved body.
const q95 = fromData(data.get('219-95')!, dataHash);
check('参議院219 No.95 備考', data.get('219-95')!['備考'], '12月23日内閣から通知書受領（12月26日まで答弁延期）');
const body = sangiinItems('sangiin/s219095.htm');
questions.push({
  ...q95, items: body.items, extensions: [{ noticeReceivedOn: '2025-12-23', extendedUntil: '2025-12-26' }],
  provenance: [...q95.provenance, provenance(q95.questionUrl!, body.hash)],
});

const bundle: ExchangeBundle = validateBundle({
  format: BUNDLE_FORMAT, version: BUNDLE_VERSION, producer: 'デモ (保存済みの実ページ、令和8年3月2日 10:00 時点)', producedAt: DEMO_NOW, revision: 1,
  records: {
    questions: questions.map((q) => ({ id: writtenQuestionKey(q), rev: 1, updatedAt: DEMO_NOW, updatedBy: 'extension', deleted: false, data: q })),
  },
});
writeFileSync(out, `${JSON.stringify(bundle, null, 1)}\n`);
console.log(`${out} に ${bundle.records.questions.length} 件の質問主意書を書きました。`);
