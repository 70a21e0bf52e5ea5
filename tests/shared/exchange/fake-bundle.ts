/** @file テスト用バンドル生成 (fake bundles): seeded random exchange bundles for property tests and benchmarks. */
// Relative import (not '@shared'): also loaded by npm run bench, which runs without the alias.
import { type Assignment, type ExchangeBundle, type ExchangeRecord, emptyBundle, parseInstant, answerStages, responseId, seededRandom } from '../../../shared/index';
import { jstInstant } from '../../helpers/dates';

const bureaus = ['isei', 'hoken', 'nenkin', 'roukenkyoku'];
const roles = ['執筆', '合議', 'メモ出し'] as const;

/** An assignment record (割振り) with the given id and 版. */
export function fakeAssignmentRecord(id: string, rev: number, overrides: Partial<Assignment> = {}, by = 'テスト'): ExchangeRecord<'assignments'> {
  return {
    id,
    rev,
    updatedAt: jstInstant(`2026-06-08T${String(10 + (rev % 10)).padStart(2, '0')}:00:00+09:00`),
    updatedBy: by,
    deleted: false,
    data: {
      id,
      questionKey: `sangiin-221-${id.replace(/\D/g, '') || '1'}`,
      itemLabel: '一',
      bureau: 'isei',
      division: '',
      role: '執筆',
      state: 'proposed',
      proposedAt: jstInstant('2026-06-08T10:00:00+09:00'),
      by: '',
      note: '',
      ...overrides,
    },
  };
}

/** A bundle of `count` random assignment records (版 1–3, some tombstones). */
export function fakeBundle(count: number, seed: number, producer = 'test'): ExchangeBundle {
  const random = seededRandom(seed);
  const bundle = emptyBundle(producer, jstInstant('2026-06-08T10:00:00+09:00'), seed);
  for (let i = 0; i < count; i++) {
    const rev = 1 + Math.floor(random() * 3);
    const record = fakeAssignmentRecord(`a${i}`, rev, {
      bureau: bureaus[Math.floor(random() * bureaus.length)]!,
      role: roles[Math.floor(random() * roles.length)]!,
    });
    if (random() < 0.05) {
      record.deleted = true;
      delete record.data;
    }
    bundle.records.assignments.push(record);
  }
  return bundle;
}

/** A bundle of `count` records: half assignments (as fakeBundle), half bureau responses (受諾 and progress, 版 1–3, some tombstones). */
export function fakeMixedBundle(count: number, seed: number, producer = 'test'): ExchangeBundle {
  const bundle = fakeBundle(Math.ceil(count / 2), seed, producer);
  const random = seededRandom(seed + 7);
  const at = parseInstant('2026-06-08T12:00:00+09:00');
  for (let i = 0; i < Math.floor(count / 2); i++) {
    const rev = 1 + Math.floor(random() * 3);
    const bureau = bureaus[Math.floor(random() * bureaus.length)]!;
    const stage = answerStages[Math.floor(random() * answerStages.length)]!;
    const data = { type: 'progress' as const, stage, assignmentId: `a${i}`, questionKey: `sangiin-221-${i}`, itemLabel: '一', bureau, at, by: 'テスト' };
    const record: ExchangeRecord<'responses'> = { id: responseId(bureau, stage, `a${i}`), rev, updatedAt: at, updatedBy: 'テスト', deleted: false, data };
    if (random() < 0.05) {
      record.deleted = true;
      delete record.data;
    }
    bundle.records.responses.push(record);
  }
  return bundle;
}
