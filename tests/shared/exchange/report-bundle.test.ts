/** @file 局の報告: reportBundle carries my bureau's responses only; checkReportBundle refuses a non-report, an unknown bureau, another bureau's record and an older report, in Japanese. */
import { describe, expect, it } from 'vitest';
import {
  BundleRejectedError, type ExchangeRecord, builtinSessions, checkReportBundle, defaultBureaus, emptyBundle, parseBundle, reportBundle, responseId,
} from '@shared/index';
import { fakeAssignmentRecord } from './fake-bundle';
import { jstInstant } from '../../helpers/dates';

const now = jstInstant('2026-06-09T10:30:00+09:00');

function response(bureau: string, assignmentId: string, by = '田中'): ExchangeRecord<'responses'> {
  return {
    id: responseId(bureau, 'decision', assignmentId), rev: 1, updatedAt: now, updatedBy: by, deleted: false,
    data: { type: 'accept', assignmentId, questionKey: 'sangiin-221-37', itemLabel: '一', bureau, at: now, by },
  };
}

function refusal(run: () => unknown): BundleRejectedError {
  try {
    run();
  } catch (error) {
    return error as BundleRejectedError;
  }
  throw new Error('not refused');
}

describe('reportBundle', () => {
  it('carries only my bureau\'s responses (a retracted one as its tombstone), names the bureau and the sender, and parses as version 3', () => {
    const tombstone: ExchangeRecord<'responses'> = { id: responseId('isei', 'drafted', 'as-2'), rev: 2, updatedAt: now, updatedBy: '田中', deleted: true };
    const report = reportBundle({ responses: [response('isei', 'as-1'), response('hoken', 'as-3'), tombstone] }, 'isei', 'a1b2c3d4', now, 4);
    expect(report).toMatchObject({ producer: 'report:isei:a1b2c3d4', bureau: 'isei', revision: 4, version: 3 });
    expect(report.records.responses.map((r) => r.id)).toEqual(['response:isei:decision:as-1', 'response:isei:drafted:as-2']);
    expect(parseBundle(JSON.stringify(report)).bureau).toBe('isei');
  });
});

describe('checkReportBundle', () => {
  const report = () => reportBundle({ responses: [response('isei', 'as-1')] }, 'isei', 'pc1', now, 1);

  it('accepts a report of a bureau in the directory, also the same report again', () => {
    expect(checkReportBundle(report(), defaultBureaus)).toMatchObject({ id: 'isei', name: '医政局' });
    expect(checkReportBundle(report(), defaultBureaus, { producedAt: now }).id).toBe('isei');
  });

  it('refuses a bundle that is not a report, or a report with other records', () => {
    const plain = emptyBundle('addin', now, 1);
    expect(refusal(() => checkReportBundle(plain, defaultBureaus))).toMatchObject({ reason: 'notReport', message: expect.stringContaining('局の報告ではありません') });
    const mixed = report();
    mixed.records.assignments.push(fakeAssignmentRecord('as-1', 2));
    expect(refusal(() => checkReportBundle(mixed, defaultBureaus))).toMatchObject({ reason: 'notReport', message: expect.stringContaining('回答以外の記録 (割振り)') });
    // 会期表 is not records, but merging it would still replace the coordinator's 回次 with the report's.
    const withSessions = { ...report(), sessions: [builtinSessions[0]!] };
    expect(refusal(() => checkReportBundle(withSessions, defaultBureaus))).toMatchObject({ reason: 'notReport', message: expect.stringContaining('回答以外の記録 (会期表)') });
  });

  it('refuses a bureau the directory does not know', () => {
    const stranger = reportBundle({ responses: [response('tokyo', 'as-1')] }, 'tokyo', 'pc1', now, 1);
    expect(refusal(() => checkReportBundle(stranger, defaultBureaus))).toMatchObject({
      reason: 'unknownBureau', message: '報告元の局 「tokyo」 は局の一覧にありません。設定シートの局の一覧を確かめてください。',
    });
  });

  it('refuses a report carrying another bureau\'s response', () => {
    const forged = report();
    forged.records.responses.push(response('hoken', 'as-3', '佐藤'));
    expect(refusal(() => checkReportBundle(forged, defaultBureaus))).toMatchObject({
      reason: 'foreignRecord', message: '医政局の報告に他局の回答 「response:hoken:decision:as-3」 が入っています。報告は取り込みません。',
    });
  });

  it('refuses a report older than the last one held from the same sender, naming both times', () => {
    const error = refusal(() => checkReportBundle(report(), defaultBureaus, { producedAt: jstInstant('2026-06-09T11:00:00+09:00') }));
    expect(error.reason).toBe('staleReport');
    expect(error.message).toBe('この医政局の報告 (作成 令和8年6月9日(火) 10:30) は、取り込み済みの同じ送り元の報告 (作成 令和8年6月9日(火) 11:00) より古いため取り込みません。新しい報告を送ってもらってください。');
  });
});
