/** @file bundle.md の例: the example in the documentation is a valid bundle (keeps the doc honest). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBundle } from '@shared/index';

describe('shared/exchange/bundle.md', () => {
  it('has an example that parseBundle accepts', () => {
    const doc = readFileSync(new URL('../../../shared/exchange/bundle.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]+?)\n```/.exec(doc)![1]!;
    const bundle = parseBundle(example);
    expect(bundle.records.assignments.map((r) => [r.id, r.deleted])).toEqual([['as-1', false], ['as-0', true]]);
    expect(bundle.records.releases[0]!.data!.releasedAt).toBe('2026-06-09T19:42:00+09:00');
    expect(bundle.records.jurisdictions.map((r) => r.data)).toEqual([
      { questionKey: 'sangiin-221-37', scope: 'own', role: '取りまとめ' },
      { questionKey: 'sangiin-221-38', scope: 'other', ministry: '国土交通省' },
    ]);
    expect(bundle.records.recalls[0]!.data).toMatchObject({ bureau: 'nenkin', reason: '追加通告', until: null });
  });

  it('reads the same example written as version 1 without its recalls (old bundles stay readable), as version 2', () => {
    const doc = readFileSync(new URL('../../../shared/exchange/bundle.md', import.meta.url), 'utf8');
    const v2 = JSON.parse(/```json\n([\s\S]+?)\n```/.exec(doc)![1]!);
    const { recalls: _recalls, ...records } = v2.records;
    const bundle = parseBundle(JSON.stringify({ ...v2, version: 1, records }));
    expect(bundle.version).toBe(2);
    expect(bundle.records.recalls).toEqual([]);
    expect(bundle.records.releases).toHaveLength(1);
  });
});
