/** @file 当省分 (Jurisdiction): the model, its labels, and the optional `jurisdictions` kind of the exchange bundle. */
import { describe, expect, it } from 'vitest';
import {
  BundleRejectedError, emptyBundle, isOtherMinistry, jurisdictionLabel, jurisdictionSchema, mergeBundle, parseBundle,
} from '@shared/index';
import { jstInstant } from '../../helpers/dates';

const at = jstInstant('2026-06-08T12:00:00+09:00');
const record = (id: string, rev: number, data: unknown) => ({ id, rev, updatedAt: at, updatedBy: '官房総務課', deleted: false, data });

describe('jurisdictionSchema', () => {
  it('is 当省 with a role, or 他省庁 with a ministry name (trimmed); nothing else', () => {
    expect(jurisdictionSchema.parse({ questionKey: 'k', scope: 'own', role: '合議' })).toEqual({ questionKey: 'k', scope: 'own', role: '合議' });
    expect(jurisdictionSchema.parse({ questionKey: 'k', scope: 'other', ministry: ' 国土交通省 ' })).toEqual({ questionKey: 'k', scope: 'other', ministry: '国土交通省' });
    expect(jurisdictionSchema.safeParse({ questionKey: 'k', scope: 'other', ministry: '　' }).success).toBe(false);
    expect(jurisdictionSchema.safeParse({ questionKey: 'k', scope: 'own' }).success).toBe(false);
    expect(jurisdictionSchema.safeParse({ questionKey: 'k', scope: 'own', role: '執筆' }).success).toBe(false);
  });

  it('labels: 当省 (取りまとめ), 他省庁 (国土交通省), 未確認', () => {
    expect(jurisdictionLabel({ questionKey: 'k', scope: 'own', role: '取りまとめ' })).toBe('当省 (取りまとめ)');
    expect(jurisdictionLabel({ questionKey: 'k', scope: 'other', ministry: '国土交通省' })).toBe('他省庁 (国土交通省)');
    expect(jurisdictionLabel(undefined)).toBe('未確認');
    expect(isOtherMinistry({ scope: 'other' })).toBe(true);
    expect(isOtherMinistry({ scope: 'own' })).toBe(false);
    expect(isOtherMinistry(undefined)).toBe(false);
  });
});

describe('the jurisdictions kind of the bundle', () => {
  it('is optional: a bundle written before it existed parses with []', () => {
    const old = emptyBundle('addin', at, 1) as { records: Record<string, unknown> };
    delete old.records.jurisdictions;
    expect(parseBundle(JSON.stringify(old)).records.jurisdictions).toEqual([]);
  });

  it('refuses a marking filed under another question id', () => {
    const b = emptyBundle('addin', at, 1);
    b.records.jurisdictions.push(record('sangiin-221-1', 1, { questionKey: 'sangiin-221-2', scope: 'own', role: '合議' }) as never);
    expect(() => parseBundle(JSON.stringify(b))).toThrow(BundleRejectedError);
    expect(() => parseBundle(JSON.stringify(b))).toThrow(/当省分の ID が質問キーと一致しません/);
  });

  it('merges like any kind: the higher 版 wins, same 版 with different content is a conflict', () => {
    const local = emptyBundle('extension', at, 1);
    const incoming = emptyBundle('addin', at, 2);
    local.records.jurisdictions.push(record('k1', 1, { questionKey: 'k1', scope: 'own', role: '取りまとめ' }) as never);
    incoming.records.jurisdictions.push(record('k1', 2, { questionKey: 'k1', scope: 'other', ministry: '内閣府' }) as never);
    local.records.jurisdictions.push(record('k2', 1, { questionKey: 'k2', scope: 'own', role: '合議' }) as never);
    incoming.records.jurisdictions.push(record('k2', 1, { questionKey: 'k2', scope: 'own', role: '取りまとめ' }) as never);
    const merged = mergeBundle(local, incoming);
    expect(merged.bundle.records.jurisdictions.find((r) => r.id === 'k1')!.data).toEqual({ questionKey: 'k1', scope: 'other', ministry: '内閣府' });
    expect(merged.conflicts.map((c) => [c.kind, c.id])).toEqual([['jurisdictions', 'k2']]);
  });
});
