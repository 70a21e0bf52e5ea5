/**
 * @file メッセージの長さと型名 (bounded messages): seeded hostile values — megabyte strings, objects, arrays,
 * numbers, NaN, null — put where bundles, dates and links carry values. Every rejection is the named error
 * with a Japanese message of bounded length that never says [object Object] nor carries more than
 * QUOTE_MAX_CHARS characters of the value.
 */
import { describe, expect, it } from 'vitest';
import {
  BundleRejectedError, DateParseError, QUOTE_MAX_CHARS, assertIsoDate, checkSourceUrl, emptyBundle, parseWareki, quoteValue, validateBundle,
} from '@shared/index';
import { fakeAssignmentRecord } from '../shared/exchange/fake-bundle';
import { jstInstant } from '../helpers/dates';
import { hostileValue, rng } from './hostile-values';

const CASES = 400;
const MAX_MESSAGE = 1200;

function messageOf(run: () => unknown, kind: new (...args: never[]) => Error): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(kind);
    return (error as Error).message;
  }
  return '';
}

function expectBounded(message: string, value: unknown): void {
  expect(message.length, String(typeof value)).toBeLessThan(MAX_MESSAGE);
  expect(message).not.toContain('[object Object]');
  if (typeof value === 'string' && value.length > QUOTE_MAX_CHARS + 20) expect(message).not.toContain(value.slice(0, QUOTE_MAX_CHARS + 20));
}

describe('messages quote a bounded part of a value and name its type', () => {
  it('quoteValue: at most QUOTE_MAX_CHARS characters of a string, a Japanese type name for anything else', () => {
    const r = rng(601);
    for (let i = 0; i < CASES; i++) {
      const value = hostileValue(r);
      const quoted = quoteValue(value);
      expect(quoted.length).toBeLessThan(QUOTE_MAX_CHARS + 40);
      expect(quoted).not.toContain('[object Object]');
      if (typeof value !== 'string') expect(quoted).toMatch(/^「(オブジェクト|配列|数値|真偽値|null|値なし)/);
    }
  });

  it('bundle rejections (version, format, ids, dates, links) stay short', () => {
    const r = rng(602);
    for (let i = 0; i < CASES; i++) {
      const value = hostileValue(r);
      const bundle = emptyBundle('addin', jstInstant('2026-06-08T12:00:00+09:00')) as unknown as Record<string, unknown>;
      const where = r.int(0, 5);
      if (where === 0) bundle.version = value;
      else if (where === 1) bundle.producer = value;
      else if (where === 2) bundle.producedAt = value;
      else {
        const record = fakeAssignmentRecord('a1', 1) as unknown as Record<string, unknown>;
        if (where === 3) record.id = value;
        if (where === 4) record.updatedAt = value;
        if (where === 5) (record.data as Record<string, unknown>).questionKey = value;
        (bundle.records as Record<string, unknown[]>).assignments = [record, where === 3 ? { ...record } : record];
      }
      const message = messageOf(() => validateBundle(bundle), BundleRejectedError);
      if (message) expectBounded(message, value);
    }
  });

  it('date and link rejections stay short', () => {
    const r = rng(603);
    for (let i = 0; i < CASES; i++) {
      const value = hostileValue(r);
      const wareki = messageOf(() => parseWareki(value as string), DateParseError);
      if (wareki) expectBounded(wareki, value);
      const iso = messageOf(() => assertIsoDate(value as string), DateParseError);
      if (iso) expectBounded(iso, value);
      const link = checkSourceUrl(value);
      if (!link.ok) expectBounded(link.reason, value);
    }
  });
});
