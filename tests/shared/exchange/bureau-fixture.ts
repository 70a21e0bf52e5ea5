/** @file テスト用の局データ: a small realistic bundle for 医政局 (items, assignments, milestones, slot, release). */
import { type ExchangeBundle, emptyBundle, exchangeItemId } from '@shared/index';
import { fakeAssignmentRecord } from './fake-bundle';
import { isoDate, jstInstant } from '../../helpers/dates';

const meta = (id: string) => ({ id, rev: 1, updatedAt: jstInstant('2026-06-09T09:00:00+09:00'), updatedBy: '官房総務課', deleted: false });

/** 医政局 has 問一 (執筆, 原案 18:00) and 問二 (合議, 合議了 翌日 18:00); 保険局 has 問三. */
export function bureauBundle(): ExchangeBundle {
  const b = emptyBundle('addin', jstInstant('2026-06-09T09:00:00+09:00'), 3);
  b.records.questions.push({
    ...meta('sangiin-221-37'),
    data: {
      kind: 'written', house: 'sangiin', session: 221, number: 37, title: '医師の働き方改革に関する質問主意書',
      submitters: ['山田太郎'], transferredOn: isoDate('2026-06-08'), extensions: [], items: [], answerItems: [], provenance: [], userEdited: [],
      questionUrl: 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/syuh/s221037.htm',
    },
  });
  for (const label of ['一', '二', '三']) {
    b.records.items.push({ ...meta(exchangeItemId('sangiin-221-37', label)), data: { questionKey: 'sangiin-221-37', label, text: `問${label}の本文` } });
  }
  b.records.assignments.push(
    fakeAssignmentRecord('as-1', 1, { questionKey: 'sangiin-221-37', itemLabel: '一', bureau: 'isei', role: '執筆' }),
    fakeAssignmentRecord('as-2', 1, { questionKey: 'sangiin-221-37', itemLabel: '二', bureau: '医政局', role: '合議' }),
    fakeAssignmentRecord('as-3', 1, { questionKey: 'sangiin-221-37', itemLabel: '三', bureau: 'hoken', role: '執筆' }),
  );
  b.records.milestones.push(
    { ...meta('m-draft-1'), data: { questionKey: 'sangiin-221-37', itemLabel: '一', kind: 'draft', label: '原案', dueAt: jstInstant('2026-06-09T18:00:00+09:00') } },
    { ...meta('m-conc-2'), data: { questionKey: 'sangiin-221-37', itemLabel: '二', kind: 'concurrence', label: '合議了', dueAt: jstInstant('2026-06-10T18:00:00+09:00') } },
    { ...meta('m-early'), data: { questionKey: 'sangiin-221-37', itemLabel: '一', kind: 'allocation', label: '割振り', dueAt: jstInstant('2026-06-09T10:00:00+09:00') } },
  );
  b.records.slots.push({
    ...meta('slot-1'),
    data: {
      sitting: '厚生労働委員会@2026-06-10', startAt: jstInstant('2026-06-09T18:30:00+09:00'), endAt: jstInstant('2026-06-09T19:00:00+09:00'),
      label: '夕方レク 18:30', capacity: 4, itemIds: [exchangeItemId('sangiin-221-37', '一')],
    },
  });
  return b;
}
