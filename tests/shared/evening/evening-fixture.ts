/**
 * @file テスト用の開会日: small hand-computable sittings for planEvening. Bureaus draft in 120 min
 * (合議 30, メモ出し 60), 課長了 30 and 局長了 30 min, with 2 drafters each, so times are easy to check.
 */
import type { BureauSettings, EveningAssignment, EveningInput, EveningNotice } from '@shared/index';
import { isoDate, jstInstant } from '../../helpers/dates';

/** A bureau with round numbers. */
export function testBureau(id: string, name: string, overrides: Partial<BureauSettings> = {}): BureauSettings {
  return { id, name, drafters: 2, roleMinutes: { 執筆: 120, 合議: 30, メモ出し: 60 }, sectionChiefMinutes: 30, directorMinutes: 30, otherDirected: true, ...overrides };
}

export const testBureaus = [testBureau('isei', '医政局'), testBureau('hoken', '保険局'), testBureau('nenkin', '年金局')];

/** 'YYYY-MM-DDTHH:MM:00+09:00'. */
export const at = (date: string, time: string) => jstInstant(`${date}T${time}:00+09:00`);

/** A fixed 割振り decided at `decided` (state 確定 unless given). */
export function assign(
  questionKey: string, itemLabel: string, bureau: string, role: EveningAssignment['role'], decided: string,
  state: EveningAssignment['state'] = 'final',
): EveningAssignment {
  const at = jstInstant(decided);
  return { questionKey, itemLabel, bureau, role, state, proposedAt: at, ...(state === 'proposed' ? {} : { decidedAt: at }) };
}

/** A notice whose 問 were all taken (問取り完了) unless another stage is given (null: no stage at all). */
export function notice(id: string, member: string, receivedAt: string, labels: string[], stage: EveningNotice['stage'] | null = '問取り完了'): EveningNotice {
  return { id, member, receivedAt: jstInstant(receivedAt), items: labels.map((label) => ({ label })), ...(stage ? { stage } : {}) };
}

/**
 * 衆 厚生労働委員会, Wed 2026-06-10 09:00 (standby day Tue 6/9). Questioners A and B.
 * A (10:00): 問1 → 医政局 (確定 10:15), 問2 → 医政局 (了承 10:20).
 * B (15:00): 問1 → 保険局 (確定 15:10) with 合議 医政局 (仮 15:10). 年金局 gets nothing.
 */
export function dayA(): EveningInput {
  const d = '2026-06-09';
  return {
    sitting: { id: '厚生労働委員会@2026-06-10', committee: '厚生労働委員会', sittingOn: isoDate('2026-06-10'), startTime: '09:00', questioners: ['A', 'B'] },
    notices: [notice('n1', 'A', at(d, '10:00'), ['問1', '問2']), notice('n2', 'B', at(d, '15:00'), ['問1'])],
    assignments: [
      assign('n1', '問1', 'isei', '執筆', at(d, '10:15')),
      assign('n1', '問2', '医政局', '執筆', at(d, '10:20'), 'accepted'),
      assign('n2', '問1', 'hoken', '執筆', at(d, '15:10')),
      assign('n2', '問1', 'isei', '合議', at(d, '15:10'), 'proposed'),
    ],
    bureaus: testBureaus,
  };
}
