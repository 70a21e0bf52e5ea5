/**
 * @file The 参議院 question data (smartnews-smri/house-of-councillors crawler output, see tests/fixtures/README.md):
 * sessions 211–213 (CSV slice) and 216–221 (JSON sample) as rows with the dates the deadline tests need.
 */
import { readFileSync } from 'node:fs';
import { readCsv } from '../../helpers/read-csv';

const dir = 'tests/fixtures/data/sangiin';
export type SangiinRow = { session: number; number: number; title: string; transferredOn: string; answeredOn: string; note: string };

function rows(table: unknown[][]): SangiinRow[] {
  const [header, ...body] = table as string[][];
  const col = (name: string) => header!.indexOf(name);
  return body.map((r) => ({
    session: Number(r[col('提出回次')]), number: Number(r[col('提出番号')]), title: String(r[col('件名')]), transferredOn: r[col('転送日')]!,
    answeredOn: r[col('答弁書受領日')]!, note: r[col('備考')] ?? '',
  }));
}

/** Sessions 216–221 (500 most recent questions, 2026-07-24). */
export const sample = rows(JSON.parse(readFileSync(`${dir}/smartnews.syuisyo_sample.2026-07-24.json`, 'utf8')) as unknown[][]);
/** Sessions 211–213 (2024-03-16). */
export const older = rows(readCsv(readFileSync(`${dir}/smartnews.syuisyo.2024-03-16.sessions211-213.csv`, 'utf8')));

/** 延期された: the 備考 carries a 延期 notice. */
export const extended = (r: SangiinRow): boolean => r.note.includes('延期');
